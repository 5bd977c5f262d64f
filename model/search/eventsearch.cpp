#include "eventsearch.h"

#include "document/reviewdocument.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace faultless::model {

bool SearchRequest::isEmpty() const
{
    return text.trimmed().isEmpty() && kinds.isEmpty() && sourceIds.isEmpty() && lanes.isEmpty() && !minSeverity
        && tag.trimmed().isEmpty() && from == NoInstant && to == NoInstant && !commentedOnly && !highlightedOnly;
}

SearchResult EventSearch::run(const ReviewStore &store, const SearchRequest &request,
                              const std::atomic<quint64> *latest, quint64 generation)
{
    SearchResult result;
    result.generation = generation;
    sqlite3 *db = store.handle();
    if (!db) {
        result.error = QCoreApplication::translate("EventSearch", "The review is not open.");
        return result;
    }
    QElapsedTimer timer;
    timer.start();

    // Built from fixed fragments; every user value is bound (docs/architecture.md, "Layers and folders").
    QByteArray sql = "SELECT e.id FROM events e WHERE (e.source_id IS NULL OR e.source_id NOT IN"
                     " (SELECT id FROM sources WHERE removed = 1))";
    struct Bind
    {
        enum { Int, Text } type;
        qint64 number;
        QByteArray text;
    };
    std::vector<Bind> binds;
    auto placeholders = [](qsizetype n) {
        QByteArray p;
        for (qsizetype i = 0; i < n; ++i)
            p += i ? ",?" : "?";
        return p;
    };
    if (!request.text.trimmed().isEmpty()) {
        const QString fts = EventQuery::toFtsQuery(request.text);
        if (fts.isEmpty())
            return result;
        sql += " AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)";
        binds.push_back({Bind::Text, 0, fts.toUtf8()});
    }
    if (!request.kinds.isEmpty()) {
        sql += " AND e.kind IN (" + placeholders(request.kinds.size()) + ")";
        for (EventKind k : request.kinds)
            binds.push_back({Bind::Int, qint64(k), {}});
    }
    if (!request.sourceIds.isEmpty()) {
        sql += " AND e.source_id IN (" + placeholders(request.sourceIds.size()) + ")";
        for (qint64 id : request.sourceIds)
            binds.push_back({Bind::Int, id, {}});
    }
    if (!request.lanes.isEmpty()) {
        sql += " AND e.lane_id IN (SELECT id FROM lanes WHERE name IN (" + placeholders(request.lanes.size()) + "))";
        for (const QString &lane : request.lanes)
            binds.push_back({Bind::Text, 0, lane.toUtf8()});
    }
    if (request.minSeverity) {
        sql += " AND e.severity >= ?";
        binds.push_back({Bind::Int, qint64(*request.minSeverity), {}});
    }
    if (!request.tag.trimmed().isEmpty()) {
        sql += " AND e.id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)";
        binds.push_back({Bind::Text, 0, request.tag.trimmed().toUtf8()});
    }
    if (request.from != NoInstant) {
        sql += " AND COALESCE(e.end_instant, e.instant) >= ?";
        binds.push_back({Bind::Int, request.from, {}});
    }
    if (request.to != NoInstant) {
        sql += " AND e.instant <= ?";
        binds.push_back({Bind::Int, request.to, {}});
    }
    if (request.commentedOnly)
        sql += " AND e.id IN (SELECT event_id FROM annotations)";
    if (request.highlightedOnly)
        sql += " AND e.highlighted = 1";
    sql += " ORDER BY e.id";

    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        result.error = QCoreApplication::translate("EventSearch", "Search failed: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return result;
    }
    for (size_t i = 0; i < binds.size(); ++i) {
        const Bind &b = binds[i];
        if (b.type == Bind::Int)
            sqlite3_bind_int64(stmt, int(i + 1), b.number);
        else
            sqlite3_bind_text(stmt, int(i + 1), b.text.constData(), int(b.text.size()), SQLITE_TRANSIENT);
    }
    int rc;
    quint32 polled = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        result.eventIds.push_back(sqlite3_column_int64(stmt, 0));
        if (latest && (++polled & 1023) == 0 && latest->load(std::memory_order_relaxed) != generation) {
            result.canceled = true;
            break;
        }
    }
    if (!result.canceled && rc != SQLITE_DONE) {
        if (rc == SQLITE_INTERRUPT) {
            result.canceled = true;
        } else {
            // FTS5 syntax errors come back here: say what the search engine did not understand.
            result.error = QCoreApplication::translate("EventSearch", "Search failed: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }
    sqlite3_finalize(stmt);
    if (result.canceled)
        result.eventIds.clear();
    result.queryMicroseconds = timer.nsecsElapsed() / 1000;
    return result;
}

// Lives on the search thread; owns the second connection.
class EventSearch::Worker : public QObject
{
public:
    Worker(EventSearch &owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
    {
    }
    ~Worker() override
    {
        QMutexLocker lock(&m_owner.m_handleMutex);
        m_owner.m_handle = nullptr;
    }

    void execute(const SearchRequest &request, quint64 generation)
    {
        SearchResult result;
        result.generation = generation;
        if (m_owner.m_generation.load() != generation) {
            result.canceled = true; // superseded while queued
        } else if (!ensureOpen(&result.error)) {
        } else {
            result = EventSearch::run(m_store, request, &m_owner.m_generation, generation);
        }
        QMetaObject::invokeMethod(&m_owner, [owner = &m_owner, result] { owner->onWorkerFinished(result); },
                                  Qt::QueuedConnection);
    }

private:
    bool ensureOpen(QString *error)
    {
        if (m_store.isOpen())
            return true;
        if (!m_store.open(m_path)) {
            *error = m_store.errorString();
            return false;
        }
        QMutexLocker lock(&m_owner.m_handleMutex);
        m_owner.m_handle = m_store.handle();
        return true;
    }

    EventSearch &m_owner;
    QString m_path;
    ReviewStore m_store;
};

EventSearch::EventSearch(ReviewDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    qRegisterMetaType<SearchResult>();
    connect(&m_document, &ReviewDocument::aboutToClose, this, &EventSearch::stopWorker);
    connect(&m_document, &ReviewDocument::opened, this, &EventSearch::stopWorker);
}

EventSearch::~EventSearch()
{
    stopWorker();
}

void EventSearch::startWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("EventSearch"));
    m_worker = new Worker(*this, m_document.path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void EventSearch::stopWorker()
{
    if (!m_thread)
        return;
    ++m_generation;
    {
        QMutexLocker lock(&m_handleMutex);
        if (m_handle)
            sqlite3_interrupt(m_handle);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted by QThread::finished -> deleteLater (run by wait's event flush)
    m_running = 0;
}

quint64 EventSearch::search(const SearchRequest &request)
{
    const quint64 generation = ++m_generation;
    if (!m_document.isOpen())
        return generation;
    {
        // Stop the query that is running now; it reports itself as canceled.
        QMutexLocker lock(&m_handleMutex);
        if (m_handle && m_running.load() > 0)
            sqlite3_interrupt(m_handle);
    }
    startWorker();
    ++m_running;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, generation] { worker->execute(request, generation); },
                              Qt::QueuedConnection);
    return generation;
}

void EventSearch::cancel()
{
    ++m_generation;
    QMutexLocker lock(&m_handleMutex);
    if (m_handle && m_running.load() > 0)
        sqlite3_interrupt(m_handle);
}

void EventSearch::onWorkerFinished(const SearchResult &workerResult)
{
    if (m_running.load() > 0)
        --m_running;
    if (workerResult.generation != m_generation.load() || workerResult.canceled)
        return;
    SearchResult result = workerResult;
    result.rows = m_document.timeline().rowsOfEvents(result.eventIds);
    emit finished(result);
}

} // namespace faultless::model
