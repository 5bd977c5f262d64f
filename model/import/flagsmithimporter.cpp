#include "flagsmithimporter.h"

#include "domain/flagwording.h"
#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace faultless::model {

namespace {

QString personName(const QJsonObject &person)
{
    const QString name = QString(person.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + person.value(QLatin1String("last_name")).toString())
                             .trimmed();
    return name.isEmpty() ? person.value(QLatin1String("email")).toString() : name;
}

// A value as one word of a phrase (domain/flagwording.h): spaces become non-breaking ones.
QString valueWord(const QJsonValue &value)
{
    QString text = JsonItems::summarize(value, 40).simplified();
    text.replace(QLatin1Char(' '), QChar(0x00A0));
    return text.isEmpty() ? QStringLiteral("\"\"") : text;
}

// Whose state this is: the environment default (empty), a segment override ("segment beta: ")
// or an identity override ("identity ana@example.com: ").
QString overridePrefix(const QJsonObject &state)
{
    const QJsonValue segment = state.value(QLatin1String("feature_segment"));
    if (segment.isObject()) {
        const QJsonObject o = segment.toObject();
        QString name = o.value(QLatin1String("segment")).toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty())
            name = o.value(QLatin1String("name")).toString();
        if (name.isEmpty() && o.value(QLatin1String("segment")).isDouble())
            name = QLatin1Char('#') + QString::number(qint64(o.value(QLatin1String("segment")).toDouble()));
        if (name.isEmpty())
            name = QLatin1Char('#') + QString::number(qint64(o.value(QLatin1String("id")).toDouble()));
        return QStringLiteral("segment ") + name.simplified() + QStringLiteral(": ");
    }
    if (segment.isDouble())
        return QStringLiteral("segment #") + QString::number(qint64(segment.toDouble()))
            + QStringLiteral(": ");
    const QString identity = state.value(QLatin1String("identity_identifier")).toString();
    if (!identity.isEmpty())
        return QStringLiteral("identity ") + identity + QStringLiteral(": ");
    return {};
}

// The phrases a reader compares: on/off, the value, and the percentage split of a multivariate
// flag ("variant blue 25%"), each for the environment or for the override the state belongs to.
QStringList statePhrases(const QJsonObject &state)
{
    if (state.isEmpty())
        return {};
    const QString prefix = overridePrefix(state);
    QStringList list;
    list << prefix
            + (state.value(QLatin1String("enabled")).toBool() ? QStringLiteral("on") : QStringLiteral("off"));
    if (state.contains(QLatin1String("feature_state_value")))
        list << prefix + QStringLiteral("value ")
                + valueWord(state.value(QLatin1String("feature_state_value")));
    for (const QJsonValue &v : state.value(QLatin1String("multivariate_feature_state_values")).toArray()) {
        const QJsonObject o = v.toObject();
        const double percent = o.value(QLatin1String("percentage_allocation")).toDouble(-1);
        if (percent < 0 || percent > 100)
            continue;
        const QJsonValue option = o.value(QLatin1String("multivariate_feature_option"));
        const QJsonValue optionValue
            = option.isObject() ? option.toObject().value(QLatin1String("value")) : option;
        list << prefix + QStringLiteral("variant ") + valueWord(optionValue) + QLatin1Char(' ')
                + FlagWording::percent(percent);
    }
    return list;
}

} // namespace

int FlagsmithImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "created_date", "log" })
        && (JsonItems::hasKeys(prefix, { "related_object_type" })
            || JsonItems::hasKeys(prefix, { "author" })))
        return 85;
    if (JsonItems::hasKeys(prefix, { "event_type", "data" })
        && (JsonItems::hasKeys(prefix, { "new_state" }) || JsonItems::hasKeys(prefix, { "changed_by" })))
        return 85;
    return 0;
}

bool FlagsmithImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<JsonItem> items;
    QByteArray document;
    if (!JsonItems::readValues(input, sink, &items, error, &document))
        return false;
    QList<JsonItem> records;
    for (const auto &item : std::as_const(items)) {
        const QJsonObject o = item.value.toObject();
        if (item.value.isObject() && o.value(QLatin1String("results")).isArray()) {
            // Each record's own place in a whole response, for Show in Source.
            const QJsonArray list = o.value(QLatin1String("results")).toArray();
            const QList<JsonPositions::Position> positions
                = JsonItems::memberPositions(items, document, QByteArrayLiteral("results"));
            for (qsizetype i = 0; i < list.size(); ++i)
                records.append(JsonItems::placed(
                    { list.at(i), item.line, item.byteOffset, records.size() + 1 }, positions, i));
        } else if (item.value.isArray()) {
            for (const QJsonValue &v : item.value.toArray())
                records.append({ v, item.line, item.byteOffset, records.size() + 1 });
        } else {
            records.append({ item.value, item.line, item.byteOffset, records.size() + 1 });
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
            e.instant = RecordTime::instant(data.value(QLatin1String("timestamp")), zone, context);
            if (e.instant == NoInstant) {
                sink.addRejected(ActivityRecords::reject(item, tr("no usable \"data.timestamp\"")));
                continue;
            }
            const QJsonObject now = data.value(QLatin1String("new_state")).toObject();
            const QJsonObject previous = data.value(QLatin1String("previous_state")).toObject();
            const QJsonObject known = now.isEmpty() ? previous : now;
            const QJsonObject feature = known.value(QLatin1String("feature")).toObject();
            FlagChange change;
            change.flagKey = feature.value(QLatin1String("name")).toString();
            change.environment = known.value(QLatin1String("environment"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            if (change.flagKey.isEmpty()) {
                sink.addRejected(
                    ActivityRecords::reject(item, tr("no feature name in new_state or previous_state")));
                continue;
            }
            QStringList before = statePhrases(previous);
            QStringList after = statePhrases(now);
            if (!before.isEmpty() && !after.isEmpty())
                FlagWording::keepDifferences(&before, &after);
            else if (after.isEmpty())
                after = { overridePrefix(previous) + QStringLiteral("deleted") };
            change.before = FlagWording::joinPhrases(before);
            change.after = FlagWording::joinPhrases(after);
            e.actor = data.value(QLatin1String("changed_by")).toString().toUtf8();
            attrs.insert(QStringLiteral("event_type"), eventType);
            if (!now.value(QLatin1String("identity_identifier")).isNull())
                attrs.insert(QStringLiteral("identity"), now.value(QLatin1String("identity_identifier")));
            if (!known.value(QLatin1String("feature_segment")).isNull())
                attrs.insert(QStringLiteral("segment"), known.value(QLatin1String("feature_segment")));
            if (!now.isEmpty())
                attrs.insert(QStringLiteral("value"), now.value(QLatin1String("feature_state_value")));
            ActivityRecords::setFlagChange(e, change, attrs);
        } else if (o.contains(QLatin1String("log"))) {
            // Audit-log row: the change is only described in `log`; no before/after is given.
            e.instant = RecordTime::instant(o.value(QLatin1String("created_date")), zone, context);
            if (e.instant == NoInstant) {
                sink.addRejected(ActivityRecords::reject(item, tr("no usable \"created_date\"")));
                continue;
            }
            const QString log = o.value(QLatin1String("log")).toString();
            const QString objectType = o.value(QLatin1String("related_object_type")).toString();
            const QJsonValue author = o.value(QLatin1String("author"));
            e.actor = author.isObject()                              ? personName(author.toObject()).toUtf8()
                : o.value(QLatin1String("is_system_event")).toBool() ? QByteArrayLiteral("system")
                                                                     : QByteArray();
            e.text = log.toUtf8();
            attrs.insert(QStringLiteral("id"), o.value(QLatin1String("id")));
            attrs.insert(QStringLiteral("related_object_type"), objectType);
            attrs.insert(QStringLiteral("project"),
                o.value(QLatin1String("project")).toObject().value(QLatin1String("name")));
            const QString environment
                = o.value(QLatin1String("environment")).toObject().value(QLatin1String("name")).toString();
            // "Flag state / Remote Config value updated for feature: power_user": the key ends the text.
            const qsizetype colon = log.lastIndexOf(QLatin1String(": "));
            if ((objectType == QLatin1String("FEATURE") || objectType == QLatin1String("FEATURE_STATE"))
                && colon > 0) {
                FlagChange change;
                change.flagKey = log.mid(colon + 2).trimmed();
                change.environment = environment;
                ActivityRecords::setFlagChange(e, change, attrs);
            } else if (!environment.isEmpty()) {
                attrs.insert(QStringLiteral("environment"), environment);
            }
        } else {
            sink.addRejected(
                ActivityRecords::reject(item, tr("neither an audit-log row nor a webhook body")));
            continue;
        }
        e.attributesJson = JsonItems::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
