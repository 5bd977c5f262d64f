#pragma once

#include "store/eventsink.h"

#include <QList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace faultless::model {

class ReviewStore;
class TextIndexBuilder;

// The sink of an import into the document: binds each record straight into prepared SQLite
// statements (no QVariant per value), skips records that an earlier import of the same file
// already brought (by fingerprint, probed in the document's index per record: nothing of the
// review is loaded), keeps every rejected record with its line and reason, counts its events per
// kind into event_counts, and fills the FTS5 index once at the end.
// The caller owns the transaction; nothing here commits.
class EventWriter : public EventSink
{
public:
    EventWriter(ReviewStore &store, qint64 sourceId);
    ~EventWriter() override;

    // Where finish() puts the text of the new events: into the full-text index, in the caller's
    // transaction, or (Later) nowhere yet, with their ids noted as pending in that transaction
    // for indexPendingText(). Later lets an import show its events before their text is indexed.
    enum class TextIndex { Now, Later };
    // Reads the source's identity and the earlier imports of the same file. Call first, with
    // what finish() will be given.
    bool begin(QString *error, TextIndex text = TextIndex::Now);
    void addEvent(EventRecord &&event) override;
    void addRejected(RejectedRecord &&rejected) override;
    bool finish(QString *error, TextIndex text = TextIndex::Now);
    // Indexes the text of every event range that finish(TextIndex::Later) left pending, in a
    // transaction of its own; `locked` runs once that transaction holds the write lock, before
    // the work. Also what opening a review does when an import stopped in between (a crash).
    // With `maxEvents` > 0 it indexes at most that many events in this transaction and leaves the
    // rest pending (`*remaining` says whether any is left), so that a large backlog is worked off
    // in short transactions while the review is open and being edited.
    static bool indexPendingText(ReviewStore &store, QString *error, const std::function<void()> &locked = {},
        qint64 maxEvents = 0, bool *remaining = nullptr);
    static bool hasPendingText(const ReviewStore &store);
    // Notes every event with an id in [first, last] as pending, in the caller's transaction: a
    // copy of a review that shows its events first and indexes their text afterwards.
    static bool markTextPending(ReviewStore &store, qint64 first, qint64 last);
    // Whether event `id`'s text still waits for indexPendingText(). Its index entry must then be
    // neither added nor removed by hand: FTS5 removes exactly the tokens it is given, and the
    // pending work indexes the row as it is when it runs.
    static bool isTextPending(const ReviewStore &store, qint64 id);

    qint64 accepted() const { return m_accepted; }
    qint64 rejected() const { return m_rejected; }
    qint64 duplicates() const { return m_duplicates; }
    // The first rejections, for the import summary (all of them are in the document).
    const QList<RejectedRecord> &firstRejects() const { return m_firstRejects; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // A record's fingerprint: a 63-bit hash of the identity of its source (sourceIdentity()),
    // everything the record holds (instant, end, kind, severity, lane, actor, text, attributes,
    // flag change and experiment run) and how many identical records came before it in the same
    // input. Stable across runs and machines (unlike qHash, which is seeded per process).
    static quint64 fingerprint(quint64 identity, const EventRecord &event, quint32 occurrence);
    // The fingerprint of versions 1-4 (schema::LegacyFingerprintScheme): instant, kind, lane and
    // text only. Still computed to recognise records of a source imported by those versions.
    static quint64 legacyFingerprint(const EventRecord &event, quint32 occurrence);
    // What makes two sources the same file for duplicate detection: the path it was imported
    // from and the name it was given. Distinct files are distinct sources, however alike their
    // lines; a file imported again from the same place (grown since) is the same source.
    static quint64 sourceIdentity(const QString &name, const QString &originPath);

    // The fingerprints seen in one input, with how often: open addressing over the keys alone
    // (never 0: fingerprints are masked positive and 0 is mapped to 1), and the rare keys seen
    // more than once in a small map beside. A node-based std::unordered_map of every key costs an
    // allocation per event; slots of key and count took 16 bytes where a key takes 8, and on
    // this VM a first touch of a page costs ~15 µs: with the table's doublings, 64 MB of fresh
    // pages per 1M records, 0.4 s of a syslog import's CPU (perf).
    class FingerprintTable
    {
    public:
        // How many times `key` was seen before; counts this time too.
        quint32 next(quint64 key);
        // Room for `keys` keys without growing.
        void reserve(size_t keys);
        bool empty() const { return m_size == 0; }

    private:
        void grow(size_t capacity);
        std::vector<quint64> m_keys;
        size_t m_size = 0;
        std::unordered_map<quint64, quint32> m_repeats; // keys seen twice or more: times seen
    };

    // The fingerprints of one input, in input order: identical records get distinct prints by
    // their occurrence count, so a file that really repeats a line keeps every copy. Separate
    // from the writer so that an import can compute them on its parsing thread (the writer
    // hands out one set up for its source: inputFingerprints()). Its memory follows the input.
    class InputFingerprints
    {
    public:
        explicit InputFingerprints(quint64 identity = 0, bool legacyToo = false)
            : m_identity(identity)
            , m_legacyToo(legacyToo)
        { }
        // The print of the next record; with legacyToo, `legacy` gets its version 1-4 print.
        quint64 next(const EventRecord &event, quint64 *legacy = nullptr);
        // Room for about `records` records (a guess from the input's size), capped.
        void reserve(size_t records);
        bool legacyToo() const { return m_legacyToo; }

    private:
        quint64 m_identity;
        bool m_legacyToo;
        FingerprintTable m_seen;
        FingerprintTable m_seenLegacy;
    };
    InputFingerprints inputFingerprints() const;

    // Connection settings for the length of one bulk import, restored afterwards. Foreign keys are
    // checked by construction here (the new source and the lanes the writer itself creates), and
    // checking them per row costs two index probes per event; a larger page cache keeps the
    // indexes in memory. PRAGMA foreign_keys is a no-op inside an outer transaction, which is fine.
    class BulkSettings
    {
    public:
        explicit BulkSettings(ReviewStore &store);
        ~BulkSettings();
        BulkSettings(const BulkSettings &) = delete;
        BulkSettings &operator=(const BulkSettings &) = delete;

    private:
        int intPragma(const char *sql);
        void useRollbackJournal();
        sqlite3 *m_db;
        int m_foreignKeys = 1;
        int m_cacheSize = -2000;
        int m_autoCheckpoint = 1000;
        int m_tempStore = 0;
        int m_synchronous = 1;
        bool m_rollbackJournal = false; // switched from WAL for this import, and back after it
    };
    // Copies what the write-ahead log holds into the document as far as no reader needs it
    // (a passive checkpoint), without waiting for anyone: after a large import.
    static void checkpoint(ReviewStore &store);

    // addEvent() for a record whose prints came from inputFingerprints() of the same input
    // (`legacy` is read only when that computes them).
    void addFingerprinted(EventRecord &&event, quint64 print, quint64 legacy = 0);
    // The same for a whole batch, bound straight from the caller's records, which are no longer
    // referenced on return: the caller frees them (on the thread that allocated them). `legacy`
    // is empty unless inputFingerprints() computes legacy prints.
    void addBatch(const std::vector<EventRecord> &events, const std::vector<quint64> &prints,
        const std::vector<quint64> &legacy = {});

    // FAULTLESS_COUNT_BY_TRIGGER=1 leaves the counting to event_counts' triggers, for the
    // benchmark that compares the two.
    static bool countsByTrigger();

private:
    qint64 laneId(const QByteArray &lane);
    void fail(const char *what);
    void bindEvent(sqlite3_stmt *s, int first, const EventRecord &e, qint64 lane, quint64 print);
    void flushPending();

    // Plain events are inserted kRows at a time through one multi-row INSERT: SQLite's fixed
    // cost per statement (step, halt, statement journal) is a third of a single-row insert.
    struct Pending
    {
        const EventRecord *event; // in m_owned, or in the batch given to addBatch()
        qint64 lane;
        quint64 print;
    };
    static constexpr int kRows = 64;
    static constexpr int Columns = 14; // bound values per row, see bindEvent()
    bool admit(const EventRecord &event, quint64 print, quint64 legacy, qint64 *lane);
    bool alreadyImported(const EventRecord &event, quint64 print, quint64 legacy);
    void bindRecordFields(const EventRecord &event, qint64 clockOffsetUs, bool legacyScheme);
    bool findEarlierImports();
    void countRow(const EventRecord &event) { ++m_kindCounts[size_t(event.kind) % EventKindCount]; }
    bool writeCounts();
    void setTriggers(bool on);
    void queue(const EventRecord &event, qint64 lane, quint64 print);
    void insertOne(const EventRecord &event, qint64 lane, quint64 print);
    std::vector<Pending> m_pending;
    std::vector<EventRecord> m_owned; // records given by value, until flushed; kRows reserved
    sqlite3_stmt *m_insertEvents = nullptr; // kRows rows

    ReviewStore &m_store;
    sqlite3 *m_db = nullptr;
    qint64 m_sourceId;
    sqlite3_stmt *m_insertEvent = nullptr;
    sqlite3_stmt *m_insertLane = nullptr;
    sqlite3_stmt *m_insertReject = nullptr;
    sqlite3_stmt *m_insertFlag = nullptr;
    sqlite3_stmt *m_insertExperiment = nullptr;
    std::unordered_map<std::string, qint64> m_lanes;
    // In a team review's copy that holds rows of the copies' blocks of ids (schema::FirstBlockId),
    // SQLite's next id would land in a block: the import numbers its events and lanes below
    // instead. 0: SQLite chooses, as everywhere else.
    qint64 m_nextEventId = 0;
    qint64 m_nextLaneId = 0;
    qint64 nextBelowBlocks(const char *table);
    void bindNextId(sqlite3_stmt *s, int index, qint64 *next);
    // The earlier live imports of the same file (same sourceIdentity()), with their scheme.
    struct EarlierImport
    {
        qint64 sourceId;
        int scheme;
        qint64 clockOffsetUs;
    };
    std::vector<EarlierImport> m_earlier;
    bool m_legacyEarlier = false;
    sqlite3_stmt *m_probe = nullptr; // one record of an earlier import, by fingerprint
    quint64 m_identity = 0;
    InputFingerprints m_prints; // for records given through addEvent()
    // Events inserted per kind, added to event_counts at finish(); while this connection's
    // triggers are off (m_triggersOff), the writer alone counts its rows.
    qint64 m_kindCounts[EventKindCount] = {};
    bool m_triggersOff = false;
    bool m_countsWritten = false;
    QByteArray m_lastLane; // lanes repeat: skip the lookup when the name is the same
    qint64 m_lastLaneId = 0;
    qint64 m_firstEventId = 0; // this import's events are ids [m_firstEventId, m_lastEventId]
    qint64 m_lastEventId = 0;
    // The index of this import's text, built on a thread of its own while the events are
    // inserted, for a review's first import (null for every other).
    std::unique_ptr<TextIndexBuilder> m_text;
    bool installTextNow();
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    qint64 m_duplicates = 0;
    QList<RejectedRecord> m_firstRejects;
    QString m_error;
};

} // namespace faultless::model
