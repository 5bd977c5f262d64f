#include "serverreview.h"

#include "store/copyoutreader.h"
#include "store/eventwriter.h"
#include "store/libpq.h"
#include "store/pgcopy.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "store/serverschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace faultless::model {

namespace {

// Rows are sent to the server in chunks of this size: large enough that the per-call cost of
// libpq vanishes, small enough to keep memory flat at a million events.
constexpr qsizetype CopyChunk = 1 << 20;

QString schemaOf(qint64 reviewId)
{
    return QStringLiteral("review_%1").arg(reviewId);
}

// The columns of `table` in a local document, in their declared order, with whether each holds
// bytes (BLOB) rather than text or integers.
struct Column
{
    QString name;
    bool bytes = false;
    bool integer = false;
};

QList<Column> localColumns(const ReviewStore &store, const QString &table)
{
    QList<Column> columns;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return columns;
    while (q.next()) {
        const QString type = q.value(2).toString();
        columns.append({ q.value(1).toString(), type.compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0,
            type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0 });
    }
    return columns;
}

QString columnList(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns)
        names.append(c.name);
    return names.join(QLatin1Char(','));
}

// Inserts the rows read from COPY into one table of the copy, several rows per statement:
// SQLite opens the cursors of the table and of each of its indexes once per statement, not
// once per row. Text is bound in place (SQLITE_STATIC): the rows' buffers outlive the step.
// Integers are bound as numbers where they are plain ones, sparing SQLite the conversion of
// text for the column's affinity (what it stores is the same).
class RowInserter
{
public:
    RowInserter(sqlite3 *db, const QString &table, const QList<Column> &columns)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        // Within SQLite's oldest limit of 999 parameters a statement.
        , m_rowsPerStatement(std::clamp(999 / std::max<int>(1, int(columns.size())), 1, 32))
    {
        m_one = prepare(1);
        m_many = m_one ? prepare(m_rowsPerStatement) : nullptr;
    }
    ~RowInserter()
    {
        sqlite3_finalize(m_one);
        sqlite3_finalize(m_many);
    }
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;
    QString error() const { return m_many ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // Inserts `count` rows, each of the table's columns, that follow each other from `rows`;
    // an empty string when done, else why not.
    QString insert(const CopyOutReader::Value *rows, qsizetype count)
    {
        QString failure;
        const qsizetype width = m_columns.size();
        qsizetype r = 0;
        for (; r + m_rowsPerStatement <= count && failure.isEmpty(); r += m_rowsPerStatement)
            failure = run(m_many, rows + r * width, m_rowsPerStatement);
        for (; r < count && failure.isEmpty(); ++r)
            failure = run(m_one, rows + r * width, 1);
        return failure;
    }

private:
    sqlite3_stmt *prepare(int rows) const
    {
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString values = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all.append(values);
        const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                                   .arg(m_table, columnList(m_columns), all.join(QLatin1Char(',')))
                                   .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            return nullptr;
        return statement;
    }

    QString run(sqlite3_stmt *statement, const CopyOutReader::Value *rows, int count)
    {
        QString failure;
        const int width = int(m_columns.size());
        for (int i = 0; i < count * width && failure.isEmpty(); ++i)
            failure = bind(statement, i + 1, m_columns.at(i % width), rows[i]);
        if (failure.isEmpty() && sqlite3_step(statement) != SQLITE_DONE)
            failure = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
        return failure;
    }

    QString bind(
        sqlite3_stmt *statement, int parameter, const Column &column, const CopyOutReader::Value &value)
    {
        const pgcopy::FieldView &f = value.text;
        if (f.null) {
            sqlite3_bind_null(statement, parameter);
        } else if (column.bytes) {
            const auto bytes = pgcopy::decodeBytes(QByteArray::fromRawData(f.data, f.size));
            if (!bytes)
                return ServerReview::tr("the server sent bytes of \"%1\" that cannot be read").arg(m_table);
            sqlite3_bind_blob64(statement, parameter, bytes->constData(), bytes->size(), SQLITE_TRANSIENT);
        } else if (value.number) {
            sqlite3_bind_int64(statement, parameter, *value.number);
        } else {
            sqlite3_bind_text64(statement, parameter, f.data, f.size, SQLITE_STATIC, SQLITE_UTF8);
        }
        return {};
    }

    sqlite3 *m_db;
    QString m_table;
    QList<Column> m_columns;
    int m_rowsPerStatement;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_many = nullptr;
};

} // namespace

// The number of events per source and kind, counted as the rows are copied: the copy runs
// without event_counts' triggers (a sub-program per row), and counting the copied table
// afterwards (GROUP BY) cost a tenth of a 1M-event pull. A row whose source or kind is not a
// plain integer makes the tally inexact, and the table is then counted after all.
class ServerReview::EventTally
{
public:
    explicit EventTally(const QList<Column> &columns)
    {
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).name == QLatin1String("source_id"))
                m_source = c;
            else if (columns.at(c).name == QLatin1String("kind"))
                m_kind = c;
        }
        m_exact = m_source >= 0 && m_kind >= 0;
    }
    void add(const CopyOutReader::Value *row)
    {
        if (!m_exact)
            return;
        const CopyOutReader::Value &source = row[m_source];
        const CopyOutReader::Value &kind = row[m_kind];
        const auto sourceId = source.text.null ? std::optional<qint64>(0) : source.number;
        if (!sourceId || !kind.number)
            m_exact = false;
        else
            ++m_counts[{ *sourceId, *kind.number }];
    }
    bool exact() const { return m_exact; }
    const std::map<std::pair<qint64, qint64>, qint64> &counts() const { return m_counts; }

private:
    int m_source = -1;
    int m_kind = -1;
    bool m_exact = false;
    std::map<std::pair<qint64, qint64>, qint64> m_counts;
};

ServerReview::ServerReview()
    : m_connectionName(
        QStringLiteral("faultless-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ServerReview::~ServerReview()
{
    disconnect();
}

bool ServerReview::connect(const ServerLocation &location)
{
    disconnect();
    m_error.clear();
    m_location = location;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(tr("the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(location.host());
    if (location.port() > 0)
        db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user());
    db.setConnectOptions(location.connectOptions());
    if (!db.open()) {
        setError(tr("cannot connect to %1: %2").arg(location.toString(), db.lastError().text()));
        return false;
    }
    // Notices ("schema already exists, skipping") are libpq's to print on standard error; they
    // are not for the user.
    if (!run(QStringLiteral("SET client_min_messages TO warning")))
        return false;
    // Two programs creating the catalog at once: the advisory lock makes the second wait and
    // then find it there.
    if (!db.transaction())
        return false;
    bool ok = run(QStringLiteral("SELECT pg_advisory_xact_lock(4649538)"));
    // Only created where missing: a reader may not create anything, and need not.
    const bool hasCatalog
        = ok && !scalar(QStringLiteral("SELECT to_regclass('faultless.id_blocks')")).isNull();
    for (const QString &sql : serverschema::catalog())
        ok = ok && (hasCatalog || run(sql));
    if (!ok || !db.commit()) {
        db.rollback();
        if (m_error.isEmpty())
            setError(serverError());
        return false;
    }
    return true;
}

void ServerReview::disconnect()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ServerReview::serverError() const
{
    return QSqlDatabase::database(m_connectionName, false).lastError().text();
}

// Statements without values run unprepared: QPSQL prepares through PREPARE, which takes no
// DDL (CREATE SCHEMA, CREATE TABLE) and costs a round trip.
static bool execute(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

bool ServerReview::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (execute(q, sql, values))
        return true;
    setError(tr("server error: %1").arg(q.lastError().text()));
    return false;
}

QVariant ServerReview::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execute(q, sql, values)) {
        setError(tr("server error: %1").arg(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

PGconn *ServerReview::pgHandle() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type after libpq's struct ("pg_conn*"); older releases said "PGconn*".
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    // The driver's libpq gave the handle; its functions are looked up there (store/libpq.h).
    return LibPq::get() ? *static_cast<PGconn *const *>(v.constData()) : nullptr;
}

qint64 ServerReview::databaseOid()
{
    return scalar(QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"))
        .toLongLong();
}

bool ServerReview::grant(const QString &user, serverschema::Role role)
{
    m_error.clear();
    const qint64 id = existingReviewId();
    if (id <= 0)
        return false;
    if (scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), { user })
            .toInt()
        != 1) {
        if (m_error.isEmpty())
            setError(tr("there is no PostgreSQL login \"%1\" on %2: an administrator creates it (CREATE ROLE "
                        "... LOGIN)")
                         .arg(user, m_location.toString()));
        return false;
    }
    // One role per person and review: the new one replaces the others, in one transaction.
    const qint64 oid = databaseOid();
    const QString quotedUser = QLatin1Char('"')
        + QString(user).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    bool ok = db.transaction();
    for (const auto other :
        { serverschema::Role::Reader, serverschema::Role::Reviewer, serverschema::Role::Facilitator }) {
        if (ok && other != role)
            ok = run(
                QStringLiteral("REVOKE %1 FROM %2").arg(serverschema::roleName(other, oid, id), quotedUser));
    }
    ok = ok && run(QStringLiteral("GRANT %1 TO %2").arg(serverschema::roleName(role, oid, id), quotedUser));
    if (!ok || !db.commit()) {
        db.rollback();
        if (m_error.isEmpty())
            setError(tr("server error: %1").arg(db.lastError().text()));
        return false;
    }
    return true;
}

qint64 ServerReview::existingReviewId()
{
    const qint64 id = reviewId();
    if (id <= 0 && m_error.isEmpty())
        setError(tr("there is no review \"%1\" on %2").arg(m_location.review(), m_location.toString()));
    return id;
}

qint64 ServerReview::reviewId()
{
    return scalar(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = ?"), { m_location.review() })
        .toLongLong();
}

bool ServerReview::exists()
{
    m_error.clear();
    return reviewId() > 0;
}

QStringList ServerReview::reviewNames()
{
    QStringList names;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT name FROM faultless.reviews ORDER BY name"))) {
        setError(tr("server error: %1").arg(q.lastError().text()));
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool ServerReview::info(ServerReviewInfo *info, Counts counts)
{
    const qint64 id = existingReviewId();
    if (id <= 0)
        return false;
    const QString s = schemaOf(id);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString counted = counts == Counts::Included
        ? QStringLiteral("(SELECT count(*) FROM %1.events e LEFT JOIN %1.sources so ON so.id = e.source_id"
                         "  WHERE e.source_id IS NULL OR so.removed = 0),"
                         " (SELECT count(*) FROM %1.sources WHERE removed = 0)")
              .arg(s)
        : QStringLiteral("0, 0");
    const QString sql = QStringLiteral("SELECT r.title, r.schema_version, r.changes,"
                                       " (SELECT value FROM %1.meta WHERE key = 'time_zone'), %2"
                                       " FROM faultless.reviews r WHERE r.id = ?")
                            .arg(s, counted);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        setError(tr("server error: %1").arg(q.lastError().text()));
        return false;
    }
    info->id = id;
    info->name = m_location.review();
    info->title = q.value(0).toString();
    info->schemaVersion = q.value(1).toInt();
    info->changes = q.value(2).toLongLong();
    info->zone = q.value(3).toString();
    info->events = q.value(4).toLongLong();
    info->sources = q.value(5).toLongLong();
    return true;
}

bool ServerReview::createTables(const ReviewStore &local, const QString &schema)
{
    for (const QString &sql : serverschema::reviewTables(schema)) {
        if (!run(sql))
            return false;
    }
    // The server's tables must take every column of the local one: a document of another
    // schema version would otherwise lose data on the way.
    for (const QString &table : serverschema::tablesInCopyOrder()) {
        if (localColumns(local, table).isEmpty()) {
            setError(tr("the review has no table \"%1\": it is not of the current version").arg(table));
            return false;
        }
    }
    return true;
}

bool ServerReview::publish(const ReviewStore &local, const Progress &progress)
{
    m_error.clear();
    if (local.schemaVersion() != schema::currentVersion()) {
        setError(tr("%1 is of schema version %2; open it once in this version of Faultless first")
                     .arg(local.path())
                     .arg(local.schemaVersion()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        setError(tr("server error: %1").arg(db.lastError().text()));
        return false;
    }
    const qint64 total = local.scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    const QVariant id = scalar(QStringLiteral("INSERT INTO faultless.reviews(name, title, schema_version)"
                                              " VALUES(?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id"),
        { m_location.review(), local.title(), schema::dataVersion() });
    // No row back: the name is taken (ON CONFLICT DO NOTHING); an error has set m_error.
    bool ok = id.isValid();
    if (!ok && m_error.isEmpty())
        setError(
            tr("there is already a review \"%1\" on %2").arg(m_location.review(), m_location.toString()));
    const QString schema = schemaOf(id.toLongLong());
    ok = ok && createTables(local, schema);
    qint64 done = 0;
    for (const QString &table : serverschema::tablesInCopyOrder()) {
        if (!ok)
            break;
        ok = copyTableIn(local, schema, table, progress, &done, total);
    }
    ok = ok && continueIdentities(local, schema, serverschema::tablesInCopyOrder());
    QStringList finishing = serverschema::changeLog(schema, id.toLongLong());
    const qint64 databaseOid = ok ? this->databaseOid() : 0;
    finishing += serverschema::accessControl(schema, databaseOid, id.toLongLong());
    finishing
        += QStringLiteral("GRANT %1 TO CURRENT_USER")
               .arg(serverschema::roleName(serverschema::Role::Facilitator, databaseOid, id.toLongLong()));
    for (const QString &sql : std::as_const(finishing)) {
        if (!ok)
            break;
        ok = run(sql);
    }
    if (!ok || !db.commit()) {
        if (m_error.isEmpty())
            setError(tr("server error: %1").arg(db.lastError().text()));
        db.rollback();
        return false;
    }
    return true;
}

// Identity columns continue after the copied ids.
bool ServerReview::continueIdentities(
    const ReviewStore &local, const QString &schema, const QStringList &tables)
{
    for (const QString &table : tables) {
        if (localColumns(local, table).value(0).name != QLatin1String("id"))
            continue;
        const QString qualified = schema + QLatin1Char('.') + table;
        if (!scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                   " (SELECT COALESCE(max(id), 0) + 1 FROM %1 WHERE id < %2), false)")
                        .arg(qualified)
                        .arg(schema::FirstBlockId))
                 .isValid())
            return false;
    }
    return true;
}

ServerReview::Baseline ServerReview::baselineOf(const ReviewStore &copy)
{
    Baseline b;
    // Below the blocks of ids that copies of a team review hand out: imports never reach them.
    const QString highest = QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1 WHERE id < %2");
    b.sources = copy.scalar(highest.arg(QStringLiteral("sources")).arg(schema::FirstBlockId)).toLongLong();
    b.rejects = copy.scalar(highest.arg(QStringLiteral("rejects")).arg(schema::FirstBlockId)).toLongLong();
    b.lanes = copy.scalar(highest.arg(QStringLiteral("lanes")).arg(schema::FirstBlockId)).toLongLong();
    b.events = copy.scalar(highest.arg(QStringLiteral("events")).arg(schema::FirstBlockId)).toLongLong();
    return b;
}

qint64 ServerReview::highestImported(const QString &schema, const QString &table)
{
    return scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1.%2 WHERE id < %3")
                      .arg(schema, table)
                      .arg(schema::FirstBlockId))
        .toLongLong();
}

bool ServerReview::appendImports(const ReviewStore &copy, const Baseline &since)
{
    m_error.clear();
    const qint64 id = existingReviewId();
    if (id <= 0)
        return false;
    const QString schema = schemaOf(id);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One import at a time per review; the check below then sees every import that committed.
    bool ok = db.transaction() && run(QStringLiteral("SELECT pg_advisory_xact_lock(4649539, %1)").arg(id));
    const Baseline server = ok ? Baseline { highestImported(schema, QStringLiteral("sources")),
        highestImported(schema, QStringLiteral("rejects")), highestImported(schema, QStringLiteral("lanes")),
        highestImported(schema, QStringLiteral("events")) }
                               : Baseline {};
    if (ok && m_error.isEmpty()
        && (server.sources != since.sources || server.rejects != since.rejects || server.lanes != since.lanes
            || server.events != since.events)) {
        setError(tr("another import reached %1 meanwhile; nothing was added: run the import again")
                     .arg(m_location.toString()));
        ok = false;
    }
    const qint64 total = copy.scalar(QStringLiteral("SELECT count(*) FROM events WHERE id > ? AND id < ?"),
                                 { since.events, schema::FirstBlockId })
                             .toLongLong();
    qint64 done = 0;
    ok = ok && copyTableIn(copy, schema, QStringLiteral("sources"), {}, &done, total, since.sources)
        && copyTableIn(copy, schema, QStringLiteral("rejects"), {}, &done, total, since.rejects)
        && copyTableIn(copy, schema, QStringLiteral("lanes"), {}, &done, total, since.lanes)
        && copyTableIn(copy, schema, QStringLiteral("events"), {}, &done, total, since.events)
        && copyTableIn(copy, schema, QStringLiteral("flag_changes"), {}, &done, total, since.events)
        && copyTableIn(copy, schema, QStringLiteral("experiment_runs"), {}, &done, total, since.events)
        && continueIdentities(copy, schema,
            { QStringLiteral("sources"), QStringLiteral("rejects"), QStringLiteral("lanes"),
                QStringLiteral("events") });
    if (!ok || !db.commit()) {
        if (m_error.isEmpty())
            setError(tr("server error: %1").arg(db.lastError().text()));
        db.rollback();
        return false;
    }
    return true;
}

bool ServerReview::copyTableIn(const ReviewStore &local, const QString &schema, const QString &table,
    const Progress &progress, qint64 *done, qint64 total, qint64 after)
{
    const QList<Column> columns = localColumns(local, table);
    PGconn *pg = pgHandle();
    sqlite3 *db = local.handle();
    if (!pg || !db) {
        setError(tr("no database handle for the copy of \"%1\"").arg(table));
        return false;
    }
    const LibPq &pq = *LibPq::get();
    const QByteArray copy
        = QStringLiteral("COPY %1.%2(%3) FROM STDIN").arg(schema, table, columnList(columns)).toUtf8();
    PGresult *started = pq.exec(pg, copy.constData());
    const bool copying = pq.resultStatus(started) == PGRES_COPY_IN;
    pq.clear(started);
    if (!copying) {
        setError(tr("server error: %1").arg(QString::fromUtf8(pq.errorMessage(pg)).trimmed()));
        return false;
    }
    sqlite3_stmt *rows = nullptr;
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), table);
    // Rows after `after` that an import added: those in the copies' blocks were sent as edits.
    if (after > 0)
        select += QStringLiteral(" WHERE %1 > %2 AND %1 < %3")
                      .arg(columns.value(0).name)
                      .arg(after)
                      .arg(schema::FirstBlockId);
    const QByteArray selectUtf8 = select.toUtf8();
    QString failure;
    if (sqlite3_prepare_v2(db, selectUtf8.constData(), int(selectUtf8.size()), &rows, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(db));
    QByteArray buffer;
    buffer.reserve(CopyChunk + 4096);
    int step = SQLITE_ERROR;
    while (failure.isEmpty() && (step = sqlite3_step(rows)) == SQLITE_ROW) {
        for (int c = 0; c < columns.size(); ++c) {
            switch (sqlite3_column_type(rows, c)) {
            case SQLITE_NULL:
                pgcopy::appendNull(buffer);
                break;
            case SQLITE_INTEGER:
                pgcopy::appendInteger(buffer, sqlite3_column_int64(rows, c));
                break;
            case SQLITE_BLOB:
                pgcopy::appendBytes(buffer, static_cast<const char *>(sqlite3_column_blob(rows, c)),
                    sqlite3_column_bytes(rows, c));
                break;
            default:
                if (columns.at(c).bytes) {
                    pgcopy::appendBytes(buffer, reinterpret_cast<const char *>(sqlite3_column_text(rows, c)),
                        sqlite3_column_bytes(rows, c));
                } else if (!pgcopy::appendText(buffer,
                               reinterpret_cast<const char *>(sqlite3_column_text(rows, c)),
                               sqlite3_column_bytes(rows, c))) {
                    failure = tr("row %1 of table \"%2\" holds a NUL character in \"%3\", which PostgreSQL "
                                 "cannot store")
                                  .arg(sqlite3_column_int64(rows, 0))
                                  .arg(table, columns.at(c).name);
                }
            }
        }
        buffer.append('\n');
        if (table == QLatin1String("events") && progress && (++*done % 65536) == 0 && !progress(*done, total))
            failure = tr("cancelled");
        if (buffer.size() >= CopyChunk) {
            if (pq.putCopyData(pg, buffer.constData(), int(buffer.size())) != 1)
                failure = QString::fromUtf8(pq.errorMessage(pg)).trimmed();
            buffer.clear();
        }
    }
    if (failure.isEmpty() && step != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(rows);
    if (failure.isEmpty() && !buffer.isEmpty()
        && pq.putCopyData(pg, buffer.constData(), int(buffer.size())) != 1)
        failure = QString::fromUtf8(pq.errorMessage(pg)).trimmed();
    pq.putCopyEnd(pg, failure.isEmpty() ? nullptr : failure.toUtf8().constData());
    PGresult *result = pq.getResult(pg);
    const bool ok = pq.resultStatus(result) == PGRES_COMMAND_OK;
    if (!ok && failure.isEmpty())
        failure = QString::fromUtf8(pq.resultErrorMessage(result)).trimmed();
    pq.clear(result);
    while ((result = pq.getResult(pg)))
        pq.clear(result);
    if (!ok || !failure.isEmpty()) {
        setError(tr("cannot copy table \"%1\" to the server: %2").arg(table, failure));
        return false;
    }
    return true;
}

bool ServerReview::pull(const QString &path, const Progress &progress, ReviewStore::PendingText text)
{
    m_error.clear();
    ServerReviewInfo about;
    if (!info(&about, Counts::Skipped))
        return false;
    if (QFileInfo::exists(path)) {
        setError(tr("%1 already exists").arg(path));
        return false;
    }
    // Server reviews are not migrated yet: one of another schema version would lose or lack
    // columns on the way.
    if (about.schemaVersion != schema::dataVersion()) {
        setError(tr("%1 is of schema version %2 and this Faultless reads version %3")
                     .arg(m_location.toString())
                     .arg(about.schemaVersion)
                     .arg(schema::dataVersion()));
        return false;
    }
    // Written beside the target and renamed when complete: a pull that fails or is killed never
    // leaves a half review under the name asked for.
    const QFileInfo target(path);
    const QString partial = target.dir().filePath(
        QStringLiteral(".%1.pulling-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    // A consistent picture of the server's review: every table read in one snapshot. Its first
    // query counts the events (for the progress) while the new file is made.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString schema = schemaOf(about.id);
    // QPSQL sets bytea_output to "escape" for its own parsing; COPY is read here as hex.
    bool ok = db.transaction()
        && run(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        && run(QStringLiteral("SET LOCAL bytea_output TO hex"))
        && sendQuery(QStringLiteral("SELECT count(*) FROM %1.events").arg(schema));
    {
        ReviewStore store;
        const bool created = createPartial(store, partial, about);
        // Taken whatever the file did: the connection has no other use until then.
        const std::optional<qint64> total = ok ? receiveNumber() : std::nullopt;
        ok = ok && created && total && pullInto(store, schema, progress, text, *total);
        db.rollback();
        // A review is opened in WAL mode (ReviewStore::open() sets it too; set here so that the
        // file is one when renamed). That change is a commit of the rollback journal, which
        // with synchronous=NORMAL syncs the file: the one sync of the pull.
        if (ok
            && !(store.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
                && store.exec(QStringLiteral("PRAGMA journal_mode=WAL")))) {
            setError(store.errorString());
            ok = false;
        }
        store.close();
    }
    if (!ok && m_error.isEmpty())
        setError(tr("server error: %1").arg(serverError()));
    if (ok && !QFile::rename(partial, path)) {
        setError(tr("cannot write %1").arg(path));
        ok = false;
    }
    if (!ok) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(partial + suffix);
    }
    return ok;
}

// The new file of a pull, under its temporary name.
bool ServerReview::createPartial(ReviewStore &store, const QString &partial, const ServerReviewInfo &about)
{
    // The copy is a new file under a temporary name, discarded unless complete: it needs no
    // WAL, which would write every page twice (into the WAL, then back at close). A rollback
    // journal of a new file holds the few pages that existed before the copy. Nor does it
    // need a sync at each commit: until the rename nothing reads it, and if the machine
    // stops before then it is left as a partial file that no one opens. The switch to WAL
    // at the end syncs the whole file once, before the rename gives it its name.
    // The statements of several rows each (RowInserter) keep a statement journal of the
    // pages they change, to undo a statement that fails half-way: in memory, not in a
    // temporary file written by one system call a page (300,000 of them at 1M events).
    const bool ok
        = store.create(partial, about.title, about.zone.isEmpty() ? QStringLiteral("UTC") : about.zone)
        && store.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))
        && store.exec(QStringLiteral("PRAGMA synchronous=OFF"))
        && store.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (!ok)
        setError(store.errorString());
    return ok;
}

// A query sent without waiting for its answer, which receiveNumber() takes: the server works
// on it while the caller does something else. The connection has no other use meanwhile.
bool ServerReview::sendQuery(const QString &sql)
{
    PGconn *pg = pgHandle();
    if (!pg) {
        setError(tr("server error: %1").arg(tr("no database handle")));
        return false;
    }
    const LibPq &pq = *LibPq::get();
    if (pq.sendQuery(pg, sql.toUtf8().constData()) == 1)
        return true;
    setError(tr("server error: %1").arg(QString::fromUtf8(pq.errorMessage(pg)).trimmed()));
    return false;
}

// The one integer that the query of sendQuery() answers.
std::optional<qint64> ServerReview::receiveNumber()
{
    PGconn *pg = pgHandle();
    if (!pg) {
        setError(tr("server error: %1").arg(tr("no database handle")));
        return std::nullopt;
    }
    const LibPq &pq = *LibPq::get();
    PGresult *result = pq.getResult(pg);
    std::optional<qint64> number;
    if (pq.resultStatus(result) == PGRES_TUPLES_OK && pq.ntuples(result) == 1 && pq.nfields(result) == 1)
        number = pgcopy::parseInteger(pq.getvalue(result, 0, 0), pq.getlength(result, 0, 0));
    if (!number && m_error.isEmpty())
        setError(tr("server error: %1").arg(QString::fromUtf8(pq.errorMessage(pg)).trimmed()));
    pq.clear(result);
    while ((result = pq.getResult(pg)))
        pq.clear(result);
    return number;
}

bool ServerReview::pullInto(ReviewStore &target, const QString &schema, const Progress &progress,
    ReviewStore::PendingText text, qint64 total)
{
    // An import's cache and write-back settings: the copy is one large write.
    const EventWriter::BulkSettings bulk(target);
    ReviewStore::Transaction tx(target);
    // The new document's own rows (meta, default categories) give way to the server's.
    const QStringList tables = serverschema::tablesInCopyOrder();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!target.exec(QStringLiteral("DELETE FROM %1").arg(*it))) {
            setError(target.errorString());
            return false;
        }
    }
    qint64 done = 0;
    // A new file has no triggers to serve but event_counts', and those cost a sub-program per
    // copied row: the counts are made once from the copy instead (bench_team's first open).
    sqlite3_db_config(target.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    EventTally tally(localColumns(target, QStringLiteral("events")));
    bool copied = true;
    for (const QString &table : tables) {
        copied = copied
            && copyTableOut(target, schema, table, progress, &done, total,
                table == QLatin1String("events") ? &tally : nullptr);
    }
    sqlite3_db_config(target.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    if (!copied || !countEvents(target, tally))
        return false;
    // Indexing the text is half of a pull's time (1M events: 2.7 s of CPU in FTS5's rebuild).
    const bool ok = text == ReviewStore::PendingText::IndexNow
        ? target.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('rebuild')"))
        : total == 0
            || EventWriter::markTextPending(target,
                target.scalar(QStringLiteral("SELECT min(id) FROM events")).toLongLong(),
                target.scalar(QStringLiteral("SELECT max(id) FROM events")).toLongLong());
    if (!ok || !tx.commit()) {
        setError(target.errorString());
        return false;
    }
    return true;
}

// event_counts from the tally of the copy, or counted from the table when the tally is inexact.
bool ServerReview::countEvents(ReviewStore &target, const EventTally &tally)
{
    bool ok = target.exec(QStringLiteral("DELETE FROM event_counts"));
    if (ok && !tally.exact())
        ok = target.exec(QStringLiteral("INSERT INTO event_counts(source_id, kind, events) SELECT"
                                        " coalesce(source_id, 0), kind, count(*) FROM events GROUP BY 1, 2"));
    for (auto it = tally.counts().cbegin(); ok && tally.exact() && it != tally.counts().cend(); ++it)
        ok = target.exec(QStringLiteral("INSERT INTO event_counts(source_id, kind, events) VALUES(?, ?, ?)"),
            { it->first.first, it->first.second, it->second });
    if (!ok)
        setError(tr("cannot count the events of the copy: %1").arg(target.errorString()));
    return ok;
}

bool ServerReview::copyTableOut(ReviewStore &target, const QString &schema, const QString &table,
    const Progress &progress, qint64 *done, qint64 total, EventTally *tally)
{
    const QList<Column> columns = localColumns(target, table);
    PGconn *pg = pgHandle();
    sqlite3 *db = target.handle();
    const QByteArray copy = QStringLiteral("COPY (SELECT %3 FROM %1.%2 ORDER BY 1) TO STDOUT")
                                .arg(schema, table, columnList(columns))
                                .toUtf8();
    if (!pg || !db) {
        setError(tr("no database handle for the copy of \"%1\"").arg(table));
        return false;
    }
    const LibPq &pq = *LibPq::get();
    PGresult *started = pq.exec(pg, copy.constData());
    const bool copying = pq.resultStatus(started) == PGRES_COPY_OUT;
    pq.clear(started);
    if (!copying) {
        setError(tr("server error: %1").arg(QString::fromUtf8(pq.errorMessage(pg)).trimmed()));
        return false;
    }
    RowInserter inserter(db, table, columns);
    QString failure = inserter.error();
    // Received and parsed on another thread while this one inserts (CopyOutReader).
    std::vector<bool> integers;
    for (const Column &c : columns)
        integers.push_back(c.integer);
    CopyOutReader reader(pg, std::move(integers));
    reader.start();
    while (auto batch = reader.next()) {
        if (failure.isEmpty())
            failure = inserter.insert(batch->row(0), batch->rows());
        for (qsizetype r = 0; tally && failure.isEmpty() && r < batch->rows(); ++r)
            tally->add(batch->row(r));
        // Told every 65,536 events, as the publish does.
        const qint64 before = *done;
        *done += table == QLatin1String("events") ? batch->rows() : 0;
        if (failure.isEmpty() && progress && *done / 65536 != before / 65536 && !progress(*done, total))
            failure = tr("cancelled");
        if (failure.isEmpty() && batch->unreadable())
            failure = tr("the server sent a row of \"%1\" that cannot be read").arg(table);
        if (!failure.isEmpty())
            reader.stop();
    }
    const int size = reader.finish();
    PGresult *result = pq.getResult(pg);
    if (size == -2 || pq.resultStatus(result) != PGRES_COMMAND_OK)
        failure = failure.isEmpty() ? QString::fromUtf8(pq.errorMessage(pg)).trimmed() : failure;
    pq.clear(result);
    while ((result = pq.getResult(pg)))
        pq.clear(result);
    if (!failure.isEmpty()) {
        setError(tr("cannot copy table \"%1\" from the server: %2").arg(table, failure));
        return false;
    }
    return true;
}

} // namespace faultless::model
