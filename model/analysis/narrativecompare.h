#pragma once

#include "analysis/disputes.h"
#include "analysis/narrativedivergence.h"
#include "domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace faultless::model {

class ReviewStore;

// Narratives side by side (docs/architecture.md principle 2): which events each cites, where they diverge,
// what one mentions that another omits, and which contributing factors each relies on (factors
// whose evidence overlaps the events the narrative cites, directly or through an annotation).
// It describes differences; it never scores narratives or marks one as correct.
class NarrativeCompare
{
    Q_DECLARE_TR_FUNCTIONS(NarrativeCompare)
public:
    struct Step
    {
        qint64 id = 0;
        QString text;
        qint64 eventId = 0; // 0 = cites nothing
        Disputes::State certainty = Disputes::State::None; // someone marked the step uncertain or disputed
    };
    struct Narrative
    {
        qint64 id = 0;
        QString title;
        QString vantagePoint;
        QString author;
        QList<Step> steps;
        QList<qint64> citedEvents; // in step order, each once
        QList<qint64> factors; // relied on, by title
    };
    struct Row
    {
        qint64 eventId = 0;
        Instant instant = NoInstant;
        QString text;
        QList<int> stepNumbers; // per narrative: 1-based number of the first step citing it, 0 = not cited
        int citedBy = 0;
        Disputes::State eventCertainty = Disputes::State::None; // of the event itself
        Disputes::State annotationCertainty = Disputes::State::None; // strongest of its annotations
    };

    // One line of the shared time axis: a cited event with the step of each narrative that cites
    // it, or (eventRow -1) steps that cite nothing, placed by their order after the narrative's
    // previous cited step (before its first cited step when there is none).
    struct AxisRow
    {
        int eventRow = -1; // index into rows(); -1: steps without evidence
        QList<int> steps; // per narrative: 0-based index of the step shown on this line, -1 none
    };
    // What the workspace lists as divergences, in this order: events only one narrative cites,
    // steps that cite nothing, and shared events told in a different order.
    struct Divergence
    {
        enum class Kind { OnlyIn, WithoutEvidence, Order };
        Kind kind = Kind::OnlyIn;
        int narrative = 0; // index into narratives()
        qint64 eventId = 0; // OnlyIn, Order: the event (told earlier by `narrative`)
        int step = -1; // WithoutEvidence: 0-based step index
        int other = -1; // Order: the narrative telling it the other way round
        qint64 otherEventId = 0; // Order: the event told later by `narrative`
    };

    // Compares the given narratives (all of the review's, in their order, when empty).
    static NarrativeCompare compute(const ReviewStore &store, const QList<qint64> &narrativeIds = {});

    const QList<Narrative> &narratives() const { return m_narratives; }
    // Every event cited by at least one narrative, in time order.
    const QList<Row> &rows() const { return m_rows; }
    QString factorTitle(qint64 factorId) const { return m_factorTitles.value(factorId); }

    // Events every compared narrative cites.
    QList<qint64> sharedEvents() const;
    // Events narrative `index` cites and no other compared narrative does.
    QList<qint64> onlyIn(int index) const;
    // Events some other narrative cites and narrative `index` leaves out.
    QList<qint64> omittedBy(int index) const;
    // The earliest event cited by exactly one of narratives a and b (0 when they cite the same).
    qint64 firstDivergence(int a, int b) const;
    // Factors every compared narrative relies on / only narrative `index` relies on.
    QList<qint64> sharedFactors() const;
    QList<qint64> factorsOnlyIn(int index) const;
    // Factors no compared narrative relies on: what no story has yet accounted for.
    QList<qint64> unusedFactors() const { return m_unusedFactors; }
    // Where the stories rest on contested ground: steps marked uncertain or disputed (by narrative
    // index and step index), and cited events whose own record or annotations are.
    QList<QPair<int, int>> contestedSteps() const;
    QList<qint64> contestedEvents() const;

    // Every step, cited or not, on one time axis (see AxisRow).
    const QList<AxisRow> &axis() const { return m_axis; }
    // Steps of narrative `index` that cite no event (0-based step indices).
    QList<int> stepsWithoutEvidence(int index) const { return m_divergence.withoutEvidence.value(index); }
    // Shared events narratives tell in a different order (indices into narratives()).
    const QList<NarrativeDivergence::OrderDifference> &orderDifferences() const
    {
        return m_divergence.orderDifferences;
    }
    QList<Divergence> divergences() const;
    const Row *rowOf(qint64 eventId) const;

private:
    QList<Narrative> m_narratives;
    void buildRows(const ReviewStore &store);
    void buildAxis();

    QList<Row> m_rows;
    QList<AxisRow> m_axis;
    NarrativeDivergence m_divergence;
    QHash<qint64, QString> m_factorTitles;
    QList<qint64> m_unusedFactors;
};

} // namespace faultless::model
