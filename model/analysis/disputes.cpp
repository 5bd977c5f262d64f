#include "disputes.h"

#include "store/disputestore.h"

namespace faultless::model {

QList<Disputes::Dispute> Disputes::forItem(const ReviewStore &store, ItemType type, qint64 itemId)
{
    return DisputeStore::forItem(store, type, itemId);
}

QList<Disputes::Dispute> Disputes::all(const ReviewStore &store)
{
    return DisputeStore::live(store);
}

QHash<qint64, Disputes::State> Disputes::states(const ReviewStore &store, ItemType type)
{
    return DisputeStore::states(store, type);
}

Disputes::State Disputes::stateOf(const ReviewStore &store, ItemType type, qint64 itemId)
{
    return DisputeStore::stateOf(store, type, itemId);
}

QHash<qint64, Disputes::State> Disputes::annotationStatesByEvent(const ReviewStore &store)
{
    return DisputeStore::annotationStatesByEvent(store);
}

bool Disputes::itemExists(const ReviewStore &store, ItemType type, qint64 itemId)
{
    return DisputeStore::itemExists(store, type, itemId);
}

QString Disputes::typeName(ItemType type)
{
    return DisputeStore::itemTypeName(type);
}

bool Disputes::typeFromName(const QString &name, ItemType *type)
{
    return DisputeStore::itemTypeFromName(name, type);
}

QString Disputes::stateName(State state)
{
    return DisputeStore::stateName(state);
}

Disputes::State Disputes::stateFromName(const QString &name)
{
    return DisputeStore::stateFromName(name);
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
