#include "pagerdutyimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>

namespace faultless::model {

int PagerDutyImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "log_entries" }) || JsonItems::hasKeys(prefix, { "log_entry" }))
        return 90;
    if ((JsonItems::hasKeys(prefix, { "incident" }) || JsonItems::hasKeys(prefix, { "incidents" }))
        && JsonItems::hasKeys(prefix, { "incident_number" }))
        return 85;
    return 0;
}

namespace {
using JsonItemList = QList<JsonItem>;

void addAll(JsonItemList &to, const JsonItem &item, const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            to.append({ x, item.line, item.byteOffset, to.size() + 1 });
    } else if (v.isObject()) {
        to.append({ v, item.line, item.byteOffset, to.size() + 1 });
    }
}

// Sorts what the file holds into log entries and incidents, each numbered in its list.
void collectEntriesAndIncidents(const JsonItemList &items, JsonItemList &entries, JsonItemList &incidents)
{
    for (const auto &item : items) {
        const QJsonObject o = item.value.toObject();
        if (o.contains(QLatin1String("log_entries")))
            addAll(entries, item, o.value(QLatin1String("log_entries")));
        else if (o.contains(QLatin1String("log_entry")))
            addAll(entries, item, o.value(QLatin1String("log_entry")));
        else if (o.contains(QLatin1String("incidents")))
            addAll(incidents, item, o.value(QLatin1String("incidents")));
        else if (o.contains(QLatin1String("incident")) && !o.contains(QLatin1String("type")))
            addAll(incidents, item, o.value(QLatin1String("incident")));
        else if (item.value.isArray())
            addAll(entries, item, item.value);
        else
            addAll(entries, item, item.value); // a bare log entry, one per line
    }
}
// The log entries read so far, with what pairing a trigger with its resolve needs.
struct LogEntries
{
    std::vector<EventRecord> events;
    std::vector<QString> incidentOf; // parallel to events: incident id of a log entry
    std::vector<QString> typeOf;
};

// The acknowledgements or the assignments of an incident.
struct IncidentStepKind
{
    const char *listKey;
    const char *personKey; // who acknowledged, or was assigned
    QString textPattern; // translated; %1 who, %2 the incident's summary
};

void describeLogEntry(const QJsonObject &o, const QString &type, EventRecord &e)
{
    const QJsonObject incident = o.value(QLatin1String("incident")).toObject();
    const QJsonObject agent = o.value(QLatin1String("agent")).toObject();
    e.actor = agent.value(QLatin1String("summary")).toString().toUtf8();
    e.lane = incident.value(QLatin1String("summary")).toString().toUtf8();
    QString text = o.value(QLatin1String("summary")).toString();
    const QString description
        = o.value(QLatin1String("event_details")).toObject().value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        text = PagerDutyImporter::tr("%1: %2").arg(text, description);
    e.text = (text.isEmpty() ? type : text).toUtf8();
    if (type == QLatin1String("trigger_log_entry"))
        e.severity = Severity::Error;
    else if (type == QLatin1String("escalate_log_entry")
        || type == QLatin1String("exhaust_escalation_path_log_entry"))
        e.severity = Severity::Warning;
    else
        e.severity = Severity::Info;
    QJsonObject attrs;
    attrs.insert(QStringLiteral("id"), o.value(QLatin1String("id")));
    attrs.insert(QStringLiteral("type"), type);
    attrs.insert(QStringLiteral("incident"), incident.value(QLatin1String("id")));
    if (!agent.isEmpty())
        attrs.insert(QStringLiteral("agent_type"), agent.value(QLatin1String("type")));
    const QString channel
        = o.value(QLatin1String("channel")).toObject().value(QLatin1String("type")).toString();
    if (!channel.isEmpty())
        attrs.insert(QStringLiteral("channel"), channel);
    const QString service
        = o.value(QLatin1String("service")).toObject().value(QLatin1String("summary")).toString();
    if (!service.isEmpty())
        attrs.insert(QStringLiteral("service"), service);
    if (o.contains(QLatin1String("note")))
        attrs.insert(QStringLiteral("note"), o.value(QLatin1String("note")));
    QStringList teams;
    for (const QJsonValue &t : o.value(QLatin1String("teams")).toArray())
        teams << t.toObject().value(QLatin1String("summary")).toString();
    if (!teams.isEmpty())
        attrs.insert(QStringLiteral("teams"), teams.join(QLatin1String(", ")));
    e.attributesJson = JsonItems::compact(attrs);
}

// An alert event at `stamp` (NoInstant when it is not a usable time), placed at the item's line.
EventRecord alertAt(
    const JsonItem &item, const QJsonValue &stamp, timestamps::ZoneResolver &zone, ImportContext &context)
{
    EventRecord e;
    e.kind = EventKind::Alert;
    e.line = item.line;
    e.byteOffset = item.byteOffset;
    e.instant = RecordTime::instant(stamp, zone, context);
    return e;
}

void readLogEntry(const JsonItem &item, timestamps::ZoneResolver &zone, ImportContext &context,
    LogEntries &log, EventSink &sink)
{
    const QJsonObject o = item.value.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (!type.endsWith(QLatin1String("log_entry"))) {
        sink.addRejected(ActivityRecords::reject(
            item, PagerDutyImporter::tr("not a PagerDuty log entry (type \"%1\")").arg(type)));
        return;
    }
    EventRecord e = alertAt(item, o.value(QLatin1String("created_at")), zone, context);
    if (e.instant == NoInstant) {
        sink.addRejected(ActivityRecords::reject(item, PagerDutyImporter::tr("no usable \"created_at\"")));
        return;
    }
    describeLogEntry(o, type, e);
    log.incidentOf.push_back(
        o.value(QLatin1String("incident")).toObject().value(QLatin1String("id")).toString());
    log.typeOf.push_back(type);
    log.events.push_back(std::move(e));
}

void endTriggersAtResolve(LogEntries &log)
{
    // A trigger is a span up to the first later resolve of its incident. Lists come newest first
    // or oldest first depending on the query, so pair by instant, not by position.
    std::vector<EventRecord> &events = log.events;
    std::vector<size_t> byTime(events.size());
    for (size_t i = 0; i < byTime.size(); ++i)
        byTime[i] = i;
    std::stable_sort(byTime.begin(), byTime.end(),
        [&](size_t a, size_t b) { return events[a].instant < events[b].instant; });
    QHash<QString, size_t> openTrigger;
    for (size_t i : byTime) {
        const QString &incident = log.incidentOf[i];
        if (incident.isEmpty())
            continue;
        if (log.typeOf[i] == QLatin1String("trigger_log_entry") && !openTrigger.contains(incident))
            openTrigger.insert(incident, i);
        else if (log.typeOf[i] == QLatin1String("resolve_log_entry") && openTrigger.contains(incident))
            events[openTrigger.take(incident)].end = events[i].instant;
    }
}

void readIncidentSteps(const JsonItem &item, const QString &summary, const IncidentStepKind &kind,
    timestamps::ZoneResolver &zone, ImportContext &context, EventSink &sink)
{
    const QJsonObject o = item.value.toObject();
    const QJsonArray list = o.value(QLatin1String(kind.listKey)).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject step = list.at(i).toObject();
        EventRecord s = alertAt(item, step.value(QLatin1String("at")), zone, context);
        const QString who
            = step.value(QLatin1String(kind.personKey)).toObject().value(QLatin1String("summary")).toString();
        if (s.instant == NoInstant) {
            sink.addRejected(ActivityRecords::reject({ list.at(i), item.line, item.byteOffset, i + 1 },
                PagerDutyImporter::tr("no usable \"at\"")));
            continue;
        }
        s.lane = summary.toUtf8();
        s.actor = who.toUtf8();
        s.text = kind.textPattern.arg(who, summary).toUtf8();
        s.severity = Severity::Info;
        QJsonObject a;
        a.insert(QStringLiteral("incident"), o.value(QLatin1String("id")));
        s.attributesJson = JsonItems::compact(a);
        sink.addEvent(std::move(s));
    }
}

// Incidents: a span from creation to resolution (open while unresolved), and the
// acknowledgements and assignments it records, which say who was engaged when.
void readIncident(
    const JsonItem &item, timestamps::ZoneResolver &zone, ImportContext &context, EventSink &sink)
{
    const QJsonObject o = item.value.toObject();
    EventRecord e = alertAt(item, o.value(QLatin1String("created_at")), zone, context);
    if (e.instant == NoInstant) {
        sink.addRejected(ActivityRecords::reject(
            item, PagerDutyImporter::tr("an incident without a usable \"created_at\"")));
        return;
    }
    const Instant resolved = RecordTime::instant(o.value(QLatin1String("resolved_at")), zone, context);
    if (resolved != NoInstant && resolved >= e.instant)
        e.end = resolved;
    const QString summary
        = o.value(QLatin1String("summary")).toString(o.value(QLatin1String("title")).toString());
    e.lane = summary.toUtf8();
    e.text = PagerDutyImporter::tr("Incident opened: %1").arg(summary).toUtf8();
    e.severity = o.value(QLatin1String("urgency")).toString() == QLatin1String("high") ? Severity::Critical
                                                                                       : Severity::Error;
    QJsonObject attrs;
    for (const char *k : { "id", "incident_number", "status", "urgency", "incident_key", "assigned_via" }) {
        if (o.contains(QLatin1String(k)))
            attrs.insert(QLatin1String(k), o.value(QLatin1String(k)));
    }
    attrs.insert(QStringLiteral("service"),
        o.value(QLatin1String("service")).toObject().value(QLatin1String("summary")));
    attrs.insert(QStringLiteral("escalation_policy"),
        o.value(QLatin1String("escalation_policy")).toObject().value(QLatin1String("summary")));
    if (e.end == NoInstant)
        attrs.insert(QStringLiteral("unresolved"), true);
    e.attributesJson = JsonItems::compact(attrs);
    sink.addEvent(std::move(e));

    const IncidentStepKind acknowledged { "acknowledgements", "acknowledger",
        PagerDutyImporter::tr("%1 acknowledged %2") };
    const IncidentStepKind assigned { "assignments", "assignee", PagerDutyImporter::tr("%2 assigned to %1") };
    for (const IncidentStepKind &kind : { acknowledged, assigned })
        readIncidentSteps(item, summary, kind, zone, context, sink);
}
} // namespace

bool PagerDutyImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    JsonItemList items;
    if (!JsonItems::readValues(input, sink, &items, error))
        return false;
    JsonItemList entries;
    JsonItemList incidents;
    collectEntriesAndIncidents(items, entries, incidents);

    timestamps::ZoneResolver zone(context.zone);
    LogEntries log;
    for (const auto &item : std::as_const(entries)) {
        if (input.isCanceled())
            return false;
        readLogEntry(item, zone, context, log, sink);
    }
    endTriggersAtResolve(log);
    for (EventRecord &e : log.events)
        sink.addEvent(std::move(e));
    for (const auto &item : std::as_const(incidents))
        readIncident(item, zone, context, sink);
    return true;
}

} // namespace faultless::model
