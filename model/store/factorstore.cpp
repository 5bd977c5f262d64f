#include "factorstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models (factors, categories, evidence)

bool FactorStore::exists(const ReviewStore &store, qint64 factorId)
{
    return factorId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM factors WHERE id = ?"), { factorId }).toInt()
        == 1;
}

namespace {

QList<qint64> idList(const ReviewStore &store, const QString &sql, const QVariantList &values)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool hasRow(const ReviewStore &store, const QString &sql, const QVariantList &values)
{
    return store.scalar(sql, values).toInt() > 0;
}

// The tables that link to a factor, by factor_id.
const QStringList &factorLinkTables()
{
    static const QStringList tables = { QStringLiteral("factor_evidence"), QStringLiteral("question_factors"),
        QStringLiteral("opportunity_factors"), QStringLiteral("learning_links") };
    return tables;
}

} // namespace

QList<FactorCategory> FactorStore::categories(const ReviewStore &store)
{
    QList<FactorCategory> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, description, position FROM factor_categories ORDER BY position, id")))
        return result;
    while (q.next())
        result.append(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() });
    return result;
}

std::optional<FactorCategory> FactorStore::category(const ReviewStore &store, qint64 categoryId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, name, description, position FROM factor_categories WHERE id = ?"));
    q.addBindValue(categoryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FactorCategory { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toInt() };
}

int FactorStore::nextCategoryPosition(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM factor_categories"))
        .toInt();
}

qint64 FactorStore::insertCategory(ReviewStore &store, const FactorCategory &category)
{
    if (!store.exec(
            QStringLiteral("INSERT INTO factor_categories(id,name,description,position) VALUES(?,?,?,?)"),
            { store.rowId(QStringLiteral("factor_categories"), category.id), category.name,
                category.description, category.position }))
        return 0;
    return category.id ? category.id : store.lastInsertId();
}

bool FactorStore::setCategoryName(ReviewStore &store, qint64 categoryId, const QString &name)
{
    return store.exec(
        QStringLiteral("UPDATE factor_categories SET name = ? WHERE id = ?"), { name, categoryId });
}

bool FactorStore::setCategoryDescription(ReviewStore &store, qint64 categoryId, const QString &description)
{
    return store.exec(QStringLiteral("UPDATE factor_categories SET description = ? WHERE id = ?"),
        { description, categoryId });
}

bool FactorStore::removeCategory(ReviewStore &store, qint64 categoryId, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        if (!rows.capture(
                store, QStringLiteral("factor_categories"), QStringLiteral("id = ?"), { categoryId })
            || rows.isEmpty())
            return false;
        *removed = rows;
    }
    // ON DELETE SET NULL clears the factors' category.
    return store.exec(QStringLiteral("DELETE FROM factor_categories WHERE id = ?"), { categoryId });
}

QList<qint64> FactorStore::factorIdsInCategory(const ReviewStore &store, qint64 categoryId)
{
    return idList(store, QStringLiteral("SELECT id FROM factors WHERE category_id = ?"), { categoryId });
}

bool FactorStore::putInCategory(ReviewStore &store, qint64 categoryId, const QList<qint64> &factorIds)
{
    for (qint64 factorId : factorIds) {
        if (!store.exec(
                QStringLiteral("UPDATE factors SET category_id = ? WHERE id = ?"), { categoryId, factorId }))
            return false;
    }
    return true;
}

QList<FactorRow> FactorStore::rows(const ReviewStore &store)
{
    QList<FactorRow> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Evidence on events of a removed source is not counted: it is not visible either.
    if (!q.exec(QStringLiteral(
            "SELECT f.id, f.title, COALESCE(c.name, ''),"
            " (SELECT COUNT(*) FROM factor_evidence fe LEFT JOIN annotations a ON a.id = fe.annotation_id"
            "  WHERE fe.factor_id = f.id AND COALESCE(fe.event_id, a.event_id) IN (SELECT id FROM "
            "live_events)),"
            " f.description, COALESCE(f.category_id, 0), f.author, f.created, f.edited"
            " FROM factors f LEFT JOIN factor_categories c ON c.id = f.category_id"
            " ORDER BY c.name IS NULL, c.name COLLATE NOCASE, f.title COLLATE NOCASE, f.id")))
        return result;
    while (q.next()) {
        FactorRow row;
        row.id = q.value(0).toLongLong();
        row.title = q.value(1).toString();
        row.categoryName = q.value(2).toString();
        row.evidenceCount = q.value(3).toInt();
        row.description = q.value(4).toString();
        row.categoryId = q.value(5).toLongLong();
        row.author = q.value(6).toString();
        row.created = q.value(7).toLongLong();
        row.edited = q.value(8).toLongLong();
        result.append(row);
    }
    return result;
}

std::optional<Factor> FactorStore::find(const ReviewStore &store, qint64 factorId)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT id, title, description, COALESCE(category_id, 0), author, created, edited"
                       " FROM factors WHERE id = ?"));
    q.addBindValue(factorId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Factor factor;
    factor.id = q.value(0).toLongLong();
    factor.title = q.value(1).toString();
    factor.description = q.value(2).toString();
    factor.categoryId = q.value(3).toLongLong();
    factor.author = q.value(4).toString();
    factor.created = q.value(5).toLongLong();
    factor.edited = q.value(6).toLongLong();
    return factor;
}

qint64 FactorStore::insert(ReviewStore &store, const Factor &factor)
{
    if (!store.exec(
            QStringLiteral("INSERT INTO factors(id,title,description,category_id,author,created,edited)"
                           " VALUES(?,?,?,?,?,?,?)"),
            { store.rowId(QStringLiteral("factors"), factor.id), factor.title, factor.description,
                ReviewStore::idOrNull(factor.categoryId), factor.author, factor.created, factor.edited }))
        return 0;
    return factor.id ? factor.id : store.lastInsertId();
}

bool FactorStore::setTitle(ReviewStore &store, qint64 factorId, const QString &title, qint64 edited)
{
    return store.exec(
        QStringLiteral("UPDATE factors SET title = ?, edited = ? WHERE id = ?"), { title, edited, factorId });
}

bool FactorStore::setDescription(
    ReviewStore &store, qint64 factorId, const QString &description, qint64 edited)
{
    return store.exec(QStringLiteral("UPDATE factors SET description = ?, edited = ? WHERE id = ?"),
        { description, edited, factorId });
}

bool FactorStore::setCategory(ReviewStore &store, qint64 factorId, qint64 categoryId, qint64 edited)
{
    return store.exec(QStringLiteral("UPDATE factors SET category_id = ?, edited = ? WHERE id = ?"),
        { ReviewStore::idOrNull(categoryId), edited, factorId });
}

bool FactorStore::remove(ReviewStore &store, qint64 factorId, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        if (!rows.capture(store, QStringLiteral("factors"), QStringLiteral("id = ?"), { factorId })
            || rows.isEmpty())
            return false;
        for (const QString &table : factorLinkTables()) {
            if (!rows.capture(store, table, QStringLiteral("factor_id = ?"), { factorId }))
                return false;
        }
        *removed = rows;
    }
    // The evidence and the links go by cascade.
    return store.exec(QStringLiteral("DELETE FROM factors WHERE id = ?"), { factorId });
}

bool FactorStore::merge(ReviewStore &store, qint64 target, const QList<qint64> &others, const QString &title,
    qint64 edited, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        // The target first so that undo writes it back before its links.
        QList<qint64> all { target };
        all += others;
        for (qint64 id : all) {
            if (!rows.capture(store, QStringLiteral("factors"), QStringLiteral("id = ?"), { id }))
                return false;
        }
        for (const QString &table : factorLinkTables()) {
            for (qint64 id : all) {
                if (!rows.capture(store, table, QStringLiteral("factor_id = ?"), { id }))
                    return false;
            }
        }
        *removed = rows;
    }
    QString description
        = store.scalar(QStringLiteral("SELECT description FROM factors WHERE id = ?"), { target }).toString();
    for (qint64 other : others) {
        const QString more
            = store.scalar(QStringLiteral("SELECT description FROM factors WHERE id = ?"), { other })
                  .toString();
        if (!more.trimmed().isEmpty() && !description.contains(more))
            description
                = description.trimmed().isEmpty() ? more : description + QStringLiteral("\n\n") + more;
        const QVariantList ids { target, other };
        if (!store.exec(
                QStringLiteral(
                    "INSERT INTO factor_evidence(factor_id, event_id, annotation_id, note)"
                    " SELECT ?, event_id, annotation_id, note FROM factor_evidence o WHERE o.factor_id = ?"
                    " AND NOT EXISTS(SELECT 1 FROM factor_evidence t WHERE t.factor_id = ?"
                    " AND t.event_id IS o.event_id AND t.annotation_id IS o.annotation_id)"),
                { target, other, target })
            || !store.exec(QStringLiteral("INSERT OR IGNORE INTO question_factors(question_id, factor_id)"
                                          " SELECT question_id, ? FROM question_factors WHERE factor_id = ?"),
                ids)
            || !store.exec(
                QStringLiteral("INSERT OR IGNORE INTO opportunity_factors(opportunity_id, factor_id)"
                               " SELECT opportunity_id, ? FROM opportunity_factors WHERE factor_id = ?"),
                ids)
            || !store.exec(
                QStringLiteral("INSERT INTO learning_links(learning_id, event_id, factor_id)"
                               " SELECT learning_id, event_id, ? FROM learning_links WHERE factor_id = ?"),
                ids)
            || !store.exec(QStringLiteral("DELETE FROM factors WHERE id = ?"), { other }))
            return false;
    }
    QString sql = QStringLiteral("UPDATE factors SET description = ?, edited = ?");
    QVariantList values { description, edited };
    if (!title.trimmed().isEmpty()) {
        sql += QStringLiteral(", title = ?");
        values.append(title.trimmed());
    }
    values.append(target);
    return store.exec(sql + QStringLiteral(" WHERE id = ?"), values);
}

bool FactorStore::unmerge(ReviewStore &store, qint64 target, const RemovedRows &removed)
{
    for (const QString &table : factorLinkTables()) {
        if (!store.exec(
                QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE factor_id = ?"), { target }))
            return false;
    }
    return store.exec(QStringLiteral("DELETE FROM factors WHERE id = ?"), { target })
        && removed.restore(store);
}

QList<EvidenceRow> FactorStore::evidenceRows(const ReviewStore &store, qint64 factorId)
{
    QList<EvidenceRow> result;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT fe.id, COALESCE(e.id, ae.id, 0), COALESCE(e.instant, ae.instant), COALESCE(e.text, ae.text, "
        "''),"
        " COALESCE(a.text, ''), COALESCE(a.author, ''), fe.annotation_id IS NOT NULL,"
        " fe.factor_id, COALESCE(fe.event_id, 0), COALESCE(fe.annotation_id, 0), fe.note"
        " FROM factor_evidence fe LEFT JOIN live_events e ON e.id = fe.event_id"
        " LEFT JOIN annotations a ON a.id = fe.annotation_id LEFT JOIN live_events ae ON ae.id = a.event_id"
        " WHERE fe.factor_id = ? AND COALESCE(e.id, ae.id) IS NOT NULL"
        " ORDER BY COALESCE(e.instant, ae.instant), fe.id"));
    q.addBindValue(factorId);
    if (!q.exec())
        return result;
    while (q.next()) {
        EvidenceRow row;
        row.id = q.value(0).toLongLong();
        row.shownEventId = q.value(1).toLongLong();
        row.instant = q.value(2).toLongLong();
        row.eventText = q.value(3).toString();
        row.annotationText = q.value(4).toString();
        row.annotationAuthor = q.value(5).toString();
        row.isAnnotation = q.value(6).toBool();
        row.factorId = q.value(7).toLongLong();
        row.eventId = q.value(8).toLongLong();
        row.annotationId = q.value(9).toLongLong();
        row.note = q.value(10).toString();
        result.append(row);
    }
    return result;
}

std::optional<Evidence> FactorStore::evidence(const ReviewStore &store, qint64 evidenceId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, factor_id, COALESCE(event_id, 0), COALESCE(annotation_id, 0), note"
                             " FROM factor_evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Evidence { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong(), q.value(4).toString() };
}

bool FactorStore::eventExists(const ReviewStore &store, qint64 eventId)
{
    return hasRow(store, QStringLiteral("SELECT COUNT(*) FROM events WHERE id = ?"), { eventId });
}

bool FactorStore::annotationExists(const ReviewStore &store, qint64 annotationId)
{
    return annotationId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE id = ?"), { annotationId })
               .toInt()
        == 1;
}

bool FactorStore::citesEvent(const ReviewStore &store, qint64 factorId, qint64 eventId)
{
    return hasRow(store,
        QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ? AND event_id = ?"),
        { factorId, eventId });
}

bool FactorStore::citesAnnotation(const ReviewStore &store, qint64 factorId, qint64 annotationId)
{
    return hasRow(store,
        QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ? AND annotation_id = ?"),
        { factorId, annotationId });
}

qint64 FactorStore::insertEvidence(ReviewStore &store, const Evidence &evidence)
{
    if (!store.exec(
            QStringLiteral(
                "INSERT INTO factor_evidence(id,factor_id,event_id,annotation_id,note) VALUES(?,?,?,?,?)"),
            { store.rowId(QStringLiteral("factor_evidence"), evidence.id), evidence.factorId,
                ReviewStore::idOrNull(evidence.eventId), ReviewStore::idOrNull(evidence.annotationId),
                evidence.note }))
        return 0;
    return evidence.id ? evidence.id : store.lastInsertId();
}

bool FactorStore::removeEvidence(ReviewStore &store, qint64 evidenceId, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        if (!rows.capture(store, QStringLiteral("factor_evidence"), QStringLiteral("id = ?"), { evidenceId })
            || rows.isEmpty())
            return false;
        *removed = rows;
    }
    return store.exec(QStringLiteral("DELETE FROM factor_evidence WHERE id = ?"), { evidenceId });
}

// --- reports and analysis (briefing, comparison, export)

QList<FactorStore::CategorisedFactor> FactorStore::inCategoryOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
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
    QSqlQuery q = store.read(
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
    QSqlQuery q
        = store.read(QStringLiteral("SELECT f.id, f.title, COALESCE(fe.event_id, a.event_id) FROM factors f"
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
