#include "eventwriter.h"

#include "store/schema.h"

#include "store/reviewstore.h"
#include "store/textindexbuilder.h"

#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace faultless::model {

namespace {
constexpr int kFirstRejectsKept = 100;
constexpr int kRawKept = 300;

inline quint64 fnv1a(quint64 h, const void *data, size_t size)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < size; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

// The record hash: a word at a time (FNV-1a's byte at a time cost more than the parse of a
// record), each field preceded by its length so that no two field splits hash alike. Words are
// read little-endian whatever the machine, so that a print is the same everywhere.
inline quint64 mixWord(quint64 h, quint64 word)
{
    h ^= word;
    h *= 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 29);
}

inline quint64 mixBytes(quint64 h, const char *data, size_t size)
{
    h = mixWord(h, size);
    for (; size >= 8; data += 8, size -= 8) {
        quint64 word;
        std::memcpy(&word, data, 8);
        h = mixWord(h, qFromLittleEndian(word));
    }
    if (size > 0) {
        quint64 word = 0;
        std::memcpy(&word, data, size);
        h = mixWord(h, qFromLittleEndian(word));
    }
    return h;
}

inline quint64 mixBytes(quint64 h, const QByteArray &bytes)
{
    return mixBytes(h, bytes.constData(), size_t(bytes.size()));
}

inline quint64 mixString(quint64 h, const QString &text)
{
    return mixBytes(h, text.toUtf8());
}

inline quint64 finalMix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 33);
}

inline void bindText(sqlite3_stmt *stmt, int index, const QByteArray &text, bool nullIfEmpty = true)
{
    if (text.isEmpty() && nullIfEmpty)
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

inline void bindString(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
} // namespace

EventWriter::EventWriter(ReviewStore &store, qint64 sourceId)
    : m_store(store)
    , m_sourceId(sourceId)
{ }

EventWriter::~EventWriter()
{
    if (m_db && m_error.isEmpty()) {
        flushPending(); // callers normally finish(); never lose buffered rows silently
        writeCounts();
    }
    for (sqlite3_stmt *s : { m_insertEvent, m_insertEvents, m_insertLane, m_insertReject, m_insertFlag,
             m_insertExperiment, m_probe })
        sqlite3_finalize(s);
    setTriggers(true);
}

bool EventWriter::countsByTrigger()
{
    static const bool byTrigger = qEnvironmentVariableIntValue("FAULTLESS_COUNT_BY_TRIGGER") == 1;
    return byTrigger;
}

// The triggers that keep event_counts cost a sub-program per inserted row (a fifth of a
// JSON-lines import, bench_scale --counting): the writer turns them off on its connection
// while it inserts and adds its counts once. Not when the connection has temporary triggers of
// its own (a team review's change capture, which must see the rows it records): those would go
// quiet too.
void EventWriter::setTriggers(bool on)
{
    if (!m_db || on != m_triggersOff)
        return;
    int applied = 0;
    if (sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, &applied) == SQLITE_OK)
        m_triggersOff = !on && applied == 0;
}

quint64 EventWriter::legacyFingerprint(const EventRecord &e, quint32 occurrence)
{
    quint64 h = 0xcbf29ce484222325ull;
    h = fnv1a(h, &e.instant, sizeof e.instant);
    const auto kind = static_cast<quint8>(e.kind);
    h = fnv1a(h, &kind, 1);
    h = fnv1a(h, e.lane.constData(), size_t(e.lane.size()));
    h = fnv1a(h, "\x1f", 1);
    h = fnv1a(h, e.text.constData(), size_t(e.text.size()));
    h = fnv1a(h, &occurrence, sizeof occurrence);
    // SQLite integers are signed 64-bit: keep the value in range and positive.
    return h & 0x7fffffffffffffffull;
}

quint64 EventWriter::fingerprint(quint64 identity, const EventRecord &e, quint32 occurrence)
{
    quint64 h = mixWord(0x6a09e667f3bcc908ull, identity);
    h = mixWord(h, quint64(e.instant));
    h = mixWord(h, quint64(e.end));
    h = mixWord(h, quint64(e.kind) | quint64(e.severity) << 8 | quint64(e.manual) << 16);
    h = mixBytes(h, e.lane);
    h = mixBytes(h, e.actor);
    h = mixBytes(h, e.text);
    h = mixBytes(h, e.attributesJson);
    if (e.flag) {
        h = mixWord(h, 1);
        for (const QString *field :
            { &e.flag->flagKey, &e.flag->environment, &e.flag->before, &e.flag->after })
            h = mixString(h, *field);
    }
    if (e.experiment) {
        h = mixWord(h, 2 | quint64(e.experiment->verdict) << 8);
        for (const QString *field : { &e.experiment->title, &e.experiment->hypothesis,
                 &e.experiment->steadyStateBefore, &e.experiment->steadyStateAfter })
            h = mixString(h, *field);
    }
    h = mixWord(h, occurrence);
    // SQLite integers are signed 64-bit: keep the value in range and positive.
    return finalMix(h) & 0x7fffffffffffffffull;
}

quint64 EventWriter::sourceIdentity(const QString &name, const QString &originPath)
{
    quint64 h = mixString(0xbb67ae8584caa73bull, originPath);
    return finalMix(mixString(h, name));
}

namespace {
inline size_t slotOf(quint64 key, size_t mask)
{
    // Fingerprints are FNV hashes already; mix once more so that the low bits spread.
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull;
    key ^= key >> 33;
    return size_t(key) & mask;
}
inline quint64 nonZero(quint64 key)
{
    return key == 0 ? 1 : key;
}
} // namespace

quint32 EventWriter::FingerprintTable::next(quint64 key)
{
    if ((m_size + 1) * 2 > m_keys.size())
        grow(std::max<size_t>(1024, m_keys.size() * 2));
    key = nonZero(key);
    const size_t mask = m_keys.size() - 1;
    size_t i = slotOf(key, mask);
    for (; m_keys[i] != 0; i = (i + 1) & mask) {
        if (m_keys[i] == key) {
            quint32 &seen = m_repeats.try_emplace(key, 1).first->second;
            return seen++;
        }
    }
    m_keys[i] = key;
    ++m_size;
    return 0;
}

void EventWriter::FingerprintTable::reserve(size_t keys)
{
    size_t capacity = 1024;
    while (capacity < keys * 2)
        capacity *= 2;
    if (capacity > m_keys.size())
        grow(capacity);
}

void EventWriter::FingerprintTable::grow(size_t capacity)
{
    std::vector<quint64> bigger(capacity, 0);
    const size_t mask = bigger.size() - 1;
    for (const quint64 key : m_keys) {
        if (key == 0)
            continue;
        size_t i = slotOf(key, mask);
        while (bigger[i] != 0)
            i = (i + 1) & mask;
        bigger[i] = key;
    }
    m_keys.swap(bigger);
}

void EventWriter::fail(const char *what)
{
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(what) + QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool EventWriter::begin(QString *error, TextIndex text)
{
    m_db = m_store.handle();
    if (!m_db) {
        m_error = QStringLiteral("no SQLite handle");
        if (error)
            *error = m_error;
        return false;
    }
    // Before preparing: a statement compiles in the triggers it fires.
    if (!countsByTrigger()) {
        sqlite3_stmt *temp = nullptr;
        const bool ownTriggers
            = sqlite3_prepare_v2(
                  m_db, "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'", -1, &temp, nullptr)
                == SQLITE_OK
            && sqlite3_step(temp) == SQLITE_ROW && sqlite3_column_int(temp, 0) > 0;
        sqlite3_finalize(temp);
        if (!ownTriggers)
            setTriggers(false);
    }
    auto prepare = [this](const char *sql, sqlite3_stmt **stmt) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
            fail(sql);
    };
    prepare("INSERT INTO events(instant, end_instant, kind, lane_id, severity, actor, text, attrs, source_id,"
            " line, byte_offset, fingerprint, manual, id)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        &m_insertEvent);
    {
        QByteArray sql = "INSERT INTO events(instant, end_instant, kind, lane_id, severity, actor, text, "
                         "attrs, source_id,"
                         " line, byte_offset, fingerprint, manual, id) VALUES";
        for (int r = 0; r < kRows; ++r)
            sql += r == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        prepare(sql.constData(), &m_insertEvents);
        m_pending.reserve(kRows);
        m_owned.reserve(kRows);
    }
    prepare("INSERT INTO lanes(name, id) VALUES(?1, ?2)", &m_insertLane);
    m_nextEventId = nextBelowBlocks("events");
    m_nextLaneId = nextBelowBlocks("lanes");
    prepare("INSERT INTO rejects(source_id, line, byte_offset, reason, raw) VALUES(?1, ?2, ?3, ?4, ?5)",
        &m_insertReject);
    prepare("INSERT INTO flag_changes(event_id, flag_key, environment, before_value, after_value)"
            " VALUES(?1, ?2, ?3, ?4, ?5)",
        &m_insertFlag);
    prepare("INSERT INTO experiment_runs(event_id, title, hypothesis, verdict, steady_before, steady_after)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
        &m_insertExperiment);

    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT id, name FROM lanes", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            m_lanes.emplace(std::string(name ? name : ""), sqlite3_column_int64(stmt, 0));
        }
    }
    sqlite3_finalize(stmt);
    // A fingerprint is a 63-bit hash: two different records can share one. The index finds the
    // candidates; the record's stored fields then decide, so a collision keeps the new record
    // instead of dropping it as a duplicate. The legacy scheme hashed instant, kind, lane and
    // text only (?10 = 1), the current one every field the writer stores.
    prepare("SELECT 1 FROM events e WHERE source_id = ?1 AND instant = ?2 AND fingerprint = ?3"
            " AND kind = ?4 AND text = ?5"
            " AND coalesce((SELECT name FROM lanes WHERE id = e.lane_id), '') = ?6"
            " AND (?10 = 1 OR (severity = ?7 AND coalesce(actor, '') = ?8 AND coalesce(attrs, '') = ?9"
            "  AND end_instant IS ?11))"
            " LIMIT 1",
        &m_probe);
    if (m_error.isEmpty() && !findEarlierImports())
        fail("find earlier imports of the same file");
    m_prints = inputFingerprints();
    // For a review's first import whose text goes into the index in the same transaction, the
    // index is built beside the inserts. Not when the events are to be shown first (Later): on
    // two cores the index's thread would delay them (1M JSON lines: shown after 2.9 s, not 1.6 s).
    if (m_error.isEmpty() && text == TextIndex::Now)
        m_text = TextIndexBuilder::startFor(m_db, hasPendingText(m_store));
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

// Only an earlier live import of the same file can hold a record of this one (sourceIdentity()):
// for a new file there is nothing to look up at all.
bool EventWriter::findEarlierImports()
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, origin_path FROM sources WHERE id = ?1", -1, &stmt, nullptr)
        != SQLITE_OK)
        return false;
    sqlite3_bind_int64(stmt, 1, m_sourceId);
    QString name, originPath;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        originPath = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    m_identity = sourceIdentity(name, originPath);
    // The prints this writer stores are of the current scheme, whoever inserted the source row
    // (the column's default is the scheme of the documents that predate it).
    if (sqlite3_prepare_v2(
            m_db, "UPDATE sources SET fingerprint_scheme = ?1 WHERE id = ?2", -1, &stmt, nullptr)
        != SQLITE_OK)
        return false;
    sqlite3_bind_int(stmt, 1, schema::FingerprintScheme);
    sqlite3_bind_int64(stmt, 2, m_sourceId);
    const bool stamped = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    if (!stamped)
        return false;
    if (sqlite3_prepare_v2(m_db,
            "SELECT id, fingerprint_scheme, clock_offset_us FROM sources"
            " WHERE removed = 0 AND id <> ?1 AND name = ?2 AND origin_path = ?3 ORDER BY id",
            -1, &stmt, nullptr)
        != SQLITE_OK)
        return false;
    const QByteArray nameUtf8 = name.toUtf8(), pathUtf8 = originPath.toUtf8();
    sqlite3_bind_int64(stmt, 1, m_sourceId);
    sqlite3_bind_text(stmt, 2, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(stmt, 3, pathUtf8.constData(), int(pathUtf8.size()), SQLITE_STATIC);
    int step;
    while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
        const int scheme = sqlite3_column_int(stmt, 1);
        m_earlier.push_back({ sqlite3_column_int64(stmt, 0), scheme, sqlite3_column_int64(stmt, 2) });
        m_legacyEarlier = m_legacyEarlier || scheme == schema::LegacyFingerprintScheme;
    }
    sqlite3_finalize(stmt);
    return step == SQLITE_DONE;
}

EventWriter::InputFingerprints EventWriter::inputFingerprints() const
{
    return InputFingerprints(m_identity, m_legacyEarlier);
}

qint64 EventWriter::laneId(const QByteArray &lane)
{
    if (lane.isEmpty())
        return 0;
    // Importers hand out shared copies of repeating names: a pointer comparison usually suffices.
    if (lane.constData() == m_lastLane.constData() || lane == m_lastLane)
        return m_lastLaneId;
    m_lastLane = lane;
    const std::string key(lane.constData(), size_t(lane.size()));
    auto it = m_lanes.find(key);
    if (it != m_lanes.end())
        return m_lastLaneId = it->second;
    sqlite3_bind_text(m_insertLane, 1, lane.constData(), int(lane.size()), SQLITE_STATIC);
    bindNextId(m_insertLane, 2, &m_nextLaneId);
    if (sqlite3_step(m_insertLane) != SQLITE_DONE)
        fail("insert lane");
    sqlite3_reset(m_insertLane);
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_lanes.emplace(key, id);
    return m_lastLaneId = id;
}

quint64 EventWriter::InputFingerprints::next(const EventRecord &e, quint64 *legacy)
{
    const quint64 base = fingerprint(m_identity, e, 0);
    const quint32 occurrence = m_seen.next(base);
    const quint64 print = occurrence == 0 ? base : fingerprint(m_identity, e, occurrence);
    if (m_legacyToo && legacy) {
        const quint64 legacyBase = legacyFingerprint(e, 0);
        const quint32 legacyOccurrence = m_seenLegacy.next(legacyBase);
        *legacy = legacyOccurrence == 0 ? legacyBase : legacyFingerprint(e, legacyOccurrence);
    }
    return print;
}

void EventWriter::InputFingerprints::reserve(size_t records)
{
    // At most 4M records ahead (32 MB of keys): beyond that the table grows as it goes.
    records = std::min<size_t>(records, 4 * 1024 * 1024);
    m_seen.reserve(records);
    if (m_legacyToo)
        m_seenLegacy.reserve(records);
}

void EventWriter::addEvent(EventRecord &&e)
{
    if (!m_error.isEmpty())
        return;
    quint64 legacy = 0;
    const quint64 print = m_prints.next(e, &legacy);
    addFingerprinted(std::move(e), print, legacy);
}

// Binds the fields the probe compares (?4 to ?11) for `e`, whose end the earlier import's clock
// offset shifted as it did the instant.
void EventWriter::bindRecordFields(const EventRecord &e, qint64 clockOffsetUs, bool legacyScheme)
{
    sqlite3_bind_int(m_probe, 4, int(e.kind));
    bindText(m_probe, 5, e.text, false);
    bindText(m_probe, 6, e.lane, false);
    sqlite3_bind_int(m_probe, 7, int(e.severity));
    bindText(m_probe, 8, e.actor, false);
    bindText(m_probe, 9, e.attributesJson, false);
    sqlite3_bind_int(m_probe, 10, legacyScheme ? 1 : 0);
    if (e.end != NoInstant)
        sqlite3_bind_int64(m_probe, 11, e.end + clockOffsetUs);
    else
        sqlite3_bind_null(m_probe, 11);
}

bool EventWriter::alreadyImported(const EventRecord &e, quint64 print, quint64 legacy)
{
    for (const EarlierImport &earlier : m_earlier) {
        sqlite3_bind_int64(m_probe, 1, earlier.sourceId);
        // A source whose clock the team shifted holds its instants shifted; its prints are of
        // the file's own instants.
        sqlite3_bind_int64(m_probe, 2, e.instant + earlier.clockOffsetUs);
        const bool legacyScheme = earlier.scheme == schema::LegacyFingerprintScheme;
        sqlite3_bind_int64(m_probe, 3, qint64(legacyScheme ? legacy : print));
        bindRecordFields(e, earlier.clockOffsetUs, legacyScheme);
        const int step = sqlite3_step(m_probe);
        sqlite3_reset(m_probe);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE) {
            fail("look up an earlier import");
            return false;
        }
    }
    return false;
}

bool EventWriter::admit(const EventRecord &e, quint64 print, quint64 legacy, qint64 *lane)
{
    if (!m_error.isEmpty())
        return false;
    // The parsers refuse such times already; this is the last line before the document, where
    // an instant near 2^63 would break every span and chart computed from it (issue 17, F1).
    if (!isSupportedInstant(e.instant) || (e.end != NoInstant && !isSupportedInstant(e.end))) {
        addRejected({ e.line, e.byteOffset, DomainText::instantOutOfRange(), e.text.left(kRawKept) });
        return false;
    }
    if (!m_earlier.empty() && alreadyImported(e, print, legacy)) {
        ++m_duplicates;
        return false;
    }
    if (!m_error.isEmpty())
        return false;
    *lane = laneId(e.lane);
    ++m_accepted;
    return true;
}

void EventWriter::queue(const EventRecord &e, qint64 lane, quint64 print)
{
    m_pending.push_back({ &e, lane, print });
    if (int(m_pending.size()) == kRows)
        flushPending();
}

void EventWriter::addFingerprinted(EventRecord &&e, quint64 print, quint64 legacy)
{
    qint64 lane = 0;
    if (!admit(e, print, legacy, &lane))
        return;
    if (!e.flag && !e.experiment) {
        m_owned.push_back(std::move(e)); // no reallocation: at most kRows before a flush
        queue(m_owned.back(), lane, print);
        return;
    }
    insertOne(e, lane, print);
}

void EventWriter::addBatch(const std::vector<EventRecord> &events, const std::vector<quint64> &prints,
    const std::vector<quint64> &legacy)
{
    for (size_t i = 0; i < events.size(); ++i) {
        const EventRecord &e = events[i];
        qint64 lane = 0;
        if (!admit(e, prints[i], i < legacy.size() ? legacy[i] : 0, &lane))
            continue;
        if (!e.flag && !e.experiment)
            queue(e, lane, prints[i]);
        else
            insertOne(e, lane, prints[i]);
    }
    if (m_error.isEmpty())
        flushPending();
    else
        m_pending.clear(); // never keep pointers into the caller's batch
}

// Flag changes and experiment runs need their event's id for the detail row: one at a time.
void EventWriter::insertOne(const EventRecord &e, qint64 lane, quint64 print)
{
    flushPending();
    sqlite3_stmt *s = m_insertEvent;
    bindEvent(s, 1, e, lane, print);
    if (sqlite3_step(s) != SQLITE_DONE) {
        fail("insert event");
        sqlite3_reset(s);
        return;
    }
    sqlite3_reset(s);
    countRow(e);
    const qint64 eventId = sqlite3_last_insert_rowid(m_db);
    if (m_firstEventId == 0)
        m_firstEventId = eventId;
    m_lastEventId = eventId;
    if (m_text)
        m_text->add(eventId, e.text, e.actor);
    if (!e.flag && !e.experiment)
        return;
    if (e.flag) {
        sqlite3_stmt *f = m_insertFlag;
        sqlite3_bind_int64(f, 1, eventId);
        bindString(f, 2, e.flag->flagKey);
        bindString(f, 3, e.flag->environment);
        bindString(f, 4, e.flag->before);
        bindString(f, 5, e.flag->after);
        if (sqlite3_step(f) != SQLITE_DONE)
            fail("insert flag change");
        sqlite3_reset(f);
    }
    if (e.experiment) {
        sqlite3_stmt *x = m_insertExperiment;
        sqlite3_bind_int64(x, 1, eventId);
        bindString(x, 2, e.experiment->title);
        bindString(x, 3, e.experiment->hypothesis);
        bindString(x, 4, experimentVerdictName(e.experiment->verdict));
        bindString(x, 5, e.experiment->steadyStateBefore);
        bindString(x, 6, e.experiment->steadyStateAfter);
        if (sqlite3_step(x) != SQLITE_DONE)
            fail("insert experiment run");
        sqlite3_reset(x);
    }
}

void EventWriter::bindEvent(sqlite3_stmt *s, int i, const EventRecord &e, qint64 lane, quint64 print)
{
    sqlite3_bind_int64(s, i, e.instant);
    if (e.end != NoInstant)
        sqlite3_bind_int64(s, i + 1, e.end);
    else
        sqlite3_bind_null(s, i + 1);
    sqlite3_bind_int(s, i + 2, int(e.kind));
    if (lane)
        sqlite3_bind_int64(s, i + 3, lane);
    else
        sqlite3_bind_null(s, i + 3);
    sqlite3_bind_int(s, i + 4, int(e.severity));
    bindText(s, i + 5, e.actor);
    bindText(s, i + 6, e.text, false);
    bindText(s, i + 7, e.attributesJson);
    sqlite3_bind_int64(s, i + 8, m_sourceId);
    sqlite3_bind_int64(s, i + 9, e.line);
    sqlite3_bind_int64(s, i + 10, e.byteOffset);
    sqlite3_bind_int64(s, i + 11, qint64(print));
    sqlite3_bind_int(s, i + 12, e.manual ? 1 : 0);
    bindNextId(s, i + 13, &m_nextEventId);
}

qint64 EventWriter::nextBelowBlocks(const char *table)
{
    const QByteArray sql = QByteArray("SELECT CASE WHEN EXISTS(SELECT 1 FROM ") + table + " WHERE id >= ?1)"
        + " THEN (SELECT COALESCE(max(id), 0) + 1 FROM " + table + " WHERE id < ?1) ELSE 0 END";
    sqlite3_stmt *stmt = nullptr;
    qint64 next = 0;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_bind_int64(stmt, 1, schema::FirstBlockId) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        next = sqlite3_column_int64(stmt, 0);
    else
        fail("find the next id");
    sqlite3_finalize(stmt);
    return next;
}

// NULL lets SQLite choose (the largest id plus one); a number continues below the blocks.
void EventWriter::bindNextId(sqlite3_stmt *s, int index, qint64 *next)
{
    if (*next > 0 && *next < schema::FirstBlockId)
        sqlite3_bind_int64(s, index, (*next)++);
    else if (*next > 0)
        fail("number imported rows below the blocks of ids of a team review");
    else
        sqlite3_bind_null(s, index);
}

void EventWriter::flushPending()
{
    if (m_pending.empty())
        return;
    const int n = int(m_pending.size());
    sqlite3_stmt *s = n == kRows ? m_insertEvents : m_insertEvent;
    if (n == kRows) {
        for (int r = 0; r < n; ++r)
            bindEvent(s, 1 + r * Columns, *m_pending[size_t(r)].event, m_pending[size_t(r)].lane,
                m_pending[size_t(r)].print);
        if (sqlite3_step(s) != SQLITE_DONE)
            fail("insert events");
        sqlite3_reset(s);
    } else {
        for (const Pending &p : m_pending) {
            bindEvent(s, 1, *p.event, p.lane, p.print);
            if (sqlite3_step(s) != SQLITE_DONE)
                fail("insert event");
            sqlite3_reset(s);
        }
    }
    sqlite3_clear_bindings(s);
    for (const Pending &p : m_pending)
        countRow(*p.event);
    // Rowids of one statement are consecutive (each new row takes the largest rowid plus one).
    const qint64 last = sqlite3_last_insert_rowid(m_db);
    if (m_firstEventId == 0)
        m_firstEventId = last - n + 1;
    m_lastEventId = last;
    if (m_text && m_error.isEmpty()) {
        for (int r = 0; r < n; ++r)
            m_text->add(
                last - n + 1 + r, m_pending[size_t(r)].event->text, m_pending[size_t(r)].event->actor);
    }
    m_pending.clear();
    m_owned.clear();
}

void EventWriter::addRejected(RejectedRecord &&r)
{
    ++m_rejected;
    if (r.raw.size() > kRawKept)
        r.raw.truncate(kRawKept);
    if (m_error.isEmpty()) {
        sqlite3_stmt *s = m_insertReject;
        sqlite3_bind_int64(s, 1, m_sourceId);
        sqlite3_bind_int64(s, 2, r.line);
        sqlite3_bind_int64(s, 3, r.byteOffset);
        bindString(s, 4, r.reason);
        sqlite3_bind_blob(s, 5, r.raw.constData(), int(r.raw.size()), SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE)
            fail("insert rejected record");
        sqlite3_reset(s);
    }
    if (m_firstRejects.size() < kFirstRejectsKept)
        m_firstRejects.append(std::move(r));
}

namespace {
// The event id ranges whose text is not in the full-text index yet: "first-last" pairs,
// separated by spaces. Written in the transaction that commits the events, removed in the one
// that indexes their text, so that a review always says what its index lacks.
const QString kPendingTextKey = QStringLiteral("fts_pending");

// One FTS5 setting changed for a bulk load and put back afterwards (FTS5 keeps its settings in
// events_fts_config, with the document).
class BulkFtsSetting
{
public:
    BulkFtsSetting(sqlite3 *db, const char *name, qint64 fallback, qint64 bulkValue)
        : m_db(db)
        , m_name(name)
        , m_previous(fallback)
    {
        sqlite3_stmt *c = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT v FROM events_fts_config WHERE k = ?1", -1, &c, nullptr)
                == SQLITE_OK
            && sqlite3_bind_text(c, 1, name, -1, SQLITE_STATIC) == SQLITE_OK && sqlite3_step(c) == SQLITE_ROW)
            m_previous = sqlite3_column_int64(c, 0);
        sqlite3_finalize(c);
        m_changed = set(bulkValue);
    }
    ~BulkFtsSetting()
    {
        if (m_changed)
            set(m_previous);
    }
    BulkFtsSetting(const BulkFtsSetting &) = delete;
    BulkFtsSetting &operator=(const BulkFtsSetting &) = delete;

private:
    bool set(qint64 value)
    {
        const QByteArray sql = QByteArray("INSERT INTO events_fts(events_fts, rank) VALUES('") + m_name
            + "', " + QByteArray::number(value) + ')';
        return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3 *m_db;
    const char *m_name;
    qint64 m_previous;
    bool m_changed = false;
};

// Adds the text of the events with ids in [first, last] to the full-text index.
bool indexText(sqlite3 *db, qint64 first, qint64 last, QString *error)
{
    std::optional<BulkFtsSetting> automerge, hashSize;
    if (last - first >= 10000) {
        // FTS5 merges its segments while it loads; for one bulk load that is a sixth of the index
        // time and queries stay as fast without it.
        automerge.emplace(db, "automerge", 4, 0); // 4: FTS5's default
        // FTS5 gathers terms in memory and writes a segment each time they pass `hashsize` (1 MB
        // by default). A bigger buffer makes fewer segments, which queries read one by one, but
        // costs more where most terms are new (a line id per line): see schema version 7.
        hashSize.emplace(db, "hashsize", 1024 * 1024, schema::BulkTextIndexBuffer);
    }
    sqlite3_stmt *s = nullptr;
    const bool indexed = sqlite3_prepare_v2(db,
                             "INSERT INTO events_fts(rowid, body) SELECT id, body FROM events_search WHERE "
                             "id BETWEEN ?1 AND ?2",
                             -1, &s, nullptr)
            == SQLITE_OK
        && sqlite3_bind_int64(s, 1, first) == SQLITE_OK && sqlite3_bind_int64(s, 2, last) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_DONE;
    if (!indexed && error)
        *error = QStringLiteral("index event text: ") + QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    return indexed;
}
} // namespace

// Adds what this writer inserted to event_counts, unless the triggers counted it already.
bool EventWriter::writeCounts()
{
    if (m_countsWritten || !m_triggersOff)
        return true;
    m_countsWritten = true;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db,
            "INSERT INTO event_counts(source_id, kind, events) VALUES(?1, ?2, ?3)"
            " ON CONFLICT(source_id, kind) DO UPDATE SET events = events + excluded.events",
            -1, &s, nullptr)
        != SQLITE_OK) {
        fail("count the events");
        return false;
    }
    for (int kind = 0; kind < EventKindCount; ++kind) {
        if (m_kindCounts[kind] == 0)
            continue;
        sqlite3_bind_int64(s, 1, m_sourceId);
        sqlite3_bind_int(s, 2, kind);
        sqlite3_bind_int64(s, 3, m_kindCounts[kind]);
        if (sqlite3_step(s) != SQLITE_DONE)
            fail("count the events");
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return m_error.isEmpty();
}

bool EventWriter::finish(QString *error, TextIndex text)
{
    if (m_error.isEmpty())
        flushPending();
    if (m_error.isEmpty())
        writeCounts();
    setTriggers(true);
    if (m_error.isEmpty() && m_accepted > 0) {
        // Every row in the range is this writer's: it alone wrote during the transaction, and
        // SQLite hands out rowids in increasing order.
        if (text == TextIndex::Now) {
            QString indexError;
            if (!installTextNow() && !indexText(m_db, m_firstEventId, m_lastEventId, &indexError))
                m_error = indexError;
        } else if (!markTextPending(m_store, m_firstEventId, m_lastEventId)) {
            m_error = m_store.errorString();
        }
    }
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

// The index built beside the inserts, into the caller's transaction; false when there is none
// or it cannot go in, and the text is then indexed from the events.
bool EventWriter::installTextNow()
{
    const std::unique_ptr<TextIndexBuilder> text = std::move(m_text);
    return text && text->finish(nullptr) && text->install(m_db, nullptr);
}

bool EventWriter::hasPendingText(const ReviewStore &store)
{
    return !store.meta(kPendingTextKey).isEmpty();
}

namespace {
using IdRanges = std::vector<std::pair<qint64, qint64>>;

// The pending ranges as written by finish(TextIndex::Later); nullopt when the note is unreadable.
std::optional<IdRanges> pendingRanges(const QString &note)
{
    IdRanges ranges;
    for (const QString &range : note.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype dash = range.indexOf(QLatin1Char('-'));
        bool firstOk = false, lastOk = false;
        const qint64 first = range.left(dash).toLongLong(&firstOk);
        const qint64 last = range.mid(dash + 1).toLongLong(&lastOk);
        if (dash <= 0 || !firstOk || !lastOk || first > last)
            return std::nullopt;
        ranges.emplace_back(first, last);
    }
    return ranges;
}

QString pendingNote(const IdRanges &ranges)
{
    QStringList parts;
    for (const auto &[first, last] : ranges)
        parts.append(QStringLiteral("%1-%2").arg(first).arg(last));
    return parts.join(QLatin1Char(' '));
}

// Splits the first pending range after at most `maxEvents` existing events: the ids to index
// now are [front.first, *cut], the rest stays pending.
qint64 chunkEnd(const ReviewStore &store, const std::pair<qint64, qint64> &front, qint64 maxEvents)
{
    const QVariant end = store.scalar(QStringLiteral("SELECT id FROM events WHERE id BETWEEN ? AND ?"
                                                     " ORDER BY id LIMIT 1 OFFSET ?"),
        { front.first, front.second, maxEvents - 1 });
    return end.isValid() && !end.isNull() ? end.toLongLong() : front.second;
}
} // namespace

bool EventWriter::indexPendingText(ReviewStore &store, QString *error, const std::function<void()> &locked,
    qint64 maxEvents, bool *remaining)
{
    if (remaining)
        *remaining = false;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ReviewStore::Transaction transaction(store);
    // A write first, so that the transaction holds the write lock before it reads what is
    // pending: a read first could not be turned into a write after another writer's commit.
    if (!store.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = ?"), { kPendingTextKey }))
        return fail(store.errorString());
    const QString note = store.meta(kPendingTextKey);
    if (locked)
        locked();
    if (note.isEmpty())
        return true; // nothing was written: the rollback changes nothing
    std::optional<IdRanges> pending = pendingRanges(note);
    if (!pending) {
        // A note nobody could have written (edited by hand, damaged): the whole index is built
        // again from the events, which is right whatever it lacked.
        if (!store.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('rebuild')")))
            return fail(store.errorString());
        pending = IdRanges();
    }
    IdRanges left;
    if (maxEvents > 0 && !pending->empty()) {
        const auto front = pending->front();
        const qint64 cut = chunkEnd(store, front, maxEvents);
        left.assign(pending->begin() + 1, pending->end());
        if (cut < front.second)
            left.insert(left.begin(), { cut + 1, front.second });
        *pending = { { front.first, cut } };
    }
    for (const auto &[first, last] : *pending) {
        if (!indexText(store.handle(), first, last, error))
            return false;
    }
    const bool noted = left.empty()
        ? store.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), { kPendingTextKey })
        : store.setMeta(kPendingTextKey, pendingNote(left));
    if (!noted || !transaction.commit())
        return fail(store.errorString());
    if (remaining)
        *remaining = !left.empty();
    return true;
}

bool EventWriter::markTextPending(ReviewStore &store, qint64 first, qint64 last)
{
    QString note = store.meta(kPendingTextKey);
    if (!note.isEmpty())
        note += QLatin1Char(' ');
    note += QStringLiteral("%1-%2").arg(first).arg(last);
    return store.setMeta(kPendingTextKey, note);
}

bool EventWriter::isTextPending(const ReviewStore &store, qint64 id)
{
    const QString note = store.meta(kPendingTextKey);
    if (note.isEmpty())
        return false;
    const std::optional<IdRanges> ranges = pendingRanges(note);
    if (!ranges)
        return true; // the whole index will be rebuilt
    return std::any_of(ranges->cbegin(), ranges->cend(),
        [id](const std::pair<qint64, qint64> &r) { return id >= r.first && id <= r.second; });
}

EventWriter::BulkSettings::BulkSettings(ReviewStore &store)
    : m_db(store.handle())
{
    if (!m_db)
        return;
    m_foreignKeys = intPragma("PRAGMA foreign_keys");
    m_cacheSize = intPragma("PRAGMA cache_size");
    m_autoCheckpoint = intPragma("PRAGMA wal_autocheckpoint");
    m_tempStore = intPragma("PRAGMA temp_store");
    sqlite3_exec(m_db, "PRAGMA foreign_keys=OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    // The commit is durable once in the WAL; copying a large import back into the main file
    // is ImportJob::checkpoint()'s work, done after the review shows the new events.
    sqlite3_exec(m_db, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr);
    // Each multi-row INSERT keeps a statement journal of the pages it changes, to undo a
    // statement that fails half-way. In a temporary file that is one pwrite() a page (strace: a
    // 2,000-line import into a 10M-event review made 10,403 writes with it, 6,137 without); in
    // memory it is a copy.
    sqlite3_exec(m_db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    useRollbackJournal();
}

// In WAL mode every page an import writes is written twice: into the log at the commit, then
// back into the file by the checkpoint (when the CLI closes the review: 0.85 s after a 1M-line
// import). With a rollback journal the journal holds only the pages that existed before and
// changed, and new pages (most of an import) are written once. SQLite allows the switch only
// while no other connection has the file open (the CLI's case; in the app, whose window has the
// review open, it is refused and the import keeps the WAL). It is as safe: a crash before the
// commit leaves a journal that the next open rolls back, and synchronous=FULL syncs the journal
// before the file is changed. Readers that open the file meanwhile wait for the commit.
void EventWriter::BulkSettings::useRollbackJournal()
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA journal_mode=DELETE", -1, &s, nullptr) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        m_rollbackJournal
            = qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), "delete") == 0;
    sqlite3_finalize(s);
    if (!m_rollbackJournal)
        return;
    m_synchronous = intPragma("PRAGMA synchronous");
    sqlite3_exec(m_db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
}

EventWriter::BulkSettings::~BulkSettings()
{
    if (!m_db)
        return;
    const QByteArray cache = "PRAGMA cache_size=" + QByteArray::number(m_cacheSize);
    sqlite3_exec(m_db, cache.constData(), nullptr, nullptr, nullptr);
    const QByteArray checkpoint = "PRAGMA wal_autocheckpoint=" + QByteArray::number(m_autoCheckpoint);
    sqlite3_exec(m_db, checkpoint.constData(), nullptr, nullptr, nullptr);
    const QByteArray tempStore = "PRAGMA temp_store=" + QByteArray::number(m_tempStore);
    sqlite3_exec(m_db, tempStore.constData(), nullptr, nullptr, nullptr);
    if (m_rollbackJournal) {
        // Back to the mode every connection to a review expects (ReviewStore::open() sets it too).
        sqlite3_exec(m_db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        const QByteArray synchronous = "PRAGMA synchronous=" + QByteArray::number(m_synchronous);
        sqlite3_exec(m_db, synchronous.constData(), nullptr, nullptr, nullptr);
    }
    if (m_foreignKeys == 1)
        sqlite3_exec(m_db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
}

int EventWriter::BulkSettings::intPragma(const char *sql)
{
    int value = 0;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return value;
}

void EventWriter::checkpoint(ReviewStore &store)
{
    if (sqlite3 *db = store.handle())
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace faultless::model
