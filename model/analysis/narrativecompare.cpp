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

    // The union of cited events, in time order.
    QHash<qint64, int> rowOf;
    for (int n = 0; n < result.m_narratives.size(); ++n) {
        const Narrative &narr = result.m_narratives.at(n);
        for (int s = 0; s < narr.steps.size(); ++s) {
            const qint64 eventId = narr.steps.at(s).eventId;
            if (!eventId)
                continue;
            auto found = rowOf.find(eventId);
            if (found == rowOf.end()) {
                Row row;
                row.eventId = eventId;
                row.stepNumbers = QList<int>(result.m_narratives.size(), 0);
                found = rowOf.insert(eventId, int(result.m_rows.size()));
                result.m_rows.append(row);
            }
            Row &row = result.m_rows[found.value()];
            if (row.stepNumbers[n] == 0) {
                row.stepNumbers[n] = s + 1;
                ++row.citedBy;
            }
        }
    }
    const QHash<qint64, Disputes::State> eventStates = Disputes::states(store, Disputes::ItemType::Event);
    const QHash<qint64, Disputes::State> annotationStates = Disputes::annotationStatesByEvent(store);
    for (Row &row : result.m_rows) {
        row.eventCertainty = eventStates.value(row.eventId, Disputes::State::None);
        row.annotationCertainty = annotationStates.value(row.eventId, Disputes::State::None);
        if (const std::optional<EventStore::CitedEvent> event = EventStore::citation(store, row.eventId)) {
            row.instant = event->instant;
            row.text = event->text;
        }
    }
    std::stable_sort(result.m_rows.begin(), result.m_rows.end(), [](const Row &a, const Row &b) {
        return a.instant != b.instant ? a.instant < b.instant : a.eventId < b.eventId;
    });
    return result;
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
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (!m_narratives.isEmpty() && row.citedBy == m_narratives.size())
            ids.append(row.eventId);
    }
    return ids;
}

QList<qint64> NarrativeCompare::onlyIn(int index) const
{
    QList<qint64> ids;
    if (index < 0 || index >= m_narratives.size())
        return ids;
    for (const Row &row : m_rows) {
        if (row.citedBy == 1 && row.stepNumbers.at(index) > 0)
            ids.append(row.eventId);
    }
    return ids;
}

QList<qint64> NarrativeCompare::omittedBy(int index) const
{
    QList<qint64> ids;
    if (index < 0 || index >= m_narratives.size())
        return ids;
    for (const Row &row : m_rows) {
        if (row.stepNumbers.at(index) == 0)
            ids.append(row.eventId);
    }
    return ids;
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
