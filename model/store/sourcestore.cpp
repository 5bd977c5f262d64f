#include "sourcestore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and practice (clock skew, removal)

// --- import

// --- reports and analysis (briefing, comparison, export)

namespace {

// A read for a report; on failure the query has no rows and `error` gets the database's message
// unless it holds an earlier one (a report reads on after a failure and tells the first).
QSqlQuery reportQuery(
    const ReviewStore &store, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok && error && error->isEmpty())
        *error = q.lastError().text();
    return q;
}

} // namespace

bool SourceStore::anyRemoved(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM sources WHERE removed = 1)")).toBool();
}

QList<Source> SourceStore::liveSources(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral(
            "SELECT name, format, kind, accepted, rejected FROM sources WHERE removed = 0 ORDER BY id"),
        {}, error);
    QList<Source> sources;
    while (q.next()) {
        Source s;
        s.name = q.value(0).toString();
        s.format = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.accepted = q.value(3).toLongLong();
        s.rejected = q.value(4).toLongLong();
        sources.append(s);
    }
    return sources;
}

qint64 SourceStore::liveAccepted(const ReviewStore &store, QString *error)
{
    QSqlQuery c = reportQuery(
        store, QStringLiteral("SELECT COALESCE(SUM(accepted), 0) FROM sources WHERE removed = 0"), {}, error);
    return c.next() ? c.value(0).toLongLong() : 0;
}

} // namespace faultless::model
