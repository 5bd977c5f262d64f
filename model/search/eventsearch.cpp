#include "eventsearch.h"

#include "document/reviewdocument.h"
#include "store/reviewstore.h"

#include <QThread>

namespace faultless::model {

namespace {
SearchResult resultOf(SearchMatches matches, quint64 generation)
{
    SearchResult result;
    result.generation = generation;
    result.eventIds = std::move(matches.eventIds);
    result.error = matches.error;
    result.canceled = matches.canceled;
    result.complete = matches.complete;
    result.queryMicroseconds = matches.queryMicroseconds;
    return result;
}
} // namespace

SearchResult EventSearch::run(const ReviewStore &store, const SearchRequest &request,
    const std::atomic<quint64> *latest, quint64 generation)
{
    return resultOf(SearchStore::matchingEvents(store, request, latest, generation), generation);
}

SearchResult EventSearch::runFirstPage(const ReviewStore &store, const SearchRequest &request, int limit)
{
    return resultOf(SearchStore::firstMatches(store, request, limit), 0);
}

// Lives on the search thread; owns the second connection.
class EventSearch::Worker : public QObject
{
public:
    Worker(EventSearch &owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
    { }
    ~Worker() override
    {
        QMutexLocker lock(&m_owner.m_handleMutex);
        m_owner.m_interrupter = {};
    }

    void execute(const SearchRequest &request, quint64 generation)
    {
        SearchResult result;
        result.generation = generation;
        if (m_owner.m_generation.load() != generation) {
            result.canceled = true; // superseded while queued
        } else if (!ensureOpen(&result.error)) {
        } else {
            result = firstPageThenAll(request, generation);
        }
        QMetaObject::invokeMethod(
            &m_owner, [owner = &m_owner, result] { owner->onWorkerFinished(result); }, Qt::QueuedConnection);
    }

private:
    // The first page goes to the GUI at once when more may match; the full list, which a newer
    // generation interrupts, is the result.
    SearchResult firstPageThenAll(const SearchRequest &request, quint64 generation)
    {
        SearchResult page = EventSearch::runFirstPage(m_store, request);
        page.generation = generation;
        if (page.complete || !page.error.isEmpty() || page.canceled)
            return page;
        QMetaObject::invokeMethod(
            &m_owner, [owner = &m_owner, page] { owner->onWorkerFirstPage(page); }, Qt::QueuedConnection);
        return EventSearch::run(m_store, request, &m_owner.m_generation, generation);
    }

    bool ensureOpen(QString *error)
    {
        if (m_store.isOpen())
            return true;
        if (!m_store.open(m_path)) {
            *error = m_store.errorString();
            return false;
        }
        QMutexLocker lock(&m_owner.m_handleMutex);
        m_owner.m_interrupter = SearchStore::Interrupter(m_store);
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
        m_interrupter.interrupt();
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
        if (m_running.load() > 0)
            m_interrupter.interrupt();
    }
    startWorker();
    ++m_running;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, generation] { worker->execute(request, generation); },
        Qt::QueuedConnection);
    return generation;
}

void EventSearch::cancel()
{
    ++m_generation;
    QMutexLocker lock(&m_handleMutex);
    if (m_running.load() > 0)
        m_interrupter.interrupt();
}

void EventSearch::onWorkerFirstPage(const SearchResult &workerResult)
{
    if (workerResult.generation != m_generation.load())
        return;
    SearchResult result = workerResult;
    result.rows = m_document.timeline().rowsOfEvents(result.eventIds);
    emit firstPage(result);
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
