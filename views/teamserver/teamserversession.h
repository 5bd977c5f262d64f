#pragma once

#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serverwatcher.h"
#include "teamserver/liveediting.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;

namespace faultless::views {

class MainWindow;
class ServerBanner;

// The window's side of team-server reviews (docs/team-server.md): opening one as a pulled copy
// in the cache, kept live (LiveEditing: own edits sent as they are made, others' taken in as the
// watcher reports them), with a banner; publishing the open review; saving a copy elsewhere.
// The app itself only ever works on `.faultless` files.
// Pulls and publishes run in the background (QtConcurrent::run with a QPromise that carries
// progress and cancel, docs/architecture.md) with their own connections and stores.
class TeamServerSession : public QObject
{
    Q_OBJECT
public:
    explicit TeamServerSession(MainWindow &window);
    ~TeamServerSession() override;

    // The menu commands: each asks for what it needs, then does it.
    void openFromServer();
    void publishToServer();
    void saveLocalCopy();
    // The window imports into the copy on show: the import goes on to the server too.
    void importStarting();
    void importFinished(const QString &sourceName);
    // What the dialogs' OK leads to.
    void open(const model::ServerLocation &location);
    void publish(const model::ServerLocation &location);
    void pullTo(const model::ServerLocation &location, const QString &path);

    // The server review the window shows a copy of, if it does.
    std::optional<model::ServerLocation> current() const { return m_current; }
    ServerBanner *banner() const { return m_banner; }
    model::ServerWatcher *watcher() const { return m_watcher; }
    // The live link of the copy on show, while there is one.
    LiveEditing *live() const { return m_live; }
    bool isBusy() const { return m_job.isRunning(); }
    void waitForJob(); // tests
    QString lastError() const { return m_lastError; }

signals:
    void currentChanged();
    // After every pull or publish, ok or not (tests, and the window's actions).
    void jobFinished(bool ok);

private:
    struct JobResult
    {
        bool ok = false;
        bool canceled = false;
        bool reused = false; // the cached copy was in step: caught up, not pulled
        QString error;
        model::ServerReviewInfo info;
    };
    // The work's side: reports progress through the job's promise, false once canceled.
    using Work = std::function<JobResult(const model::ServerReview::Progress &progress)>;
    using Then = std::function<void(const JobResult &result)>;

    void run(const QString &label, Work work, Then then);
    void onJobFinished();
    void opened(
        const model::ServerLocation &location, const QString &path, const model::ServerReviewInfo &info);
    void watch(const model::ServerLocation &location, qint64 seen);
    void forget();
    void reload();
    void report(bool ok, const QString &title, const QString &message);
    // Edits that could not reach the server when the copy closes: kept in a file of their own.
    void keepUnsent();

    MainWindow &m_window;
    ServerBanner *m_banner;
    QPointer<model::ServerWatcher> m_watcher;
    QPointer<LiveEditing> m_live;
    std::optional<model::ServerLocation> m_current;
    QString m_currentPath;
    qint64 m_currentReviewId = 0;
    // The result travels beside the future rather than in it: a future canceled late drops its
    // results, and a pull or publish that completed anyway must still be handled as done.
    QFutureWatcher<void> m_job;
    std::shared_ptr<JobResult> m_result;
    Then m_then;
    QPointer<QProgressDialog> m_progress;
    QString m_lastError;
};

} // namespace faultless::views
