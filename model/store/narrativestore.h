#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Narratives from each vantage point and their steps (tables narratives, narrative_steps): the only code that
// knows these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class NarrativeStore
{
    Q_DECLARE_TR_FUNCTIONS(NarrativeStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every narrative in its order, with its id, title, vantage point and author (nothing else is read).
    static QList<Narrative> inOrder(const ReviewStore &store, QString *error = nullptr);
    // One narrative's title, vantage point and author; nullopt when it does not exist.
    static std::optional<Narrative> forComparison(const ReviewStore &store, qint64 narrativeId);
    // A narrative's steps in order, with their id, text and cited event (0: none).
    static QList<NarrativeStep> stepsInOrder(
        const ReviewStore &store, qint64 narrativeId, QString *error = nullptr);
    // The text of one step; nullopt when it does not exist.
    static std::optional<QString> stepText(const ReviewStore &store, qint64 stepId, QString *error = nullptr);
};

} // namespace faultless::model
