#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// Uncertain and disputed items (table disputes): the only code that knows these tables. Functions take the
// store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class DisputeStore
{
    Q_DECLARE_TR_FUNCTIONS(DisputeStore)
public:
    // --- editing, item models and analysis of disputes

    // Stored names ("event", "disputed") and back.
    static QString itemTypeName(Dispute::ItemType type);
    static bool itemTypeFromName(const QString &name, Dispute::ItemType *type);
    static QString stateName(Dispute::State state);
    static Dispute::State stateFromName(const QString &name); // State::None for an unknown name

    static QList<Dispute> forItem(const ReviewStore &store, Dispute::ItemType type, qint64 itemId);
    // Every dispute whose item still exists (see kLive in disputestore.cpp for the ones that outlive it).
    static QList<Dispute> live(const ReviewStore &store);
    // As live(), each with the text of its item and the event that item belongs to (Dispute::itemText,
    // Dispute::eventId): what the Disputes panel lists.
    static QList<Dispute> liveWithItems(const ReviewStore &store);
    static std::optional<Dispute> find(const ReviewStore &store, qint64 disputeId);
    // The strongest state of each disputed item of one type.
    static QHash<qint64, Dispute::State> states(const ReviewStore &store, Dispute::ItemType type);
    static Dispute::State stateOf(const ReviewStore &store, Dispute::ItemType type, qint64 itemId);
    // Per event, the strongest state of its annotations' disputes.
    static QHash<qint64, Dispute::State> annotationStatesByEvent(const ReviewStore &store);
    static bool itemExists(const ReviewStore &store, Dispute::ItemType type, qint64 itemId);
    // Where a view shows the item: the event of an annotation, the narrative of a step, an event itself
    // (0 when the item is gone).
    static qint64 shownIn(const ReviewStore &store, Dispute::ItemType type, qint64 itemId);

    // Writes `dispute`, with its id when it has one (a redo: later edits may refer to it). Returns the
    // id, 0 on failure.
    static qint64 insert(ReviewStore &store, const Dispute &dispute);
    // Deletes the dispute; `removed` (if given) keeps it for undo.
    static bool remove(ReviewStore &store, qint64 disputeId, RemovedRows *removed = nullptr);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every dispute in the order raised, with its item, state, who raised it and why (the id
    // and time are not read).
    static QList<Dispute> inRaisedOrder(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
