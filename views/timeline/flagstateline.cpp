#include "flagstateline.h"

#include "domain/flagwording.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace faultless::views {

using model::FlagWording;
using State = FlagStateSegment::State;

namespace {

QString valueOf(const QString &phrase)
{
    const qsizetype space = phrase.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? phrase : phrase.mid(space + 1);
}

// aspect -> value ("state" -> "on", "rollout" -> "rollout 50%") of one flag in one environment.
using Aspects = QHash<QString, QString>;

State stateOf(const Aspects &aspects)
{
    const QString state = aspects.value(QStringLiteral("state"));
    if (state == QLatin1String("off")
        || aspects.value(QStringLiteral("archive")) == QLatin1String("archived"))
        return State::Off;
    const QString rollout = aspects.value(QStringLiteral("rollout"));
    if (!rollout.isEmpty()) {
        QString value = valueOf(rollout);
        if (value.endsWith(QLatin1Char('%'))) {
            value.chop(1);
            bool ok = false;
            const double percent = QLocale::c().toDouble(value, &ok);
            if (ok && percent <= 0)
                return State::Off;
            if (ok && percent < 100)
                return State::PartialRollout;
            if (ok)
                return State::On;
        }
    }
    return state == QLatin1String("on") ? State::On : State::Unknown;
}

} // namespace

QList<FlagStateSegment> FlagStateLine::build(const QList<model::FlagReversal> &changes)
{
    QHash<QString, Aspects> aspectsOf; // per flag key and environment
    QHash<QString, int> lastSegmentOf;
    QHash<QString, QStringList> environmentsOf; // per flag key, in the order first seen
    QList<FlagStateSegment> segments;
    for (int i = 0; i < changes.size(); ++i) {
        const model::FlagReversal &c = changes.at(i);
        if (c.changedAt == model::NoInstant)
            continue;
        const QString key = c.flagKey + QChar(0) + c.environment;
        Aspects &aspects = aspectsOf[key];
        // What the change says it was before fills in aspects not known yet (the first change seen).
        for (const QString &phrase : FlagWording::phrases(c.before)) {
            const QString aspect = FlagWording::aspectOf(phrase);
            if (!aspects.contains(aspect))
                aspects.insert(aspect, phrase);
        }
        for (const QString &phrase : FlagWording::phrases(c.after))
            aspects.insert(FlagWording::aspectOf(phrase), phrase);
        QStringList &environments = environmentsOf[c.flagKey];
        if (!environments.contains(c.environment))
            environments << c.environment;
        if (const auto previous = lastSegmentOf.constFind(key); previous != lastSegmentOf.cend())
            segments[*previous].to = c.changedAt;
        FlagStateSegment segment;
        segment.changeIndex = i;
        segment.from = c.changedAt;
        segment.state = stateOf(aspects);
        segment.environmentRow = int(std::min<qsizetype>(2, environments.indexOf(c.environment)));
        lastSegmentOf.insert(key, int(segments.size()));
        segments << segment;
    }
    return segments;
}

QString FlagStateLine::markLabel(const model::FlagReversal &change)
{
    QStringList values;
    for (const QString &phrase : FlagWording::phrases(change.after))
        values << valueOf(phrase);
    if (values.isEmpty())
        return change.flagKey;
    if (values.size() > 2)
        values = values.mid(0, 2) << QStringLiteral("…");
    //: A flag change's label on the timeline: flag key → new value, e.g. "checkout-v2 → 50%"
    return tr("%1 → %2").arg(change.flagKey, values.join(QStringLiteral(", ")));
}

QString FlagStateLine::stateLabel(State state)
{
    switch (state) {
    case State::On:
        return tr("on");
    case State::PartialRollout:
        return tr("on for part of the traffic");
    case State::Off:
        return tr("off");
    case State::Unknown:
        break;
    }
    return tr("changed; whether on not recorded");
}

} // namespace faultless::views
