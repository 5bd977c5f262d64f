#include "learningstore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

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

QList<Learning> LearningStore::inKindOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT id, kind, text, author FROM learnings ORDER BY kind, created, id"), {}, error);
    QList<Learning> learnings;
    while (q.next()) {
        Learning l;
        l.id = q.value(0).toLongLong();
        // The table's CHECK constraint allows only "surprise" and "helped".
        l.kind = q.value(1).toString() == QLatin1String("helped") ? Learning::Kind::Helped
                                                                  : Learning::Kind::Surprise;
        l.text = q.value(2).toString();
        l.author = q.value(3).toString();
        learnings.append(l);
    }
    return learnings;
}

QList<LearningStore::LinkText> LearningStore::linkTexts(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral(
            "SELECT ll.learning_id, COALESCE(f.title, ''), COALESCE(e.text, '') FROM learning_links ll"
            " LEFT JOIN factors f ON f.id = ll.factor_id LEFT JOIN events e ON e.id = ll.event_id"),
        {}, error);
    QList<LinkText> links;
    while (q.next())
        links.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return links;
}

} // namespace faultless::model
