#pragma once

#include "document/reviewdocument.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serversync.h"
#include "teamserver/conflictdialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace faultless::views {

// The window's live link to a team review it shows a copy of (docs/team-server.md, "Live
// editing"): every edit the window makes is sent to the server as soon as it is written (one
// server transaction per batch, with a retry while the server cannot be reached), and every
// change others make, as the watcher reports it, is taken into the copy and shown by the
// window's models within the watcher's second. A save that meets someone else's newer save of
// the same row is held back and shown with both versions for the reviewer to choose.
class LiveEditing : public QObject
{
    Q_OBJECT
public:
    LiveEditing(model::ReviewDocument &document, QWidget *dialogParent, QObject *parent = nullptr);
    ~LiveEditing() override;

    // Connects, takes a block of ids and starts recording the copy's edits. `seen` is the change
    // counter the copy was pulled at.
    bool start(const model::ServerLocation &location, qint64 seen);
    QString errorString() const { return m_error; }
    bool canEdit() const { return m_canEdit; }
    // Edits made here and not yet on the server.
    int unsent() const;
    // The change counter the copy holds every change up to.
    qint64 applied() const { return m_applied; }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

    // An import into the copy (on a connection of its own, so not recorded as edits) goes to the
    // server as a whole once it is written: between these two calls.
    void importStarting();
    bool importFinished(QString *error);

    // The watcher's report: changes up to `counter` touched `tables`.
    void takeIn(qint64 counter, const QStringList &tables);
    // Sends what is waiting now (also called by itself after every edit).
    void send();

signals:
    // After each attempt to send: how many edits still wait, and why (empty when all arrived).
    void sendState(int unsent, const QString &reason);
    // Others changed what a copy does not take in live (an import): the window offers a reload.
    void reloadNeeded();
    // A save met a newer one; the dialog is open (tests).
    void conflictShown();

private:
    void scheduleSend();
    void showConflict(const model::ServerSync::Conflict &conflict);
    void resolveConflict(bool keepMine);
    void refreshModels(const QStringList &tables, const QList<qint64> &events, bool eventsAdded);

    model::ReviewDocument &m_document;
    QWidget *m_dialogParent;
    model::ServerReview m_server;
    std::unique_ptr<model::ServerSync> m_sync;
    model::ServerSync::Conflict m_conflict;
    QPointer<ConflictDialog> m_conflictDialog;
    QTimer m_retry;
    QStringList m_waitingTables; // reported while edits of ours were unsent
    qint64 m_applied = 0; // the change counter the copy holds everything up to
    qint64 m_waitingCounter = 0;
    model::ServerReview::Baseline m_importBaseline;
    qint64 m_ownImportsUpTo = 0; // our own imports' changes need no reload
    int m_undoIndex = 0; // where the undo stack stood: a step back is an undo
    bool m_undoing = false; // what waits to be sent includes an undo
    bool m_sendScheduled = false;
    bool m_canEdit = false;
    QString m_error;
};

} // namespace faultless::views
