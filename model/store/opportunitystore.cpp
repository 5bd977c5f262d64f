#include "opportunitystore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

namespace {

bool setColumn(ReviewStore &store, qint64 id, const QString &sql, const QString &value)
{
    return store.exec(sql, { value, id });
}

} // namespace

QList<OpportunityRow> OpportunityStore::rows(const ReviewStore &store)
{
    QList<OpportunityRow> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT o.id, o.title, o.owner, o.status,"
            " (SELECT GROUP_CONCAT(title, '; ') FROM (SELECT f.title FROM opportunity_factors ofc"
            "  JOIN factors f ON f.id = ofc.factor_id WHERE ofc.opportunity_id = o.id ORDER BY f.title)),"
            " o.description, (SELECT GROUP_CONCAT(factor_id) FROM opportunity_factors x WHERE "
            "x.opportunity_id = o.id),"
            " o.created"
            " FROM opportunities o ORDER BY o.created, o.id")))
        return result;
    while (q.next()) {
        OpportunityRow row;
        row.id = q.value(0).toLongLong();
        row.title = q.value(1).toString();
        row.owner = q.value(2).toString();
        row.status = q.value(3).toString();
        row.factorTitles = q.value(4).toString();
        row.description = q.value(5).toString();
        row.factorIds = ReviewStore::idsFromList(q.value(6).toString());
        row.created = q.value(7).toLongLong();
        result.append(row);
    }
    return result;
}

std::optional<Opportunity> OpportunityStore::find(const ReviewStore &store, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT id, title, description, owner, status, created FROM opportunities WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Opportunity opportunity;
    opportunity.id = q.value(0).toLongLong();
    opportunity.title = q.value(1).toString();
    opportunity.description = q.value(2).toString();
    opportunity.owner = q.value(3).toString();
    opportunity.status = q.value(4).toString();
    opportunity.created = q.value(5).toLongLong();
    return opportunity;
}

bool OpportunityStore::exists(const ReviewStore &store, qint64 id)
{
    return id > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE id = ?"), { id }).toInt()
        == 1;
}

qint64 OpportunityStore::insert(ReviewStore &store, const Opportunity &opportunity)
{
    const QVariant id = store.rowId(QStringLiteral("opportunities"), opportunity.id);
    if (!store.exec(QStringLiteral("INSERT INTO opportunities(id,title,description,owner,status,created)"
                                   " VALUES(?,?,?,?,?,?)"),
            { id, opportunity.title, opportunity.description, opportunity.owner, opportunity.status,
                opportunity.created }))
        return 0;
    return opportunity.id ? opportunity.id : store.lastInsertId();
}

bool OpportunityStore::setTitle(ReviewStore &store, qint64 id, const QString &title)
{
    return setColumn(store, id, QStringLiteral("UPDATE opportunities SET title = ? WHERE id = ?"), title);
}

bool OpportunityStore::setDescription(ReviewStore &store, qint64 id, const QString &description)
{
    return setColumn(
        store, id, QStringLiteral("UPDATE opportunities SET description = ? WHERE id = ?"), description);
}

bool OpportunityStore::setOwner(ReviewStore &store, qint64 id, const QString &owner)
{
    return setColumn(store, id, QStringLiteral("UPDATE opportunities SET owner = ? WHERE id = ?"), owner);
}

bool OpportunityStore::setStatus(ReviewStore &store, qint64 id, const QString &status)
{
    return setColumn(store, id, QStringLiteral("UPDATE opportunities SET status = ? WHERE id = ?"), status);
}

bool OpportunityStore::remove(ReviewStore &store, qint64 id, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        if (!rows.capture(store, QStringLiteral("opportunities"), QStringLiteral("id = ?"), { id })
            || rows.isEmpty()
            || !rows.capture(
                store, QStringLiteral("opportunity_factors"), QStringLiteral("opportunity_id = ?"), { id }))
            return false;
        *removed = rows;
    }
    // The factor links go by cascade.
    return store.exec(QStringLiteral("DELETE FROM opportunities WHERE id = ?"), { id });
}

QList<qint64> OpportunityStore::factorIds(const ReviewStore &store, qint64 opportunityId)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT factor_id FROM opportunity_factors WHERE opportunity_id = ? ORDER BY factor_id"));
    q.addBindValue(opportunityId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool OpportunityStore::setFactorIds(ReviewStore &store, qint64 opportunityId, const QList<qint64> &factorIds)
{
    if (!store.exec(
            QStringLiteral("DELETE FROM opportunity_factors WHERE opportunity_id = ?"), { opportunityId }))
        return false;
    for (qint64 factorId : factorIds) {
        if (!store.exec(
                QStringLiteral(
                    "INSERT OR IGNORE INTO opportunity_factors(opportunity_id,factor_id) VALUES(?, ?)"),
                { opportunityId, factorId }))
            return false;
    }
    return true;
}

// --- reports and analysis (briefing, comparison, export)

QList<Opportunity> OpportunityStore::inProposedOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
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
    QSqlQuery q = store.read(QStringLiteral("SELECT of.opportunity_id, f.title FROM opportunity_factors of"
                                            " JOIN factors f ON f.id = of.factor_id ORDER BY f.title"),
        {}, error);
    QList<FactorTitle> titles;
    while (q.next())
        titles.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return titles;
}

} // namespace faultless::model
