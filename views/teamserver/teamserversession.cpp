#include "teamserver/teamserversession.h"

#include "document/reviewdocument.h"
#include "mainwindow.h"
#include "store/reviewcopy.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "store/serverwatcher.h"
#include "teamserver/liveediting.h"
#include "teamserver/serverbanner.h"
#include "teamserver/servercache.h"
#include "teamserver/serverdialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace faultless::views {

using model::ServerLocation;
using model::ServerReview;

namespace {

constexpr int kWatcherRetryMs = 5000;

bool sameFile(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

TeamServerSession::TeamServerSession(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_banner(new ServerBanner(&window))
{
    window.addTopBar(m_banner);
    connect(&m_job, &QFutureWatcher<void>::progressValueChanged, this, [this](int permille) {
        if (m_progress)
            m_progress->setValue(permille);
    });
    connect(&m_job, &QFutureWatcher<void>::finished, this, &TeamServerSession::onJobFinished);
    connect(m_banner, &ServerBanner::reloadRequested, this, &TeamServerSession::reload);
    connect(&window, &MainWindow::languageChanged, m_banner, &ServerBanner::retranslate);
    // Whatever else the window opens, or closing it, ends the copy's session.
    connect(&window.document(), &model::ReviewDocument::aboutToClose, this, &TeamServerSession::forget);
}

TeamServerSession::~TeamServerSession()
{
    if (m_job.isRunning()) {
        disconnect(&m_job, nullptr, this, nullptr);
        m_job.cancel();
        m_job.waitForFinished();
    }
}

void TeamServerSession::openFromServer()
{
    if (isBusy())
        return;
    ServerDialog dialog(ServerDialog::Purpose::Open, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        open(*dialog.location());
}

void TeamServerSession::publishToServer()
{
    if (isBusy() || !m_window.document().isOpen())
        return;
    ServerDialog dialog(ServerDialog::Purpose::Publish, &m_window);
    // The file's name, where it would do as a review name ("INC-2041.faultless").
    const QString name = QFileInfo(m_window.document().path()).completeBaseName();
    if (ServerLocation::isValidReviewName(name))
        dialog.setReview(name);
    if (dialog.exec() == QDialog::Accepted)
        publish(*dialog.location());
}

void TeamServerSession::saveLocalCopy()
{
    if (isBusy() || !m_current)
        return;
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Save a Local Copy"),
        QDir::home().filePath(m_current->review() + QStringLiteral(".faultless")),
        tr("Faultless reviews (*.faultless)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".faultless");
    pullTo(*m_current, path);
}

void TeamServerSession::open(const ServerLocation &location)
{
    // An import writes into the open review, which a reload would close under it.
    if (isBusy() || m_window.isImporting())
        return;
    const QString target = ServerCache::path(location);
    if (!QDir().mkpath(QFileInfo(target).path())) {
        report(false, tr("Cannot open server review"),
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(target).path())));
        return;
    }
    // Pulled beside the cached copy under another name: the older copy, maybe open in this very
    // window, stays untouched until the new one is whole.
    const QString pulled = ServerCache::temporaryPathFor(target);
    const std::optional<ServerCache::State> cached = ServerCache::readState(target);
    run(
        tr("Pulling %1 from the team server…").arg(location.review()),
        [location, pulled, cached](const ServerReview::Progress &progress) {
            JobResult result;
            ServerReview server;
            // The counter first: a change between it and the pull's snapshot is then reported
            // once too often, never missed. The counts of events are not shown here.
            result.ok = server.connect(location) && server.info(&result.info, ServerReview::Counts::Skipped);
            // A copy in step with this very review needs only what changed since: the window
            // catches up from its counter.
            result.reused = result.ok && cached && cached->reviewId == result.info.id
                && cached->seen <= result.info.changes
                && result.info.schemaVersion == model::schema::dataVersion();
            if (result.reused)
                result.info.changes = cached->seen;
            else // the window indexes the text for search once it shows the review
                result.ok
                    = result.ok && server.pull(pulled, progress, model::ReviewStore::PendingText::Leave);
            result.error = server.errorString();
            return result;
        },
        [this, location, pulled, target](const JobResult &result) {
            if (result.ok && result.reused) {
                if (sameFile(m_window.document().path(), target))
                    m_window.document().close();
                if (m_window.openReview(target, location.toString()))
                    opened(location, target, result.info);
                return;
            }
            if (!result.ok) {
                QFile::remove(pulled);
                if (!result.canceled)
                    report(false, tr("Cannot open server review"),
                        tr("Could not pull %1: %2").arg(location.toString(), result.error));
                return;
            }
            if (sameFile(m_window.document().path(), target))
                m_window.document().close();
            QString error;
            if (!ServerCache::replace(pulled, target, &error)) {
                report(false, tr("Cannot open server review"), error);
                return;
            }
            if (m_window.openReview(target, location.toString()))
                opened(location, target, result.info);
        });
}

void TeamServerSession::publish(const ServerLocation &location)
{
    if (isBusy() || m_window.isImporting() || !m_window.document().isOpen())
        return;
    const QString path = m_window.document().path();
    const QString title = m_window.document().title();
    run(
        tr("Publishing to %1…").arg(location.toString()),
        [location, path](const ServerReview::Progress &progress) {
            JobResult result;
            // Read only here; SQLite lets this connection read while the window's has it open.
            model::ReviewStore local;
            if (!local.open(path)) {
                result.error = local.errorString();
                return result;
            }
            ServerReview server;
            result.ok = server.connect(location) && server.publish(local, progress);
            result.error = server.errorString();
            return result;
        },
        [this, location, title](const JobResult &result) {
            if (result.canceled && !result.ok)
                return;
            if (result.ok)
                report(true, tr("Published"), tr("Published \"%1\" as %2.").arg(title, location.toString()));
            else
                report(false, tr("Cannot publish"),
                    tr("Could not publish to %1: %2").arg(location.toString(), result.error));
        });
}

void TeamServerSession::pullTo(const ServerLocation &location, const QString &path)
{
    // An import writes into the open review, which a reload would close under it.
    if (isBusy() || m_window.isImporting())
        return;
    if (sameFile(m_window.document().path(), path)) {
        report(false, tr("Cannot save a local copy"),
            tr("%1 is the review open in this window.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString pulled = ServerCache::temporaryPathFor(path);
    run(
        tr("Pulling %1 from the team server…").arg(location.review()),
        [location, pulled](const ServerReview::Progress &progress) {
            JobResult result;
            ServerReview server;
            result.ok = server.connect(location) && server.pull(pulled, progress);
            result.error = server.errorString();
            return result;
        },
        [this, location, pulled, path](const JobResult &result) {
            QString error = result.error;
            if (result.ok && ServerCache::replace(pulled, path, &error)) {
                m_window.showStatus(
                    tr("Saved a copy of %1 as %2").arg(location.toString(), QDir::toNativeSeparators(path)));
                return;
            }
            QFile::remove(pulled);
            if (!result.canceled)
                report(false, tr("Cannot save a local copy"),
                    tr("Could not pull %1 into %2: %3")
                        .arg(location.toString(), QDir::toNativeSeparators(path), error));
        });
}

void TeamServerSession::waitForJob()
{
    m_job.waitForFinished();
    QCoreApplication::processEvents(); // delivers finished(), which runs the job's ending
}

void TeamServerSession::run(const QString &label, Work work, Then then)
{
    auto outcome = std::make_shared<JobResult>();
    outcome->canceled = true; // until the work ran: a job canceled before the pool started it
    m_result = outcome;
    m_then = std::move(then);
    m_lastError.clear();
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 1000, &m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_job, &QFutureWatcher<void>::cancel);
    // Stores and connections belong to the thread that made them: the work makes its own.
    // Progress goes through the promise (per mille), cancel comes back through it.
    m_job.setFuture(QtConcurrent::run([work = std::move(work), outcome](QPromise<void> &promise) {
        promise.setProgressRange(0, 1000);
        const ServerReview::Progress progress = [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(total > 0 ? int(std::min<qint64>(999, done * 1000 / total)) : 0);
            return !promise.isCanceled();
        };
        *outcome = work(progress);
        outcome->canceled = promise.isCanceled();
    }));
    emit currentChanged(); // the window disables what must wait for the job
}

void TeamServerSession::onJobFinished()
{
    if (m_progress) {
        // Closing a progress dialog emits canceled(): not a cancel of the job that just ended.
        disconnect(m_progress, &QProgressDialog::canceled, &m_job, nullptr);
        m_progress->close();
    }
    const JobResult result = m_result ? *m_result : JobResult {};
    m_result.reset();
    const Then then = std::move(m_then);
    m_then = nullptr;
    if (then)
        then(result);
    emit currentChanged();
    emit jobFinished(result.ok);
}

void TeamServerSession::opened(
    const ServerLocation &location, const QString &path, const model::ServerReviewInfo &info)
{
    m_current = location;
    m_currentPath = path;
    m_currentReviewId = info.id;
    // Not in step while open: a crash leaves no state, and the next open pulls.
    ServerCache::forgetState(path);
    m_banner->showCopy(location.review(), location.toString(), QDateTime::currentDateTime());
    delete m_live;
    m_live = new LiveEditing(m_window.document(), &m_window, this);
    if (m_live->start(location, info.changes)) {
        m_banner->setLive(true, m_live->canEdit());
        connect(m_live, &LiveEditing::sendState, m_banner, &ServerBanner::setUnsent);
        connect(m_live, &LiveEditing::reloadNeeded, m_banner, &ServerBanner::markChanged);
    } else {
        // Still a usable copy, as before live editing: say why it is not live.
        m_banner->markConnectionLost(m_live->errorString());
        delete m_live;
    }
    watch(location, info.changes);
    emit currentChanged();
}

void TeamServerSession::watch(const ServerLocation &location, qint64 seen)
{
    delete m_watcher;
    m_watcher = new model::ServerWatcher(location, this);
    model::ServerWatcher *watcher = m_watcher;
    connect(watcher, &model::ServerWatcher::changed, this, [this](qint64 counter, const QStringList &tables) {
        if (m_live)
            m_live->takeIn(counter, tables);
        else
            m_banner->markChanged();
    });
    // Edits made while the server was away go as soon as it is back.
    connect(watcher, &model::ServerWatcher::reconnected, this, [this] {
        if (m_live)
            m_live->send();
    });
    connect(watcher, &model::ServerWatcher::connectionLost, m_banner, &ServerBanner::markConnectionLost);
    connect(watcher, &model::ServerWatcher::reconnected, m_banner, &ServerBanner::markReconnected);
    connect(watcher, &model::ServerWatcher::hereChanged, m_banner, &ServerBanner::setHere);
    watcher->setDisplayName(m_window.document().author());
    if (watcher->start(seen))
        return;
    // The watcher reconnects by itself only once it ran: until then, try again now and then.
    // This timer stays: it is a retry delay before a new connection attempt on this thread (the
    // watcher's connection belongs to it), not a poll of another thread's progress.
    m_banner->markConnectionLost(watcher->errorString());
    auto *retry = new QTimer(watcher);
    retry->setInterval(kWatcherRetryMs);
    connect(retry, &QTimer::timeout, watcher, [this, watcher, retry, seen] {
        if (!watcher->start(seen))
            return;
        retry->deleteLater();
        m_banner->markReconnected();
    });
    retry->start();
}

void TeamServerSession::forget()
{
    if (!m_current)
        return;
    if (m_live) {
        m_live->send(); // a last try for what waits
        keepUnsent();
        // In step with the server: the next open reads this copy and catches up.
        if (m_live->unsent() == 0 && m_live->canEdit())
            ServerCache::writeState(m_currentPath, { m_currentReviewId, m_live->applied() });
    }
    delete m_live;
    delete m_watcher;
    m_current.reset();
    m_currentPath.clear();
    m_banner->hide();
    emit currentChanged();
}

void TeamServerSession::reload()
{
    if (!m_current || isBusy())
        return;
    const bool localChanges
        = m_live ? m_live->unsent() > 0 || !m_live->canEdit() : !m_window.document().undoStack()->isClean();
    if (localChanges && !m_window.document().undoStack()->isClean()
        && QMessageBox::question(&m_window, tr("Reload from the team server"),
               tr("Reloading replaces this copy, with the changes you made to it, by the server's "
                  "review as it is now. Reload?"))
            != QMessageBox::Yes)
        return;
    open(*m_current);
}

void TeamServerSession::importStarting()
{
    if (m_live)
        m_live->importStarting();
}

void TeamServerSession::importFinished(const QString &sourceName)
{
    if (!m_live)
        return;
    QString error;
    if (!m_live->importFinished(&error))
        report(false, tr("Import not sent to the team server"),
            tr("%1 was imported into your copy of %2 only: the team server did not take it (%3).")
                .arg(sourceName, m_current->review(), error));
}

void TeamServerSession::keepUnsent()
{
    const int unsent = m_live->unsent();
    if (unsent == 0)
        return;
    // The cached copy is replaced by the next pull: these edits must live elsewhere.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QDir(folder.isEmpty() ? QDir::homePath() : folder)
              .filePath(QStringLiteral("%1 (not sent %2).faultless")
                            .arg(m_current->review(),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"))));
    QString error;
    if (model::ReviewCopy::vacuumInto(m_window.document().store(), path, &error))
        report(false, tr("Changes not saved on the team server"),
            tr("%n change(s) to %1 could not be saved on the team server. This copy of the review, with "
               "them, "
               "is kept as %2.",
                nullptr, unsent)
                .arg(m_current->review(), QDir::toNativeSeparators(path)));
    else
        report(false, tr("Changes not saved on the team server"),
            tr("%n change(s) to %1 could not be saved on the team server, and keeping them in %2 failed: %3",
                nullptr, unsent)
                .arg(m_current->review(), QDir::toNativeSeparators(path), error));
}

// Told in a window-modal box that does not wait: the job's ending returns at once.
void TeamServerSession::report(bool ok, const QString &title, const QString &message)
{
    if (!ok)
        m_lastError = message;
    auto *box = new QMessageBox(
        ok ? QMessageBox::Information : QMessageBox::Warning, title, message, QMessageBox::Ok, &m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace faultless::views
