#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace faultless::views {

// Runs one long piece of model work (export events, archive a review) with the project's one
// background pattern (docs/architecture.md): QtConcurrent::run with a QPromise, watched by a
// QFutureWatcher, behind a progress dialog with Cancel. The work gets the cancel flag the model
// functions take and a progress function (per mille) that reports through the promise; it must
// open its own ReviewStore on the worker thread (connections are per thread).
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(int permille)>;
    using Work
        = std::function<bool(const std::atomic<bool> &cancel, const Progress &progress, QString *error)>;

    BackgroundTask(const QString &label, Work work, QWidget *parent);
    ~BackgroundTask() override;
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    void wait() { m_watcher.waitForFinished(); }

signals:
    void finished(bool ok, const QString &error);

private:
    // Shared with the worker, which may outlive nothing of ours but this.
    struct State
    {
        std::atomic<bool> cancel { false };
        bool ran = false; // false when canceled before the pool started it
        bool ok = false;
        QString error;
    };

    Work m_work;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QFutureWatcher<void> m_watcher;
    QPointer<QProgressDialog> m_progress;
};

} // namespace faultless::views
