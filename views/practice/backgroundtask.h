#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace faultless::views {

// Runs one long piece of model work (export events, archive a review) on a worker thread with a
// progress dialog and Cancel. The work function gets the cancel flag and a per-mille progress
// counter; it must open its own ReviewStore on the worker thread (connections are per thread).
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work
        = std::function<bool(const std::atomic<bool> &cancel, std::atomic<int> &permille, QString *error)>;

    BackgroundTask(const QString &label, Work work, QWidget *parent);
    ~BackgroundTask() override;
    void start();
    bool isRunning() const;
    void wait();

signals:
    void finished(bool ok, const QString &error);

private:
    Work m_work;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_poll;
    std::atomic<bool> m_cancel { false };
    std::atomic<int> m_permille { 0 };
    bool m_ok = false;
    QString m_error;
};

} // namespace faultless::views
