#include "reviewsummary.h"

#include "domain/timestamps.h"
#include "store/reviewstore.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace faultless::model {

ReviewSummary ReviewSummary::read(const ReviewStore &store)
{
    ReviewSummary s;
    s.schemaVersion = store.schemaVersion();
    s.title = store.title();
    s.timeZone = QString::fromUtf8(store.timeZone().id());
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT kind, COUNT(*), MIN(instant), MAX(COALESCE(end_instant, instant))"
                          " FROM live_events GROUP BY kind"));
    while (q.next()) {
        const qint64 count = q.value(1).toLongLong();
        s.byKind.insert(eventKindName(static_cast<EventKind>(q.value(0).toInt())), count);
        s.events += count;
        const Instant first = q.value(2).toLongLong();
        const Instant last = q.value(3).toLongLong();
        if (s.first == NoInstant || first < s.first)
            s.first = first;
        if (s.last == NoInstant || last > s.last)
            s.last = last;
    }
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
