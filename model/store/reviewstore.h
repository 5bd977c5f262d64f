#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

struct sqlite3;

namespace faultless::model {

// The review document: one SQLite file (`.faultless`) opened through Qt SQL. One instance is one
// connection and belongs to the thread that opened it (SQLite connections must not be shared
// across threads through Qt SQL); an import on a worker thread opens its own ReviewStore on the
// same file. Every write runs in a transaction, the journal is WAL, and a killed process loses
// nothing that was committed.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)
public:
    static constexpr qint32 ApplicationId = 0x464c5452; // "FLTR": tells our files from other SQLite files
    // Documents up to this size get a full PRAGMA quick_check when opened.
    static constexpr qint64 QuickCheckLimit = 64ll * 1024 * 1024;

    ReviewStore();
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    // Creates a new document; fails if `path` exists.
    bool create(
        const QString &path, const QString &title = {}, const QString &zoneId = QStringLiteral("UTC"));
    // Opens an existing document, migrating it forward. Fails without writing to the file when it
    // is not a SQLite database, not a Faultless document, damaged, altered (a schema object that
    // is not ours), or from a newer version. Opens no file of the document outside SQLite: on
    // POSIX, closing any descriptor of a file drops every lock this process holds on it, and
    // another program would then take this process's -wal for its own to checkpoint and delete.
    // A document that SQLite cannot open for writing opens as a read-only snapshot when that is
    // exactly the document (see readOnlyReason()).
    // Text whose indexing for search an import or a pull left pending is indexed by open()
    // (PendingText::IndexNow) or left to the caller (Leave), which then works it off with
    // EventWriter::indexPendingText() in the background, as the app does.
    enum class PendingText { IndexNow, Leave };
    bool open(const QString &path, PendingText pendingText = PendingText::IndexNow);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // Why open() could only give a read-only snapshot of the document (its folder is read-only,
    // or the -wal beside it belongs to another database), naming the file; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether SQLite opened the connection read-only (it falls back to that silently when the file
    // cannot be opened for writing).
    bool isConnectionReadOnly() const;
    // Makes SQLite refuse every write statement from here on ("attempt to write a readonly
    // database"), for a document that opened read-only.
    bool refuseWrites();

    // Whether `candidate` is the document at `reviewPath` or one of SQLite's files beside it
    // (-wal, -shm, -journal), which must never be opened outside SQLite (see open()): for
    // importers and the archive, which read files that a review names.
    static bool isDocumentFile(const QString &candidate, const QString &reviewPath);

    QSqlDatabase database() const;
    // The raw handle for the bulk paths (import, timeline index) where Qt SQL's per-row
    // QVariant boxing costs more than the budget allows.
    sqlite3 *handle() const;
    int schemaVersion() const;

    QString meta(const QString &key, const QString &fallback = {}) const;
    bool setMeta(const QString &key, const QString &value);
    QString title() const;
    QTimeZone timeZone() const;

    // Runs one statement with bound values; false and errorString() on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    qint64 lastInsertId() const { return m_lastInsertId; }
    // A read for the typed stores: forward only, values bound. On failure the query has no rows
    // and `error` gets the database's message unless it already holds an earlier one (a report
    // reads on after a failure and tells the first).
    QSqlQuery read(const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const;
    // An id to bind: NULL for 0, which nullable id columns use for "none".
    static QVariant idOrNull(qint64 id);
    // Ids as SQLite's group_concat() gives them ("3,5,8").
    static QList<qint64> idsFromList(const QString &commaSeparated);
    // The id to give a new row of `table`: `id` itself when the caller knows it (a redo, a
    // restore); otherwise NULL, for SQLite to take the next after the largest, or, in a copy of
    // a team review, the next free id of this client's block (setIdBlock()).
    QVariant rowId(const QString &table, qint64 id) const;
    // A team review's copy: rows added here take ids in [first, last], a range that no other
    // client is given, so two reviewers adding a factor at once never both send factor 12
    // (docs/team-server.md, "Live editing"). A spent block falls back to SQLite's choice.
    void setIdBlock(qint64 first, qint64 last);

    // RAII transaction: rolls back unless commit() was called. Nests by savepoints.
    class Transaction
    {
    public:
        explicit Transaction(ReviewStore &store);
        ~Transaction();
        bool commit();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        ReviewStore &m_store;
        QString m_savepoint;
        bool m_began = false; // the outermost: BEGIN IMMEDIATE, ended by COMMIT or ROLLBACK
        bool m_done = false;
    };

    // For tests of the migration path: a document as version `version` of the schema wrote it.
    static bool createAtVersion(const QString &path, int version, QString *error);

private:
    enum class Mode { ReadWrite, ReadOnly, Snapshot };
    bool openConnection(const QString &path, Mode mode);
    bool openReadOnly(const QString &path);
    bool validate();
    bool checkHeader();
    bool walBelongsHere();
    bool validateSchema(int version);
    QString walHint() const;
    bool migrate();
    bool configure();
    void setError(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_readOnlyReason;
    qint64 m_lastInsertId = 0;
    qint64 m_idBlockFirst = 0;
    qint64 m_idBlockLast = 0;
    int m_transactionDepth = 0;
};

} // namespace faultless::model
