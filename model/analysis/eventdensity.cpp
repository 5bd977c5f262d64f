#include "eventdensity.h"

#include "timelineindex.h"

#include <algorithm>

namespace faultless::model {

namespace {
EventDensity::Bins makeBins(Instant from, Instant to, int binCount, int groupCount)
{
    EventDensity::Bins bins;
    bins.from = from;
    bins.to = std::max(to, from + 1);
    bins.binCount = std::max(0, binCount);
    bins.groupCount = std::max(0, groupCount);
    const size_t cells = size_t(bins.binCount) * size_t(bins.groupCount);
    bins.counts.assign(cells, 0);
    bins.maxSeverity.assign(cells, 0);
    bins.kinds.assign(cells, 0);
    bins.urgent.assign(cells, 0);
    return bins;
}

const std::vector<quint32> *keyColumn(const TimelineIndex &index, EventDensity::Key key)
{
    switch (key) {
    case EventDensity::Key::Lane:
        return &index.lanes();
    case EventDensity::Key::Source:
        return &index.sources();
    default:
        return nullptr;
    }
}

// The inner loop, written once for both the dense (every row in range) and the sparse (listed
// rows) case. The bin is computed with a double multiply: exact enough for pixels and about
// three times faster than a 64-bit division per event.
template <typename RowSource>
void accumulate(const TimelineIndex &index, EventDensity::Bins &bins, EventDensity::Key key,
    const std::vector<int> &groupOfKey, RowSource &&rows)
{
    if (bins.binCount == 0 || bins.groupCount == 0)
        return;
    const auto &instants = index.instants();
    const auto &severities = index.severities();
    const auto &kinds = index.kinds();
    const std::vector<quint32> *column = keyColumn(index, key);
    const double scale = double(bins.binCount) / double(bins.to - bins.from);
    const int lastBin = bins.binCount - 1;
    const bool allInOne = groupOfKey.empty();
    quint64 total = 0;
    rows([&](size_t row) {
        int group = 0;
        if (!allInOne) {
            quint32 k;
            if (column)
                k = (*column)[row];
            else if (key == EventDensity::Key::Kind)
                k = kinds[row];
            else if (key == EventDensity::Key::Severity)
                k = severities[row];
            else if (key == EventDensity::Key::LaneOrSource)
                k = EventDensity::laneOrSourceKey(index, index.lanes()[row], index.sources()[row]);
            else
                k = 0;
            group = k < groupOfKey.size() ? groupOfKey[k] : -1;
            if (group < 0)
                return;
        }
        const int bin = std::min(lastBin, int(double(instants[row] - bins.from) * scale));
        const size_t cell = size_t(group) * size_t(bins.binCount) + size_t(bin);
        ++bins.counts[cell];
        bins.maxSeverity[cell] = std::max(bins.maxSeverity[cell], severities[row]);
        bins.kinds[cell] |= quint8(1u << (kinds[row] & 7));
        bins.urgent[cell] += severities[row] >= quint8(Severity::Warning);
        ++total;
    });
    bins.total = total;
}

// The same counts from the strata of the index (events grouped by lane, source, kind and
// severity, each group ascending): within a group every event of a cell shares the key, kind and
// severity, so a cell is one run of the group, counted as the difference of two positions.
//
// The bins' edges become instants once per call (the first instant of each bin, by the same
// arithmetic as accumulate(), so that both give the same bins). A dense group then needs, per
// edge, the position of the first instant at or past it. That is a bisection of the group's
// samples (the first instant of each cache line of instants) in a window after the previous
// edge's block, without branches, and a count within one line. A million events are 8 MB of
// instants, more than the caches keep between frames: a search through the instants themselves
// would read most of their lines, and the samples are an eighth of them.
// Up to eight groups are searched side by side, since one bisection is a chain of dependent
// loads; branches on the data would be mispredicted at about every other step. A run longer
// than the window (a burst) ends with an ordinary search. Groups with few events per bin are
// counted event by event.
// Where the walk through one group (stratum) stands; dense and sparse groups alike.
struct GroupCursor
{
    size_t pos = 0; // the first instant at or past the current edge (index into the instants)
    size_t hi = 0; // the first instant at or past bins.to
    size_t block = 0; // the first block whose sample is at or past the current edge
    size_t firstBlock = 0; // the group's blocks [firstBlock, endBlock)
    size_t endBlock = 0;
    size_t meanRun = 0; // events per bin
    size_t base = 0; // the group's first cell
    quint8 severity = 0;
    quint8 kindBit = 0;
    bool urgent = false;
};

void accumulateStrata(const TimelineIndex &index, EventDensity::Bins &bins, EventDensity::Key key,
    const std::vector<int> &groupOfKey)
{
    if (bins.binCount == 0 || bins.groupCount == 0)
        return;
    constexpr size_t kBlock = TimelineIndex::kStrataBlock;
    const Instant *instants = index.strataInstants().data();
    const Instant *samples = index.strataSamples().data();
    const Instant from = bins.from;
    const Instant to = bins.to;
    const double scale = double(bins.binCount) / double(to - from);
    const int lastBin = bins.binCount - 1;
    auto binOf = [&](Instant t) { return std::min(lastBin, int(double(t - from) * scale)); };
    // edges[k]: the least instant in bin k or later; binOf() is monotonic, so bin k is
    // [edges[k], edges[k + 1]).
    std::vector<Instant> edges(size_t(bins.binCount) + 1);
    edges[0] = from;
    edges[size_t(bins.binCount)] = to;
    for (int k = 1; k < bins.binCount; ++k) {
        const Instant previous = edges[size_t(k) - 1];
        Instant t = std::max(previous, from + Instant(double(k) / scale));
        while (t > previous && binOf(t - 1) >= k)
            --t;
        while (binOf(t) < k)
            ++t;
        edges[size_t(k)] = t;
    }

    quint64 total = 0;
    auto addRun = [&](size_t cell, size_t run, const GroupCursor &g) {
        bins.counts[cell] += quint32(run);
        total += run;
        const quint8 present = run ? 0xff : 0; // no branch: most cells of a dense group are filled, not all
        bins.maxSeverity[cell] = std::max(bins.maxSeverity[cell], quint8(g.severity & present));
        bins.kinds[cell] |= quint8(g.kindBit & present);
        bins.urgent[cell] += g.urgent ? quint32(run) : 0;
    };
    std::vector<GroupCursor> groups;
    for (const TimelineIndex::Stratum &s : index.strata()) {
        int group = 0;
        if (!groupOfKey.empty()) {
            quint32 k = 0;
            switch (key) {
            case EventDensity::Key::Lane:
                k = s.lane;
                break;
            case EventDensity::Key::Source:
                k = s.source;
                break;
            case EventDensity::Key::Kind:
                k = s.kind;
                break;
            case EventDensity::Key::Severity:
                k = s.severity;
                break;
            case EventDensity::Key::LaneOrSource:
                k = EventDensity::laneOrSourceKey(index, s.lane, s.source);
                break;
            case EventDensity::Key::None:
                break;
            }
            group = k < groupOfKey.size() ? groupOfKey[k] : -1;
            if (group < 0)
                continue;
        }
        GroupCursor g;
        g.pos = size_t(std::lower_bound(instants + s.begin, instants + s.end, from) - instants);
        g.hi = size_t(std::lower_bound(instants + g.pos, instants + s.end, to) - instants);
        g.firstBlock = s.begin / kBlock;
        g.endBlock = (size_t(s.end) + kBlock - 1) / kBlock;
        g.block = size_t(std::lower_bound(samples + g.firstBlock, samples + g.endBlock, from) - samples);
        g.meanRun = (g.hi - g.pos) / size_t(bins.binCount);
        g.base = size_t(group) * size_t(bins.binCount);
        g.severity = s.severity;
        g.kindBit = quint8(1u << (s.kind & 7));
        g.urgent = s.severity >= quint8(Severity::Warning);
        groups.push_back(g);
    }
    // Densest first, so that the groups searched side by side need similar windows.
    std::sort(groups.begin(), groups.end(),
        [](const GroupCursor &a, const GroupCursor &b) { return a.meanRun > b.meanRun; });
    constexpr size_t kSideBySide = 8;
    size_t next = 0;
    while (next < groups.size() && groups[next].meanRun >= 4) {
        // A power of two, so that every bisection takes the same steps: four mean runs of blocks.
        size_t window = 4;
        while (window < 4 * groups[next].meanRun / kBlock + 4)
            window *= 2;
        GroupCursor *side[kSideBySide];
        size_t count = 0;
        for (; next < groups.size() && groups[next].meanRun >= 4 && count < kSideBySide; ++next) {
            if (groups[next].endBlock - groups[next].firstBlock
                >= window) // else counted event by event below
                side[count++] = &groups[next];
        }
        for (int k = 1; k < bins.binCount && count > 0; ++k) {
            const Instant edge = edges[size_t(k)];
            size_t start[kSideBySide];
            size_t at[kSideBySide];
            for (size_t i = 0; i < count; ++i) {
                // Every sample before the current block is before the previous edge, so a window
                // that starts earlier (near the group's end) finds the same block.
                start[i] = std::min(side[i]->block, side[i]->endBlock - window);
                at[i] = start[i];
            }
            for (size_t half = window / 2; half >= 1; half /= 2) {
                for (size_t i = 0; i < count; ++i)
                    at[i] += size_t(samples[at[i] + half] < edge) * half;
            }
            for (size_t i = 0; i < count; ++i) {
                GroupCursor &g = *side[i];
                size_t block = at[i] + size_t(samples[at[i]] < edge);
                if (block == start[i] + window) // every sample of the window is before the edge: a burst
                    block = size_t(std::lower_bound(samples + block, samples + g.endBlock, edge) - samples);
                // The next edge is likely as many blocks further: start loading its line now.
                __builtin_prefetch(instants + std::min(2 * block - g.block, g.endBlock - 1) * kBlock);
                g.block = block;
                // The edge falls in the block before: count its instants before the edge (the
                // padding after a group's last instant is after every edge).
                const size_t line = std::max(block, g.firstBlock + 1) - 1;
                const Instant *first = instants + line * kBlock;
                size_t p = line * kBlock;
                for (size_t j = 0; j < kBlock; ++j)
                    p += size_t(first[j] < edge);
                addRun(g.base + size_t(k - 1), p - g.pos, g);
                g.pos = p;
            }
        }
        for (size_t i = 0; i < count; ++i) {
            GroupCursor &g = *side[i];
            addRun(g.base + size_t(lastBin), g.hi - g.pos, g);
            g.pos = g.hi;
        }
    }
    for (const GroupCursor &g : groups) {
        for (size_t p = g.pos; p < g.hi; ++p)
            addRun(g.base + size_t(binOf(instants[p])), 1, g);
    }
    bins.total = total;
}
} // namespace

quint32 EventDensity::Bins::maxCount(int group) const
{
    if (group < 0 || group >= groupCount || binCount == 0)
        return 0;
    const auto begin = counts.begin() + qsizetype(group) * binCount;
    return *std::max_element(begin, begin + binCount);
}

Instant EventDensity::Bins::binStart(int bin) const
{
    if (binCount == 0)
        return from;
    return from + Instant(double(to - from) * double(bin) / double(binCount));
}

int EventDensity::Bins::binOf(Instant t) const
{
    if (binCount == 0)
        return 0;
    const double b = double(t - from) * double(binCount) / double(to - from);
    return int(std::clamp(b, 0.0, double(binCount - 1)));
}

quint32 EventDensity::keyOf(const TimelineIndex &index, qsizetype row, Key key)
{
    switch (key) {
    case Key::Lane:
        return index.lane(row);
    case Key::Source:
        return index.sourceIndex(row);
    case Key::Kind:
        return quint32(index.kind(row));
    case Key::Severity:
        return quint32(index.severity(row));
    case Key::LaneOrSource:
        return laneOrSourceKey(index, index.lane(row), index.sourceIndex(row));
    case Key::None:
        break;
    }
    return 0;
}

quint32 EventDensity::laneOrSourceKey(const TimelineIndex &index, quint32 lane, quint32 source)
{
    return lane != 0 ? lane : quint32(index.laneNames().size()) + source;
}

EventDensity::Bins EventDensity::compute(const TimelineIndex &index, Instant from, Instant to, int binCount,
    Key key, const std::vector<int> &groupOfKey, int groupCount)
{
    Bins bins = makeBins(from, to, binCount, groupCount);
    const size_t first = size_t(index.lowerBound(bins.from));
    const size_t last = size_t(index.lowerBound(bins.to));
    // Many events per bin: walk runs per stratum (cost per non-empty cell, not per event).
    if (!index.strata().empty() && last - first > size_t(8) * size_t(std::max(1, bins.binCount))) {
        accumulateStrata(index, bins, key, groupOfKey);
        return bins;
    }
    accumulate(index, bins, key, groupOfKey, [first, last](auto &&visit) {
        for (size_t row = first; row < last; ++row)
            visit(row);
    });
    return bins;
}

EventDensity::Bins EventDensity::computeRows(const TimelineIndex &index, const std::vector<qint64> &rows,
    Instant from, Instant to, int binCount, Key key, const std::vector<int> &groupOfKey, int groupCount)
{
    Bins bins = makeBins(from, to, binCount, groupCount);
    const auto &instants = index.instants();
    // Rows ascend and instants ascend with rows, so the range is a contiguous slice.
    const auto begin = std::lower_bound(rows.begin(), rows.end(), bins.from,
        [&](qint64 row, Instant t) { return instants[size_t(row)] < t; });
    const auto end = std::lower_bound(
        begin, rows.end(), bins.to, [&](qint64 row, Instant t) { return instants[size_t(row)] < t; });
    const qint64 size = index.size();
    accumulate(index, bins, key, groupOfKey, [begin, end, size](auto &&visit) {
        for (auto it = begin; it != end; ++it) {
            if (*it >= 0 && *it < size)
                visit(size_t(*it));
        }
    });
    return bins;
}

} // namespace faultless::model
