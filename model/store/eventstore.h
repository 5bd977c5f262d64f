#pragma once

#include "domain/event.h"
#include "store/eventquery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// Single events as reviewers edit them: highlight, phase, text, events added by hand (table events and its
// flag_changes/experiment_runs); bulk writing is EventWriter's, scanning EventQuery's: the only code that
// knows these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)
public:
    // --- editing, item models, search and the timeline index

    // --- practice (events added by hand, clock skew)

    // An event added by hand (manual = 1) with the name of its lane; nullopt for any other event.
    static std::optional<EventRow> manualEvent(const ReviewStore &store, qint64 eventId);
    // Writes an event added by hand (no source, manual = 1), with its id when it has one (a redo), adding its
    // lane when new, and indexes it for search. Returns the id, 0 on failure.
    static qint64 insertManual(ReviewStore &store, const EventRow &event);
    static bool updateManual(ReviewStore &store, const EventRow &event);
    // Deletes an event added by hand that nothing refers to (the undo of insertManual).
    static bool deleteManual(ReviewStore &store, qint64 eventId);
    // Deletes an event added by hand with its annotations, tags, evidence, learning links and disputes, which
    // `removed` keeps; `citingSteps` gets the narrative steps that cited it (the foreign key unlinks them).
    static bool removeManual(
        ReviewStore &store, qint64 eventId, RemovedRows *removed, QList<qint64> *citingSteps);
    // The undo of removeManual: the event with the same id, what it took along, the steps citing it again.
    static bool restoreManual(ReviewStore &store, const EventRow &event, const RemovedRows &removed,
        const QList<qint64> &citingSteps);

    // The earliest instant and the latest end (or instant) of a source's events, both nullopt when it has
    // none; false (and `error`) when they could not be read.
    static bool sourceSpan(const ReviewStore &store, qint64 sourceId, std::optional<Instant> *first,
        std::optional<Instant> *last, QString *error = nullptr);
    // Shifts every event of a source by `deltaUs` (its clock was wrong, or its zone mislabelled).
    static bool shiftSource(ReviewStore &store, qint64 sourceId, qint64 deltaUs);

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
