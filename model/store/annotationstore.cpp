#include "annotationstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and search

namespace {
Annotation annotationFrom(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.author = q.value(2).toString();
    a.text = q.value(3).toString();
    a.created = q.value(4).toLongLong();
    a.edited = q.value(5).toLongLong();
    return a;
}

// Disputes name their item by type and id, without a foreign key (one table serves events,
// annotations and steps), so no cascade removes them: a deletion takes them along by hand. Left
// behind, they would mark whatever annotation SQLite later gives the same id.
bool removeDisputes(ReviewStore &store, qint64 annotationId)
{
    return store.exec(QStringLiteral("DELETE FROM disputes WHERE item_type = 'annotation' AND item_id = ?"),
        { annotationId });
}
} // namespace

std::optional<Annotation> AnnotationStore::find(const ReviewStore &store, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT id, event_id, author, text, created, edited FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return annotationFrom(q);
}

QList<Annotation> AnnotationStore::ofEvent(const ReviewStore &store, qint64 eventId)
{
    QList<Annotation> annotations;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, event_id, author, text, created, edited FROM annotations"
                             " WHERE event_id = ? ORDER BY created, id"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next())
            annotations.append(annotationFrom(q));
    }
    return annotations;
}

qint64 AnnotationStore::insert(ReviewStore &store, const Annotation &annotation)
{
    const bool fresh = annotation.id == 0;
    if (!store.exec(QStringLiteral("INSERT INTO annotations(id, event_id, author, text, created, edited)"
                                   " VALUES(?, ?, ?, ?, ?, ?)"),
            { store.rowId(QStringLiteral("annotations"), annotation.id), annotation.eventId,
                annotation.author, annotation.text, annotation.created, annotation.edited }))
        return 0;
    const qint64 id = store.lastInsertId();
    // A new id may be that of an annotation deleted by a version that left its disputes
    // behind: they were about another annotation, and must not mark this one.
    if (fresh && !removeDisputes(store, id))
        return 0;
    return id;
}

bool AnnotationStore::setText(ReviewStore &store, qint64 id, const QString &text, qint64 edited)
{
    return store.exec(
        QStringLiteral("UPDATE annotations SET text = ?, edited = ? WHERE id = ?"), { text, edited, id });
}

bool AnnotationStore::remove(ReviewStore &store, qint64 id)
{
    return store.exec(QStringLiteral("DELETE FROM annotations WHERE id = ?"), { id });
}

bool AnnotationStore::remove(ReviewStore &store, qint64 id, RemovedRows *removed)
{
    // Evidence that cited the annotation goes with it by the cascade, and its disputes by hand:
    // re-inserting the annotation alone would bring back neither, so both are kept, with their ids.
    const QVariantList key { id };
    if (removed
        && (!removed->capture(store, QStringLiteral("annotations"), QStringLiteral("id = ?"), key)
            || !removed->capture(
                store, QStringLiteral("factor_evidence"), QStringLiteral("annotation_id = ?"), key)
            || !removed->capture(store, QStringLiteral("disputes"),
                QStringLiteral("item_type = 'annotation' AND item_id = ?"), key)))
        return false;
    return removeDisputes(store, id) && remove(store, id);
}

// --- reports and analysis (briefing, comparison, export)

QList<Annotation> AnnotationStore::inWrittenOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
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
    QSqlQuery q = store.read(
        QStringLiteral("SELECT a.text, e.instant FROM annotations a JOIN events e ON e.id = a.event_id"
                       " WHERE a.id = ?"),
        { annotationId }, error);
    if (!q.next())
        return std::nullopt;
    return TextAt { q.value(0).toString(), q.value(1).toLongLong() };
}

} // namespace faultless::model
