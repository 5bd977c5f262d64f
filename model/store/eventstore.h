#pragma once

#include "domain/event.h"
#include "domain/eventdetail.h"
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

    static bool isHighlighted(const ReviewStore &store, qint64 eventId);
    static bool setHighlighted(ReviewStore &store, qint64 eventId, bool highlighted);
    // The phase the event marks, empty when none.
    static QString phase(const ReviewStore &store, qint64 eventId);
    // An empty phase clears it.
    static bool setPhase(ReviewStore &store, qint64 eventId, const QString &phase);
    // The event's phase and the file it was imported from; nullopt when there is no such event.
    static std::optional<EventPhaseAndOrigin> phaseAndOrigin(const ReviewStore &store, qint64 eventId);

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

    // The `index`-th event (in time order, from 0) of the source named `source` whose text
    // contains `contains` (any text when empty) and, when given, of `kind`; 0 when there is none.
    // How the bundled demo's review.json names the events it annotates.
    static qint64 findInSource(const ReviewStore &store, const QString &source, const QString &contains,
        std::optional<EventKind> kind, int index);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports take live events only (not those of removed sources) unless they say
    // otherwise. On a failed query they return nothing and leave the database's message in
    // `error` unless it holds an earlier one; the caller says what it was reading.

    // The earliest and latest live instants in the supported range (NoInstant when there are
    // none): a document written before every parser checked the range may hold one near 2^63.
    struct LiveSpan
    {
        Instant first = NoInstant;
        Instant last = NoInstant;
    };
    static LiveSpan liveSpan(const ReviewStore &store, QString *error = nullptr);
    // Events added by hand: they have no source.
    static qint64 manualEventCount(const ReviewStore &store, QString *error = nullptr);

    // A live event as a report lists it, lane and source by name.
    struct ListedEvent
    {
        qint64 id = 0;
        Instant instant = NoInstant;
        std::optional<Instant> end;
        EventKind kind = EventKind::Log;
        Severity severity = Severity::Unknown;
        QString lane;
        QString actor;
        QString text;
        QString phase; // empty: none
        QString sourceName;
        qint64 line = 0;
        bool manual = false;
    };
    // The highlighted live events in time order.
    static QList<ListedEvent> highlighted(const ReviewStore &store, QString *error = nullptr);

    // An event as a citation shows it in one line.
    struct CitedEvent
    {
        qint64 id = 0;
        Instant instant = NoInstant;
        QString text;
        bool manual = false;
    };
    // A live event; nullopt when there is none (or it belongs to a removed source).
    static std::optional<CitedEvent> liveCitation(
        const ReviewStore &store, qint64 eventId, QString *error = nullptr);
    // Any event, of a removed source too; `manual` is not read.
    static std::optional<CitedEvent> citation(const ReviewStore &store, qint64 eventId);

    // An experiment run of a live source with the span of its event.
    struct ExperimentSpan
    {
        qint64 eventId = 0;
        Instant start = NoInstant;
        std::optional<Instant> end;
        QString lane;
        ExperimentRun run;
        int activities = 0; // see liveExperimentRunsWithActivities()
    };
    // Ordered by start; `activities` is not counted.
    static QList<ExperimentSpan> liveExperimentRuns(const ReviewStore &store, QString *error = nullptr);
    // The same with the activities (probes, actions, rollbacks) that ran inside each span.
    static QList<ExperimentSpan> liveExperimentRunsWithActivities(
        const ReviewStore &store, QString *error = nullptr);

    // A flag change of a live source with its event's instant and actor.
    struct FlagChangeAt
    {
        qint64 eventId = 0;
        Instant instant = NoInstant;
        QString actor;
        FlagChange change;
    };
    // Ordered by instant.
    static QList<FlagChangeAt> liveFlagChanges(const ReviewStore &store, QString *error = nullptr);

    // The live events of one bin of width `binWidth` from `start`: how many, and how many of at
    // least a given severity.
    struct RateBin
    {
        int bin = 0;
        int events = 0;
        int atLeastSeverity = 0;
    };
    // The non-empty bins of [start, end).
    static QList<RateBin> liveRate(const ReviewStore &store, Instant start, Instant end, qint64 binWidth,
        Severity atLeast, QString *error = nullptr);
};

} // namespace faultless::model
