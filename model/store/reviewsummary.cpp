#include "reviewsummary.h"

#include "domain/timestamps.h"
#include "store/reviewstore.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace faultless::model {

namespace {
// The first instant and the last (a span's end included) of the live events: per live source,
// and for the events added by hand, three seeks in the indexes on (source, instant) and on
// (source, end of span) rather than a pass over every event.
void readSpan(const ReviewStore &store, ReviewSummary *s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT (SELECT MIN(instant) FROM events WHERE source_id = s.id),"
        " (SELECT MAX(instant) FROM events WHERE source_id = s.id),"
        " (SELECT MAX(end_instant) FROM events WHERE source_id = s.id AND end_instant IS NOT NULL)"
        " FROM sources s WHERE s.removed = 0"
        " UNION ALL SELECT (SELECT MIN(instant) FROM events WHERE source_id IS NULL),"
        " (SELECT MAX(instant) FROM events WHERE source_id IS NULL),"
        " (SELECT MAX(end_instant) FROM events WHERE source_id IS NULL AND end_instant IS NOT NULL)"));
    while (q.next()) {
        if (q.value(0).isNull())
            continue; // a source without events
        const Instant first = q.value(0).toLongLong();
        Instant last = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            last = std::max(last, Instant(q.value(2).toLongLong()));
        if (s->first == NoInstant || first < s->first)
            s->first = first;
        if (s->last == NoInstant || last > s->last)
            s->last = last;
    }
}
} // namespace

ReviewSummary ReviewSummary::read(const ReviewStore &store)
{
    ReviewSummary s;
    s.schemaVersion = store.schemaVersion();
    s.title = store.title();
    s.timeZone = QString::fromUtf8(store.timeZone().id());
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Kept with the data (event_counts, schema version 5): a few rows per source, whatever the
    // number of events.
    q.exec(QStringLiteral("SELECT c.kind, SUM(c.events) FROM event_counts c LEFT JOIN sources s"
                          " ON s.id = c.source_id WHERE c.source_id = 0 OR s.removed = 0 GROUP BY c.kind"));
    while (q.next()) {
        const qint64 count = q.value(1).toLongLong();
        if (count == 0)
            continue;
        s.byKind.insert(eventKindName(static_cast<EventKind>(q.value(0).toInt())), count);
        s.events += count;
    }
    readSpan(store, &s);
    q.exec(QStringLiteral(
        "SELECT s.id, s.name, s.kind, s.format, s.origin_path, s.zone, s.accepted, s.rejected,"
        " s.duplicates, s.clock_offset_us, s.notes FROM sources s WHERE s.removed = 0 ORDER BY s.id"));
    while (q.next()) {
        SourceSummary src;
        src.id = q.value(0).toLongLong();
        src.name = q.value(1).toString();
        src.kind = q.value(2).toString();
        src.format = q.value(3).toString();
        src.originPath = q.value(4).toString();
        src.zone = q.value(5).toString();
        src.events = q.value(6).toLongLong();
        src.rejected = q.value(7).toLongLong();
        src.duplicates = q.value(8).toLongLong();
        src.clockOffsetUs = q.value(9).toLongLong();
        src.notes = q.value(10).toString();
        s.sources.append(src);
    }
    s.annotations = store
                        .scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM annotations a JOIN live_events e ON e.id = a.event_id"))
                        .toLongLong();
    s.factors = store.scalar(QStringLiteral("SELECT COUNT(*) FROM factors")).toLongLong();
    s.narratives = store.scalar(QStringLiteral("SELECT COUNT(*) FROM narratives")).toLongLong();
    return s;
}

QJsonObject ReviewSummary::toJson() const
{
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    QJsonArray sourceArray;
    for (const SourceSummary &src : sources) {
        sourceArray.append(QJsonObject { { QStringLiteral("name"), src.name },
            { QStringLiteral("format"), src.format }, { QStringLiteral("kind"), src.kind },
            { QStringLiteral("events"), src.events }, { QStringLiteral("rejected"), src.rejected },
            { QStringLiteral("duplicates"), src.duplicates }, { QStringLiteral("zone"), src.zone },
            { QStringLiteral("clock_offset_us"), src.clockOffsetUs } });
    }
    return QJsonObject {
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("title"), title },
        { QStringLiteral("time_zone"), timeZone },
        { QStringLiteral("events"), events },
        { QStringLiteral("by_kind"), kinds },
        { QStringLiteral("sources"), sourceArray },
        { QStringLiteral("first"),
            first == NoInstant ? QJsonValue() : QJsonValue(timestamps::toIsoUtc(first)) },
        { QStringLiteral("last"), last == NoInstant ? QJsonValue() : QJsonValue(timestamps::toIsoUtc(last)) },
        { QStringLiteral("annotations"), annotations },
        { QStringLiteral("factors"), factors },
        { QStringLiteral("narratives"), narratives },
    };
}

} // namespace faultless::model
