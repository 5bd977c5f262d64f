#include "backgroundimport.h"

#include "import/importerregistry.h"
#include "store/reviewstore.h"

#include <QFileInfo>
#include <QTimer>

namespace faultless::model {

BackgroundImport::BackgroundImport(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<ImportResult>();
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackgroundImport::poll);
}

BackgroundImport::~BackgroundImport()
{
    cancel();
    wait();
    // QThread::create() gives an unparented thread, and start() deletes only the previous one:
    // the last one is ours to free once it has finished (LeakSanitizer found it leaked).
    delete m_thread;
}

void BackgroundImport::wait()
{
    if (m_thread) {
        m_thread->wait();
        QCoreApplication::sendPostedEvents(this);
    }
}

void BackgroundImport::poll()
{
    emit progress(m_bytes.load(), m_total.load(), m_fileIndex.load(), m_fileCount);
}

void BackgroundImport::start(const QString &reviewPath, const QList<ImportRequest> &requests)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait(); // the previous worker may still be checkpointing
    m_cancel.store(false);
    m_importing.store(true);
    m_fileCount = int(requests.size());
    delete m_thread;
    m_thread = QThread::create([this, reviewPath, requests] {
        auto done = [this] {
            m_importing.store(false);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_timer->stop();
                    emit finished();
                },
                Qt::QueuedConnection);
        };
        ReviewStore store;
        if (!store.open(reviewPath)) {
            ImportResult failed;
            failed.error = store.errorString();
            QMetaObject::invokeMethod(
                this, [this, failed] { emit fileFinished(failed); }, Qt::QueuedConnection);
            done();
            return;
        }
        const ImporterRegistry registry;
        for (int i = 0; i < requests.size(); ++i) {
            if (m_cancel.load())
                break;
            m_fileIndex.store(i);
            m_bytes.store(0);
            m_total.store(QFileInfo(requests.at(i).path).size());
            // The timeline can show the events while their text is indexed (most of a large import).
            const ImportResult result = ImportJob::run(
                store, registry, requests.at(i), &m_cancel, &m_bytes, [this](const ImportResult &committed) {
                    QMetaObject::invokeMethod(
                        this, [this, committed] { emit fileFinished(committed); }, Qt::QueuedConnection);
                });
            if (result.status == ImportResult::Status::Imported)
                QMetaObject::invokeMethod(
                    this, [this, result] { emit textIndexed(result); }, Qt::QueuedConnection);
            else
                QMetaObject::invokeMethod(
                    this, [this, result] { emit fileFinished(result); }, Qt::QueuedConnection);
        }
        done();
        // After the results are out: the document is usable while its log is copied back.
        ImportJob::checkpoint(store);
    });
    m_timer->start();
    m_thread->start();
}

} // namespace faultless::model
