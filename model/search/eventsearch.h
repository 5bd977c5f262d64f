#pragma once

#include "domain/event.h"
#include "store/searchstore.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

class QThread;

namespace faultless::model {

class ReviewDocument;
class ReviewStore;

struct SearchResult
{
    quint64 generation = 0;
    std::vector<qint64> eventIds; // ascending ids
    std::vector<qint64> rows; // timeline rows, ascending (filled on the GUI thread)
    QString error; // a message for the user, empty when fine
    bool canceled = false;
    // False for a first page (EventSearch::firstPage) that was full: the total follows in finished().
    bool complete = true;
    qint64 queryMicroseconds = 0;
};

// Full-text search and filters off the GUI thread. The worker has its own ReviewStore connection
// on the same file (a connection belongs to one thread, docs/architecture.md, "Threads"). Every request gets
// a generation number; a new request interrupts the running one (SearchStore::Interrupter) and stale results
// are dropped, so typing never queues up queries. A search reads its first page (FirstPage events) first
// and reports it through firstPage() when more may match; the full list and count follow in finished().
class EventSearch : public QObject
{
    Q_OBJECT
public:
    // How many events the first, quick answer of a search holds: more than a screen of the table.
    static constexpr int FirstPage = 200;

    explicit EventSearch(ReviewDocument &document, QObject *parent = nullptr);
    ~EventSearch() override;

    // Starts a search; returns its generation. finished() follows for the latest generation only.
    quint64 search(const SearchRequest &request);
    void cancel();
    bool isRunning() const { return m_running.load() > 0; }
    quint64 generation() const { return m_generation.load(); }

    // The query itself, synchronous, on the caller's connection (tests, benchmark, worker).
    // `latest`, when given, is polled so that a newer generation stops this one early.
    static SearchResult run(const ReviewStore &store, const SearchRequest &request,
        const std::atomic<quint64> *latest = nullptr, quint64 generation = 0);

    // The first `limit` events of run() (the same order); `complete` is false when more may match.
    static SearchResult runFirstPage(
        const ReviewStore &store, const SearchRequest &request, int limit = FirstPage);

signals:
    // The first page of a search that has more matches, before finished() (latest generation only).
    void firstPage(const faultless::model::SearchResult &result);
    void finished(const faultless::model::SearchResult &result);

private:
    class Worker;
    void startWorker();
    void stopWorker();
    void onWorkerFirstPage(const faultless::model::SearchResult &result);
    void onWorkerFinished(const faultless::model::SearchResult &result);

    ReviewDocument &m_document;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic<quint64> m_generation { 0 };
    std::atomic<int> m_running { 0 };
    QMutex m_handleMutex;
    SearchStore::Interrupter m_interrupter; // of the worker's connection, to stop its query from this thread
};

} // namespace faultless::model

Q_DECLARE_METATYPE(faultless::model::SearchResult)
