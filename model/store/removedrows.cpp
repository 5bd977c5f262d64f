#include "removedrows.h"

#include "store/reviewstore.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace faultless::model {

bool RemovedRows::capture(
    const ReviewStore &store, const QString &table, const QString &where, const QVariantList &values)
{
    Table result;
    result.table = table;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns.append(record.fieldName(i));
    while (q.next()) {
        QVariantList row;
        // A NULL comes back as a null QString, which the store would bind as '' (breaking a
        // foreign key); our nullable columns are all ids.
        for (int i = 0; i < record.count(); ++i)
            row.append(q.isNull(i) ? QVariant(QMetaType(QMetaType::LongLong)) : q.value(i));
        result.rows.append(row);
    }
    m_tables.append(result);
    return true;
}

bool RemovedRows::restore(ReviewStore &store) const
{
    for (const Table &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        const QString sql = QStringLiteral("INSERT OR IGNORE INTO ") + table.table + QLatin1Char('(')
            + table.columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES(")
            + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QVariantList &row : table.rows) {
            if (!store.exec(sql, row))
                return false;
        }
    }
    return true;
}

} // namespace faultless::model
