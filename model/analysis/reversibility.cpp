#include "reversibility.h"

#include "domain/flagwording.h"
#include "store/eventstore.h"

#include <QHash>

#include <algorithm>

namespace faultless::model {

namespace {

enum class Reversal { None, Restored, TurnedOff };

bool turnsOff(const Reversibility::Change &c)
{
    return FlagWording::turnsOff(c.after);
}

// True when a change turned the flag off or archived it: turning it off later takes nothing back.
bool withdraws(const Reversibility::Change &c)
{
    const QStringList after = FlagWording::phrases(c.after);
    return FlagWording::turnsOff(c.after) || after.contains(QStringLiteral("archived"));
}

// Whether the change at positions[p] is taken back by the one at positions[q] (q > p): the whole
// earlier value comes back, every aspect it changed is back at its earlier value after the
// changes p+1..q, or the flag is turned off.
Reversal reverses(const Reversibility::Change &c, const QList<Reversibility::Change> &changes,
    const QList<qsizetype> &positions, qsizetype p, qsizetype q)
{
    const Reversibility::Change &later = changes.at(positions.at(q));
    const bool changedSomething = !c.before.isEmpty() && c.before != c.after;
    if (changedSomething && later.after == c.before)
        return Reversal::Restored;
    if (changedSomething) {
        // Follow each aspect the change set through the later changes, up to q.
        QHash<QString, QString> wanted, now;
        for (const QString &phrase : FlagWording::phrases(c.before))
            wanted.insert(FlagWording::aspectOf(phrase), phrase);
        for (const QString &phrase : FlagWording::phrases(c.after))
            now.insert(FlagWording::aspectOf(phrase), phrase);
        for (qsizetype i = p + 1; i <= q; ++i) {
            for (const QString &phrase : FlagWording::phrases(changes.at(positions.at(i)).after))
                now.insert(FlagWording::aspectOf(phrase), phrase);
        }
        bool restored = !wanted.isEmpty();
        for (auto w = wanted.cbegin(); w != wanted.cend() && restored; ++w)
            restored = now.value(w.key()) == w.value();
        // Only the change that completes the return counts (not one touching another aspect).
        const QStringList laterPhrases = FlagWording::phrases(later.after);
        const bool touches = std::any_of(laterPhrases.cbegin(), laterPhrases.cend(),
            [&](const QString &phrase) { return wanted.contains(FlagWording::aspectOf(phrase)); });
        if (restored && touches)
            return Reversal::Restored;
    }
    if (turnsOff(later) && !withdraws(c))
        return Reversal::TurnedOff;
    return Reversal::None;
}

} // namespace

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
            for (qsizetype q = p + 1; q < positions.size(); ++q) {
                const Reversal how = reverses(changes.at(positions.at(p)), changes, positions, p, q);
                if (how == Reversal::None)
                    continue;
                const Change &later = changes.at(positions.at(q));
                FlagReversal &r = result[positions.at(p)];
                r.reversedAt = later.instant;
                r.reversedBy = later.actor;
                r.reversalEventId = later.eventId;
                r.reversedByTurningOff = how == Reversal::TurnedOff;
                break;
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
    QString text = r.reversedBy.isEmpty() ? tr("reversed after %1").arg(after)
                                          : tr("reversed after %1 by %2").arg(after, r.reversedBy);
    if (r.reversedByTurningOff)
        text += QLatin1Char(' ') + tr("(flag turned off)");
    return text;
}

std::optional<FlagReversal> Reversibility::forEvent(const ReviewStore &store, qint64 eventId)
{
    for (const FlagReversal &r : compute(store)) {
        if (r.changeEventId == eventId)
            return r;
    }
    return std::nullopt;
}

QList<FlagReversal> Reversibility::reversedBy(const ReviewStore &store, qint64 eventId)
{
    QList<FlagReversal> list;
    for (const FlagReversal &r : compute(store)) {
        if (r.reversalEventId == eventId)
            list.append(r);
    }
    return list;
}

} // namespace faultless::model
