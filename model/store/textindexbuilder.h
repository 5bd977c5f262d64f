#pragma once

#include <QByteArray>
#include <QFuture>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace faultless::model {

// The full-text index of a review's first bulk import, built on a thread of its own while the
// writer inserts the events. SQLite lets one connection at a time write a file, so in the
// document the index waits for the inserts: a third of a 1M-line import, on one core while the
// other idles. Built in a private temporary database instead, it runs beside them, and is copied
// into the document at the end.
//
// FTS5 cannot merge two indexes, so the copy replaces the document's index. That is right only
// when the index holds nothing a reader needs: the document has no events before the import
// (a new review's first import) and no text waits to be indexed. start() checks both; every
// other import indexes its text in the document as before (EventWriter::finish()).
//
// Only the writer uses it: add() and finish() from the thread that inserts, the private
// database from the builder's thread in between.
class TextIndexBuilder
{
public:
    // A running builder for an import into `document`, or null when the document's index must
    // be kept (it may hold entries) or the private database cannot be made.
    static std::unique_ptr<TextIndexBuilder> startFor(sqlite3 *document, bool textPending);
    ~TextIndexBuilder(); // stops and waits for the builder's thread
    TextIndexBuilder(const TextIndexBuilder &) = delete;
    TextIndexBuilder &operator=(const TextIndexBuilder &) = delete;

    // The text of one inserted event, as the events_search view gives it: text, a newline, actor.
    void add(qint64 id, const QByteArray &text, const QByteArray &actor);
    // Waits until every event added is in the private index; false with `error` when it is not.
    bool finish(QString *error);
    // Replaces the document's full-text index by the one built, in the caller's transaction,
    // keeping the index's settings (events_fts_config). On failure nothing of it is changed.
    bool install(sqlite3 *document, QString *error);

private:
    // Events in the order added; event i's text is bytes[ends[i - 1], ends[i]).
    struct Batch
    {
        std::vector<qint64> ids;
        std::vector<qsizetype> ends;
        QByteArray bytes;
    };
    explicit TextIndexBuilder(QByteArray declaration);
    bool open();
    void build();
    bool insertBatch(const Batch &batch);
    void push(Batch &&batch);
    bool copyTables(sqlite3 *document);
    void fail(const QString &what);

    QByteArray m_declaration; // the document's CREATE VIRTUAL TABLE events_fts statement
    sqlite3 *m_side = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    Batch m_filling; // the writer's
    QThreadPool m_thread; // one thread of its own: the global pool may be busy with the import
    QFuture<void> m_building;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Batch> m_queue; // guarded by m_mutex, as are the three below
    bool m_closed = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace faultless::model
