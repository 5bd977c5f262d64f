#pragma once

#include "import/importer.h"

#include <QList>

#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace faultless::model {

class ReviewStore;

// The sink of an import into the document: binds each record straight into prepared SQLite
// statements (no QVariant per value), skips records already present (by fingerprint), keeps every
// rejected record with its line and reason, and fills the FTS5 index once at the end.
// The caller owns the transaction; nothing here commits.
class EventWriter : public EventSink
{
public:
    EventWriter(ReviewStore &store, qint64 sourceId);
    ~EventWriter() override;

    bool begin(QString *error);
    void addEvent(EventRecord &&event) override;
    void addRejected(RejectedRecord &&rejected) override;
    // Where finish() puts the text of the new events: into the full-text index, in the caller's
    // transaction, or (Later) nowhere yet, with their ids noted as pending in that transaction
    // for indexPendingText(). Later lets an import show its events before their text is indexed.
    enum class TextIndex { Now, Later };
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

    // Stable across runs and machines (unlike qHash, which is seeded per process).
    static quint64 fingerprint(const EventRecord &event, quint32 occurrence);

    // Open addressing keyed by fingerprint (never 0: fingerprints are masked positive and 0 is
    // mapped to 1): node-based std::unordered_map costs an allocation per event at a million
    // events. Value = how often the fingerprint was seen in this input (0 for "in the review").
    class FingerprintTable
    {
    public:
        quint32 *find(quint64 key);
        quint32 &insert(quint64 key); // the count slot, created at 0
        bool empty() const { return m_size == 0; }

    private:
        // Key and count side by side: one cache miss per probe in a table far larger than the
        // cache, where separate arrays cost two.
        struct Slot
        {
            quint64 key;
            quint32 count;
        };
        void grow();
        std::vector<Slot> m_slots;
        size_t m_size = 0;
    };

    // The fingerprints of one input, in input order: identical records get distinct prints by
    // their occurrence count, so a file that really repeats a line keeps every copy. Separate
    // from the writer so that an import can compute them on its parsing thread.
    class InputFingerprints
    {
    public:
        quint64 next(const EventRecord &event);

    private:
        FingerprintTable m_seen;
    };

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
        sqlite3 *m_db;
        int m_foreignKeys = 1;
        int m_cacheSize = -2000;
        int m_autoCheckpoint = 1000;
    };
    // Copies what the write-ahead log holds into the document as far as no reader needs it
    // (a passive checkpoint), without waiting for anyone: after a large import.
    static void checkpoint(ReviewStore &store);

    // addEvent() for a record whose print came from an InputFingerprints of the same input.
    void addFingerprinted(EventRecord &&event, quint64 print);
    // The same for a whole batch, bound straight from the caller's records, which are no longer
    // referenced on return: the caller frees them (on the thread that allocated them).
    void addBatch(const std::vector<EventRecord> &events, const std::vector<quint64> &prints);

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
    bool admit(const EventRecord &event, quint64 print, qint64 *lane);
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
    FingerprintTable m_existing; // fingerprints already in the review
    InputFingerprints m_prints; // for records given through addEvent()
    QByteArray m_lastLane; // lanes repeat: skip the lookup when the name is the same
    qint64 m_lastLaneId = 0;
    qint64 m_firstEventId = 0; // this import's events are ids [m_firstEventId, m_lastEventId]
    qint64 m_lastEventId = 0;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    qint64 m_duplicates = 0;
    QList<RejectedRecord> m_firstRejects;
    QString m_error;
};

} // namespace faultless::model
