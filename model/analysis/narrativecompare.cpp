#include "narrativecompare.h"

#include "store/eventstore.h"
#include "store/factorstore.h"
#include "store/narrativestore.h"

#include <QSet>

#include <algorithm>

namespace faultless::model {

NarrativeCompare NarrativeCompare::compute(const ReviewStore &store, const QList<qint64> &narrativeIds)
{
    NarrativeCompare result;
    QList<qint64> ids = narrativeIds;
    if (ids.isEmpty()) {
        const QList<model::Narrative> all = NarrativeStore::inOrder(store);
        for (const model::Narrative &n : all)
            ids.append(n.id);
    }

    // Evidence events per factor: cited events, and the events of cited annotations.
    QHash<qint64, QSet<qint64>> evidence;
    const QList<FactorStore::EvidenceEvent> evidenceEvents = FactorStore::evidenceEvents(store);
    for (const FactorStore::EvidenceEvent &e : evidenceEvents) {
        result.m_factorTitles.insert(e.factorId, e.factorTitle);
        if (e.eventId)
            evidence[e.factorId].insert(e.eventId);
    }

    const QHash<qint64, Disputes::State> stepStates = Disputes::states(store, Disputes::ItemType::Step);
    QSet<qint64> usedFactors;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<model::Narrative> stored = NarrativeStore::forComparison(store, id);
        if (!stored)
            continue; // deleted meanwhile: compare what exists
        Narrative n;
        n.id = id;
        n.title = stored->title;
        n.vantagePoint = stored->vantagePoint;
        n.author = stored->author;
        const QList<NarrativeStep> steps = NarrativeStore::stepsInOrder(store, id);
        for (const NarrativeStep &s : steps) {
            Step step { s.id, s.text, s.eventId };
            step.certainty = stepStates.value(step.id, Disputes::State::None);
            n.steps.append(step);
            if (step.eventId && !n.citedEvents.contains(step.eventId))
                n.citedEvents.append(step.eventId);
        }
        const QSet<qint64> cited(n.citedEvents.begin(), n.citedEvents.end());
        for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
            if (it.value().intersects(cited))
                n.factors.append(it.key());
        }
        std::sort(n.factors.begin(), n.factors.end(), [&result](qint64 a, qint64 b) {
            return QString::localeAwareCompare(result.m_factorTitles.value(a), result.m_factorTitles.value(b))
                < 0;
        });
        usedFactors.unite(QSet<qint64>(n.factors.begin(), n.factors.end()));
        result.m_narratives.append(n);
    }
    for (auto it = result.m_factorTitles.cbegin(); it != result.m_factorTitles.cend(); ++it) {
        if (!usedFactors.contains(it.key()))
            result.m_unusedFactors.append(it.key());
    }
    std::sort(result.m_unusedFactors.begin(), result.m_unusedFactors.end());

    result.buildRows(store);
    result.buildAxis();
    return result;
}

// The union of cited events in time order, with the step of each narrative citing them; the
// order and the divergences come from the rules the briefing shares (NarrativeDivergence).
void NarrativeCompare::buildRows(const ReviewStore &store)
{
    QList<QList<qint64>> stepEvents;
    QHash<qint64, Instant> instants;
    QHash<qint64, QString> texts;
    for (const Narrative &narr : std::as_const(m_narratives)) {
        QList<qint64> events;
        for (const Step &step : narr.steps) {
            events.append(step.eventId);
            if (!step.eventId || instants.contains(step.eventId))
                continue;
            const std::optional<EventStore::CitedEvent> event = EventStore::citation(store, step.eventId);
            instants.insert(step.eventId, event ? event->instant : NoInstant);
            texts.insert(step.eventId, event ? event->text : QString());
        }
        stepEvents.append(events);
    }
    m_divergence = NarrativeDivergence::compute(stepEvents, instants);

    const QHash<qint64, Disputes::State> eventStates = Disputes::states(store, Disputes::ItemType::Event);
    const QHash<qint64, Disputes::State> annotationStates = Disputes::annotationStatesByEvent(store);
    for (qint64 eventId : std::as_const(m_divergence.cited)) {
        Row row;
        row.eventId = eventId;
        row.instant = instants.value(eventId, NoInstant);
        row.text = texts.value(eventId);
        row.eventCertainty = eventStates.value(eventId, Disputes::State::None);
        row.annotationCertainty = annotationStates.value(eventId, Disputes::State::None);
        row.stepNumbers = QList<int>(m_narratives.size(), 0);
        for (int n = 0; n < m_narratives.size(); ++n) {
            const int s = int(stepEvents.at(n).indexOf(eventId));
            if (s >= 0) {
                row.stepNumbers[n] = s + 1;
                ++row.citedBy;
            }
        }
        m_rows.append(row);
    }
}

// Lays every step on the time axis: cited steps on their event's line, steps citing nothing on
// lines of their own after the narrative's previous cited step. Steps of different narratives
// that fall between the same two events share lines, so the columns stay side by side.
void NarrativeCompare::buildAxis()
{
    const int narratives = int(m_narratives.size());
    const int events = int(m_rows.size());
    QHash<qint64, int> rowOfEvent;
    for (int r = 0; r < events; ++r)
        rowOfEvent.insert(m_rows.at(r).eventId, r);
    // gaps[g][n]: steps of narrative n without evidence just before event line g (g == events: at
    // the end).
    QList<QList<QList<int>>> gaps(events + 1, QList<QList<int>>(narratives));
    QList<QList<QList<int>>> onEvent(events, QList<QList<int>>(narratives));
    for (int n = 0; n < narratives; ++n) {
        const QList<Step> &steps = m_narratives.at(n).steps;
        int firstCitedRow = 0;
        for (const Step &step : steps) {
            if (step.eventId) {
                firstCitedRow = rowOfEvent.value(step.eventId);
                break;
            }
        }
        int gap = firstCitedRow;
        for (int s = 0; s < steps.size(); ++s) {
            if (steps.at(s).eventId == 0) {
                gaps[gap][n].append(s);
                continue;
            }
            const int row = rowOfEvent.value(steps.at(s).eventId);
            onEvent[row][n].append(s);
            gap = row + 1;
        }
    }
    auto firstOrNone = [](const QList<int> &list, qsizetype i) { return i < list.size() ? list.at(i) : -1; };
    for (int g = 0; g <= events; ++g) {
        qsizetype lines = 0;
        for (const QList<int> &steps : std::as_const(gaps.at(g)))
            lines = std::max(lines, steps.size());
        for (qsizetype i = 0; i < lines; ++i) {
            AxisRow line;
            for (int n = 0; n < narratives; ++n)
                line.steps.append(firstOrNone(gaps.at(g).at(n), i));
            m_axis.append(line);
        }
        if (g == events)
            break;
        // A narrative citing the same event again shows that step on a line below it.
        qsizetype repeats = 1;
        for (const QList<int> &steps : std::as_const(onEvent.at(g)))
            repeats = std::max(repeats, steps.size());
        for (qsizetype i = 0; i < repeats; ++i) {
            AxisRow line;
            line.eventRow = i == 0 ? g : -1;
            for (int n = 0; n < narratives; ++n)
                line.steps.append(firstOrNone(onEvent.at(g).at(n), i));
            m_axis.append(line);
        }
    }
}

QList<NarrativeCompare::Divergence> NarrativeCompare::divergences() const
{
    QList<Divergence> found;
    const bool several = m_narratives.size() > 1;
    for (int n = 0; n < m_narratives.size(); ++n) {
        if (several) {
            for (qint64 eventId : m_divergence.onlyIn.value(n))
                found.append({ Divergence::Kind::OnlyIn, n, eventId });
        }
        for (int step : m_divergence.withoutEvidence.value(n))
            found.append({ Divergence::Kind::WithoutEvidence, n, 0, step });
    }
    for (const NarrativeDivergence::OrderDifference &o : m_divergence.orderDifferences)
        found.append({ Divergence::Kind::Order, o.first, o.earlier, -1, o.second, o.later });
    return found;
}

const NarrativeCompare::Row *NarrativeCompare::rowOf(qint64 eventId) const
{
    for (const Row &row : m_rows) {
        if (row.eventId == eventId)
            return &row;
    }
    return nullptr;
}

QList<QPair<int, int>> NarrativeCompare::contestedSteps() const
{
    QList<QPair<int, int>> found;
    for (int n = 0; n < m_narratives.size(); ++n) {
        const QList<Step> &steps = m_narratives.at(n).steps;
        for (int s = 0; s < steps.size(); ++s) {
            if (steps.at(s).certainty != Disputes::State::None)
                found.append({ n, s });
        }
    }
    return found;
}

QList<qint64> NarrativeCompare::contestedEvents() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (row.eventCertainty != Disputes::State::None || row.annotationCertainty != Disputes::State::None)
            ids.append(row.eventId);
    }
    return ids;
}

QList<qint64> NarrativeCompare::sharedEvents() const
{
    return m_divergence.shared;
}

QList<qint64> NarrativeCompare::onlyIn(int index) const
{
    return m_divergence.onlyIn.value(index);
}

QList<qint64> NarrativeCompare::omittedBy(int index) const
{
    return m_divergence.omittedBy.value(index);
}

qint64 NarrativeCompare::firstDivergence(int a, int b) const
{
    if (a < 0 || b < 0 || a >= m_narratives.size() || b >= m_narratives.size())
        return 0;
    for (const Row &row : m_rows) {
        if ((row.stepNumbers.at(a) > 0) != (row.stepNumbers.at(b) > 0))
            return row.eventId;
    }
    return 0;
}

QList<qint64> NarrativeCompare::sharedFactors() const
{
    if (m_narratives.isEmpty())
        return {};
    QList<qint64> shared = m_narratives.first().factors;
    for (const Narrative &n : m_narratives) {
        shared.erase(
            std::remove_if(shared.begin(), shared.end(), [&n](qint64 f) { return !n.factors.contains(f); }),
            shared.end());
    }
    return shared;
}

QList<qint64> NarrativeCompare::factorsOnlyIn(int index) const
{
    if (index < 0 || index >= m_narratives.size())
        return {};
    QList<qint64> only;
    for (qint64 f : m_narratives.at(index).factors) {
        bool elsewhere = false;
        for (int n = 0; n < m_narratives.size() && !elsewhere; ++n)
            elsewhere = n != index && m_narratives.at(n).factors.contains(f);
        if (!elsewhere)
            only.append(f);
    }
    return only;
}

} // namespace faultless::model
