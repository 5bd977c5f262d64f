#include "unleashimporter.h"

#include "import/activityformats.h"
#include "import/importinput.h"

namespace faultless::model {

namespace {

// "flexibleRollout rollout=50, groupId=x" from a strategy object: what a reader compares when a
// rollout was widened and narrowed again.
QString strategySummary(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (o.isEmpty())
        return {};
    QString text = o.value(QLatin1String("name")).toString();
    const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
    QStringList parts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        parts << it.key() + QLatin1Char('=') + ActivityFormats::summarize(it.value(), 40);
    const QJsonArray constraints = o.value(QLatin1String("constraints")).toArray();
    if (!constraints.isEmpty())
        parts << ActivityFormats::tr("%n constraint(s)", nullptr, int(constraints.size()));
    if (!parts.isEmpty())
        text += QLatin1Char(' ') + parts.join(QLatin1String(", "));
    return text.trimmed();
}

} // namespace

int UnleashImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (!ActivityFormats::hasJsonKeys(prefix, {"createdBy", "createdAt", "type"}))
        return 0;
    if (ActivityFormats::hasJsonKeys(prefix, {"featureName"}) || ActivityFormats::hasJsonKeys(prefix, {"events"})
        || ActivityFormats::hasJsonKeys(prefix, {"preData"}))
        return 85;
    return 40;
}

bool UnleashImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<ActivityFormats::JsonItem> items;
    if (!ActivityFormats::readJsonValues(input, sink, &items, error))
        return false;
    QList<ActivityFormats::JsonItem> events;
    for (const auto &item : std::as_const(items)) {
        const QJsonObject o = item.value.toObject();
        if (item.value.isObject() && o.value(QLatin1String("events")).isArray()) {
            const QJsonArray list = o.value(QLatin1String("events")).toArray();
            for (const QJsonValue &v : list)
                events.append({v, item.line, item.byteOffset, events.size() + 1});
        } else if (item.value.isArray()) {
            const QJsonArray list = item.value.toArray();
            for (const QJsonValue &v : list)
                events.append({v, item.line, item.byteOffset, events.size() + 1});
        } else {
            events.append({item.value, item.line, item.byteOffset, events.size() + 1});
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    for (const auto &item : std::as_const(events)) {
        if (input.isCanceled())
            return false;
        if (!item.value.isObject()) {
            sink.addRejected(ActivityFormats::reject(item, tr("not a JSON object")));
            continue;
        }
        const QJsonObject o = item.value.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type.isEmpty()) {
            sink.addRejected(ActivityFormats::reject(item, tr("no event \"type\"")));
            continue;
        }
        EventRecord e;
        e.kind = EventKind::Flag;
        e.line = item.line;
        e.byteOffset = item.byteOffset;
        e.instant = ActivityFormats::instant(o.value(QLatin1String("createdAt")), zone, context);
        if (e.instant == NoInstant) {
            sink.addRejected(ActivityFormats::reject(item, tr("no usable \"createdAt\"")));
            continue;
        }
        e.actor = o.value(QLatin1String("createdBy")).toString().toUtf8();
        const QString feature = o.value(QLatin1String("featureName")).toString();
        const QString environment = o.value(QLatin1String("environment")).toString();
        const QJsonValue data = o.value(QLatin1String("data"));
        const QJsonValue preData = o.value(QLatin1String("preData"));

        QJsonObject attrs;
        attrs.insert(QStringLiteral("id"), o.value(QLatin1String("id")));
        attrs.insert(QStringLiteral("type"), type);
        for (const char *key : {"project", "label", "summary"}) {
            const QString value = o.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                attrs.insert(QLatin1String(key), value);
        }
        if (data.isObject() && !data.toObject().isEmpty())
            attrs.insert(QStringLiteral("data"), data);
        if (preData.isObject() && !preData.toObject().isEmpty())
            attrs.insert(QStringLiteral("preData"), preData);

        std::optional<FlagChange> change;
        if (!feature.isEmpty()) {
            FlagChange c;
            c.flagKey = feature;
            c.environment = environment;
            if (type == QLatin1String("feature-environment-enabled")) {
                c.before = QStringLiteral("off");
                c.after = QStringLiteral("on");
                change = c;
            } else if (type == QLatin1String("feature-environment-disabled")) {
                c.before = QStringLiteral("on");
                c.after = QStringLiteral("off");
                change = c;
            } else if (type.startsWith(QLatin1String("feature-strategy-"))) {
                c.before = strategySummary(preData);
                c.after = strategySummary(data);
                if (type == QLatin1String("feature-strategy-remove") && c.after.isEmpty())
                    c.after = tr("strategy removed");
                change = c;
            } else if (type == QLatin1String("feature-archived")) {
                c.before = QStringLiteral("active");
                c.after = QStringLiteral("archived");
                change = c;
            } else if (type == QLatin1String("feature-revived")) {
                c.before = QStringLiteral("archived");
                c.after = QStringLiteral("active");
                change = c;
            }
        }
        if (change) {
            ActivityFormats::setFlagChange(e, *change, attrs);
            attrs.insert(QStringLiteral("type"), type);
        } else {
            // Other events of the flag system (flag created, tags, users, projects...) are kept.
            QString subject = feature;
            if (subject.isEmpty() && data.isObject())
                subject = data.toObject().value(QLatin1String("name")).toVariant().toString();
            e.lane = feature.toUtf8();
            e.text = (subject.isEmpty() ? type : tr("%1: %2").arg(type, subject)).toUtf8();
            if (!environment.isEmpty())
                attrs.insert(QStringLiteral("environment"), environment);
        }
        e.attributesJson = ActivityFormats::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
