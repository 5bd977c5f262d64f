#include "alertmanagerimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <map>

namespace faultless::model {

int AlertmanagerImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "alerts", "startsAt" })
        && (JsonItems::hasKeys(prefix, { "groupKey" }) || JsonItems::hasKeys(prefix, { "receiver" })))
        return 95;
    if (JsonItems::hasKeys(prefix, { "labels", "startsAt", "endsAt" }))
        return 70; // API v2 /alerts list: alerts without the webhook envelope
    return 0;
}

// Alertmanager notifies about the same alert again and again (repeat_interval, then once more when
// it resolves); merging by fingerprint (or labels + startsAt for older versions without one) turns
// those notifications into one span from firing to resolved.
bool AlertmanagerImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<JsonItem> items;
    if (!JsonItems::readValues(input, sink, &items, error))
        return false;

    struct Alert
    {
        JsonItem item;
        QJsonObject alert;
        QJsonObject envelope;
    };
    QList<Alert> alerts;
    auto addPayload = [&](const JsonItem &item, const QJsonObject &payload) {
        const QJsonArray list = payload.value(QLatin1String("alerts")).toArray();
        QJsonObject envelope = payload;
        envelope.remove(QStringLiteral("alerts"));
        for (qsizetype i = 0; i < list.size(); ++i)
            alerts.append({ { list.at(i), item.line, item.byteOffset, alerts.size() + 1 },
                list.at(i).toObject(), envelope });
        if (list.isEmpty())
            sink.addRejected(ActivityRecords::reject(item, tr("a notification without alerts")));
    };
    for (const auto &item : std::as_const(items)) {
        if (item.value.isArray()) {
            for (const QJsonValue &v : item.value.toArray()) {
                const QJsonObject o = v.toObject();
                if (o.contains(QLatin1String("alerts")))
                    addPayload(item, o);
                else
                    alerts.append({ { v, item.line, item.byteOffset, alerts.size() + 1 }, o, {} });
            }
        } else if (item.value.toObject().contains(QLatin1String("alerts"))) {
            addPayload(item, item.value.toObject());
        } else {
            alerts.append({ item, item.value.toObject(), {} });
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    std::map<QString, EventRecord> merged; // key -> event; std::map keeps the output stable
    std::vector<QString> order;
    for (const Alert &a : std::as_const(alerts)) {
        if (input.isCanceled())
            return false;
        const QJsonObject labels = a.alert.value(QLatin1String("labels")).toObject();
        const QJsonObject annotations = a.alert.value(QLatin1String("annotations")).toObject();
        const Instant starts = RecordTime::instant(a.alert.value(QLatin1String("startsAt")), zone, context);
        if (starts == NoInstant || RecordTime::isPlaceholder(starts)) {
            sink.addRejected(ActivityRecords::reject(a.item, tr("no usable \"startsAt\"")));
            continue;
        }
        if (labels.isEmpty()) {
            sink.addRejected(ActivityRecords::reject(a.item, tr("an alert without labels")));
            continue;
        }
        const Instant ends = RecordTime::instant(a.alert.value(QLatin1String("endsAt")), zone, context);
        // Per-alert status is missing in older payloads; the notification's status then applies.
        const QString status = a.alert.value(QLatin1String("status"))
                                   .toString(a.envelope.value(QLatin1String("status")).toString());
        const bool resolved
            = status == QLatin1String("resolved") && !RecordTime::isPlaceholder(ends) && ends >= starts;

        const QString fingerprint = a.alert.value(QLatin1String("fingerprint")).toString();
        const QString key = fingerprint.isEmpty()
            ? QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)) + QLatin1Char('@')
                + QString::number(starts)
            : fingerprint + QLatin1Char('@') + QString::number(starts);
        auto it = merged.find(key);
        if (it != merged.end()) {
            if (resolved && (it->second.end == NoInstant || ends > it->second.end))
                it->second.end = ends;
            continue;
        }
        EventRecord e;
        e.kind = EventKind::Alert;
        e.line = a.item.line;
        e.byteOffset = a.item.byteOffset;
        e.instant = starts;
        e.end = resolved ? ends : NoInstant;
        const QString alertName = labels.value(QLatin1String("alertname")).toString();
        e.lane = alertName.toUtf8();
        e.severity = ActivityRecords::severityFromText(labels.value(QLatin1String("severity")).toString());
        QString summary = annotations.value(QLatin1String("summary")).toString();
        if (summary.isEmpty())
            summary = annotations.value(QLatin1String("description")).toString();
        if (summary.isEmpty())
            summary = annotations.value(QLatin1String("message")).toString();
        const QString where = labels.value(QLatin1String("instance"))
                                  .toString(labels.value(QLatin1String("alias")).toString());
        QString text = summary.isEmpty() ? alertName
            : alertName.isEmpty()        ? summary
                                         : tr("%1: %2").arg(alertName, summary);
        if (!where.isEmpty())
            text = tr("%1 (%2)").arg(text, where);
        e.text = text.toUtf8();
        QJsonObject attrs;
        attrs.insert(QStringLiteral("labels"), labels);
        if (!annotations.isEmpty())
            attrs.insert(QStringLiteral("annotations"), annotations);
        if (!fingerprint.isEmpty())
            attrs.insert(QStringLiteral("fingerprint"), fingerprint);
        for (const char *k : { "generatorURL" }) {
            if (a.alert.contains(QLatin1String(k)))
                attrs.insert(QLatin1String(k), a.alert.value(QLatin1String(k)));
        }
        for (const char *k : { "receiver", "groupKey", "externalURL" }) {
            if (a.envelope.contains(QLatin1String(k)))
                attrs.insert(QLatin1String(k), a.envelope.value(QLatin1String(k)));
        }
        if (!resolved && !RecordTime::isPlaceholder(ends))
            attrs.insert(
                QStringLiteral("ends_at_estimate"), timestamps::toIsoUtc(ends)); // firing: a forecast only
        e.attributesJson = JsonItems::compact(attrs);
        order.push_back(key);
        merged.emplace(key, std::move(e));
    }
    for (const QString &key : order) {
        EventRecord &e = merged.at(key);
        // Still firing at the end of the file: an open span, said so for the reader.
        if (e.end == NoInstant) {
            QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
            attrs.insert(QStringLiteral("still_firing"), true);
            e.attributesJson = JsonItems::compact(attrs);
        }
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
