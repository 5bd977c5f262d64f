#include "flagsmithimporter.h"

#include "import/activityformats.h"
#include "import/importinput.h"

namespace faultless::model {

namespace {

QString personName(const QJsonObject &person)
{
    const QString name = QString(person.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
                                 + person.value(QLatin1String("last_name")).toString())
                             .trimmed();
    return name.isEmpty() ? person.value(QLatin1String("email")).toString() : name;
}

// The state a reader compares: on/off, plus the value when it is a remote-config flag.
QString stateText(const QJsonObject &state, bool withValue)
{
    if (state.isEmpty())
        return {};
    QString text = state.value(QLatin1String("enabled")).toBool() ? QStringLiteral("on") : QStringLiteral("off");
    if (withValue)
        text += QLatin1String(" (") + ActivityFormats::summarize(state.value(QLatin1String("feature_state_value")), 60)
            + QLatin1Char(')');
    return text;
}

} // namespace

int FlagsmithImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (ActivityFormats::hasJsonKeys(prefix, {"created_date", "log"})
        && (ActivityFormats::hasJsonKeys(prefix, {"related_object_type"}) || ActivityFormats::hasJsonKeys(prefix, {"author"})))
        return 85;
    if (ActivityFormats::hasJsonKeys(prefix, {"event_type", "data"})
        && (ActivityFormats::hasJsonKeys(prefix, {"new_state"}) || ActivityFormats::hasJsonKeys(prefix, {"changed_by"})))
        return 85;
    return 0;
}

bool FlagsmithImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<ActivityFormats::JsonItem> items;
    if (!ActivityFormats::readJsonValues(input, sink, &items, error))
        return false;
    QList<ActivityFormats::JsonItem> records;
    for (const auto &item : std::as_const(items)) {
        const QJsonObject o = item.value.toObject();
        if (item.value.isObject() && o.value(QLatin1String("results")).isArray()) {
            for (const QJsonValue &v : o.value(QLatin1String("results")).toArray())
                records.append({v, item.line, item.byteOffset, records.size() + 1});
        } else if (item.value.isArray()) {
            for (const QJsonValue &v : item.value.toArray())
                records.append({v, item.line, item.byteOffset, records.size() + 1});
        } else {
            records.append({item.value, item.line, item.byteOffset, records.size() + 1});
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    for (const auto &item : std::as_const(records)) {
        if (input.isCanceled())
            return false;
        const QJsonObject o = item.value.toObject();
        EventRecord e;
        e.kind = EventKind::Flag;
        e.line = item.line;
        e.byteOffset = item.byteOffset;
        QJsonObject attrs;
        if (o.contains(QLatin1String("event_type"))) {
            // Environment webhook: {data:{changed_by, new_state, previous_state, timestamp}, event_type}.
            const QString eventType = o.value(QLatin1String("event_type")).toString();
            const QJsonObject data = o.value(QLatin1String("data")).toObject();
            e.instant = ActivityFormats::instant(data.value(QLatin1String("timestamp")), zone, context);
            if (e.instant == NoInstant) {
                sink.addRejected(ActivityFormats::reject(item, tr("no usable \"data.timestamp\"")));
                continue;
            }
            const QJsonObject now = data.value(QLatin1String("new_state")).toObject();
            const QJsonObject previous = data.value(QLatin1String("previous_state")).toObject();
            const QJsonObject known = now.isEmpty() ? previous : now;
            const QJsonObject feature = known.value(QLatin1String("feature")).toObject();
            FlagChange change;
            change.flagKey = feature.value(QLatin1String("name")).toString();
            change.environment = known.value(QLatin1String("environment")).toObject().value(QLatin1String("name")).toString();
            if (change.flagKey.isEmpty()) {
                sink.addRejected(ActivityFormats::reject(item, tr("no feature name in new_state or previous_state")));
                continue;
            }
            const bool valueChanged = !previous.isEmpty() && !now.isEmpty()
                && previous.value(QLatin1String("feature_state_value")) != now.value(QLatin1String("feature_state_value"));
            change.before = stateText(previous, valueChanged);
            change.after = now.isEmpty() ? tr("deleted") : stateText(now, valueChanged);
            e.actor = data.value(QLatin1String("changed_by")).toString().toUtf8();
            attrs.insert(QStringLiteral("event_type"), eventType);
            if (!now.value(QLatin1String("identity_identifier")).isNull())
                attrs.insert(QStringLiteral("identity"), now.value(QLatin1String("identity_identifier")));
            if (!now.value(QLatin1String("feature_segment")).isNull())
                attrs.insert(QStringLiteral("segment"), now.value(QLatin1String("feature_segment")));
            if (!now.isEmpty())
                attrs.insert(QStringLiteral("value"), now.value(QLatin1String("feature_state_value")));
            ActivityFormats::setFlagChange(e, change, attrs);
        } else if (o.contains(QLatin1String("log"))) {
            // Audit-log row: the change is only described in `log`; no before/after is given.
            e.instant = ActivityFormats::instant(o.value(QLatin1String("created_date")), zone, context);
            if (e.instant == NoInstant) {
                sink.addRejected(ActivityFormats::reject(item, tr("no usable \"created_date\"")));
                continue;
            }
            const QString log = o.value(QLatin1String("log")).toString();
            const QString objectType = o.value(QLatin1String("related_object_type")).toString();
            const QJsonValue author = o.value(QLatin1String("author"));
            e.actor = author.isObject() ? personName(author.toObject()).toUtf8()
                : o.value(QLatin1String("is_system_event")).toBool() ? QByteArrayLiteral("system") : QByteArray();
            e.text = log.toUtf8();
            attrs.insert(QStringLiteral("id"), o.value(QLatin1String("id")));
            attrs.insert(QStringLiteral("related_object_type"), objectType);
            attrs.insert(QStringLiteral("project"), o.value(QLatin1String("project")).toObject().value(QLatin1String("name")));
            const QString environment =
                o.value(QLatin1String("environment")).toObject().value(QLatin1String("name")).toString();
            // "Flag state / Remote Config value updated for feature: power_user": the key ends the text.
            const qsizetype colon = log.lastIndexOf(QLatin1String(": "));
            if ((objectType == QLatin1String("FEATURE") || objectType == QLatin1String("FEATURE_STATE")) && colon > 0) {
                FlagChange change;
                change.flagKey = log.mid(colon + 2).trimmed();
                change.environment = environment;
                ActivityFormats::setFlagChange(e, change, attrs);
            } else if (!environment.isEmpty()) {
                attrs.insert(QStringLiteral("environment"), environment);
            }
        } else {
            sink.addRejected(ActivityFormats::reject(item, tr("neither an audit-log row nor a webhook body")));
            continue;
        }
        e.attributesJson = ActivityFormats::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
