#pragma once

#include "domain/annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Tags and the events they label (tables tags, event_tags): the only code that knows these tables. Functions
// take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)
public:
    // --- editing, item models and search

    // Every tag name of the review, sorted (for completion).
    static QStringList names(const ReviewStore &store);
    // The tag names of one event, sorted.
    static QStringList namesOfEvent(const ReviewStore &store, qint64 eventId);
    // Creates the tag `name` unless the review has one of that name.
    static bool ensure(ReviewStore &store, const QString &name);
    // Puts the existing tag `name` on the event (nothing when there is no such tag); tagging twice
    // is no error.
    static bool tagEvent(ReviewStore &store, qint64 eventId, const QString &name);
    // Takes the tag `name` off the event (the tag itself stays); no error when it was not on it.
    static bool untagEvent(ReviewStore &store, qint64 eventId, const QString &name);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // The name of a tag on an event.
    struct EventTagName
    {
        qint64 eventId = 0;
        QString name;
    };
    // Every tag of every event, by tag name.
    static QList<EventTagName> eventTagNames(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
