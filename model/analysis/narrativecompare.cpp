#include "narrativecompare.h"

#include "store/reviewstore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace faultless::model {

NarrativeCompare NarrativeCompare::compute(const ReviewStore &store, const QList<qint64> &narrativeIds)
{
    NarrativeCompare result;
    const QSqlDatabase db = store.database();
    QList<qint64> ids = narrativeIds;
    if (ids.isEmpty()) {
        QSqlQuery q(QStringLiteral("SELECT id FROM narratives ORDER BY position, id"), db);
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }

    // Evidence events per factor: cited events, and the events of cited annotations.
    QHash<qint64, QSet<qint64>> evidence;
    {
        QSqlQuery q(QStringLiteral("SELECT f.id, f.title, COALESCE(fe.event_id, a.event_id) FROM factors f"
                                   " LEFT JOIN factor_evidence fe ON fe.factor_id = f.id"
                                   " LEFT JOIN annotations a ON a.id = fe.annotation_id"),
                    db);
        while (q.next()) {
            const qint64 factor = q.value(0).toLongLong();
            result.m_factorTitles.insert(factor, q.value(1).toString());
            if (!q.value(2).isNull())
                evidence[factor].insert(q.value(2).toLongLong());
        }
    }

    QSqlQuery narrative(db);
    narrative.prepare(QStringLiteral("SELECT title, vantage_point, author FROM narratives WHERE id = ?"));
    QSqlQuery steps(db);
    steps.prepare(QStringLiteral("SELECT id, text, COALESCE(event_id, 0) FROM narrative_steps WHERE narrative_id = ?"
                                 " ORDER BY position, id"));
    const QHash<qint64, Disputes::State> stepStates = Disputes::states(store, Disputes::ItemType::Step);
    QSet<qint64> usedFactors;
    for (qint64 id : std::as_const(ids)) {
        narrative.addBindValue(id);
        if (!narrative.exec() || !narrative.next())
            continue; // deleted meanwhile: compare what exists
        Narrative n;
        n.id = id;
        n.title = narrative.value(0).toString();
        n.vantagePoint = narrative.value(1).toString();
        n.author = narrative.value(2).toString();
        narrative.finish();
        steps.addBindValue(id);
        steps.exec();
        while (steps.next()) {
            Step step {steps.value(0).toLongLong(), steps.value(1).toString(), steps.value(2).toLongLong()};
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
            return QString::localeAwareCompare(result.m_factorTitles.value(a), result.m_factorTitles.value(b)) < 0;
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
    QSqlQuery event(db);
    event.prepare(QStringLiteral("SELECT instant, text FROM events WHERE id = ?"));
    for (Row &row : result.m_rows) {
        row.eventCertainty = eventStates.value(row.eventId, Disputes::State::None);
        row.annotationCertainty = annotationStates.value(row.eventId, Disputes::State::None);
        event.addBindValue(row.eventId);
        if (event.exec() && event.next()) {
            row.instant = event.value(0).toLongLong();
            row.text = event.value(1).toString();
        }
        event.finish();
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
                found.append({n, s});
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
        shared.erase(std::remove_if(shared.begin(), shared.end(), [&n](qint64 f) { return !n.factors.contains(f); }),
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
