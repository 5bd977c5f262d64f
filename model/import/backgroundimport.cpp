#include "backgroundimport.h"

#include "import/importerregistry.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace faultless::model {

namespace {

using Report = BackgroundImport::Report;

// The promise's progress: each file a thousand steps of its bytes. The byte counts themselves
// travel in the State's atomics; a step only tells the watcher that they moved.
constexpr int kStepsPerFile = 1000;

void importAll(QPromise<Report> &promise, const QString &reviewPath, const QList<ImportRequest> &requests,
    std::atomic<bool> &cancel, std::atomic<qint64> &bytes, std::atomic<qint64> &total,
    std::atomic<int> &fileIndex)
{
    ReviewStore store;
    if (!store.open(reviewPath)) {
        ImportResult failed;
        failed.error = store.errorString();
        promise.addResult(Report { Report::Kind::FileFinished, failed });
        promise.addResult(Report { Report::Kind::AllDone, {} });
        return;
    }
    const ImporterRegistry registry;
    const int files
        = int(std::min<qsizetype>(requests.size(), std::numeric_limits<int>::max() / kStepsPerFile));
    promise.setProgressRange(0, files * kStepsPerFile);
    for (int i = 0; i < requests.size() && !cancel.load(); ++i) {
        fileIndex.store(i);
        bytes.store(0);
        total.store(QFileInfo(requests.at(i).path).size());
        const int firstStep = std::min(i, files) * kStepsPerFile;
        promise.setProgressValue(firstStep);
        auto bytesRead = [&promise, &total, firstStep](qint64 read) {
            const qint64 size = total.load();
            const qint64 step
                = size > 0 ? std::clamp<qint64>(read * kStepsPerFile / size, 0, kStepsPerFile - 1) : 0;
            promise.setProgressValue(firstStep + int(step));
        };
        // The timeline can show the events while their text is indexed (most of a large import).
        // eventsCommitted may run on another thread of the job: addResult() is thread-safe.
        const ImportResult result = ImportJob::run(
            store, registry, requests.at(i), &cancel, &bytes,
            [&promise](const ImportResult &committed) {
                promise.addResult(Report { Report::Kind::FileFinished, committed });
            },
            bytesRead);
        const bool imported = result.status == ImportResult::Status::Imported;
        promise.addResult(
            Report { imported ? Report::Kind::TextIndexed : Report::Kind::FileFinished, result });
    }
    promise.addResult(Report { Report::Kind::AllDone, {} });
    // After the results are out: the document is usable while its log is copied back.
    ImportJob::checkpoint(store);
}

} // namespace

BackgroundImport::BackgroundImport(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportResult>();
    connect(&m_watcher, &QFutureWatcher<Report>::progressValueChanged, this, &BackgroundImport::reportBytes);
    // Each result is delivered once; reading them in order keeps fileFinished before textIndexed.
    connect(&m_watcher, &QFutureWatcher<Report>::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i)
            deliver(i);
    });
}

BackgroundImport::~BackgroundImport()
{
    cancel();
    wait();
}

void BackgroundImport::wait()
{
    m_watcher.waitForFinished();
    // The watcher's reports are events posted to it: deliver them now.
    QCoreApplication::sendPostedEvents(&m_watcher);
}

void BackgroundImport::deliver(int index)
{
    const Report report = m_watcher.resultAt(index);
    switch (report.kind) {
    case Report::Kind::FileFinished:
        emit fileFinished(report.result);
        break;
    case Report::Kind::TextIndexed:
        emit textIndexed(report.result);
        break;
    case Report::Kind::AllDone:
        m_importing = false;
        emit finished();
        break;
    }
}

void BackgroundImport::reportBytes()
{
    emit progress(m_state->bytes.load(), m_state->total.load(), m_state->fileIndex.load(), m_fileCount);
}

void BackgroundImport::start(const QString &reviewPath, const QList<ImportRequest> &requests)
{
    if (isRunning())
        return;
    m_watcher.waitForFinished(); // the previous worker may still be checkpointing
    QCoreApplication::sendPostedEvents(&m_watcher);
    m_state = std::make_shared<State>();
    m_importing = true;
    m_fileCount = int(requests.size());
    m_watcher.setFuture(QtConcurrent::run([reviewPath, requests, state = m_state](QPromise<Report> &promise) {
        importAll(promise, reviewPath, requests, state->cancel, state->bytes, state->total, state->fileIndex);
    }));
}

} // namespace faultless::model
