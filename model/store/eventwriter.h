#pragma once

#include "import/importer.h"

#include <QList>

#include <unordered_map>
#include <unordered_set>

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
    bool finish(QString *error);

    qint64 accepted() const { return m_accepted; }
    qint64 rejected() const { return m_rejected; }
    qint64 duplicates() const { return m_duplicates; }
    // The first rejections, for the import summary (all of them are in the document).
    const QList<RejectedRecord> &firstRejects() const { return m_firstRejects; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Stable across runs and machines (unlike qHash, which is seeded per process).
    static quint64 fingerprint(const EventRecord &event, quint32 occurrence);

private:
    qint64 laneId(const QByteArray &lane);
    void fail(const char *what);

    ReviewStore &m_store;
    sqlite3 *m_db = nullptr;
    qint64 m_sourceId;
    sqlite3_stmt *m_insertEvent = nullptr;
    sqlite3_stmt *m_insertLane = nullptr;
    sqlite3_stmt *m_insertReject = nullptr;
    sqlite3_stmt *m_insertFlag = nullptr;
    sqlite3_stmt *m_insertExperiment = nullptr;
    std::unordered_map<std::string, qint64> m_lanes;
    std::unordered_set<quint64> m_existing;       // fingerprints already in the review
    std::unordered_map<quint64, quint32> m_seen;  // identical records within this input
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    qint64 m_duplicates = 0;
    QList<RejectedRecord> m_firstRejects;
    QString m_error;
};

} // namespace faultless::model
