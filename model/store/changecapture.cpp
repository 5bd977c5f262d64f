#include "changecapture.h"

#include "store/reviewstore.h"
#include "store/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace faultless::model {

namespace {

// Which rows of a table are the copy's own edits: the "edited" stamp is the copy's alone, and
// events are added to a review by imports except for the ones reviewers add by hand.
QString onlyEdits(const QString &table, const QString &row, bool insert)
{
    if (table == QLatin1String("meta"))
        return QStringLiteral(" AND %1.key <> 'edited'").arg(row);
    if (table == QLatin1String("events") && insert)
        return QStringLiteral(" AND NEW.manual <> 0");
    return {};
}

QString rowAsJson(const QStringList &columns, const QString &row)
{
    QStringList values;
    for (const QString &c : columns)
        values.append(QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, c));
    return QStringLiteral("json_array(%1)").arg(values.join(QStringLiteral(", ")));
}

QStringList triggersOf(const QString &table, const QStringList &columns)
{
    struct Op
    {
        const char *name;
        const char *kind;
        bool before;
        bool after;
    };
    static const Op ops[]
        = { { "INSERT", "I", false, true }, { "UPDATE", "U", true, true }, { "DELETE", "D", true, false } };
    QStringList statements;
    for (const Op &op : ops) {
        const QString row = QLatin1String(op.after ? "NEW" : "OLD");
        statements.append(
            QStringLiteral("CREATE TEMP TRIGGER faultless_capture_%1_%2 AFTER %3 ON main.%1 FOR EACH ROW"
                           " WHEN (SELECT paused FROM faultless_capture) = 0%4 BEGIN"
                           " INSERT INTO faultless_outbox(tbl, kind, before_row, after_row)"
                           " VALUES('%1', '%5', %6, %7); END")
                .arg(table, QString::fromLatin1(op.name).toLower(), QLatin1String(op.name),
                    onlyEdits(table, row, !op.before), QLatin1String(op.kind),
                    op.before ? rowAsJson(columns, QStringLiteral("OLD")) : QStringLiteral("NULL"),
                    op.after ? rowAsJson(columns, QStringLiteral("NEW")) : QStringLiteral("NULL")));
    }
    return statements;
}

QVariantList rowFromJson(const QVariant &json)
{
    QVariantList values;
    if (json.isNull())
        return values;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        values.append(v.isNull() ? QVariant() : QVariant(v.toString()));
    return values;
}

RowChange::Kind kindOf(const QString &letter)
{
    if (letter == QLatin1String("I"))
        return RowChange::Kind::Insert;
    return letter == QLatin1String("U") ? RowChange::Kind::Update : RowChange::Kind::Delete;
}

} // namespace

QStringList ChangeCapture::capturedTables()
{
    QStringList tables = serverschema::tablesInCopyOrder();
    tables.removeAll(QStringLiteral("rejects"));
    return tables;
}

QStringList ChangeCapture::columns(const ReviewStore &store, const QString &table)
{
    QStringList names;
    QSqlQuery q = store.read(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
    while (q.next())
        names.append(q.value(1).toString());
    return names;
}

QStringList ChangeCapture::keyColumns(const ReviewStore &store, const QString &table)
{
    QMap<int, QString> byPosition;
    QStringList all;
    QSqlQuery q = store.read(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
    while (q.next()) {
        all.append(q.value(1).toString());
        if (q.value(5).toInt() > 0)
            byPosition.insert(q.value(5).toInt(), q.value(1).toString());
    }
    return byPosition.isEmpty() ? all : byPosition.values();
}

bool ChangeCapture::isInstalled(const ReviewStore &store)
{
    return store
               .scalar(
                   QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = 'faultless_outbox'"))
               .toInt()
        == 1;
}

bool ChangeCapture::install(ReviewStore &store, QString *error)
{
    if (isInstalled(store))
        return true;
    QStringList statements {
        QStringLiteral("CREATE TEMP TABLE faultless_outbox(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL,"
                       " kind TEXT NOT NULL, before_row TEXT, after_row TEXT)"),
        QStringLiteral("CREATE TEMP TABLE faultless_capture(paused INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO temp.faultless_capture VALUES(0)"),
    };
    for (const QString &table : capturedTables())
        statements += triggersOf(table, columns(store, table));
    ReviewStore::Transaction transaction(store);
    for (const QString &sql : std::as_const(statements)) {
        if (!store.exec(sql)) {
            if (error)
                *error = store.errorString();
            return false;
        }
    }
    return transaction.commit();
}

QList<RowChange> ChangeCapture::pending(const ReviewStore &store, QString *error)
{
    QList<RowChange> changes;
    QSqlQuery q = store.read(
        QStringLiteral(
            "SELECT seq, tbl, kind, before_row, after_row FROM temp.faultless_outbox ORDER BY seq"),
        {}, error);
    while (q.next()) {
        RowChange change;
        change.seq = q.value(0).toLongLong();
        change.table = q.value(1).toString();
        change.kind = kindOf(q.value(2).toString());
        change.before = rowFromJson(q.value(3));
        change.after = rowFromJson(q.value(4));
        changes.append(change);
    }
    return changes;
}

bool ChangeCapture::forget(ReviewStore &store, qint64 seq, bool only)
{
    return store.exec(only ? QStringLiteral("DELETE FROM temp.faultless_outbox WHERE seq = ?")
                           : QStringLiteral("DELETE FROM temp.faultless_outbox WHERE seq <= ?"),
        { seq });
}

ChangeCapture::Pause::Pause(ReviewStore &store)
    : m_store(store)
{
    m_store.exec(QStringLiteral("UPDATE temp.faultless_capture SET paused = paused + 1"));
}

ChangeCapture::Pause::~Pause()
{
    m_store.exec(QStringLiteral("UPDATE temp.faultless_capture SET paused = paused - 1"));
}

} // namespace faultless::model
