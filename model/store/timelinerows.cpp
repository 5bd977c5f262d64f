#include "timelinerows.h"

#include "store/reviewstore.h"
#include "store/schema.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

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

namespace {
using Columns = TimelineRows::Columns;

// What the rows refer to, renumbered densely: the lanes by name (views keep per-lane arrays) and
// the sources of live imports (removed ones are skipped here rather than joining live_events).
struct Numbering
{
    std::vector<quint32> laneOfId;
    std::vector<qint32> sourceOfId;
};

// The entry of `id` in a map indexed by database id, grown with `none` as needed; null for an id
// out of the range a review can hold (a damaged row is left out, not allocated for).
template <typename T> T *entryOf(std::vector<T> &map, qint64 id, T none)
{
    if (id < 0 || id > 100000000)
        return nullptr;
    if (map.size() <= size_t(id))
        map.resize(size_t(id) + 1, none);
    return &map[size_t(id)];
}

bool readLanes(sqlite3 *db, Columns &c, Numbering &n)
{
    c.laneNames << QString();
    Statement q(db, "SELECT id, name FROM lanes ORDER BY name");
    if (!q)
        return false;
    while (q.next()) {
        if (quint32 *lane = entryOf<quint32>(n.laneOfId, q.int64(0), 0)) {
            *lane = quint32(c.laneNames.size());
            c.laneNames << q.text(1);
        }
    }
    return true;
}

bool readSources(sqlite3 *db, Columns &c, Numbering &n)
{
    c.sourceIds << 0;
    c.sourceNames << QString();
    Statement q(db, "SELECT id, name, removed FROM sources ORDER BY id");
    if (!q)
        return false;
    while (q.next()) {
        const qint64 id = q.int64(0);
        qint32 *source = entryOf<qint32>(n.sourceOfId, id, -1);
        if (source && !q.int64(2)) { // a removed import keeps -1
            *source = qint32(c.sourceIds.size());
            c.sourceIds << id;
            c.sourceNames << q.text(1);
        }
    }
    return true;
}

void reserveRows(Columns &c, size_t rows)
{
    c.instants.reserve(rows);
    c.ids.reserve(rows);
    c.lanes.reserve(rows);
    c.sources.reserve(rows);
    c.kinds.reserve(rows);
    c.severities.reserve(rows);
    c.flags.reserve(rows);
    adviseLargePages(c.instants);
    adviseLargePages(c.ids);
    adviseLargePages(c.lanes);
    adviseLargePages(c.sources);
}

// The events with ids in [first, last], in rowid order, appended to `c`.
bool readEvents(sqlite3 *db, const Numbering &n, qint64 first, qint64 last, Columns &c)
{
    Statement q(db,
        "SELECT id, instant, end_instant, kind, lane_id, severity, source_id FROM events"
        " WHERE id BETWEEN ?1 AND ?2");
    if (!q || sqlite3_bind_int64(q.stmt, 1, first) != SQLITE_OK
        || sqlite3_bind_int64(q.stmt, 2, last) != SQLITE_OK)
        return false;
    int rc;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        quint32 source = 0;
        if (!q.isNull(6)) {
            const qint64 sourceId = q.int64(6);
            if (sourceId < 0 || size_t(sourceId) >= n.sourceOfId.size() || n.sourceOfId[size_t(sourceId)] < 0)
                continue; // a removed import
            source = quint32(n.sourceOfId[size_t(sourceId)]);
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
            flags |= TimelineRows::HasEnd;
        }
        c.last = std::max(c.last, end);
        c.kinds.push_back(quint8(std::clamp<qint64>(q.int64(3), 0, EventKindCount - 1)));
        const qint64 laneId = q.int64(4);
        c.lanes.push_back(laneId > 0 && size_t(laneId) < n.laneOfId.size() ? n.laneOfId[size_t(laneId)] : 0);
        c.severities.push_back(quint8(std::clamp<qint64>(q.int64(5), 0, SeverityCount - 1)));
        c.sources.push_back(source);
        c.flags.push_back(flags);
    }
    return rc == SQLITE_DONE;
}

// The marks a few events carry (highlighted, added by hand, a phase), each read through its partial
// index (schema versions 6 and 7) after the rows: read with every row, those three columns at the
// end of a row cost a fifth to a quarter of a 10M-event open. `c.ids` ascend (rowid order).
bool readMarks(sqlite3 *db, Columns &c)
{
    const auto positionOf = [&c](qint64 id) -> std::optional<quint32> {
        const auto at = std::lower_bound(c.ids.cbegin(), c.ids.cend(), id);
        if (at == c.ids.cend() || *at != id)
            return std::nullopt; // a removed import's
        return quint32(at - c.ids.cbegin());
    };
    const std::pair<const char *, quint8> flags[] = {
        { "SELECT id FROM events WHERE highlighted = 1", TimelineRows::Highlighted },
        { "SELECT id FROM events WHERE manual <> 0", TimelineRows::Manual },
    };
    for (const auto &[sql, flag] : flags) {
        Statement q(db, sql);
        int rc = SQLITE_MISUSE;
        while (q && (rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
            if (const auto position = positionOf(q.int64(0)))
                c.flags[*position] |= flag;
        }
        if (rc != SQLITE_DONE)
            return false;
    }
    Statement q(db, "SELECT id, phase FROM events WHERE phase IS NOT NULL");
    int rc = SQLITE_MISUSE;
    while (q && (rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        const auto position = positionOf(q.int64(0));
        const QString phase = q.text(1);
        if (position && !phase.isEmpty())
            c.phases.push_back({ *position, phase });
    }
    std::sort(c.phases.begin(), c.phases.end(),
        [](const TimelinePhase &a, const TimelinePhase &b) { return a.row < b.row; });
    return rc == SQLITE_DONE;
}

// `later`'s rows after `c`'s: their positions move by the rows before them.
void append(Columns &c, Columns &&later)
{
    const auto offset = quint32(c.instants.size());
    if (!c.instants.empty() && !later.instants.empty() && later.instants.front() < c.instants.back())
        c.sorted = false;
    c.sorted = c.sorted && later.sorted;
    c.last = std::max(c.last, later.last);
    c.instants.insert(c.instants.end(), later.instants.cbegin(), later.instants.cend());
    c.ids.insert(c.ids.end(), later.ids.cbegin(), later.ids.cend());
    c.lanes.insert(c.lanes.end(), later.lanes.cbegin(), later.lanes.cend());
    c.sources.insert(c.sources.end(), later.sources.cbegin(), later.sources.cend());
    c.kinds.insert(c.kinds.end(), later.kinds.cbegin(), later.kinds.cend());
    c.severities.insert(c.severities.end(), later.severities.cbegin(), later.severities.cend());
    c.flags.insert(c.flags.end(), later.flags.cbegin(), later.flags.cend());
    for (const auto &[position, end] : later.ends)
        c.ends.emplace_back(position + offset, end);
    for (TimelinePhase &phase : later.phases) {
        phase.row += offset;
        c.phases.push_back(std::move(phase));
    }
}

// A second connection to the review that reads in the same snapshot as the store's own, for
// reading the events in two halves on two cores. SQLite as Debian builds it has no
// sqlite3_snapshot_open(), so the snapshots are made equal by holding the write lock on a third
// connection while both begin reading: no commit can land between the two. Anything short of
// that (a review not in a file, a read-only file, a writer at work, a transaction already open
// on the store) leaves the store to read alone.
class SecondReader
{
public:
    // `wanted`: false for a review small enough to read alone.
    SecondReader(const ReviewStore &store, bool wanted)
        : m_db(store.handle())
    {
        const QByteArray path = store.path().toUtf8();
        if (!wanted || path.isEmpty() || !sqlite3_get_autocommit(m_db))
            return;
        sqlite3 *lock = nullptr;
        // The second connection is used by one thread at a time (made here, read on the worker,
        // closed here after it finished): no per-call mutex (6% of a 10M-event open's samples).
        if (open(path, SQLITE_OPEN_READWRITE, &lock) && exec(lock, "BEGIN IMMEDIATE")
            && open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, &m_second)) {
            m_storeReading = beginReading(m_db);
            m_ready = m_storeReading && beginReading(m_second);
        }
        sqlite3_close(lock); // ends its transaction: the write lock is free again
    }
    ~SecondReader()
    {
        if (m_storeReading)
            exec(m_db, "COMMIT");
        sqlite3_close(m_second);
    }
    SecondReader(const SecondReader &) = delete;
    SecondReader &operator=(const SecondReader &) = delete;

    sqlite3 *connection() const { return m_ready ? m_second : nullptr; }

private:
    static bool open(const QByteArray &path, int flags, sqlite3 **db)
    {
        // A writer at work makes it wait a little, not the 10 s an edit would.
        return sqlite3_open_v2(path.constData(), db, flags, nullptr) == SQLITE_OK
            && sqlite3_busy_timeout(*db, 100) == SQLITE_OK;
    }
    static bool exec(sqlite3 *db, const char *sql)
    {
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    // A read transaction has its snapshot once it has read.
    static bool beginReading(sqlite3 *db)
    {
        if (!exec(db, "BEGIN"))
            return false;
        if (exec(db, "SELECT 1 FROM events LIMIT 1"))
            return true;
        exec(db, "ROLLBACK");
        return false;
    }

    sqlite3 *m_db;
    sqlite3 *m_second = nullptr;
    bool m_ready = false;
    bool m_storeReading = false;
};

// Below this many rows one thread reads them about as fast as two and a second connection.
std::atomic<qint64> readAloneBelow { 1000000 };

// `maxId`: the largest id below the blocks of team copies, whose few rows go with the second half.
bool readAllEvents(const ReviewStore &store, const Numbering &n, qint64 maxId, Columns &c)
{
    sqlite3 *db = store.handle();
    const qint64 middle = maxId / 2;
    SecondReader second(store, maxId >= readAloneBelow.load());
    if (!second.connection()) {
        // Rows and marks in one snapshot: in the store's transaction, or one of their own.
        const bool own
            = sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        const bool ok
            = readEvents(db, n, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), c)
            && readMarks(db, c);
        if (own)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        return ok;
    }
    QThreadPool thread;
    thread.setMaxThreadCount(1);
    Columns later;
    reserveRows(later, size_t(std::max<qint64>(maxId - middle, 0)));
    QFuture<bool> reading = QtConcurrent::run(&thread, [&] {
        return readEvents(second.connection(), n, middle, std::numeric_limits<qint64>::max(), later);
    });
    const bool ok = readEvents(db, n, std::numeric_limits<qint64>::min(), middle - 1, c);
    if (!reading.result() || !ok)
        return false;
    append(c, std::move(later));
    return readMarks(db, c); // still in the snapshot both halves were read in
}
} // namespace

// Reads the index columns in rowid order (a sequential scan of the table, no join and no sort in
// SQLite); TimelineIndex sorts by instant in memory, which is a no-op check when imports wrote in
// time order. Reading through an index by instant instead costs one random B-tree lookup per
// event, about three times slower at a million events; see tests/bench/bench_timeline.cpp. A big
// review is read in two halves on two threads (SecondReader): a 10M-event review opened as the
// window does (tests/tools/opendocument) in 3.7-4.1 s, against 4.7-5.9 s read by one thread;
// 2.6-3.3 s once the second connection went without SQLite's per-call mutex (3.0-3.7 s with it,
// in turns on the same machine). Computing kind, severity and flags into one column in SQL, to
// make fewer sqlite3_column calls, was slower (3.5-4.3 s). The rare marks are read apart
// (readMarks): 3.2 s of CPU for the open instead of 4.5-5.4 s (perf stat task-clock), 1.8-3.2 s
// wall against 2.5-3.4 s on a machine whose speed varied by half that hour.
void TimelineRows::setTwoReadersFrom(qint64 rows)
{
    readAloneBelow = rows;
}

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
    Numbering n;
    if (!readLanes(db, c, n) || !readSources(db, c, n))
        return failed();
    // max(id) below the blocks of team copies (rows reviewers added, few) is read from the table's
    // B-tree: an upper bound of the rows without a COUNT(*) scan.
    qint64 maxId = 0;
    {
        Statement q(db, "SELECT max(id) FROM events WHERE id < ?1");
        if (q && sqlite3_bind_int64(q.stmt, 1, schema::FirstBlockId) == SQLITE_OK && q.next())
            maxId = std::clamp<qint64>(q.int64(0), 0, 200000000);
    }
    reserveRows(c, size_t(maxId));
    return readAllEvents(store, n, maxId, c) || failed();
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
