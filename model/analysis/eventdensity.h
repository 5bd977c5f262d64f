#pragma once

#include "domain/event.h"

#include <vector>

namespace faultless::model {

class TimelineIndex;

// Event counts in equal time bins, per lane group: what the timeline draws when there are more
// events than pixels, and what the rate chart plots. Computed by one pass over the in-memory
// sorted instants of the visible range (never one draw call per event; docs/budgets.md).
class EventDensity
{
public:
    // What a "lane" of the bins is keyed by.
    // LaneOrSource: the lane where the event has one, else its source, numbered after the lanes
    // (laneOrSourceKey()), so that events without a lane are grouped by the file they came from.
    enum class Key { Lane, Source, Kind, Severity, None, LaneOrSource };

    struct Bins
    {
        Instant from = 0;
        Instant to = 0;
        int binCount = 0;
        int groupCount = 0;
        std::vector<quint32> counts; // groupCount * binCount, group-major
        std::vector<quint8> maxSeverity; // same layout: the most urgent severity in the bin
        std::vector<quint8> kinds; // same layout: bit (1 << kind) for each kind present
        std::vector<quint32> urgent; // same layout: events of severity Warning or worse
        quint64 total = 0; // events counted (those of hidden groups excluded)

        quint32 count(int group, int bin) const
        {
            return counts[size_t(group) * size_t(binCount) + size_t(bin)];
        }
        quint32 maxCount(int group) const;
        Instant binStart(int bin) const;
        // The bin of an instant, clamped to [0, binCount).
        int binOf(Instant t) const;
    };

    // Counts the events with from <= instant < to into `binCount` bins. `groupOfKey` maps a key
    // value (lane index, source index, kind or severity) to a group in [0, groupCount), or -1 to
    // leave it out; an empty map puts every key in group 0 (groupCount must then be >= 1).
    static Bins compute(const TimelineIndex &index, Instant from, Instant to, int binCount, Key key,
        const std::vector<int> &groupOfKey, int groupCount);

    // The same over a subset of rows (ascending timeline rows, e.g. search results).
    static Bins computeRows(const TimelineIndex &index, const std::vector<qint64> &rows, Instant from,
        Instant to, int binCount, Key key, const std::vector<int> &groupOfKey, int groupCount);

    // The key value of one row for `key`.
    static quint32 keyOf(const TimelineIndex &index, qsizetype row, Key key);
    // Key::LaneOrSource of a lane index and a source index.
    static quint32 laneOrSourceKey(const TimelineIndex &index, quint32 lane, quint32 source);
};

} // namespace faultless::model
