#include "disputestore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and analysis of disputes

namespace {
// Helpers of this section, named apart from the other sections'.
namespace practice {
const char kDisputeColumns[]
    = "SELECT id, item_type, item_id, state, raised_by, reason, created FROM disputes d";
// Disputes are not tied to their items by a foreign key (one table serves three kinds of item).
// The delete commands take an item's disputes along and their undo puts them back; this filter
// keeps out disputes whose item went another way (an undone import takes its events along) and
// those left by documents written before the delete commands did so.
const char kLive[]
    = " WHERE ((d.item_type = 'event' AND EXISTS(SELECT 1 FROM events WHERE id = d.item_id))"
      " OR (d.item_type = 'annotation' AND EXISTS(SELECT 1 FROM annotations WHERE id = d.item_id))"
      " OR (d.item_type = 'step' AND EXISTS(SELECT 1 FROM narrative_steps WHERE id = d.item_id)))";

QList<Dispute> readDisputes(QSqlQuery &q)
{
    QList<Dispute> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Dispute d;
        d.id = q.value(0).toLongLong();
        if (!DisputeStore::itemTypeFromName(q.value(1).toString(), &d.itemType))
            continue;
        d.itemId = q.value(2).toLongLong();
        d.state = DisputeStore::stateFromName(q.value(3).toString());
        d.raisedBy = q.value(4).toString();
        d.reason = q.value(5).toString();
        d.created = q.value(6).toLongLong();
        list.append(d);
    }
    return list;
}

QHash<qint64, Dispute::State> readStates(QSqlQuery &q)
{
    QHash<qint64, Dispute::State> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), static_cast<Dispute::State>(q.value(1).toInt()));
    return result;
}

// Fills in the disputed item's text and the event it belongs to (left empty when it is gone).
void readItem(const ReviewStore &store, Dispute *d)
{
    QSqlQuery q(store.database());
    switch (d->itemType) {
    case Dispute::ItemType::Event:
        q.prepare(QStringLiteral("SELECT text, id FROM events WHERE id = ?"));
        break;
    case Dispute::ItemType::Annotation:
        q.prepare(QStringLiteral("SELECT text, event_id FROM annotations WHERE id = ?"));
        break;
    case Dispute::ItemType::Step:
        q.prepare(QStringLiteral("SELECT text, event_id FROM narrative_steps WHERE id = ?"));
        break;
    }
    q.addBindValue(d->itemId);
    if (q.exec() && q.next()) {
        d->itemText = q.value(0).toString();
        d->eventId = q.value(1).toLongLong();
    }
}
} // namespace practice
} // namespace

QString DisputeStore::itemTypeName(Dispute::ItemType type)
{
    switch (type) {
    case Dispute::ItemType::Event:
        return QStringLiteral("event");
    case Dispute::ItemType::Annotation:
        return QStringLiteral("annotation");
    case Dispute::ItemType::Step:
        return QStringLiteral("step");
    }
    return {};
}

bool DisputeStore::itemTypeFromName(const QString &name, Dispute::ItemType *type)
{
    for (Dispute::ItemType t :
        { Dispute::ItemType::Event, Dispute::ItemType::Annotation, Dispute::ItemType::Step }) {
        if (itemTypeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString DisputeStore::stateName(Dispute::State state)
{
    switch (state) {
    case Dispute::State::Uncertain:
        return QStringLiteral("uncertain");
    case Dispute::State::Disputed:
        return QStringLiteral("disputed");
    case Dispute::State::None:
        break;
    }
    return {};
}

Dispute::State DisputeStore::stateFromName(const QString &name)
{
    if (name == QLatin1String("disputed"))
        return Dispute::State::Disputed;
    if (name == QLatin1String("uncertain"))
        return Dispute::State::Uncertain;
    return Dispute::State::None;
}

QList<Dispute> DisputeStore::forItem(const ReviewStore &store, Dispute::ItemType type, qint64 itemId)
{
    QSqlQuery q(store.database());
    q.prepare(QLatin1String(practice::kDisputeColumns)
        + QStringLiteral(" WHERE item_type = ? AND item_id = ? ORDER BY created, id"));
    q.addBindValue(itemTypeName(type));
    q.addBindValue(itemId);
    return practice::readDisputes(q);
}

QList<Dispute> DisputeStore::live(const ReviewStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(QLatin1String(practice::kDisputeColumns) + QLatin1String(practice::kLive)
        + QStringLiteral(" ORDER BY created, id"));
    return practice::readDisputes(q);
}

QList<Dispute> DisputeStore::liveWithItems(const ReviewStore &store)
{
    QList<Dispute> list = live(store);
    for (Dispute &d : list)
        practice::readItem(store, &d);
    return list;
}

std::optional<Dispute> DisputeStore::find(const ReviewStore &store, qint64 disputeId)
{
    QSqlQuery q(store.database());
    q.prepare(QLatin1String(practice::kDisputeColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(disputeId);
    const QList<Dispute> list = practice::readDisputes(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QHash<qint64, Dispute::State> DisputeStore::states(const ReviewStore &store, Dispute::ItemType type)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT item_id, MAX(CASE state WHEN 'disputed' THEN 2 ELSE 1 END) FROM disputes"
                             " WHERE item_type = ? GROUP BY item_id"));
    q.addBindValue(itemTypeName(type));
    return practice::readStates(q);
}

Dispute::State DisputeStore::stateOf(const ReviewStore &store, Dispute::ItemType type, qint64 itemId)
{
    const QVariant v = store.scalar(QStringLiteral("SELECT MAX(CASE state WHEN 'disputed' THEN 2 ELSE 1 END)"
                                                   " FROM disputes WHERE item_type = ? AND item_id = ?"),
        { itemTypeName(type), itemId });
    return v.isNull() ? Dispute::State::None : static_cast<Dispute::State>(v.toInt());
}

QHash<qint64, Dispute::State> DisputeStore::annotationStatesByEvent(const ReviewStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT a.event_id, MAX(CASE d.state WHEN 'disputed' THEN 2 ELSE 1 END) FROM disputes d"
        " JOIN annotations a ON a.id = d.item_id WHERE d.item_type = 'annotation'"
        " GROUP BY a.event_id"));
    return practice::readStates(q);
}

bool DisputeStore::itemExists(const ReviewStore &store, Dispute::ItemType type, qint64 itemId)
{
    static const char *const tables[] = { "events", "annotations", "narrative_steps" };
    return store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?")
                           .arg(QLatin1String(tables[int(type)])),
                   { itemId })
               .toLongLong()
        > 0;
}

qint64 DisputeStore::shownIn(const ReviewStore &store, Dispute::ItemType type, qint64 itemId)
{
    switch (type) {
    case Dispute::ItemType::Event:
        return itemId;
    case Dispute::ItemType::Annotation:
        return store.scalar(QStringLiteral("SELECT event_id FROM annotations WHERE id = ?"), { itemId })
            .toLongLong();
    case Dispute::ItemType::Step:
        return store
            .scalar(QStringLiteral("SELECT narrative_id FROM narrative_steps WHERE id = ?"), { itemId })
            .toLongLong();
    }
    return 0;
}

qint64 DisputeStore::insert(ReviewStore &store, const Dispute &dispute)
{
    const QVariant id = store.rowId(QStringLiteral("disputes"), dispute.id);
    if (!store.exec(
            QStringLiteral("INSERT INTO disputes(id, item_type, item_id, state, raised_by, reason, created)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?)"),
            { id, itemTypeName(dispute.itemType), dispute.itemId, stateName(dispute.state), dispute.raisedBy,
                dispute.reason, dispute.created }))
        return 0;
    return store.lastInsertId();
}

bool DisputeStore::remove(ReviewStore &store, qint64 disputeId, RemovedRows *removed)
{
    if (removed
        && !removed->capture(store, QStringLiteral("disputes"), QStringLiteral("id = ?"), { disputeId }))
        return false;
    return store.exec(QStringLiteral("DELETE FROM disputes WHERE id = ?"), { disputeId });
}

// --- reports and analysis (briefing, comparison, export)

QList<Dispute> DisputeStore::inRaisedOrder(const ReviewStore &store, QString *error)
{
    // The table's CHECK constraints allow only these names.
    static const QHash<QString, Dispute::ItemType> itemTypes { { QStringLiteral("event"),
                                                                   Dispute::ItemType::Event },
        { QStringLiteral("annotation"), Dispute::ItemType::Annotation },
        { QStringLiteral("step"), Dispute::ItemType::Step } };
    QSqlQuery q = store.read(
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
