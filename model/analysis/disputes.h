#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace faultless::model {

class ReviewStore;

// Read side of disputes: which events, annotations and narrative steps someone marked uncertain
// or disputed, by whom and why. The timeline, the event table and the narrative compare view ask
// here to make such items stand out; edits go through commands/practicecommands.h.
class Disputes
{
    Q_DECLARE_TR_FUNCTIONS(Disputes)
public:
    // The domain record and its enums, under the names the views have always used.
    using Dispute = model::Dispute;
    using ItemType = Dispute::ItemType;
    using State = Dispute::State;

    static QList<Dispute> forItem(const ReviewStore &store, ItemType type, qint64 itemId);
    // Every dispute whose item still exists (see kLive in store/disputestore.cpp for the ones that
    // outlive it).
    static QList<Dispute> all(const ReviewStore &store);
    // The strongest state of each disputed item of one type: what a view keeps to draw markers.
    static QHash<qint64, State> states(const ReviewStore &store, ItemType type);
    static State stateOf(const ReviewStore &store, ItemType type, qint64 itemId);
    // Per event, the strongest state of its annotations' disputes: where a view that lists events
    // shows that something said about the event is contested.
    static QHash<qint64, State> annotationStatesByEvent(const ReviewStore &store);
    static bool itemExists(const ReviewStore &store, ItemType type, qint64 itemId);

    // Stored names ("event", "disputed") and back.
    static QString typeName(ItemType type);
    static bool typeFromName(const QString &name, ItemType *type);
    static QString stateName(State state);
    static State stateFromName(const QString &name);
    // Translated labels.
    static QString typeLabel(ItemType type);
    static QString stateLabel(State state);
};

} // namespace faultless::model
