#include "reversibility.h"

#include "store/eventstore.h"

#include <QHash>

#include <algorithm>

namespace faultless::model {

QList<FlagReversal> Reversibility::compute(const ReviewStore &store, QString *error)
{
    QString readError;
    const QList<EventStore::FlagChangeAt> stored = EventStore::liveFlagChanges(store, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read the flag changes: %1").arg(readError);
        return {};
    }
    QList<Change> changes;
    changes.reserve(stored.size());
    for (const EventStore::FlagChangeAt &c : stored) {
        changes.append({ c.eventId, c.instant, c.change.flagKey, c.change.environment, c.change.before,
            c.change.after, c.actor });
    }
    return compute(std::move(changes));
}

QList<FlagReversal> Reversibility::compute(QList<Change> changes)
{
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.instant != b.instant ? a.instant < b.instant : a.eventId < b.eventId;
    });
    // Positions of each (flag, environment) in time order: a reversal is only looked for there.
    QHash<QPair<QString, QString>, QList<qsizetype>> byFlag;
    for (qsizetype i = 0; i < changes.size(); ++i)
        byFlag[qMakePair(changes.at(i).flagKey, changes.at(i).environment)].append(i);

    QList<FlagReversal> result;
    result.reserve(changes.size());
    for (const Change &c : std::as_const(changes)) {
        FlagReversal r;
        r.changeEventId = c.eventId;
        r.flagKey = c.flagKey;
        r.environment = c.environment;
        r.before = c.before;
        r.after = c.after;
        r.actor = c.actor;
        r.changedAt = c.instant;
        result.append(r);
    }
    for (auto it = byFlag.cbegin(); it != byFlag.cend(); ++it) {
        const QList<qsizetype> &positions = it.value();
        for (qsizetype p = 0; p < positions.size(); ++p) {
            const Change &c = changes.at(positions.at(p));
            // Without a known earlier value (or when nothing changed) there is nothing to return to.
            if (c.before.isEmpty() || c.before == c.after)
                continue;
            for (qsizetype q = p + 1; q < positions.size(); ++q) {
                const Change &later = changes.at(positions.at(q));
                if (later.after == c.before) {
                    FlagReversal &r = result[positions.at(p)];
                    r.reversedAt = later.instant;
                    r.reversedBy = later.actor;
                    r.reversalEventId = later.eventId;
                    break;
                }
            }
        }
    }
    return result;
}

QString Reversibility::durationText(qint64 us)
{
    const qint64 seconds = us / 1000000;
    if (seconds < 1)
        return tr("%n ms", nullptr, int(us / 1000));
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString Reversibility::describe(const FlagReversal &r)
{
    if (!r.isReversed())
        return r.before.isEmpty() ? tr("earlier value unknown; reversal cannot be told") : tr("not reversed");
    const QString after = durationText(*r.timeToReverse());
    if (r.reversedBy.isEmpty())
        return tr("reversed after %1").arg(after);
    return tr("reversed after %1 by %2").arg(after, r.reversedBy);
}

} // namespace faultless::model
