#pragma once

#include "analysis/reversibility.h"
#include "domain/annotation.h"
#include "store/eventquery.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Everything the event detail pane shows about one event, read in one go: the event with its
// text, its phase, where it came from, its annotation thread and its tags.
struct EventDetails
{
    EventRow event;
    QString phase;
    QString originPath; // the imported file as it was named at import (may be gone since)
    QString sourceFormat; // importer id
    // For a record read out of an archive (a message of a Slack export zip): the entry it is in;
    // the event's byte offset counts within that entry's text. Empty for a plain file.
    QString originEntry;
    QList<Annotation> annotations; // oldest first
    QStringList tags; // sorted
    // A flag change: the change in words (domain/flagwording.h), whether and when it was
    // reversed, and the earlier changes this one took back.
    QString flagChange;
    std::optional<FlagReversal> flagReversal;
    QList<FlagReversal> reverses;

    static std::optional<EventDetails> load(const ReviewStore &store, qint64 eventId);
    // Every tag name of the review, for completion.
    static QStringList allTags(const ReviewStore &store);
};

} // namespace faultless::model
