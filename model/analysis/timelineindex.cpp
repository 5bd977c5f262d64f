#include "timelineindex.h"

#include "store/timelinerows.h"

#include <algorithm>
#include <numeric>

namespace faultless::model {

namespace {
template <typename T> void permute(std::vector<T> &column, const std::vector<quint32> &order)
{
    std::vector<T> sorted(column.size());
    for (size_t row = 0; row < order.size(); ++row)
        sorted[row] = column[order[row]];
    column.swap(sorted);
}
} // namespace

void TimelineIndex::clear()
{
    *this = TimelineIndex();
}

// The rows come in the events table's order and are sorted by instant here (see TimelineRows::read).
bool TimelineIndex::load(const ReviewStore &store, QString *error)
{
    clear();
    TimelineRows::Columns c;
    if (!TimelineRows::read(store, c, error)) {
        clear();
        return false;
    }
    m_laneNames = std::move(c.laneNames);
    m_sourceIds = std::move(c.sourceIds);
    m_sourceNames = std::move(c.sourceNames);
    m_instants = std::move(c.instants);
    m_ids = std::move(c.ids);
    m_lanes = std::move(c.lanes);
    m_sources = std::move(c.sources);
    m_kinds = std::move(c.kinds);
    m_severities = std::move(c.severities);
    m_flags = std::move(c.flags);
    m_last = c.last;
    std::vector<std::pair<quint32, Instant>> ends = std::move(c.ends); // (position in read order, end)
    std::vector<Phase> phases = std::move(c.phases); // row = position in read order
    const bool sorted = c.sorted;

    // Rows were read in id order, so the permutation that sorts by instant (stable: ties keep id
    // order) is also the map from id order to row that rowOfEvent() needs.
    const size_t n = m_instants.size();
    m_rowsById.resize(n);
    if (sorted) {
        std::iota(m_rowsById.begin(), m_rowsById.end(), 0u);
    } else {
        std::vector<quint32> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
            [this](quint32 a, quint32 b) { return m_instants[a] < m_instants[b]; });
        permute(m_instants, order);
        permute(m_ids, order);
        permute(m_lanes, order);
        permute(m_sources, order);
        permute(m_kinds, order);
        permute(m_severities, order);
        permute(m_flags, order);
        for (size_t row = 0; row < n; ++row)
            m_rowsById[order[row]] = quint32(row);
        for (auto &e : ends)
            e.first = m_rowsById[e.first];
        for (auto &p : phases)
            p.row = m_rowsById[p.row];
    }
    std::sort(ends.begin(), ends.end());
    m_ends = std::move(ends);
    std::sort(phases.begin(), phases.end(), [](const Phase &a, const Phase &b) { return a.row < b.row; });
    m_phases = std::move(phases);

    TimelineRows::forEachAnnotatedEvent(store, [this](qint64 eventId) {
        const qsizetype row = rowOfEvent(eventId);
        if (row >= 0)
            m_flags[size_t(row)] |= Annotated;
    });
    for (size_t row = 0; row < n; ++row) {
        if (m_flags[row] & (Highlighted | Manual | Annotated))
            m_notable.push_back(quint32(row));
    }
    for (const Phase &p : m_phases)
        m_notable.push_back(p.row);
    std::sort(m_notable.begin(), m_notable.end());
    m_notable.erase(std::unique(m_notable.begin(), m_notable.end()), m_notable.end());
    buildStrata();
    return true;
}

void TimelineIndex::buildStrata()
{
    m_strata.clear();
    m_strataInstants.clear();
    m_strataSamples.clear();
    // A dense key table: lanes x sources x kinds x severities, a few thousand cells for real
    // reviews. Beyond the cap (tens of thousands of lanes) the binning scans rows instead.
    const size_t lanes = size_t(m_laneNames.size());
    const size_t sources = size_t(m_sourceIds.size());
    const size_t cells = lanes * sources * size_t(EventKindCount) * size_t(SeverityCount);
    if (m_instants.empty() || cells == 0 || cells > (size_t(1) << 20))
        return;
    auto cellOf = [&](size_t row) {
        return ((size_t(m_lanes[row]) * sources + m_sources[row]) * size_t(EventKindCount) + m_kinds[row])
            * size_t(SeverityCount)
            + m_severities[row];
    };
    std::vector<quint32> countOf(cells, 0);
    const size_t n = m_instants.size();
    for (size_t row = 0; row < n; ++row)
        ++countOf[cellOf(row)];
    // Counting sort: the stratum of a cell starts where the previous one ends; rows are visited in
    // order, so each stratum stays ascending.
    std::vector<quint32> next(cells, 0);
    quint32 offset = 0;
    for (size_t cell = 0; cell < cells; ++cell) {
        if (!countOf[cell])
            continue;
        Stratum s;
        size_t rest = cell;
        s.severity = quint8(rest % size_t(SeverityCount));
        rest /= size_t(SeverityCount);
        s.kind = quint8(rest % size_t(EventKindCount));
        rest /= size_t(EventKindCount);
        s.source = quint32(rest % sources);
        s.lane = quint32(rest / sources);
        s.begin = offset;
        s.end = offset + countOf[cell];
        next[cell] = offset;
        offset = quint32((size_t(s.end) + kStrataBlock - 1) / kStrataBlock * kStrataBlock); // the next block
        m_strata.push_back(s);
    }
    m_strataInstants.assign(offset, kStrataPadding);
    for (size_t row = 0; row < n; ++row)
        m_strataInstants[next[cellOf(row)]++] = m_instants[row];
    m_strataSamples.resize(offset / kStrataBlock);
    for (size_t block = 0; block < m_strataSamples.size(); ++block)
        m_strataSamples[block] = m_strataInstants[block * kStrataBlock];
}

Instant TimelineIndex::end(qsizetype row) const
{
    if (!(m_flags[size_t(row)] & HasEnd))
        return NoInstant;
    const auto it = std::lower_bound(m_ends.begin(), m_ends.end(), quint32(row),
        [](const std::pair<quint32, Instant> &e, quint32 r) { return e.first < r; });
    return it != m_ends.end() && it->first == quint32(row) ? it->second : NoInstant;
}

QString TimelineIndex::phase(qsizetype row) const
{
    const auto it = std::lower_bound(
        m_phases.begin(), m_phases.end(), quint32(row), [](const Phase &p, quint32 r) { return p.row < r; });
    return it != m_phases.end() && it->row == quint32(row) ? it->name : QString();
}

qsizetype TimelineIndex::lowerBound(Instant t) const
{
    return std::lower_bound(m_instants.begin(), m_instants.end(), t) - m_instants.begin();
}

qsizetype TimelineIndex::rowOfEvent(qint64 eventId) const
{
    const auto it = std::lower_bound(m_rowsById.begin(), m_rowsById.end(), eventId,
        [this](quint32 row, qint64 id) { return m_ids[row] < id; });
    if (it == m_rowsById.end() || m_ids[*it] != eventId)
        return -1;
    return *it;
}

std::vector<qint64> TimelineIndex::rowsOfEvents(std::vector<qint64> eventIds) const
{
    std::sort(eventIds.begin(), eventIds.end());
    std::vector<qint64> rows;
    rows.reserve(eventIds.size());
    if (eventIds.size() * 16 < m_rowsById.size()) {
        for (qint64 id : eventIds) {
            const qsizetype row = rowOfEvent(id);
            if (row >= 0)
                rows.push_back(row);
        }
    } else {
        // Many ids: one merge walk over the id order beats a binary search each.
        size_t j = 0;
        for (qint64 id : eventIds) {
            while (j < m_rowsById.size() && m_ids[m_rowsById[j]] < id)
                ++j;
            if (j < m_rowsById.size() && m_ids[m_rowsById[j]] == id)
                rows.push_back(m_rowsById[j]);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void TimelineIndex::setFlag(qsizetype row, Flag flag, bool on)
{
    if (row < 0 || row >= size())
        return;
    if (on)
        m_flags[size_t(row)] |= flag;
    else
        m_flags[size_t(row)] &= quint8(~flag);
    updateNotable(quint32(row));
}

void TimelineIndex::updateNotable(quint32 row)
{
    const bool notable = (m_flags[row] & (Highlighted | Manual | Annotated)) || !phase(row).isEmpty();
    const auto it = std::lower_bound(m_notable.begin(), m_notable.end(), row);
    const bool present = it != m_notable.end() && *it == row;
    if (notable && !present)
        m_notable.insert(it, row);
    else if (!notable && present)
        m_notable.erase(it);
}

bool TimelineIndex::refreshEvent(const ReviewStore &store, qint64 eventId)
{
    const qsizetype row = rowOfEvent(eventId);
    if (row < 0)
        return false;
    const std::optional<TimelineRows::Marks> marks = TimelineRows::marksOf(store, eventId);
    if (!marks)
        return false;
    quint8 &flags = m_flags[size_t(row)];
    flags = quint8((flags & ~(Highlighted | Annotated)) | (marks->highlighted ? Highlighted : 0)
        | (marks->annotated ? Annotated : 0));
    const QString &phase = marks->phase;
    auto it = std::lower_bound(
        m_phases.begin(), m_phases.end(), quint32(row), [](const Phase &p, quint32 r) { return p.row < r; });
    const bool present = it != m_phases.end() && it->row == quint32(row);
    if (phase.isEmpty() && present)
        m_phases.erase(it);
    else if (!phase.isEmpty() && present)
        it->name = phase;
    else if (!phase.isEmpty())
        m_phases.insert(it, { quint32(row), phase });
    updateNotable(quint32(row));
    return true;
}

qint64 TimelineIndex::memoryBytes() const
{
    return qint64(m_instants.capacity() * sizeof(Instant) + m_ids.capacity() * sizeof(qint64)
        + m_lanes.capacity() * 4 + m_sources.capacity() * 4 + m_kinds.capacity() + m_severities.capacity()
        + m_flags.capacity() + m_rowsById.capacity() * 4 + m_ends.capacity() * sizeof(m_ends[0])
        + m_phases.capacity() * sizeof(Phase) + m_notable.capacity() * 4
        + m_strata.capacity() * sizeof(Stratum) + m_strataInstants.capacity() * sizeof(Instant)
        + m_strataSamples.capacity() * sizeof(Instant));
}

} // namespace faultless::model
