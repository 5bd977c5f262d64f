#include "backgroundtask.h"

#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

namespace faultless::views {

BackgroundTask::BackgroundTask(const QString &label, Work work, QWidget *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_progress(new QProgressDialog(label, tr("Cancel"), 0, 1000, parent))
{
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    // Cancel reaches the model function through the flag it checks, and the future through
    // cancel(), after which the promise reports no more progress.
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_state->cancel = true;
        m_watcher.cancel();
    });
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int permille) {
        if (m_progress)
            m_progress->setValue(qBound(0, permille, 999));
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (m_progress) {
            // Closing a progress dialog emits canceled(): not a cancel of the work that ended.
            disconnect(m_progress, &QProgressDialog::canceled, this, nullptr);
            m_progress->close();
        }
        if (!m_state->ran)
            emit finished(false, tr("Canceled before it started; nothing was written."));
        else
            emit finished(m_state->ok, m_state->error);
    });
}

BackgroundTask::~BackgroundTask()
{
    m_state->cancel = true;
    m_watcher.waitForFinished();
    delete m_progress;
}

void BackgroundTask::start()
{
    m_watcher.setFuture(QtConcurrent::run([work = m_work, state = m_state](QPromise<void> &promise) {
        promise.setProgressRange(0, 1000);
        const Progress progress = [&promise](int permille) { promise.setProgressValue(permille); };
        // Read on the GUI thread once the future has finished, which orders these writes first.
        state->ran = true;
        state->ok = work(state->cancel, progress, &state->error);
    }));
}

} // namespace faultless::views
