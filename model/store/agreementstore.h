#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace faultless::model {

class ReviewStore;

// The timeline as agreed by the room (table agreements, and the snapshot it takes): the only code that knows
// these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)
public:
    // --- editing, item models and analysis of agreements

    static QList<AgreementRecord> all(const ReviewStore &store); // oldest first
    static std::optional<AgreementRecord> latest(const ReviewStore &store);
    // Writes `agreement`, with its id when it has one (a redo). Returns the id, 0 on failure.
    static qint64 insert(ReviewStore &store, const AgreementRecord &agreement);
    static bool remove(ReviewStore &store, qint64 agreementId);

    // What an agreement's snapshot keeps of the review (see analysis/agreementdiff.h), as stored:
    // kind, lane and actor as text, exactly what the snapshot's content hash was taken of.
    struct SnapshotEvent
    {
        qint64 id = 0;
        qint64 instant = 0; // µs UTC
        std::optional<qint64> end;
        QString kind;
        QString lane;
        QString actor;
        QString text;
        bool highlighted = false;
    };
    struct SnapshotAnnotation
    {
        qint64 id = 0;
        qint64 eventId = 0;
        QString text;
    };
    // Every live event in id order, then every annotation of a live event in id order, streamed
    // (a million events): the timeline as it is now, for a snapshot.
    static void scanSnapshot(const ReviewStore &store,
        const std::function<void(const SnapshotEvent &)> &event,
        const std::function<void(const SnapshotAnnotation &)> &annotation);

    // --- reports and analysis (briefing, comparison, export)

    // The latest agreement without its snapshot (which may be large): when, and who was present.
    // nullopt when the timeline was never agreed, or on a read error (then `error` is set).
    static std::optional<AgreementRecord> latestSignOff(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
