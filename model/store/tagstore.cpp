#include "tagstore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and search

QStringList TagStore::names(const ReviewStore &store)
{
    QStringList tags;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name"))) {
        while (q.next())
            tags << q.value(0).toString();
    }
    return tags;
}

QStringList TagStore::namesOfEvent(const ReviewStore &store, qint64 eventId)
{
    QStringList tags;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ?"
        " ORDER BY t.name"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next())
            tags << q.value(0).toString();
    }
    return tags;
}

bool TagStore::ensure(ReviewStore &store, const QString &name)
{
    return store.exec(QStringLiteral("INSERT OR IGNORE INTO tags(id, name) VALUES(?, ?)"),
        { store.rowId(QStringLiteral("tags"), 0), name });
}

bool TagStore::tagEvent(ReviewStore &store, qint64 eventId, const QString &name)
{
    return store.exec(QStringLiteral("INSERT OR IGNORE INTO event_tags(event_id, tag_id)"
                                     " SELECT ?, id FROM tags WHERE name = ?"),
        { eventId, name });
}

bool TagStore::untagEvent(ReviewStore &store, qint64 eventId, const QString &name)
{
    return store.exec(QStringLiteral("DELETE FROM event_tags WHERE event_id = ? AND tag_id ="
                                     " (SELECT id FROM tags WHERE name = ?)"),
        { eventId, name });
}

// --- reports and analysis (briefing, comparison, export)

QList<TagStore::EventTagName> TagStore::eventTagNames(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id"
                       " ORDER BY t.name"),
        {}, error);
    QList<EventTagName> names;
    while (q.next())
        names.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return names;
}

} // namespace faultless::model
