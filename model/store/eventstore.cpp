#include "eventstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models, search and the timeline index

// --- practice (events added by hand, clock skew)

namespace {
// Helpers of this section, named apart from the other sections'.
namespace practice {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant instantOrNull(Instant instant)
{
    return instant == NoInstant ? QVariant(QMetaType::fromType<qint64>()) : QVariant(instant);
}

// The id of the lane named `lane` (trimmed), added when new; 0 for none.
qint64 manualLaneId(ReviewStore &store, const QString &lane, bool *ok)
{
    *ok = true;
    if (lane.trimmed().isEmpty())
        return 0;
    if (!store.exec(QStringLiteral("INSERT OR IGNORE INTO lanes(name) VALUES(?)"), { lane.trimmed() })) {
        *ok = false;
        return 0;
    }
    return store.scalar(QStringLiteral("SELECT id FROM lanes WHERE name = ?"), { lane.trimmed() })
        .toLongLong();
}

// events_fts is an external-content table filled in bulk by imports, not by trigger: rows
// written here are indexed by hand, and removed with FTS5's 'delete' command, which needs the
// values that were indexed.
// The indexed value is the events_search view's `body` (text and actor): read through the view
// so that what is inserted and what is later deleted are always the same string.
bool indexManual(ReviewStore &store, qint64 id)
{
    return store.exec(QStringLiteral("INSERT INTO events_fts(rowid, body) SELECT id, body FROM events_search"
                                     " WHERE id = ?"),
        { id });
}

// Must run before the events row changes: FTS5 removes exactly the tokens of the body given.
bool unindexManual(ReviewStore &store, qint64 id)
{
    return store.exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rowid, body) SELECT 'delete', id, body"
                       " FROM events_search WHERE id = ?"),
        { id });
}
} // namespace practice
} // namespace

std::optional<EventRow> EventStore::manualEvent(const ReviewStore &store, qint64 eventId)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT e.instant, e.end_instant, e.kind, e.severity, COALESCE(l.name, ''),"
                       " COALESCE(e.actor, ''), e.text FROM events e LEFT JOIN lanes l ON l.id = e.lane_id"
                       " WHERE e.id = ? AND e.manual = 1"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    EventRow e;
    e.id = eventId;
    e.instant = q.value(0).toLongLong();
    e.end = q.value(1).isNull() ? NoInstant : q.value(1).toLongLong();
    e.kind = static_cast<EventKind>(q.value(2).toInt());
    e.severity = static_cast<Severity>(q.value(3).toInt());
    e.lane = q.value(4).toString();
    e.actor = q.value(5).toString();
    e.text = q.value(6).toString();
    e.manual = true;
    return e;
}

qint64 EventStore::insertManual(ReviewStore &store, const EventRow &event)
{
    bool ok = false;
    const qint64 lane = practice::manualLaneId(store, event.lane, &ok);
    if (!ok)
        return 0;
    if (!store.exec(QStringLiteral(
                        "INSERT INTO events(id, instant, end_instant, kind, lane_id, severity, actor, text,"
                        " source_id, manual) VALUES(?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)"),
            { practice::idOrNull(event.id), event.instant, practice::instantOrNull(event.end),
                int(event.kind), practice::idOrNull(lane), int(event.severity), event.actor, event.text }))
        return 0;
    const qint64 id = store.lastInsertId();
    return practice::indexManual(store, id) ? id : 0;
}

bool EventStore::updateManual(ReviewStore &store, const EventRow &event)
{
    bool ok = false;
    const qint64 lane = practice::manualLaneId(store, event.lane, &ok);
    return ok && practice::unindexManual(store, event.id)
        && store.exec(QStringLiteral("UPDATE events SET instant = ?, end_instant = ?, kind = ?, lane_id = ?,"
                                     " severity = ?, actor = ?, text = ? WHERE id = ? AND manual = 1"),
            { event.instant, practice::instantOrNull(event.end), int(event.kind), practice::idOrNull(lane),
                int(event.severity), event.actor, event.text, event.id })
        && practice::indexManual(store, event.id);
}

bool EventStore::deleteManual(ReviewStore &store, qint64 eventId)
{
    return practice::unindexManual(store, eventId)
        && store.exec(QStringLiteral("DELETE FROM events WHERE id = ? AND manual = 1"), { eventId });
}

bool EventStore::removeManual(
    ReviewStore &store, qint64 eventId, RemovedRows *removed, QList<qint64> *citingSteps)
{
    const QVariantList id { eventId };
    const QString ofAnnotations = QStringLiteral("(SELECT id FROM annotations WHERE event_id = ?)");
    // Disputes are not tied to their items by a foreign key: they are deleted here, the rest by cascade.
    const QString disputes
        = QStringLiteral("(item_type = 'event' AND item_id = ?) OR (item_type = 'annotation'"
                         " AND item_id IN ")
        + ofAnnotations + QLatin1Char(')');
    *removed = {};
    if (!removed->capture(store, QStringLiteral("annotations"), QStringLiteral("event_id = ?"), id)
        || !removed->capture(store, QStringLiteral("factor_evidence"),
            QStringLiteral("event_id = ? OR annotation_id IN ") + ofAnnotations, { eventId, eventId })
        || !removed->capture(store, QStringLiteral("event_tags"), QStringLiteral("event_id = ?"), id)
        || !removed->capture(store, QStringLiteral("learning_links"), QStringLiteral("event_id = ?"), id)
        || !removed->capture(store, QStringLiteral("disputes"), disputes, { eventId, eventId }))
        return false;
    citingSteps->clear();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM narrative_steps WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (q.exec()) {
        while (q.next())
            *citingSteps << q.value(0).toLongLong();
    }
    return store.exec(QStringLiteral("DELETE FROM disputes WHERE ") + disputes, { eventId, eventId })
        && deleteManual(store, eventId);
}

bool EventStore::restoreManual(
    ReviewStore &store, const EventRow &event, const RemovedRows &removed, const QList<qint64> &citingSteps)
{
    if (!insertManual(store, event) || !removed.restore(store))
        return false;
    for (qint64 step : citingSteps) {
        if (!store.exec(
                QStringLiteral("UPDATE narrative_steps SET event_id = ? WHERE id = ?"), { event.id, step }))
            return false;
    }
    return true;
}

bool EventStore::sourceSpan(const ReviewStore &store, qint64 sourceId, std::optional<Instant> *first,
    std::optional<Instant> *last, QString *error)
{
    QSqlQuery range(store.database());
    range.prepare(QStringLiteral("SELECT MIN(instant), MAX(COALESCE(end_instant, instant)) FROM events"
                                 " WHERE source_id = ?"));
    range.addBindValue(sourceId);
    if (!range.exec() || !range.next()) {
        if (error)
            *error = range.lastError().text();
        return false;
    }
    const auto instant = [&range](int column) {
        return range.value(column).isNull() ? std::nullopt
                                            : std::optional<Instant>(range.value(column).toLongLong());
    };
    *first = instant(0);
    *last = instant(1);
    return true;
}

bool EventStore::shiftSource(ReviewStore &store, qint64 sourceId, qint64 deltaUs)
{
    return store.exec(QStringLiteral("UPDATE events SET instant = instant + ?, end_instant = end_instant + ?"
                                     " WHERE source_id = ?"),
        { deltaUs, deltaUs, sourceId });
}

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
