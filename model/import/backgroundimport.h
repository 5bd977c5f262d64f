#pragma once

#include "import/importjob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace faultless::model {

// Runs ImportJob in the background with the project's one pattern (docs/architecture.md):
// QtConcurrent::run with a QPromise that carries each file's outcome, in order, to a
// QFutureWatcher; its own connection to the review file (connections are per thread). cancel()
// makes the job roll back its transaction, so a cancelled import leaves the review as it was.
class BackgroundImport : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundImport(QObject *parent = nullptr);
    ~BackgroundImport() override;

    void start(const QString &reviewPath, const QList<ImportRequest> &requests);
    // Through the flag ImportJob checks, not QFuture::cancel(): a canceled future drops the
    // results still to come, and the canceled file's result (Status::Canceled) must arrive.
    void cancel() { m_state->cancel.store(true); }
    // True from start() until finished() (the worker may still be copying the write-ahead log
    // into the document after that; see ImportJob::checkpoint()).
    bool isRunning() const { return m_importing; }
    // Blocks until the worker is done and delivers what it reported (tests, application shutdown).
    void wait();

signals:
    // bytes read of the current file, its size, and which file of how many
    void progress(qint64 done, qint64 total, int fileIndex, int fileCount);
    // A file's outcome. An imported file's events are in the review then, but their text may
    // still be being indexed for search (result.textIndexPending): textIndexed() follows.
    void fileFinished(const faultless::model::ImportResult &result);
    // The text of an imported file's events is in the search index (or, with result.textIndexError,
    // could not be put there; it is retried when the review is next opened).
    void textIndexed(const faultless::model::ImportResult &result);
    void finished();

public:
    // What the worker reports through its promise, in order.
    struct Report
    {
        enum class Kind { FileFinished, TextIndexed, AllDone };
        Kind kind = Kind::AllDone;
        ImportResult result;
    };

private:
    // Shared with the worker, which fills the counters ImportJob::run() takes.
    struct State
    {
        std::atomic<bool> cancel { false };
        std::atomic<qint64> bytes { 0 };
        std::atomic<qint64> total { 0 };
        std::atomic<int> fileIndex { 0 };
    };

    void deliver(int index);
    void reportBytes();

    QFutureWatcher<Report> m_watcher;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    bool m_importing = false;
    int m_fileCount = 0;
};

} // namespace faultless::model

Q_DECLARE_METATYPE(faultless::model::ImportResult)
