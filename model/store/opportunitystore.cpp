#include "opportunitystore.h"

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

QList<Opportunity> OpportunityStore::inProposedOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral(
            "SELECT id, title, description, owner, status FROM opportunities ORDER BY created, id"),
        {}, error);
    QList<Opportunity> opportunities;
    while (q.next()) {
        Opportunity o;
        o.id = q.value(0).toLongLong();
        o.title = q.value(1).toString();
        o.description = q.value(2).toString();
        o.owner = q.value(3).toString();
        o.status = q.value(4).toString();
        opportunities.append(o);
    }
    return opportunities;
}

QList<OpportunityStore::FactorTitle> OpportunityStore::factorTitles(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT of.opportunity_id, f.title FROM opportunity_factors of"
                       " JOIN factors f ON f.id = of.factor_id ORDER BY f.title"),
        {}, error);
    QList<FactorTitle> titles;
    while (q.next())
        titles.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return titles;
}

} // namespace faultless::model
