#include "reviewstore.h"

#include "store/eventwriter.h"
#include "store/schema.h"
#include "store/taxonomy.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace faultless::model {

namespace {
// Qt SQL binds a null QString as SQL NULL; our text columns are NOT NULL with '' meaning "none".
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString::fromLatin1(""));
    return v;
}
} // namespace

ReviewStore::ReviewStore()
    : m_connectionName(QStringLiteral("review-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
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

bool ReviewStore::openConnection(const QString &path, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
    if (!openConnection(path, false))
        return false;
    // 16 KiB pages (SQLite's default is 4 KiB): a review is mostly one large table written in
    // bulk and read in long scans, where bigger pages halve the B-tree work of an import. Only
    // possible before the first write, so new documents get it and older ones keep theirs.
    if (!exec(QStringLiteral("PRAGMA page_size=16384"))
        || !exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)) || !configure() || !migrate()) {
        close();
        QFile::remove(path);
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(*this);
    setMeta(QStringLiteral("title"), title.isEmpty() ? QFileInfo(path).completeBaseName() : title);
    setMeta(QStringLiteral("time_zone"), QTimeZone(zoneId.toUtf8()).isValid() ? zoneId : QStringLiteral("UTC"));
    setMeta(QStringLiteral("created"), now);
    setMeta(QStringLiteral("edited"), now);
    setMeta(QStringLiteral("summary"), QString());
    seedDefaultTaxonomy(*this);
    return tx.commit();
}

bool ReviewStore::open(const QString &path)
{
    m_error.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(tr("%1 does not exist").arg(path));
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("%1 is not a readable file").arg(path));
        return false;
    }
    // Look before touching: SQLite writes to a foreign file as soon as we set WAL or migrate.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return false;
        }
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16)) {
            setError(tr("%1 is not a Faultless review document (not an SQLite database)").arg(path));
            return false;
        }
    }
    if (!openConnection(path, true) || !validate()) {
        close();
        return false;
    }
    if (!openConnection(path, false) || !configure() || !migrate()) {
        close();
        return false;
    }
    // An import that stopped between committing its events and indexing their text (a crash)
    // left their ids noted: they are indexed now, before anything can edit them.
    if (EventWriter::hasPendingText(*this)) {
        QString error;
        if (!EventWriter::indexPendingText(*this, &error)) {
            setError(tr("Cannot finish indexing the text of an interrupted import in %1: %2").arg(path, error));
            close();
            return false;
        }
    }
    return true;
}

bool ReviewStore::validate()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        setError(tr("%1 is damaged or not a database: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    if (q.value(0).toInt() != ApplicationId) {
        setError(tr("%1 is an SQLite database but not a Faultless review document").arg(m_path));
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
    // quick_check reads every page: ~0.65 s at a million events, over the 1 s budget for opening.
    // Large documents get the cheap checks instead — the schema must be readable and the file as
    // long as its header says (a truncated copy is the usual damage); SQLite reports any other
    // damage on the page it meets, and the views show that error.
    const qint64 fileSize = QFileInfo(m_path).size();
    if (fileSize <= QuickCheckLimit) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            setError(tr("%1 is damaged: %2")
                         .arg(m_path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
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
                     .arg(m_path, q.lastError().isValid() ? q.lastError().text() : tr("the file is shorter than its header says")));
        return false;
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
                m_error = tr("Cannot upgrade %1 to document version %2: %3").arg(m_path).arg(version + 1).arg(m_error);
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
    if (!store.openConnection(path, false)) {
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
    const QVariant v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

bool ReviewStore::setMeta(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
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
    }
}

bool ReviewStore::Transaction::commit()
{
    if (m_done)
        return false;
    m_done = true;
    --m_store.m_transactionDepth;
    return m_store.exec(QStringLiteral("RELEASE ") + m_savepoint);
}

} // namespace faultless::model
