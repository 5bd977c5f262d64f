#pragma once

#include "domain/event.h"
#include "domain/eventdetail.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

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

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
