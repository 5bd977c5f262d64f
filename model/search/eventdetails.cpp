#include "eventdetails.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

std::optional<EventDetails> EventDetails::load(const ReviewStore &store, qint64 eventId)
{
    const std::optional<EventRow> row = EventQuery::fetchOne(store, eventId);
    if (!row)
        return std::nullopt;
    EventDetails details;
    details.event = *row;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT COALESCE(e.phase, ''), COALESCE(s.origin_path, ''), COALESCE(s.format, '')"
                             " FROM events e LEFT JOIN sources s ON s.id = e.source_id WHERE e.id = ?"));
    q.addBindValue(eventId);
    if (q.exec() && q.next()) {
        details.phase = q.value(0).toString();
        details.originPath = q.value(1).toString();
        details.sourceFormat = q.value(2).toString();
    }
    q.prepare(QStringLiteral("SELECT id, author, text, created, edited FROM annotations WHERE event_id = ?"
                             " ORDER BY created, id"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next()) {
            details.annotations.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toLongLong(), q.value(4).toLongLong()});
        }
    }
    q.prepare(QStringLiteral("SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = ?"
                             " ORDER BY t.name"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next())
            details.tags << q.value(0).toString();
    }
    return details;
}

QStringList EventDetails::allTags(const ReviewStore &store)
{
    QStringList tags;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name"))) {
        while (q.next())
            tags << q.value(0).toString();
    }
    return tags;
}

} // namespace faultless::model
