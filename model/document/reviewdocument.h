#pragma once

#include "analysis/timelineindex.h"
#include "document/textindexer.h"
#include "store/reviewstore.h"

#include <QObject>
#include <QTimeZone>
#include <QUndoStack>

namespace faultless::model {

// The open review as the application sees it: the store (this thread's connection), the undo
// stack every edit goes through, and the in-memory timeline index. There is no global document:
// each main window owns one, and models and views get it passed in (docs/architecture.md, "How an edit
// flows").
//
// How an edit flows: a view calls a function of a commands facade (commands/*.h), which pushes a
// QUndoCommand onto undoStack(); its redo()/undo() write to the store inside a transaction
// (so every completed edit is on disk — autosave is implicit) and then call notify(), and item
// models listening to changed() refresh. Undo and redo emit the same notifications.
class ReviewDocument : public QObject
{
    Q_OBJECT
public:
    // What changed; `id` names the row where one is affected (0 = many).
    enum class Area {
        Meta,
        Sources,
        Events, // the set of events (import, removal, clock skew, manual events): reload the index
        Event, // one event's fields (highlight, phase, text): id = event id
        Annotations, // id = event id
        Tags, // id = event id
        Factors,
        Categories,
        Narratives,
        Participants,
        Questions,
        Opportunities,
        Learnings,
        Disputes,
        Agreement,
        SearchIndex, // events became searchable (an import's text, indexed after its events)
    };
    Q_ENUM(Area)

    explicit ReviewDocument(QObject *parent = nullptr);
    ~ReviewDocument() override;

    bool create(const QString &path, const QString &title, const QString &zoneId);
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_store.isOpen(); }
    // The open document cannot be saved to: the file or its folder is not writable, or SQLite
    // opened it read-only. Such a document opens for reading (with PRAGMA query_only, so no edit
    // even tries to write); readOnlyReason() says why, naming the file, for the window to show.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Why the document at `path` cannot be written, or an empty string when it can. SQLite's WAL
    // mode needs the -wal and -shm files beside the document, so the folder counts too unless
    // both exist and are writable. `connectionReadOnly`: SQLite opened the connection read-only
    // (it falls back to that silently when the file cannot be opened for writing, and it is the
    // only check that holds for root, whom file permissions do not stop).
    static QString readOnlyReasonFor(const QString &path, bool connectionReadOnly = false);
    // The same for an open store, first with the reason the store itself opened a read-only
    // snapshot (a read-only folder, another database's -wal beside the document).
    static QString readOnlyReasonFor(const ReviewStore &store);
    QString path() const { return m_store.path(); }
    QString errorString() const { return m_error; }

    ReviewStore &store() { return m_store; }
    const ReviewStore &store() const { return m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // The search index lacks some events' text still (a team review's first open indexes it in
    // the background): a search finds only the indexed events until Area::SearchIndex is
    // signalled.
    bool isIndexingText() const { return m_textIndexer.isRunning(); }
    const TimelineIndex &timeline() const { return m_timeline; }
    TimelineIndex &timeline() { return m_timeline; }
    QTimeZone timeZone() const { return m_zone; }
    QString title() const;

    // Who is editing: recorded with annotations, factors, narratives.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // Called by commands after they wrote; reloads the timeline index for Area::Events.
    void notify(Area area, qint64 id = 0);
    // The same for a change that is already recorded as an edit, or none (an import's events,
    // its text in the search index): nothing is written, so it does not wait for a writer.
    void refresh(Area area, qint64 id = 0) { reloadAndSignal(area, id, false); }
    // For commands that fail to write (disk full, locked): reported to the user, never silent.
    void reportError(const QString &message);
    int errorCount() const { return m_errorCount; }

signals:
    void opened();
    void aboutToClose();
    void changed(faultless::model::ReviewDocument::Area area, qint64 id);
    void errorOccurred(const QString &message);

private:
    void reloadAndSignal(Area area, qint64 id, bool edited);

    ReviewStore m_store;
    QUndoStack m_undoStack;
    TimelineIndex m_timeline;
    TextIndexer m_textIndexer;
    QTimeZone m_zone;
    QString m_author;
    QString m_error;
    QString m_readOnlyReason;
    int m_errorCount = 0;
};

} // namespace faultless::model
