#include "eventdensity.h"

#include "items/timelineindex.h"

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
template<typename RowSource>
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
// severity, so a cell is one run whose end a galloping search finds. The bin of an instant is
// computed exactly as in accumulate(), so both give the same bins.
void accumulateStrata(const TimelineIndex &index, EventDensity::Bins &bins, EventDensity::Key key,
                      const std::vector<int> &groupOfKey)
{
    if (bins.binCount == 0 || bins.groupCount == 0)
        return;
    const Instant *instants = index.strataInstants().data();
    const Instant from = bins.from;
    const Instant to = bins.to;
    const double scale = double(bins.binCount) / double(to - from);
    const int lastBin = bins.binCount - 1;
    auto binAt = [&](size_t i) { return std::min(lastBin, int(double(instants[i] - from) * scale)); };
    quint64 total = 0;
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
            case EventDensity::Key::None:
                break;
            }
            group = k < groupOfKey.size() ? groupOfKey[k] : -1;
            if (group < 0)
                continue;
        }
        const Instant *sBegin = instants + s.begin;
        const Instant *sEnd = instants + s.end;
        size_t p = size_t(std::lower_bound(sBegin, sEnd, from) - instants);
        const size_t hi = size_t(std::lower_bound(instants + p, sEnd, to) - instants);
        const size_t base = size_t(group) * size_t(bins.binCount);
        const quint8 kindBit = quint8(1u << (s.kind & 7));
        const bool urgent = s.severity >= quint8(Severity::Warning);
        while (p < hi) {
            const int b = binAt(p);
            // Gallop to a position past the run, then bisect between the last two probes.
            size_t inRun = p;
            size_t step = 1;
            while (inRun + step < hi && binAt(inRun + step) == b) {
                inRun += step;
                step *= 2;
            }
            size_t lo = inRun + 1;
            size_t end = std::min(inRun + step, hi);
            while (lo < end) {
                const size_t mid = lo + (end - lo) / 2;
                if (binAt(mid) > b)
                    end = mid;
                else
                    lo = mid + 1;
            }
            const auto run = quint32(lo - p);
            const size_t cell = base + size_t(b);
            bins.counts[cell] += run;
            bins.maxSeverity[cell] = std::max(bins.maxSeverity[cell], s.severity);
            bins.kinds[cell] |= kindBit;
            if (urgent)
                bins.urgent[cell] += run;
            total += run;
            p = lo;
        }
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
    case Key::None:
        break;
    }
    return 0;
}

EventDensity::Bins EventDensity::compute(const TimelineIndex &index, Instant from, Instant to, int binCount, Key key,
                                         const std::vector<int> &groupOfKey, int groupCount)
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

EventDensity::Bins EventDensity::computeRows(const TimelineIndex &index, const std::vector<qint64> &rows, Instant from,
                                             Instant to, int binCount, Key key, const std::vector<int> &groupOfKey,
                                             int groupCount)
{
    Bins bins = makeBins(from, to, binCount, groupCount);
    const auto &instants = index.instants();
    // Rows ascend and instants ascend with rows, so the range is a contiguous slice.
    const auto begin = std::lower_bound(rows.begin(), rows.end(), bins.from,
                                        [&](qint64 row, Instant t) { return instants[size_t(row)] < t; });
    const auto end = std::lower_bound(begin, rows.end(), bins.to,
                                      [&](qint64 row, Instant t) { return instants[size_t(row)] < t; });
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
