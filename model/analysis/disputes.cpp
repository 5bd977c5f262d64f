#include "disputes.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

namespace {
const char kColumns[] = "SELECT id, item_type, item_id, state, raised_by, reason, created FROM disputes d";
// Disputes are not tied to their items by a foreign key (one table serves three kinds of item).
// The delete commands take an item's disputes along and their undo puts them back; this filter
// keeps out disputes whose item went another way (an undone import takes its events along) and
// those left by documents written before the delete commands did so.
const char kLive[] = " WHERE ((d.item_type = 'event' AND EXISTS(SELECT 1 FROM events WHERE id = d.item_id))"
                     " OR (d.item_type = 'annotation' AND EXISTS(SELECT 1 FROM annotations WHERE id = d.item_id))"
                     " OR (d.item_type = 'step' AND EXISTS(SELECT 1 FROM narrative_steps WHERE id = d.item_id)))";

QList<Disputes::Dispute> read(QSqlQuery &q)
{
    QList<Disputes::Dispute> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Disputes::Dispute d;
        d.id = q.value(0).toLongLong();
        if (!Disputes::typeFromName(q.value(1).toString(), &d.itemType))
            continue;
        d.itemId = q.value(2).toLongLong();
        d.state = Disputes::stateFromName(q.value(3).toString());
        d.raisedBy = q.value(4).toString();
        d.reason = q.value(5).toString();
        d.created = q.value(6).toLongLong();
        list.append(d);
    }
    return list;
}
} // namespace

QList<Disputes::Dispute> Disputes::forItem(const ReviewStore &store, ItemType type, qint64 itemId)
{
    QSqlQuery q(store.database());
    q.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE item_type = ? AND item_id = ? ORDER BY created, id"));
    q.addBindValue(typeName(type));
    q.addBindValue(itemId);
    return read(q);
}

QList<Disputes::Dispute> Disputes::all(const ReviewStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(QLatin1String(kColumns) + QLatin1String(kLive) + QStringLiteral(" ORDER BY created, id"));
    return read(q);
}

QHash<qint64, Disputes::State> Disputes::states(const ReviewStore &store, ItemType type)
{
    QHash<qint64, State> result;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT item_id, MAX(CASE state WHEN 'disputed' THEN 2 ELSE 1 END) FROM disputes"
                             " WHERE item_type = ? GROUP BY item_id"));
    q.addBindValue(typeName(type));
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), static_cast<State>(q.value(1).toInt()));
    return result;
}

Disputes::State Disputes::stateOf(const ReviewStore &store, ItemType type, qint64 itemId)
{
    const QVariant v = store.scalar(QStringLiteral("SELECT MAX(CASE state WHEN 'disputed' THEN 2 ELSE 1 END)"
                                                   " FROM disputes WHERE item_type = ? AND item_id = ?"),
                                    {typeName(type), itemId});
    return v.isNull() ? State::None : static_cast<State>(v.toInt());
}

QHash<qint64, Disputes::State> Disputes::annotationStatesByEvent(const ReviewStore &store)
{
    QHash<qint64, State> result;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT a.event_id, MAX(CASE d.state WHEN 'disputed' THEN 2 ELSE 1 END) FROM disputes d"
                             " JOIN annotations a ON a.id = d.item_id WHERE d.item_type = 'annotation'"
                             " GROUP BY a.event_id"));
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), static_cast<State>(q.value(1).toInt()));
    return result;
}

bool Disputes::itemExists(const ReviewStore &store, ItemType type, qint64 itemId)
{
    static const char *const tables[] = {"events", "annotations", "narrative_steps"};
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(QLatin1String(tables[int(type)])),
                        {itemId})
               .toLongLong()
        > 0;
}

QString Disputes::typeName(ItemType type)
{
    switch (type) {
    case ItemType::Event:
        return QStringLiteral("event");
    case ItemType::Annotation:
        return QStringLiteral("annotation");
    case ItemType::Step:
        return QStringLiteral("step");
    }
    return {};
}

bool Disputes::typeFromName(const QString &name, ItemType *type)
{
    for (ItemType t : {ItemType::Event, ItemType::Annotation, ItemType::Step}) {
        if (typeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString Disputes::stateName(State state)
{
    switch (state) {
    case State::Uncertain:
        return QStringLiteral("uncertain");
    case State::Disputed:
        return QStringLiteral("disputed");
    case State::None:
        break;
    }
    return {};
}

Disputes::State Disputes::stateFromName(const QString &name)
{
    if (name == QLatin1String("disputed"))
        return State::Disputed;
    if (name == QLatin1String("uncertain"))
        return State::Uncertain;
    return State::None;
}

QString Disputes::typeLabel(ItemType type)
{
    switch (type) {
    case ItemType::Event:
        return tr("Event");
    case ItemType::Annotation:
        return tr("Annotation");
    case ItemType::Step:
        //: a step of a narrative
        return tr("Narrative step");
    }
    return {};
}

QString Disputes::stateLabel(State state)
{
    switch (state) {
    case State::Uncertain:
        //: certainty of a timeline item: people are not sure it happened this way
        return tr("Uncertain");
    case State::Disputed:
        //: certainty of a timeline item: someone says it did not happen this way
        return tr("Disputed");
    case State::None:
        break;
    }
    return {};
}

} // namespace faultless::model
