#include "narrativestore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

// --- reports and analysis (briefing, comparison, export)

namespace {

// A read for a report; on failure the query has no rows and `error` gets the database's message
// unless it holds an earlier one (a report reads on after a failure and tells the first).
QSqlQuery reportQuery(
    const ReviewStore &store, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok && error && error->isEmpty())
        *error = q.lastError().text();
    return q;
}

} // namespace

QList<Narrative> NarrativeStore::inOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT id, title, vantage_point, author FROM narratives ORDER BY position, id"), {},
        error);
    QList<Narrative> narratives;
    while (q.next()) {
        Narrative n;
        n.id = q.value(0).toLongLong();
        n.title = q.value(1).toString();
        n.vantagePoint = q.value(2).toString();
        n.author = q.value(3).toString();
        narratives.append(n);
    }
    return narratives;
}

std::optional<Narrative> NarrativeStore::forComparison(const ReviewStore &store, qint64 narrativeId)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT title, vantage_point, author FROM narratives WHERE id = ?"), { narrativeId },
        nullptr);
    if (!q.next())
        return std::nullopt;
    Narrative n;
    n.id = narrativeId;
    n.title = q.value(0).toString();
    n.vantagePoint = q.value(1).toString();
    n.author = q.value(2).toString();
    return n;
}

QList<NarrativeStep> NarrativeStore::stepsInOrder(
    const ReviewStore &store, qint64 narrativeId, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT id, text, COALESCE(event_id, 0) FROM narrative_steps WHERE narrative_id = ?"
                       " ORDER BY position, id"),
        { narrativeId }, error);
    QList<NarrativeStep> steps;
    while (q.next()) {
        NarrativeStep s;
        s.id = q.value(0).toLongLong();
        s.narrativeId = narrativeId;
        s.text = q.value(1).toString();
        s.eventId = q.value(2).toLongLong();
        steps.append(s);
    }
    return steps;
}

std::optional<QString> NarrativeStore::stepText(const ReviewStore &store, qint64 stepId, QString *error)
{
    QSqlQuery q = reportQuery(
        store, QStringLiteral("SELECT text FROM narrative_steps WHERE id = ?"), { stepId }, error);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace faultless::model
