#include "timelineindex.h"

#include "store/reviewstore.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace faultless::model {

void TimelineIndex::clear()
{
    *this = TimelineIndex();
}

bool TimelineIndex::load(const ReviewStore &store, QString *error)
{
    clear();
    sqlite3 *db = store.handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("review is not open");
        return false;
    }
    // Lanes are renumbered densely so that views can keep per-lane arrays.
    QHash<qint64, quint32> laneIndex;
    m_laneNames << QString();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, name FROM lanes ORDER BY name", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            laneIndex.insert(sqlite3_column_int64(stmt, 0), quint32(m_laneNames.size()));
            m_laneNames << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        }
    }
    sqlite3_finalize(stmt);

    QHash<qint64, quint32> sourceIndex;
    m_sourceIds << 0;
    const qint64 count = store.scalar(QStringLiteral("SELECT COUNT(*) FROM live_events")).toLongLong();
    m_instants.reserve(size_t(count));
    m_ids.reserve(size_t(count));
    m_lanes.reserve(size_t(count));
    m_sources.reserve(size_t(count));
    m_kinds.reserve(size_t(count));
    m_severities.reserve(size_t(count));
    m_flags.reserve(size_t(count));

    const char *sql = "SELECT id, instant, end_instant, kind, lane_id, severity, source_id, highlighted, manual"
                      " FROM live_events ORDER BY instant, id";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto row = quint32(m_instants.size());
        m_ids.push_back(sqlite3_column_int64(stmt, 0));
        const Instant instant = sqlite3_column_int64(stmt, 1);
        m_instants.push_back(instant);
        quint8 flags = 0;
        Instant end = instant;
        if (sqlite3_column_type(stmt, 2) != SQLITE_NULL) {
            end = sqlite3_column_int64(stmt, 2);
            m_ends.emplace_back(row, end);
            flags |= HasEnd;
        }
        m_last = std::max(m_last, end);
        m_kinds.push_back(quint8(sqlite3_column_int(stmt, 3)));
        m_lanes.push_back(sqlite3_column_type(stmt, 4) == SQLITE_NULL ? 0 : laneIndex.value(sqlite3_column_int64(stmt, 4)));
        m_severities.push_back(quint8(sqlite3_column_int(stmt, 5)));
        const qint64 source = sqlite3_column_int64(stmt, 6);
        auto it = sourceIndex.find(source);
        if (it == sourceIndex.end()) {
            it = sourceIndex.insert(source, quint32(m_sourceIds.size()));
            m_sourceIds << source;
        }
        m_sources.push_back(*it);
        if (sqlite3_column_int(stmt, 7))
            flags |= Highlighted;
        if (sqlite3_column_int(stmt, 8))
            flags |= Manual;
        m_flags.push_back(flags);
    }
    sqlite3_finalize(stmt);
    m_rowsById.resize(m_ids.size());
    std::iota(m_rowsById.begin(), m_rowsById.end(), 0u);
    std::sort(m_rowsById.begin(), m_rowsById.end(), [this](quint32 a, quint32 b) { return m_ids[a] < m_ids[b]; });
    return true;
}

Instant TimelineIndex::end(qsizetype row) const
{
    if (!(m_flags[size_t(row)] & HasEnd))
        return NoInstant;
    const auto it = std::lower_bound(m_ends.begin(), m_ends.end(), quint32(row),
                                     [](const std::pair<quint32, Instant> &e, quint32 r) { return e.first < r; });
    return it != m_ends.end() && it->first == quint32(row) ? it->second : NoInstant;
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

void TimelineIndex::setFlag(qsizetype row, Flag flag, bool on)
{
    if (row < 0 || row >= size())
        return;
    if (on)
        m_flags[size_t(row)] |= flag;
    else
        m_flags[size_t(row)] &= quint8(~flag);
}

qint64 TimelineIndex::memoryBytes() const
{
    return qint64(m_instants.capacity() * sizeof(Instant) + m_ids.capacity() * sizeof(qint64)
                  + m_lanes.capacity() * 4 + m_sources.capacity() * 4 + m_kinds.capacity() + m_severities.capacity()
                  + m_flags.capacity() + m_rowsById.capacity() * 4 + m_ends.capacity() * sizeof(m_ends[0]));
}

} // namespace faultless::model
