#include "serversync.h"

#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "store/serverreview.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

namespace {

// SQLSTATEs the server answers with (PostgreSQL, Appendix A).
const char *const UniqueViolation = "23505";

QString joined(const QStringList &parts, const QString &separator)
{
    return parts.join(separator);
}

// "a = ? AND b = ?", or with IS NOT DISTINCT FROM where a column may be null.
QString matching(const QStringList &columns, bool nullable, const QString &engine)
{
    QStringList terms;
    for (const QString &c : columns) {
        if (!nullable)
            terms.append(c + QStringLiteral(" = ?"));
        else if (engine == QLatin1String("pg"))
            terms.append(c + QStringLiteral(" IS NOT DISTINCT FROM ?"));
        else
            terms.append(c + QStringLiteral(" IS ?"));
    }
    return joined(terms, QStringLiteral(" AND "));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return joined(marks, QStringLiteral(", "));
}

// A row's identity as a hash key: its key values, nulls told apart from empty text.
QString keyOf(const QVariantList &keyValues)
{
    QString key;
    for (const QVariant &v : keyValues)
        key += (v.isNull() ? QStringLiteral("\\N") : v.toString()) + QChar(0x1f);
    return key;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

// A table as both ends name it: columns in the copy's order, and which of them name a row.
struct ServerSync::Table
{
    QString name;
    QString qualified; // on the server
    QStringList columns;
    QList<int> key; // positions in `columns`
    bool keyIsPrimary = true; // false: every column names the row (no primary key)

    QStringList keyColumns() const
    {
        QStringList names;
        for (int i : key)
            names.append(columns.at(i));
        return names;
    }
    QVariantList keyValues(const QVariantList &row) const
    {
        QVariantList values;
        for (int i : key)
            values.append(row.value(i));
        return values;
    }
    // "The row exactly as the copy had it": its key by `=` (so that the primary key's index finds
    // it among a million events), and every other column by IS NOT DISTINCT FROM.
    QString sameRow() const
    {
        if (!keyIsPrimary)
            return matching(columns, true, QStringLiteral("pg"));
        QStringList rest;
        for (int i = 0; i < columns.size(); ++i) {
            if (!key.contains(i))
                rest.append(columns.at(i));
        }
        const QString byKey = matching(keyColumns(), false, QStringLiteral("pg"));
        return rest.isEmpty() ? byKey
                              : byKey + QStringLiteral(" AND ") + matching(rest, true, QStringLiteral("pg"));
    }
    QVariantList sameRowValues(const QVariantList &row) const
    {
        if (!keyIsPrimary)
            return row;
        QVariantList values = keyValues(row);
        for (int i = 0; i < columns.size(); ++i) {
            if (!key.contains(i))
                values.append(row.value(i));
        }
        return values;
    }
    QString serverSelect() const
    {
        QStringList texts;
        for (const QString &c : columns)
            texts.append(c + QStringLiteral("::text"));
        return QStringLiteral("SELECT %1 FROM %2").arg(joined(texts, QStringLiteral(", ")), qualified);
    }
    QString localSelect() const
    {
        QStringList texts;
        for (const QString &c : columns)
            texts.append(QStringLiteral("CAST(%1 AS TEXT)").arg(c));
        return QStringLiteral("SELECT %1 FROM main.%2").arg(joined(texts, QStringLiteral(", ")), name);
    }
};

ServerSync::ServerSync(ServerReview &server)
    : m_server(server)
{ }

bool ServerSync::setError(const QString &message)
{
    m_error = message;
    return false;
}

ServerSync::Table ServerSync::describe(const ReviewStore &copy, const QString &table) const
{
    Table t;
    t.name = table;
    t.qualified = m_schema + QLatin1Char('.') + table;
    t.columns = ChangeCapture::columns(copy, table);
    const QStringList keys = ChangeCapture::keyColumns(copy, table);
    t.keyIsPrimary = keys != t.columns;
    for (const QString &k : keys)
        t.key.append(int(t.columns.indexOf(k)));
    return t;
}

bool ServerSync::reserveIdBlock(qint64 *first, qint64 *last)
{
    // Blocks of 2^20 ids above 2^40: far beyond the ids a server gives imported rows, and below
    // 2^53, where ids would stop being exact in the JSON that scripts read.
    constexpr qint64 Base = schema::FirstBlockId;
    constexpr qint64 BlockSize = qint64(1) << 20;
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT nextval('faultless.id_blocks')")) || !q.next())
        return setError(tr("server error: %1").arg(q.lastError().text()));
    const qint64 block = q.value(0).toLongLong();
    if (block <= 0 || block >= (qint64(1) << 12) * 1024 * 1024)
        return setError(tr("the server has given out all blocks of ids (%1)").arg(block));
    *first = Base + (block - 1) * BlockSize;
    *last = *first + BlockSize - 1;
    return true;
}

bool ServerSync::knowSchema()
{
    if (!m_schema.isEmpty())
        return true;
    const qint64 id = m_server.existingReviewId();
    if (id <= 0)
        return setError(m_server.errorString());
    m_schema = QStringLiteral("review_%1").arg(id);
    return true;
}

qint64 ServerSync::counter()
{
    if (!knowSchema())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT changes FROM faultless.reviews WHERE id = %1").arg(m_schema.mid(7)))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool ServerSync::canEdit()
{
    if (!knowSchema())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    if (!run(q, QStringLiteral("SELECT has_table_privilege(?, 'INSERT')"),
            { QVariant(m_schema + QStringLiteral(".annotations")) })
        || !q.next())
        return setError(tr("server error: %1").arg(q.lastError().text()));
    return q.value(0).toBool();
}

QVariantList ServerSync::serverRow(const Table &t, const QVariantList &keyValues, bool *ok)
{
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    *ok = run(q,
        t.serverSelect() + QStringLiteral(" WHERE ")
            + matching(t.keyColumns(), !t.keyIsPrimary, QStringLiteral("pg")),
        keyValues);
    QVariantList row;
    if (*ok && q.next()) {
        for (int i = 0; i < t.columns.size(); ++i)
            row.append(q.value(i).isNull() ? QVariant() : QVariant(q.value(i).toString()));
    }
    if (!*ok)
        setError(tr("server error: %1").arg(q.lastError().text()));
    return row;
}

// One recorded change as one statement; `refused` when the server's row is not the one the copy
// changed (or, for an insert, is already there).
bool ServerSync::send(const Table &t, const RowChange &change, bool overwrite, bool *refused)
{
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    const QStringList keyColumns = t.keyColumns();
    const QString byKey = matching(keyColumns, !t.keyIsPrimary, QStringLiteral("pg"));
    const QString insert
        = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
              .arg(t.qualified, joined(t.columns, QStringLiteral(", ")), placeholders(t.columns.size()));
    bool ok = false;
    switch (change.kind) {
    case RowChange::Kind::Insert:
        ok = run(q, insert, change.after);
        if (!ok && q.lastError().nativeErrorCode() == QLatin1String(UniqueViolation)) {
            *refused = true;
            return true;
        }
        break;
    case RowChange::Kind::Update: {
        QStringList sets;
        for (const QString &c : t.columns)
            sets.append(c + QStringLiteral(" = ?"));
        QString sql
            = QStringLiteral("UPDATE %1 SET %2 WHERE ").arg(t.qualified, joined(sets, QStringLiteral(", ")));
        QVariantList values = change.after;
        sql += overwrite ? byKey : t.sameRow();
        values += overwrite ? t.keyValues(change.before) : t.sameRowValues(change.before);
        ok = run(q, sql, values);
        if (ok && q.numRowsAffected() == 0) {
            if (!overwrite) {
                *refused = true;
                return true;
            }
            ok = run(q, insert, change.after); // deleted there, and mine is wanted
        }
        break;
    }
    case RowChange::Kind::Delete:
        ok = run(q,
            QStringLiteral("DELETE FROM %1 WHERE ").arg(t.qualified) + (overwrite ? byKey : t.sameRow()),
            overwrite ? t.keyValues(change.before) : t.sameRowValues(change.before));
        if (ok && q.numRowsAffected() == 0 && !overwrite) {
            // Gone already is no conflict; changed meanwhile is.
            bool found = false;
            *refused = !serverRow(t, t.keyValues(change.before), &found).isEmpty();
            return found;
        }
        break;
    }
    if (!ok)
        return setError(tr("server error: %1").arg(q.lastError().text()));
    return true;
}

bool ServerSync::undoMeetsOthers(const ReviewStore &copy, const QList<RowChange> &changes,
    const QSet<qint64> &overwrite, Conflict *conflict)
{
    for (const RowChange &change : changes) {
        if (change.kind == RowChange::Kind::Insert || overwrite.contains(change.seq))
            continue;
        const Table t = describe(copy, change.table);
        const auto sent = m_sent.constFind(t.name + keyOf(t.keyValues(change.before)));
        if (sent == m_sent.cend() || *sent == change.before)
            continue;
        *conflict = { change.seq, t.name, t.columns, *sent, change.after, change.before, true };
        return true;
    }
    return false;
}

void ServerSync::remember(const ReviewStore &copy, const QList<RowChange> &changes)
{
    QHash<QString, Table> tables;
    for (const RowChange &change : changes) {
        if (!tables.contains(change.table))
            tables.insert(change.table, describe(copy, change.table));
        const Table &t = tables[change.table];
        const QVariantList &named = change.kind == RowChange::Kind::Delete ? change.before : change.after;
        m_sent.insert(t.name + keyOf(t.keyValues(named)), change.after);
    }
}

ServerSync::Push ServerSync::push(const ReviewStore &copy, const QList<RowChange> &changes,
    Conflict *conflict, const QSet<qint64> &overwrite, bool undo)
{
    m_error.clear();
    if (!knowSchema())
        return Push::Failed;
    if (undo && undoMeetsOthers(copy, changes, overwrite, conflict))
        return Push::Conflict;
    QSqlDatabase db = QSqlDatabase::database(m_server.connectionName(), false);
    if (!db.transaction()) {
        setError(tr("server error: %1").arg(db.lastError().text()));
        return Push::Failed;
    }
    QHash<QString, Table> tables;
    for (const RowChange &change : changes) {
        if (!tables.contains(change.table))
            tables.insert(change.table, describe(copy, change.table));
        const Table &t = tables[change.table];
        bool refused = false;
        if (!send(t, change, overwrite.contains(change.seq), &refused)) {
            db.rollback();
            return Push::Failed;
        }
        if (refused) {
            db.rollback();
            bool ok = false;
            const QVariantList &named = change.kind == RowChange::Kind::Insert ? change.after : change.before;
            *conflict = { change.seq, t.name, t.columns, change.before, change.after,
                serverRow(t, t.keyValues(named), &ok) };
            return ok ? Push::Conflict : Push::Failed;
        }
    }
    if (!db.commit()) {
        setError(tr("server error: %1").arg(db.lastError().text()));
        db.rollback();
        return Push::Failed;
    }
    remember(copy, changes);
    return Push::Sent;
}

namespace {

// Rows of one table by key, as text.
using Rows = QHash<QString, QVariantList>;

void readRows(QSqlQuery &q, int columns, const QList<int> &key, Rows *rows, QStringList *order)
{
    while (q.next()) {
        QVariantList row;
        QVariantList keyValues;
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i).isNull() ? QVariant() : QVariant(q.value(i).toString()));
        for (int i : key)
            keyValues.append(row.value(i));
        const QString k = keyOf(keyValues);
        if (order && !rows->contains(k))
            order->append(k);
        rows->insert(k, row);
    }
}

} // namespace

// Writes the server's version of one row into the copy (`theirs` empty: delete it).
bool ServerSync::writeLocal(
    ReviewStore &copy, const Table &t, const QVariantList &mine, const QVariantList &theirs)
{
    const QString byKey = matching(t.keyColumns(), !t.keyIsPrimary, QStringLiteral("sqlite"));
    if (theirs.isEmpty())
        return copy.exec(
            QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(t.name, byKey), t.keyValues(mine));
    if (mine.isEmpty())
        return copy.exec(
            QStringLiteral("INSERT INTO main.%1(%2) VALUES(%3)")
                .arg(t.name, joined(t.columns, QStringLiteral(", ")), placeholders(t.columns.size())),
            theirs);
    QStringList sets;
    for (const QString &c : t.columns)
        sets.append(c + QStringLiteral(" = ?"));
    return copy.exec(QStringLiteral("UPDATE main.%1 SET %2 WHERE %3")
                         .arg(t.name, joined(sets, QStringLiteral(", ")), byKey),
        theirs + t.keyValues(mine));
}

bool ServerSync::applyTable(ReviewStore &copy, const Table &t, bool *differed)
{
    QSqlQuery server(QSqlDatabase::database(m_server.connectionName(), false));
    server.setForwardOnly(true);
    if (!server.exec(t.serverSelect()))
        return setError(tr("server error: %1").arg(server.lastError().text()));
    Rows theirs;
    QStringList order;
    readRows(server, int(t.columns.size()), t.key, &theirs, &order);
    QString error;
    QSqlQuery local = copy.read(t.localSelect(), {}, &error);
    Rows mine;
    readRows(local, int(t.columns.size()), t.key, &mine, nullptr);
    if (!error.isEmpty())
        return setError(error);
    if (t.name == QLatin1String("meta")) {
        // When each copy was last edited is its own (ChangeCapture does not send it either).
        const QString edited = keyOf({ QStringLiteral("edited") });
        theirs.remove(edited);
        mine.remove(edited);
        order.removeAll(edited);
    }
    *differed = false;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.contains(it.key()))
            continue;
        *differed = true;
        if (!writeLocal(copy, t, it.value(), {}))
            return setError(copy.errorString());
    }
    for (const QString &k : std::as_const(order)) {
        const QVariantList row = theirs.value(k);
        const QVariantList had = mine.value(k);
        if (had == row)
            continue;
        *differed = true;
        if (!writeLocal(copy, t, had, row))
            return setError(copy.errorString());
    }
    return true;
}

bool ServerSync::applyTables(ReviewStore &copy, const QStringList &tables, QStringList *changed)
{
    m_error.clear();
    if (!knowSchema())
        return false;
    ChangeCapture::Pause pause(copy);
    ReviewStore::Transaction transaction(copy);
    QStringList differing;
    // Parents before the rows that refer to them.
    for (const QString &table : ChangeCapture::capturedTables()) {
        if (!tables.contains(table) || table == QLatin1String("events"))
            continue;
        bool differed = false;
        if (!applyTable(copy, describe(copy, table), &differed))
            return false;
        if (differed)
            differing.append(table);
    }
    if (!transaction.commit())
        return setError(copy.errorString());
    *changed = differing;
    return true;
}

bool ServerSync::applyEvents(ReviewStore &copy, qint64 after, qint64 upTo, QList<qint64> *ids, bool *added)
{
    m_error.clear();
    *added = false;
    if (!knowSchema())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_server.connectionName(), false));
    if (!run(q,
            QStringLiteral(
                "SELECT DISTINCT event_id FROM %1.event_changes WHERE counter > ? AND counter <= ?")
                .arg(m_schema),
            { after, upTo }))
        return setError(tr("server error: %1").arg(q.lastError().text()));
    QList<qint64> edited;
    while (q.next())
        edited.append(q.value(0).toLongLong());
    const Table t = describe(copy, QStringLiteral("events"));
    const int text = int(t.columns.indexOf(QStringLiteral("text")));
    const int actor = int(t.columns.indexOf(QStringLiteral("actor")));
    ChangeCapture::Pause pause(copy);
    ReviewStore::Transaction transaction(copy);
    for (qint64 id : std::as_const(edited)) {
        bool ok = false;
        const QVariantList theirs = serverRow(t, { QString::number(id) }, &ok);
        if (!ok)
            return false;
        QString error;
        QSqlQuery local = copy.read(t.localSelect() + QStringLiteral(" WHERE id = ?"), { id }, &error);
        Rows mine;
        readRows(local, int(t.columns.size()), t.key, &mine, nullptr);
        const QVariantList had = mine.isEmpty() ? QVariantList() : mine.cbegin().value();
        if (!error.isEmpty())
            return setError(error);
        if (had == theirs)
            continue;
        // The search index holds an event's text and actor: out before they change, in after;
        // unless the copy still waits to index it (a fresh pull), which then takes it as it is.
        const bool reindex = (had.isEmpty() || theirs.isEmpty() || had.value(text) != theirs.value(text)
                                 || had.value(actor) != theirs.value(actor))
            && !EventWriter::isTextPending(copy, id);
        if ((reindex && !had.isEmpty()
                && !copy.exec(QStringLiteral("INSERT INTO events_fts(events_fts, rowid, body)"
                                             " SELECT 'delete', id, body FROM events_search WHERE id = ?"),
                    { id }))
            || !writeLocal(copy, t, had, theirs)
            || (reindex && !theirs.isEmpty()
                && !copy.exec(QStringLiteral("INSERT INTO events_fts(rowid, body) SELECT id, body FROM"
                                             " events_search WHERE id = ?"),
                    { id })))
            return setError(copy.errorString());
        *added = *added || had.isEmpty() || theirs.isEmpty();
        ids->append(id);
    }
    if (!transaction.commit())
        return setError(copy.errorString());
    return true;
}

} // namespace faultless::model
