#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace faultless::model {

class ReviewStore;

// One flag change of a review and whether it was reversed, in the same environment, later in
// time: either what it changed came back to the value it had before (a rollout raised from 10% to
// 50% and later set to 10% again, through any steps in between; one aspect of the flag at a time,
// see domain/flagwording.h), or the flag was turned off, which takes back whatever a change while
// it was on exposed. The timeline draws a span from changedAt to reversedAt (or an open one when
// the change stood).
struct FlagReversal
{
    qint64 changeEventId = 0;
    QString flagKey;
    QString environment; // empty: the source did not say, or "all environments"
    QString before;
    QString after;
    QString actor;
    Instant changedAt = NoInstant;
    std::optional<Instant> reversedAt;
    QString reversedBy;
    qint64 reversalEventId = 0; // 0 when not reversed
    bool reversedByTurningOff = false; // the flag was turned off rather than set back

    bool isReversed() const { return reversedAt.has_value(); }
    // Microseconds from the change to its reversal.
    std::optional<qint64> timeToReverse() const
    {
        return reversedAt ? std::optional<qint64>(*reversedAt - changedAt) : std::nullopt;
    }
    // Reversed by someone other than who made the change (both known and different).
    bool reversedBySomeoneElse() const
    {
        return isReversed() && !actor.isEmpty() && !reversedBy.isEmpty() && actor != reversedBy;
    }
};

// Reversibility of flag changes (docs/architecture.md: "reversibility and experiments ... a review should
// make them visible"). Works on instants, never on file order: audit logs list newest first, merged sources
// interleave, and a webhook capture may be out of order.
class Reversibility
{
    Q_DECLARE_TR_FUNCTIONS(Reversibility)
public:
    // A flag change as stored: flag_changes joined with its event.
    struct Change
    {
        qint64 eventId = 0;
        Instant instant = NoInstant;
        QString flagKey, environment, before, after, actor;
    };

    // Every flag change of the live (not removed) sources of `store`, ordered by instant, each
    // with its reversal if there is one. Empty with `error` set when the query fails.
    static QList<FlagReversal> compute(const ReviewStore &store, QString *error = nullptr);
    // The same on changes already in memory, in any order (used by compute() and by tests).
    static QList<FlagReversal> compute(QList<Change> changes);

    // "reversed after 4 min by Ana", "reversed after 4 min by Ana (flag turned off)", "not
    // reversed": for tooltips, event details, the CLI and the briefing.
    static QString describe(const FlagReversal &reversal);
    // The reversal of the change made by event `eventId`, if that event is a flag change.
    static std::optional<FlagReversal> forEvent(const ReviewStore &store, qint64 eventId);
    // The reversals that event `eventId` made: the changes it took back.
    static QList<FlagReversal> reversedBy(const ReviewStore &store, qint64 eventId);
    static QString durationText(qint64 microseconds);
};

} // namespace faultless::model
