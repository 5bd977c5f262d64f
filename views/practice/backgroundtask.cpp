#include "backgroundtask.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace faultless::views {

BackgroundTask::BackgroundTask(const QString &label, Work work, QWidget *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_progress(new QProgressDialog(label, tr("Cancel"), 0, 1000, parent))
    , m_poll(new QTimer(this))
{
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->setValue(qBound(0, m_permille.load(), 999));
    });
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void BackgroundTask::start()
{
    m_thread = QThread::create([this] { m_ok = m_work(m_cancel, m_permille, &m_error); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_poll->stop();
        if (m_progress)
            m_progress->close();
        emit finished(m_ok, m_error);
    });
    m_poll->start();
    m_thread->start();
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace faultless::views
