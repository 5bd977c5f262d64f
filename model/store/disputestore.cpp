#include "disputestore.h"

#include "store/reviewstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and analysis of disputes

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

QList<Dispute> DisputeStore::inRaisedOrder(const ReviewStore &store, QString *error)
{
    // The table's CHECK constraints allow only these names.
    static const QHash<QString, Dispute::ItemType> itemTypes { { QStringLiteral("event"),
                                                                   Dispute::ItemType::Event },
        { QStringLiteral("annotation"), Dispute::ItemType::Annotation },
        { QStringLiteral("step"), Dispute::ItemType::Step } };
    QSqlQuery q = reportQuery(store,
        QStringLiteral(
            "SELECT item_type, item_id, state, raised_by, reason FROM disputes ORDER BY created, id"),
        {}, error);
    QList<Dispute> disputes;
    while (q.next()) {
        Dispute d;
        d.itemType = itemTypes.value(q.value(0).toString());
        d.itemId = q.value(1).toLongLong();
        d.state = q.value(2).toString() == QLatin1String("disputed") ? Dispute::State::Disputed
                                                                     : Dispute::State::Uncertain;
        d.raisedBy = q.value(3).toString();
        d.reason = q.value(4).toString();
        disputes.append(d);
    }
    return disputes;
}

} // namespace faultless::model
