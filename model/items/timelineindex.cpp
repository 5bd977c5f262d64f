#include "timelineindex.h"

#include "store/reviewstore.h"

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace faultless::model {

namespace {
// A prepared statement that finalizes itself on every return path.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    explicit operator bool() const { return stmt != nullptr; }
    bool next() { return sqlite3_step(stmt) == SQLITE_ROW; }
    qint64 int64(int column) const { return sqlite3_column_int64(stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    }
};

template<typename T>
void permute(std::vector<T> &column, const std::vector<quint32> &order)
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

// Reads the index columns in rowid order (a sequential scan of the table, no join and no sort in
// SQLite) and sorts by instant in memory, which is a no-op check when imports wrote in time order.
// Reading through the instant index instead costs one random B-tree lookup per event, about
// three times slower at a million events; see tests/bench/bench_timeline.cpp.
bool TimelineIndex::load(const ReviewStore &store, QString *error)
{
    clear();
    sqlite3 *db = store.handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("review is not open");
        return false;
    }
    auto failed = [&] {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        clear();
        return false;
    };

    // Lanes are renumbered densely, by name, so that views can keep per-lane arrays.
    std::vector<quint32> laneOfId;
    m_laneNames << QString();
    {
        Statement q(db, "SELECT id, name FROM lanes ORDER BY name");
        if (!q)
            return failed();
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (id < 0 || id > 100000000)
                continue;
            if (laneOfId.size() <= size_t(id))
                laneOfId.resize(size_t(id) + 1, 0);
            laneOfId[size_t(id)] = quint32(m_laneNames.size());
            m_laneNames << q.text(1);
        }
    }
    // Sources of removed imports are skipped here instead of joining the live_events view per row.
    std::vector<qint32> sourceOfId;
    m_sourceIds << 0;
    m_sourceNames << QString();
    {
        Statement q(db, "SELECT id, name, removed FROM sources ORDER BY id");
        if (!q)
            return failed();
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (id < 0 || id > 100000000)
                continue;
            if (sourceOfId.size() <= size_t(id))
                sourceOfId.resize(size_t(id) + 1, -1);
            if (q.int64(2))
                continue;
            sourceOfId[size_t(id)] = qint32(m_sourceIds.size());
            m_sourceIds << id;
            m_sourceNames << q.text(1);
        }
    }

    // max(id) is read from the end of the table's B-tree: an upper bound without a COUNT(*) scan.
    {
        Statement q(db, "SELECT max(id) FROM events");
        if (q && q.next()) {
            const auto hint = size_t(std::clamp<qint64>(q.int64(0), 0, 200000000));
            m_instants.reserve(hint);
            m_ids.reserve(hint);
            m_lanes.reserve(hint);
            m_sources.reserve(hint);
            m_kinds.reserve(hint);
            m_severities.reserve(hint);
            m_flags.reserve(hint);
        }
    }

    std::vector<std::pair<quint32, Instant>> ends; // (position in read order, end)
    std::vector<Phase> phases;                     // row = position in read order
    bool sorted = true;
    {
        Statement q(db, "SELECT id, instant, end_instant, kind, lane_id, severity, source_id, highlighted, manual,"
                        " phase FROM events");
        if (!q)
            return failed();
        int rc;
        while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
            quint32 source = 0;
            if (!q.isNull(6)) {
                const qint64 sourceId = q.int64(6);
                if (sourceId < 0 || size_t(sourceId) >= sourceOfId.size() || sourceOfId[size_t(sourceId)] < 0)
                    continue; // a removed import
                source = quint32(sourceOfId[size_t(sourceId)]);
            }
            const auto position = quint32(m_instants.size());
            const Instant instant = q.int64(1);
            if (!m_instants.empty() && instant < m_instants.back())
                sorted = false;
            m_ids.push_back(q.int64(0));
            m_instants.push_back(instant);
            quint8 flags = 0;
            Instant end = instant;
            if (!q.isNull(2)) {
                end = std::max(instant, q.int64(2));
                ends.emplace_back(position, end);
                flags |= HasEnd;
            }
            m_last = std::max(m_last, end);
            m_kinds.push_back(quint8(std::clamp<qint64>(q.int64(3), 0, EventKindCount - 1)));
            const qint64 laneId = q.int64(4);
            m_lanes.push_back(laneId > 0 && size_t(laneId) < laneOfId.size() ? laneOfId[size_t(laneId)] : 0);
            m_severities.push_back(quint8(std::clamp<qint64>(q.int64(5), 0, SeverityCount - 1)));
            m_sources.push_back(source);
            if (q.int64(7))
                flags |= Highlighted;
            if (q.int64(8))
                flags |= Manual;
            m_flags.push_back(flags);
            if (!q.isNull(9)) {
                const QString phase = q.text(9);
                if (!phase.isEmpty())
                    phases.push_back({position, phase});
            }
        }
        if (rc != SQLITE_DONE)
            return failed();
    }

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

    {
        Statement q(db, "SELECT DISTINCT event_id FROM annotations");
        while (q && q.next()) {
            const qsizetype row = rowOfEvent(q.int64(0));
            if (row >= 0)
                m_flags[size_t(row)] |= Annotated;
        }
    }
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
    const auto it = std::lower_bound(m_phases.begin(), m_phases.end(), quint32(row),
                                     [](const Phase &p, quint32 r) { return p.row < r; });
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
    sqlite3 *db = store.handle();
    if (row < 0 || !db)
        return false;
    Statement q(db, "SELECT highlighted, COALESCE(phase, ''),"
                    " EXISTS(SELECT 1 FROM annotations WHERE event_id = events.id) FROM events WHERE id = ?");
    if (!q)
        return false;
    sqlite3_bind_int64(q.stmt, 1, eventId);
    if (!q.next())
        return false;
    quint8 &flags = m_flags[size_t(row)];
    flags = quint8((flags & ~(Highlighted | Annotated)) | (q.int64(0) ? Highlighted : 0) | (q.int64(2) ? Annotated : 0));
    const QString phase = q.text(1);
    auto it = std::lower_bound(m_phases.begin(), m_phases.end(), quint32(row),
                               [](const Phase &p, quint32 r) { return p.row < r; });
    const bool present = it != m_phases.end() && it->row == quint32(row);
    if (phase.isEmpty() && present)
        m_phases.erase(it);
    else if (!phase.isEmpty() && present)
        it->name = phase;
    else if (!phase.isEmpty())
        m_phases.insert(it, {quint32(row), phase});
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
