#include "factorstore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models (factors, categories, evidence)

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

QList<FactorStore::CategorisedFactor> FactorStore::inCategoryOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT f.id, f.title, f.description, COALESCE(c.name, ''), f.author FROM factors f"
                       " LEFT JOIN factor_categories c ON c.id = f.category_id"
                       " ORDER BY c.id IS NULL, c.position, c.name, f.title COLLATE NOCASE, f.id"),
        {}, error);
    QList<CategorisedFactor> factors;
    while (q.next()) {
        CategorisedFactor f;
        f.factor.id = q.value(0).toLongLong();
        f.factor.title = q.value(1).toString();
        f.factor.description = q.value(2).toString();
        f.category = q.value(3).toString();
        f.factor.author = q.value(4).toString();
        factors.append(f);
    }
    return factors;
}

QList<FactorStore::CitedEvidence> FactorStore::evidenceInOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
        QStringLiteral(
            "SELECT fe.factor_id, fe.event_id, COALESCE(a.text, ''), fe.note FROM factor_evidence fe"
            " LEFT JOIN annotations a ON a.id = fe.annotation_id ORDER BY fe.id"),
        {}, error);
    QList<CitedEvidence> evidence;
    while (q.next()) {
        CitedEvidence e;
        e.evidence.factorId = q.value(0).toLongLong();
        e.evidence.eventId = q.value(1).toLongLong();
        e.annotationText = q.value(2).toString();
        e.evidence.note = q.value(3).toString();
        evidence.append(e);
    }
    return evidence;
}

QList<FactorStore::EvidenceEvent> FactorStore::evidenceEvents(const ReviewStore &store)
{
    // Cited events, and the events of cited annotations.
    QSqlQuery q = reportQuery(store,
        QStringLiteral("SELECT f.id, f.title, COALESCE(fe.event_id, a.event_id) FROM factors f"
                       " LEFT JOIN factor_evidence fe ON fe.factor_id = f.id"
                       " LEFT JOIN annotations a ON a.id = fe.annotation_id"),
        {}, nullptr);
    QList<EvidenceEvent> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).isNull() ? 0 : q.value(2).toLongLong() });
    return rows;
}

} // namespace faultless::model
