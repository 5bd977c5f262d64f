#pragma once

#include "domain/annotation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Annotations on events (table annotations): the only code that knows these tables. Functions take the store
// (one connection, see ReviewStore); writes return false or 0 on failure with ReviewStore::errorString() set,
// and run inside the caller's transaction (commands open one per edit).
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)
public:
    // --- editing, item models and search

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every annotation in the order written, with its event, author and text (nothing else is read).
    static QList<Annotation> inWrittenOrder(const ReviewStore &store, QString *error = nullptr);
    // An annotation's text and the instant of its event.
    struct TextAt
    {
        QString text;
        qint64 instant = 0; // µs since the epoch, UTC
    };
    static std::optional<TextAt> textAt(
        const ReviewStore &store, qint64 annotationId, QString *error = nullptr);
};

} // namespace faultless::model
