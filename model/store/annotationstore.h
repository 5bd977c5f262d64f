#pragma once

#include "domain/annotation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// Annotations on events (table annotations): the only code that knows these tables. Functions take the store
// (one connection, see ReviewStore); writes return false or 0 on failure with ReviewStore::errorString() set,
// and run inside the caller's transaction (commands open one per edit).
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)
public:
    // --- editing, item models and search

    // The annotation with this id, or nullopt.
    static std::optional<Annotation> find(const ReviewStore &store, qint64 id);
    // The annotations of one event, oldest first.
    static QList<Annotation> ofEvent(const ReviewStore &store, qint64 eventId);
    // Inserts `annotation` with its id (undo/redo bring an annotation back under the same id, so
    // that evidence linked to it later stays valid), or under a new id when its id is 0. Returns
    // the id, or 0.
    static qint64 insert(ReviewStore &store, const Annotation &annotation);
    static bool setText(ReviewStore &store, qint64 id, const QString &text, qint64 edited);
    // Deletes the annotation; the foreign keys take the evidence that cites it along.
    static bool remove(ReviewStore &store, qint64 id);
    // Deletes the annotation with what goes with it (evidence that cites it, its disputes),
    // captured into `removed` for undo.
    static bool remove(ReviewStore &store, qint64 id, RemovedRows *removed);

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
