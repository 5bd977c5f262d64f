#pragma once

#include "import/importjob.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace faultless::model {

// Runs ImportJob on a worker thread with its own connection to the review file (connections
// are per thread). Progress is polled from an atomic byte counter; cancel() makes the job roll
// back its transaction, so a cancelled import leaves the review as it was.
class BackgroundImport : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundImport(QObject *parent = nullptr);
    ~BackgroundImport() override;

    void start(const QString &reviewPath, const QList<ImportRequest> &requests);
    void cancel() { m_cancel.store(true); }
    // True from start() until the last file's result is out (the worker may still be copying
    // the write-ahead log into the document after that; see ImportJob::checkpoint()).
    bool isRunning() const { return m_importing.load(); }
    // Blocks until the worker is done (tests, application shutdown).
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

private:
    void poll();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_importing { false };
    std::atomic<qint64> m_bytes { 0 };
    std::atomic<qint64> m_total { 0 };
    std::atomic<int> m_fileIndex { 0 };
    int m_fileCount = 0;
    QTimer *m_timer = nullptr;
};

} // namespace faultless::model

Q_DECLARE_METATYPE(faultless::model::ImportResult)
