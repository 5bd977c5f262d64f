#include "annotationstore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and search

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

QList<Annotation> AnnotationStore::inWrittenOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT id, event_id, author, text FROM annotations ORDER BY created, id"), {}, error);
    QList<Annotation> annotations;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.eventId = q.value(1).toLongLong();
        a.author = q.value(2).toString();
        a.text = q.value(3).toString();
        annotations.append(a);
    }
    return annotations;
}

std::optional<AnnotationStore::TextAt> AnnotationStore::textAt(
    const ReviewStore &store, qint64 annotationId, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT a.text, e.instant FROM annotations a JOIN events e ON e.id = a.event_id"
                       " WHERE a.id = ?"),
        { annotationId }, error);
    if (!q.next())
        return std::nullopt;
    return TextAt { q.value(0).toString(), q.value(1).toLongLong() };
}

} // namespace faultless::model
