#pragma once

#include "analysis/reversibility.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace faultless::views {

// What the timeline draws in a flag's lane: the state of one flag in one environment from each of
// its changes to the next one, so that the line ends where the flag was turned off and changes
// style where a rollout became partial or whole. Built from the changes Reversibility lists
// (every flag change in time order); the state is carried aspect by aspect (FlagWording), since a
// change names only what it changed.
struct FlagStateSegment
{
    enum class State {
        On, // on, or a rollout to everyone: a solid line
        PartialRollout, // on for a percentage of requests: a dashed line
        Unknown, // changed, but whether it is on was never said: a dotted line
        Off, // off or archived: no line
    };

    int changeIndex = 0; // into the changes given to build()
    model::Instant from = model::NoInstant;
    std::optional<model::Instant> to; // the next change of the flag in its environment
    State state = State::Unknown;
    int environmentRow = 0; // 0, 1, 2: environments of one flag drawn a few pixels apart
};

class FlagStateLine
{
    Q_DECLARE_TR_FUNCTIONS(FlagStateLine)
public:
    static QList<FlagStateSegment> build(const QList<model::FlagReversal> &changes);
    // A short label for the mark of a change: "checkout-v2 → 50%", "checkout-v2 → off".
    static QString markLabel(const model::FlagReversal &change);
    static QString stateLabel(FlagStateSegment::State state); // translated, for tooltips
};

} // namespace faultless::views
