#include "timelinerows.h"

#include "store/reviewstore.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace faultless::model {

namespace {
// Asks the kernel to back a column's memory with 2 MB pages where it can (Linux, transparent
// huge pages in their default "madvise" mode). Filling the columns of 10M events touches about
// 300 MB of fresh memory, one 4 KB page fault at a time otherwise, and a fault costs ~15 µs on
// this VM. Opening a 10M-event review (bench_timeline): 3.56-4.10 s with this advice, 4.22-4.32 s
// without; a reload into memory already touched, 2.8-3.0 s either way.
template <typename T> void adviseLargePages(const std::vector<T> &column)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t Huge = 2 * 1024 * 1024;
    const auto begin = reinterpret_cast<std::uintptr_t>(column.data());
    const std::uintptr_t first = (begin + Huge - 1) & ~(Huge - 1);
    const std::uintptr_t end = (begin + column.capacity() * sizeof(T)) & ~(Huge - 1);
    if (end > first)
        madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(column);
#endif
}

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
} // namespace

// Reads the index columns in rowid order (a sequential scan of the table, no join and no sort in
// SQLite); TimelineIndex sorts by instant in memory, which is a no-op check when imports wrote in
// time order. Reading through the instant index instead costs one random B-tree lookup per event,
// about three times slower at a million events; see tests/bench/bench_timeline.cpp.
bool TimelineRows::read(const ReviewStore &store, Columns &c, QString *error)
{
    sqlite3 *db = store.handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("review is not open");
        return false;
    }
    auto failed = [&] {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };

    // Lanes are renumbered densely, by name, so that views can keep per-lane arrays.
    std::vector<quint32> laneOfId;
    c.laneNames << QString();
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
            laneOfId[size_t(id)] = quint32(c.laneNames.size());
            c.laneNames << q.text(1);
        }
    }
    // Sources of removed imports are skipped here instead of joining the live_events view per row.
    std::vector<qint32> sourceOfId;
    c.sourceIds << 0;
    c.sourceNames << QString();
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
            sourceOfId[size_t(id)] = qint32(c.sourceIds.size());
            c.sourceIds << id;
            c.sourceNames << q.text(1);
        }
    }

    // max(id) is read from the end of the table's B-tree: an upper bound without a COUNT(*) scan.
    {
        Statement q(db, "SELECT max(id) FROM events");
        if (q && q.next()) {
            const auto hint = size_t(std::clamp<qint64>(q.int64(0), 0, 200000000));
            c.instants.reserve(hint);
            c.ids.reserve(hint);
            c.lanes.reserve(hint);
            c.sources.reserve(hint);
            c.kinds.reserve(hint);
            c.severities.reserve(hint);
            c.flags.reserve(hint);
            adviseLargePages(c.instants);
            adviseLargePages(c.ids);
            adviseLargePages(c.lanes);
            adviseLargePages(c.sources);
        }
    }

    Statement q(db,
        "SELECT id, instant, end_instant, kind, lane_id, severity, source_id, highlighted, manual,"
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
        const auto position = quint32(c.instants.size());
        const Instant instant = q.int64(1);
        if (!c.instants.empty() && instant < c.instants.back())
            c.sorted = false;
        c.ids.push_back(q.int64(0));
        c.instants.push_back(instant);
        quint8 flags = 0;
        Instant end = instant;
        if (!q.isNull(2)) {
            end = std::max(instant, q.int64(2));
            c.ends.emplace_back(position, end);
            flags |= HasEnd;
        }
        c.last = std::max(c.last, end);
        c.kinds.push_back(quint8(std::clamp<qint64>(q.int64(3), 0, EventKindCount - 1)));
        const qint64 laneId = q.int64(4);
        c.lanes.push_back(laneId > 0 && size_t(laneId) < laneOfId.size() ? laneOfId[size_t(laneId)] : 0);
        c.severities.push_back(quint8(std::clamp<qint64>(q.int64(5), 0, SeverityCount - 1)));
        c.sources.push_back(source);
        if (q.int64(7))
            flags |= Highlighted;
        if (q.int64(8))
            flags |= Manual;
        c.flags.push_back(flags);
        if (!q.isNull(9)) {
            const QString phase = q.text(9);
            if (!phase.isEmpty())
                c.phases.push_back({ position, phase });
        }
    }
    if (rc != SQLITE_DONE)
        return failed();
    return true;
}

void TimelineRows::forEachAnnotatedEvent(const ReviewStore &store, const std::function<void(qint64)> &visit)
{
    sqlite3 *db = store.handle();
    if (!db)
        return;
    Statement q(db, "SELECT DISTINCT event_id FROM annotations");
    while (q && q.next())
        visit(q.int64(0));
}

std::optional<TimelineRows::Marks> TimelineRows::marksOf(const ReviewStore &store, qint64 eventId)
{
    sqlite3 *db = store.handle();
    if (!db)
        return std::nullopt;
    Statement q(db,
        "SELECT highlighted, COALESCE(phase, ''),"
        " EXISTS(SELECT 1 FROM annotations WHERE event_id = events.id) FROM events WHERE id = ?");
    if (!q)
        return std::nullopt;
    sqlite3_bind_int64(q.stmt, 1, eventId);
    if (!q.next())
        return std::nullopt;
    return Marks { q.int64(0) != 0, q.text(1), q.int64(2) != 0 };
}

} // namespace faultless::model
