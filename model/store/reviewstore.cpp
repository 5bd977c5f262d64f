#include "reviewstore.h"

#include "store/eventwriter.h"
#include "store/schema.h"
#include "store/taxonomy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace faultless::model {

namespace {
// Qt SQL binds a null QString as SQL NULL; our text columns are NOT NULL with '' meaning "none".
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return v;
}

// Reads the first `size` bytes of the connection's main database file (`journal`: of its -wal)
// through SQLite's own descriptor. A descriptor of our own would drop every lock this process
// holds on the file when it is closed (POSIX fcntl locks belong to the process and the file).
// Empty when the file is not open or shorter than `size`.
QByteArray readThroughSqlite(sqlite3 *db, bool journal, int size)
{
    sqlite3_file *file = nullptr;
    const int op = journal ? SQLITE_FCNTL_JOURNAL_POINTER : SQLITE_FCNTL_FILE_POINTER;
    if (!db || sqlite3_file_control(db, "main", op, &file) != SQLITE_OK || !file || !file->pMethods)
        return {};
    QByteArray bytes(size, '\0');
    if (file->pMethods->xRead(file, bytes.data(), size, 0) != SQLITE_OK)
        return {};
    return bytes;
}

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

// sqlite_master as a map from object name (unique across types) to the object; false when it
// cannot be read.
bool readSchema(sqlite3 *db, QHash<QString, SchemaObject> *objects)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_master", -1, &stmt, nullptr)
        != SQLITE_OK)
        return false;
    auto text = [stmt](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
    };
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        // Runs of white space are one space: SQLite keeps a statement's text as it was written.
        const QString sql = text(3).simplified();
        objects->insert(text(1), { text(0), text(1), text(2), sql });
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// The schema objects that the first `version` migration steps create, built once per version in
// an in-memory database by the same steps that build every document. False when they cannot be.
bool expectedSchema(int version, QHash<QString, SchemaObject> *objects)
{
    static QMutex mutex;
    static QHash<int, QHash<QString, SchemaObject>> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend()) {
        *objects = *it;
        return true;
    }
    sqlite3 *db = nullptr;
    bool ok
        = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    const auto &steps = schema::migrations();
    for (int v = 0; ok && v < version && v < steps.size(); ++v) {
        for (const QString &sql : steps.at(v))
            ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ok = ok && readSchema(db, objects);
    sqlite3_close(db);
    if (ok)
        cache.insert(version, *objects);
    return ok;
}

// FTS5 keeps its index in shadow tables whose definitions are FTS5's own and may differ between
// SQLite versions; they are plain tables (no view, no trigger), so only their kind is checked.
bool isFullTextShadowTable(const SchemaObject &object)
{
    return object.type == QLatin1String("table") && object.name.startsWith(QLatin1String("events_fts_"));
}

// A bulk import that runs alone writes with a rollback journal (EventWriter::BulkSettings); one
// that stopped half-way leaves it beside the file, and only a connection that may write can play
// it back (a read-only one refuses the file). Any SQLite program would do the same on its first
// read; the journal restores exactly the pages as they were before the import began.
void playBackInterruptedWrite(const QString &path)
{
    if (QFileInfo(path + QLatin1String("-journal")).size() <= 0 || !QFileInfo(path).isWritable())
        return;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

QString sqliteUri(const QString &path, const char *parameters)
{
    return QString::fromLatin1(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + '?' + parameters);
}
} // namespace

ReviewStore::ReviewStore()
    : m_connectionName(QStringLiteral("review-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // SQLite counts every allocation under one process-wide mutex for sqlite3_memory_used()
    // (SQLITE_CONFIG_MEMSTATUS, on by default), which nothing here reads. Two connections busy
    // on two threads, an import's inserts and its text index (TextIndexBuilder), then wait on
    // each other at every allocation: with the count, a 1M-line import took 7.4 s of CPU
    // instead of 4.6 s, most of the difference in pthread_mutex_lock (perf). It can only be
    // set before SQLite's first use; if something used it earlier, it is refused, harmlessly.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

ReviewStore::~ReviewStore()
{
    close();
}

bool ReviewStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ReviewStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *ReviewStore::handle() const
{
    const QVariant v = database().driver() ? database().driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool ReviewStore::isConnectionReadOnly() const
{
    sqlite3 *db = handle();
    return db && sqlite3_db_readonly(db, "main") == 1;
}

bool ReviewStore::refuseWrites()
{
    return exec(QStringLiteral("PRAGMA query_only=ON"));
}

void ReviewStore::setError(const QString &message)
{
    m_error = message;
}

void ReviewStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReviewStore::openConnection(const QString &path, Mode mode)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    switch (mode) {
    case Mode::ReadWrite:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        break;
    case Mode::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        break;
    case Mode::Snapshot:
        // immutable: SQLite reads the file alone, without the -wal and -shm it cannot have here,
        // and without locks (see openReadOnly() for when that is exactly the document).
        db.setDatabaseName(sqliteUri(path, "immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
    if (!db.open()) {
        setError(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        return false;
    }
    m_path = path;
    return true;
}

bool ReviewStore::configure()
{
    // WAL: readers (the GUI) and the import writer do not block each other, and a crash
    // mid-write leaves the last committed state intact.
    return exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

bool ReviewStore::create(const QString &path, const QString &title, const QString &zoneId)
{
    m_error.clear();
    if (QFileInfo::exists(path)) {
        setError(tr("%1 already exists").arg(path));
        return false;
    }
    if (!openConnection(path, Mode::ReadWrite))
        return false;
    // 16 KiB pages (SQLite's default is 4 KiB): a review is mostly one large table written in
    // bulk and read in long scans, where bigger pages halve the B-tree work of an import. Only
    // possible before the first write, so new documents get it and older ones keep theirs.
    if (!exec(QStringLiteral("PRAGMA page_size=16384"))
        || !exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)) || !configure()
        || !migrate()) {
        close();
        QFile::remove(path);
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(*this);
    setMeta(QStringLiteral("title"), title.isEmpty() ? QFileInfo(path).completeBaseName() : title);
    setMeta(
        QStringLiteral("time_zone"), QTimeZone(zoneId.toUtf8()).isValid() ? zoneId : QStringLiteral("UTC"));
    setMeta(QStringLiteral("created"), now);
    setMeta(QStringLiteral("edited"), now);
    setMeta(QStringLiteral("summary"), QString());
    seedDefaultTaxonomy(*this);
    return tx.commit();
}

bool ReviewStore::open(const QString &path, PendingText pendingText)
{
    m_error.clear();
    m_readOnlyReason.clear();
    // stat() only: no descriptor of the document is opened outside SQLite (see the header).
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(tr("%1 does not exist").arg(path));
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("%1 is not a readable file").arg(path));
        return false;
    }
    playBackInterruptedWrite(path);
    // Look before touching: SQLite writes to a foreign file as soon as we set WAL or migrate.
    if (!openReadOnly(path)) {
        close();
        return false;
    }
    if (!m_readOnlyReason.isEmpty()) {
        // A snapshot is read as it is: an older document cannot be upgraded without writing.
        if (schemaVersion() < schema::currentVersion()) {
            setError(
                tr("%1 was written by an older Faultless and must be upgraded before it can be read, which "
                   "needs write access. %2")
                    .arg(path, m_readOnlyReason));
            close();
            return false;
        }
        return true;
    }
    if (!openConnection(path, Mode::ReadWrite) || !configure() || !migrate()) {
        close();
        return false;
    }
    // An import that stopped between committing its events and indexing their text (a crash)
    // left their ids noted: they are indexed now, before anything can edit them.
    if (pendingText == PendingText::IndexNow && EventWriter::hasPendingText(*this)) {
        QString error;
        if (!EventWriter::indexPendingText(*this, &error)) {
            setError(
                tr("Cannot finish indexing the text of an interrupted import in %1: %2").arg(path, error));
            close();
            return false;
        }
    }
    return true;
}

bool ReviewStore::openReadOnly(const QString &path)
{
    if (!openConnection(path, Mode::ReadOnly) || !checkHeader())
        return false;
    QString snapshotReason;
    if (!walBelongsHere()) {
        // SQLite would read the other database's pages as this document's (it has no way to tell),
        // and the first writer would copy them into the file for good.
        snapshotReason
            = tr("The file %1-wal beside %1 belongs to another database (its pages have another size), "
                 "so it was left alone and the review opened read-only, as its own file holds it. To "
                 "edit the review, move %1-wal away and open the review again.")
                  .arg(path);
    } else if (validate()) {
        return true;
    } else {
        // SQLite cannot read a WAL document without creating its -shm, which a read-only folder
        // forbids. Without a -wal the file is the whole document, and no program can be writing
        // it (a writer needs its -wal there), so the file alone is exactly the document.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (QFileInfo(QFileInfo(path).absolutePath()).isWritable() || (wal.exists() && wal.size() > 0))
            return false;
        snapshotReason
            = tr("The folder of %1 is read-only, and saving a review needs to create files beside it: "
                 "the review opened read-only. To edit the review, save a copy to a writable folder.")
                  .arg(path);
    }
    m_error.clear();
    if (!openConnection(path, Mode::Snapshot) || !checkHeader() || !validate())
        return false;
    m_readOnlyReason = snapshotReason;
    return true;
}

bool ReviewStore::checkHeader()
{
    const QByteArray header = readThroughSqlite(handle(), false, 16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        setError(tr("%1 is not a Faultless review document (not an SQLite database)").arg(m_path));
        return false;
    }
    return true;
}

bool ReviewStore::walBelongsHere()
{
    // A first read makes SQLite open the -wal (and take it in, whatever it holds).
    scalar(QStringLiteral("PRAGMA application_id"));
    const QByteArray wal = readThroughSqlite(handle(), true, 32);
    const QByteArray file = readThroughSqlite(handle(), false, 18);
    if (wal.size() < 32 || file.size() < 18)
        return true; // no -wal, or an empty one: nothing to pair up
    const quint32 magic = qFromBigEndian<quint32>(wal.constData());
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return true; // not a WAL header: SQLite ignores the file
    // The page size cannot change while a document is in WAL mode: a log with pages of another
    // size is another database's. (Header bytes 16-17; 1 stands for 65536.)
    const quint32 filePageSize = qFromBigEndian<quint16>(file.constData() + 16);
    const quint32 walPageSize = qFromBigEndian<quint32>(wal.constData() + 8);
    return walPageSize == (filePageSize == 1 ? 65536u : filePageSize);
}

QString ReviewStore::walHint() const
{
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return {};
    return QLatin1Char(' ')
        + tr("(If %1-wal beside it was copied from another review or database, move it away and try again.)")
              .arg(m_path);
}

bool ReviewStore::validate()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        setError(tr("%1 is damaged or not a database: %2").arg(m_path, q.lastError().text()) + walHint());
        return false;
    }
    if (q.value(0).toInt() != ApplicationId) {
        setError(tr("%1 is an SQLite database but not a Faultless review document").arg(m_path) + walHint());
        return false;
    }
    const int version = schemaVersion();
    if (version > schema::currentVersion()) {
        setError(tr("%1 was written by a newer Faultless (document version %2; this version reads up to %3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(schema::currentVersion()));
        return false;
    }
    if (!validateSchema(version))
        return false;
    // quick_check reads every page: ~0.65 s at a million events, over the 1 s budget for opening.
    // Large documents get the cheap checks instead — the schema must be readable and the file as
    // long as its header says (a truncated copy is the usual damage); SQLite reports any other
    // damage on the page it meets, and the views show that error.
    const qint64 fileSize = QFileInfo(m_path).size();
    if (fileSize <= QuickCheckLimit) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            setError(tr("%1 is damaged: %2")
                         .arg(m_path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString())
                + walHint());
            return false;
        }
        return true;
    }
    const qint64 pages = scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    const qint64 pageSize = scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    const bool walHasPages = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next() || pages <= 0
        || (!walHasPages && pages * pageSize > fileSize)) {
        setError(tr("%1 is damaged: %2")
                     .arg(m_path,
                         q.lastError().isValid() ? q.lastError().text()
                                                 : tr("the file is shorter than its header says")));
        return false;
    }
    return true;
}

bool ReviewStore::validateSchema(int version)
{
    // A document's views and triggers run inside every read and write: one that is not ours (a
    // view rewritten into an endless recursive query, a trigger that deletes) would hang or
    // change what the review shows. Every object must be exactly what our migrations create.
    QHash<QString, SchemaObject> expected;
    if (!expectedSchema(version, &expected)) {
        setError(tr("Cannot check %1: this build cannot create the document schema").arg(m_path));
        return false;
    }
    QHash<QString, SchemaObject> actual;
    if (!readSchema(handle(), &actual)) {
        setError(tr("%1 is damaged: its schema cannot be read").arg(m_path) + walHint());
        return false;
    }
    for (const SchemaObject &object : std::as_const(actual)) {
        // The statistics ANALYZE keeps (SQLite allows no view or trigger of that name).
        if (object.name.startsWith(QLatin1String("sqlite_stat")) && object.type == QLatin1String("table"))
            continue;
        const auto ours = expected.constFind(object.name);
        const bool same = ours != expected.cend() && ours->type == object.type && ours->table == object.table
            && (ours->sql == object.sql || isFullTextShadowTable(object));
        if (!same) {
            setError(
                tr("%1 has been altered and is not opened: its %2 \"%3\" is not one that Faultless creates "
                   "(an altered view or trigger can hang or change every read)")
                    .arg(m_path, object.type, object.name)
                + walHint());
            return false;
        }
    }
    for (const SchemaObject &object : std::as_const(expected)) {
        if (!actual.contains(object.name)) {
            setError(tr("%1 is damaged: its %2 \"%3\" is missing").arg(m_path, object.type, object.name));
            return false;
        }
    }
    return true;
}

bool ReviewStore::migrate()
{
    const auto &steps = schema::migrations();
    for (int version = schemaVersion(); version < steps.size(); ++version) {
        Transaction tx(*this);
        for (const QString &sql : steps.at(version)) {
            if (!exec(sql)) {
                m_error = tr("Cannot upgrade %1 to document version %2: %3")
                              .arg(m_path)
                              .arg(version + 1)
                              .arg(m_error);
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1)) || !tx.commit())
            return false;
    }
    return true;
}

bool ReviewStore::createAtVersion(const QString &path, int version, QString *error)
{
    ReviewStore store;
    if (!store.openConnection(path, Mode::ReadWrite)) {
        if (error)
            *error = store.errorString();
        return false;
    }
    store.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
    store.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    const auto &steps = schema::migrations();
    for (int v = 0; v < version && v < steps.size(); ++v) {
        for (const QString &sql : steps.at(v)) {
            if (!store.exec(sql)) {
                if (error)
                    *error = store.errorString();
                return false;
            }
        }
        store.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
    }
    return true;
}

bool ReviewStore::isDocumentFile(const QString &candidate, const QString &reviewPath)
{
    const QString target = QFileInfo(candidate).canonicalFilePath();
    if (target.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    struct stat candidateStat;
    const bool haveStat = ::stat(QFile::encodeName(candidate).constData(), &candidateStat) == 0;
#endif
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString file = reviewPath + QLatin1String(suffix);
        if (QFileInfo(file).canonicalFilePath() == target)
            return true;
#ifdef Q_OS_UNIX
        // A hard link has another path but the same file (and the same locks).
        struct stat fileStat;
        if (haveStat && ::stat(QFile::encodeName(file).constData(), &fileStat) == 0
            && fileStat.st_dev == candidateStat.st_dev && fileStat.st_ino == candidateStat.st_ino)
            return true;
#endif
    }
    return false;
}

int ReviewStore::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool ReviewStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        setError(q.lastError().text() + QLatin1String(" [") + sql.left(80) + QLatin1Char(']'));
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec()) {
        setError(q.lastError().text() + QLatin1String(" [") + sql.left(80) + QLatin1Char(']'));
        return false;
    }
    m_lastInsertId = q.lastInsertId().toLongLong();
    return true;
}

QVariant ReviewStore::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QString ReviewStore::meta(const QString &key, const QString &fallback) const
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    return v.isValid() ? v.toString() : fallback;
}

bool ReviewStore::setMeta(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

QString ReviewStore::title() const
{
    return meta(QStringLiteral("title"));
}

QTimeZone ReviewStore::timeZone() const
{
    const QTimeZone zone(meta(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

ReviewStore::Transaction::Transaction(ReviewStore &store)
    : m_store(store)
    , m_savepoint(QStringLiteral("sp%1").arg(store.m_transactionDepth))
{
    // The outermost transaction takes the write lock at once, waiting out another writer with
    // the busy timeout. Deferred, it read first and asked for the lock at its first write; had
    // another connection (the background text indexer, another program) committed in between,
    // SQLite refused that write at once (SQLITE_BUSY_SNAPSHOT, which no timeout waits out) and
    // the edit failed with "database is locked" (tst_reviewpractice: 2 runs in 20). A store that
    // cannot write keeps the deferred transaction, whose writes fail as they always did.
    if (m_store.m_transactionDepth == 0 && m_store.handle() && sqlite3_get_autocommit(m_store.handle()))
        m_began = sqlite3_exec(m_store.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    // Savepoints nest, so a command that runs inside an import's transaction still works.
    m_store.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    ++m_store.m_transactionDepth;
}

ReviewStore::Transaction::~Transaction()
{
    if (!m_done) {
        m_store.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        m_store.exec(QStringLiteral("RELEASE ") + m_savepoint);
        --m_store.m_transactionDepth;
        if (m_began)
            sqlite3_exec(m_store.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

bool ReviewStore::Transaction::commit()
{
    if (m_done)
        return false;
    m_done = true;
    --m_store.m_transactionDepth;
    const bool released = m_store.exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (!m_began)
        return released;
    if (released && m_store.exec(QStringLiteral("COMMIT")))
        return true;
    sqlite3_exec(m_store.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

QSqlQuery ReviewStore::read(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok && error && error->isEmpty())
        *error = q.lastError().text();
    return q;
}

QVariant ReviewStore::idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant ReviewStore::rowId(const QString &table, qint64 id) const
{
    if (id != 0 || m_idBlockFirst <= 0)
        return idOrNull(id);
    // Asked each time rather than counted here: the block's rows are the ones in the file, also
    // after an undo removed some or a reopen forgot any counter.
    const qint64 next = scalar(
        QStringLiteral("SELECT coalesce(max(id), ? - 1) + 1 FROM %1 WHERE id BETWEEN ? AND ?").arg(table),
        { m_idBlockFirst, m_idBlockFirst, m_idBlockLast })
                            .toLongLong();
    return next >= m_idBlockFirst && next <= m_idBlockLast ? QVariant(next) : idOrNull(0);
}

void ReviewStore::setIdBlock(qint64 first, qint64 last)
{
    m_idBlockFirst = first;
    m_idBlockLast = last;
}

QList<qint64> ReviewStore::idsFromList(const QString &commaSeparated)
{
    QList<qint64> ids;
    for (const QString &id : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

} // namespace faultless::model
