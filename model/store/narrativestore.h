#pragma once

#include "domain/sensemaking.h"
#include "store/removedrows.h"

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

    // A narrative as the list of narratives shows it.
    struct Listed : Narrative
    {
        int stepCount = 0;
    };
    // A step as its narrative's list shows it, with the event it cites while that event is live
    // (eventId is then 0 for a step citing a deleted event).
    struct ListedStep : NarrativeStep
    {
        qint64 eventInstant = 0;
        QString eventText;
    };

    // All narratives in the order they were written (position, then id).
    static QList<Listed> listed(const ReviewStore &store);
    static std::optional<Narrative> find(const ReviewStore &store, qint64 narrativeId);
    static bool exists(const ReviewStore &store, qint64 narrativeId);
    // The position after the last narrative's.
    static int nextPosition(const ReviewStore &store);
    // Inserts with the narrative's id, or a new one when it is 0 (a redo gives back the same id).
    // Returns the id.
    static qint64 insert(ReviewStore &store, const Narrative &narrative);
    // Each setter also sets `edited`.
    static bool setTitle(ReviewStore &store, qint64 narrativeId, const QString &title, qint64 edited);
    static bool setVantagePoint(
        ReviewStore &store, qint64 narrativeId, const QString &vantagePoint, qint64 edited);
    static bool setAuthor(ReviewStore &store, qint64 narrativeId, const QString &author, qint64 edited);
    // Deletes the narrative with its steps and their disputes; `removed` (may be null) receives
    // them for undo. False, with nothing deleted, when there is no such narrative.
    static bool remove(ReviewStore &store, qint64 narrativeId, RemovedRows *removed);

    // The narrative's steps in order, with their cited events.
    static QList<ListedStep> listedSteps(const ReviewStore &store, qint64 narrativeId);
    static std::optional<NarrativeStep> findStep(const ReviewStore &store, qint64 stepId);
    // The narrative's step ids in order.
    static QList<qint64> stepOrder(const ReviewStore &store, qint64 narrativeId);
    // Numbers the steps' positions in the order given.
    static bool setStepOrder(ReviewStore &store, const QList<qint64> &stepIds);
    // Whether a step can cite the event (it is one of the review's, deleted or not).
    static bool isCitable(const ReviewStore &store, qint64 eventId);
    // Inserts with the step's id, or a new one when it is 0. Returns the id. Disputes left under
    // that id by a version that deleted steps without theirs are about another step: they go.
    static qint64 insertStep(ReviewStore &store, const NarrativeStep &step);
    static bool setStepText(ReviewStore &store, qint64 stepId, const QString &text);
    static bool setStepEvent(ReviewStore &store, qint64 stepId, qint64 eventId); // 0 = cite nothing
    // Deletes the step with its disputes; `removed` (may be null) receives them for undo. False,
    // with nothing deleted, when there is no such step.
    static bool removeStep(ReviewStore &store, qint64 stepId, RemovedRows *removed);

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
