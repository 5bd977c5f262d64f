#include "opsgenieimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace faultless::model {

int OpsgenieImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "action", "alert", "alertId" })
        && (JsonItems::hasKeys(prefix, { "integrationName" }) || JsonItems::hasKeys(prefix, { "tinyId" })))
        return 90;
    return 0;
}

bool OpsgenieImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<JsonItem> items;
    if (!JsonItems::readValues(input, sink, &items, error))
        return false;
    QList<JsonItem> payloads;
    for (const auto &item : std::as_const(items)) {
        if (item.value.isArray()) {
            for (const QJsonValue &v : item.value.toArray())
                payloads.append({ v, item.line, item.byteOffset, payloads.size() + 1 });
        } else {
            payloads.append({ item.value, item.line, item.byteOffset, payloads.size() + 1 });
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    std::vector<EventRecord> events;
    std::vector<QString> alertIds;
    std::vector<QString> actions;
    for (const auto &item : std::as_const(payloads)) {
        if (input.isCanceled())
            return false;
        const QJsonObject o = item.value.toObject();
        const QJsonObject alert = o.value(QLatin1String("alert")).toObject();
        const QString action = o.value(QLatin1String("action")).toString();
        if (alert.isEmpty() || action.isEmpty()) {
            sink.addRejected(
                ActivityRecords::reject(item, tr("not an Opsgenie alert webhook (no action or alert)")));
            continue;
        }
        EventRecord e;
        e.kind = EventKind::Alert;
        e.line = item.line;
        e.byteOffset = item.byteOffset;
        // The body carries no time of the action itself: a Create happened at createdAt, any other
        // action at the alert's updatedAt (nanoseconds in Opsgenie's payloads, told apart by size).
        const QJsonValue when = action == QLatin1String("Create") ? alert.value(QLatin1String("createdAt"))
                                                                  : alert.value(QLatin1String("updatedAt"));
        e.instant = RecordTime::instant(when, zone, context);
        if (e.instant == NoInstant)
            e.instant = RecordTime::instant(alert.value(QLatin1String("createdAt")), zone, context);
        if (e.instant == NoInstant) {
            sink.addRejected(ActivityRecords::reject(item, tr("no usable \"createdAt\" or \"updatedAt\"")));
            continue;
        }
        const QString message = alert.value(QLatin1String("message")).toString();
        e.lane = message.toUtf8();
        e.actor = alert.value(QLatin1String("username")).toString().toUtf8();
        e.text = tr("%1: %2").arg(action, message).toUtf8();
        e.severity = ActivityRecords::severityFromText(alert.value(QLatin1String("priority")).toString());
        QJsonObject attrs;
        attrs.insert(QStringLiteral("action"), action);
        for (const char *k : { "alertId", "tinyId", "alias", "entity", "priority", "source", "tags", "teams",
                 "note", "description" }) {
            const QJsonValue v = alert.value(QLatin1String(k));
            if (!v.isUndefined() && !v.isNull() && v != QJsonValue(QString())
                && v != QJsonValue(QJsonArray()))
                attrs.insert(QLatin1String(k), v);
        }
        const QString integration = o.value(QLatin1String("integrationName")).toString();
        if (!integration.isEmpty())
            attrs.insert(QStringLiteral("integration"), integration);
        e.attributesJson = JsonItems::compact(attrs);
        alertIds.push_back(alert.value(QLatin1String("alertId")).toString());
        actions.push_back(action);
        events.push_back(std::move(e));
    }

    // Create..Close of one alert is its span; webhook captures can arrive out of order.
    std::vector<size_t> byTime(events.size());
    for (size_t i = 0; i < byTime.size(); ++i)
        byTime[i] = i;
    std::stable_sort(byTime.begin(), byTime.end(),
        [&](size_t a, size_t b) { return events[a].instant < events[b].instant; });
    QHash<QString, size_t> open;
    for (size_t i : byTime) {
        if (alertIds[i].isEmpty())
            continue;
        if (actions[i] == QLatin1String("Create"))
            open.insert(alertIds[i], i);
        else if (actions[i] == QLatin1String("Close") && open.contains(alertIds[i]))
            events[open.take(alertIds[i])].end = events[i].instant;
    }
    for (EventRecord &e : events)
        sink.addEvent(std::move(e));
    return true;
}

} // namespace faultless::model
