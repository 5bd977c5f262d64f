#include "unleashimporter.h"

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

// The phrases (domain/flagwording.h) of one strategy: "rollout 25%" for the percentage of a
// flexible or gradual rollout, "stickiness userId" and the like for its other parameters, and
// "constraints 2". A strategy other than the rollouts names itself in front ("userWithId userIds
// a,b"), so that two strategies of one flag are not taken for each other.
QStringList strategyPhrases(const QJsonObject &strategy)
{
    if (strategy.isEmpty())
        return {};
    const QString name = strategy.value(QLatin1String("name")).toString();
    const bool rollout
        = name == QLatin1String("flexibleRollout") || name.startsWith(QLatin1String("gradualRollout"));
    const QString prefix = rollout || name.isEmpty() ? QString() : name + QLatin1Char(' ');
    QStringList list;
    const QJsonObject parameters = strategy.value(QLatin1String("parameters")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QString value = JsonItems::summarize(it.value(), 40).simplified();
        value.replace(QLatin1Char(' '), QString());
        if (rollout && (it.key() == QLatin1String("rollout") || it.key() == QLatin1String("percentage"))) {
            bool ok = false;
            const double percent = value.toDouble(&ok);
            if (ok && percent >= 0 && percent <= 100) {
                list << QStringLiteral("rollout ") + FlagWording::percent(percent);
                continue;
            }
        }
        list << prefix + it.key() + QLatin1Char(' ') + (value.isEmpty() ? QStringLiteral("\"\"") : value);
    }
    const qsizetype constraints = strategy.value(QLatin1String("constraints")).toArray().size();
    list << prefix + QStringLiteral("constraints ") + QString::number(constraints);
    return list;
}

// A strategy added, changed or removed, in words: only what differs on an update; the whole
// strategy on an add ("strategy flexibleRollout added; rollout 67%") or a remove.
FlagChange strategyChange(const QString &type, const QJsonValue &preData, const QJsonValue &data)
{
    FlagChange c;
    QStringList before = strategyPhrases(preData.toObject());
    QStringList after = strategyPhrases(data.toObject());
    const QString name
        = (data.isObject() ? data : preData).toObject().value(QLatin1String("name")).toString();
    // An added or removed strategy reads by its name and rollout; its other parameters are noise.
    auto essentials = [](const QStringList &phrases) {
        QStringList kept;
        for (const QString &p : phrases) {
            if (p.startsWith(QLatin1String("rollout "))
                || (p.contains(QLatin1String("constraints ")) && !p.endsWith(QLatin1String(" 0"))))
                kept << p;
        }
        return kept;
    };
    if (type == QLatin1String("feature-strategy-add")) {
        after = essentials(after);
        after.prepend(QStringLiteral("strategy ") + name + QStringLiteral(" added"));
        before = { QStringLiteral("strategy ") + name + QStringLiteral(" absent") };
    } else if (type == QLatin1String("feature-strategy-remove")) {
        before = essentials(before);
        before.prepend(QStringLiteral("strategy ") + name + QStringLiteral(" present"));
        after = { QStringLiteral("strategy ") + name + QStringLiteral(" removed") };
    } else {
        FlagWording::keepDifferences(&before, &after);
    }
    c.before = FlagWording::joinPhrases(before);
    c.after = FlagWording::joinPhrases(after);
    return c;
}

} // namespace

int UnleashImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (!JsonItems::hasKeys(prefix, { "createdBy", "createdAt", "type" }))
        return 0;
    if (JsonItems::hasKeys(prefix, { "featureName" }) || JsonItems::hasKeys(prefix, { "events" })
        || JsonItems::hasKeys(prefix, { "preData" }))
        return 85;
    return 40;
}

bool UnleashImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<JsonItem> items;
    QByteArray document;
    if (!JsonItems::readValues(input, sink, &items, error, &document))
        return false;
    QList<JsonItem> events;
    for (const auto &item : std::as_const(items)) {
        const QJsonObject o = item.value.toObject();
        if (item.value.isObject() && o.value(QLatin1String("events")).isArray()) {
            const QJsonArray list = o.value(QLatin1String("events")).toArray();
            // Each event's own place in a whole response, for Show in Source.
            const QList<JsonPositions::Position> positions
                = JsonItems::memberPositions(items, document, QByteArrayLiteral("events"));
            for (qsizetype i = 0; i < list.size(); ++i)
                events.append(JsonItems::placed(
                    { list.at(i), item.line, item.byteOffset, events.size() + 1 }, positions, i));
        } else if (item.value.isArray()) {
            const QJsonArray list = item.value.toArray();
            for (const QJsonValue &v : list)
                events.append({ v, item.line, item.byteOffset, events.size() + 1 });
        } else {
            events.append({ item.value, item.line, item.byteOffset, events.size() + 1 });
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    for (const auto &item : std::as_const(events)) {
        if (input.isCanceled())
            return false;
        if (!item.value.isObject()) {
            sink.addRejected(ActivityRecords::reject(item, tr("not a JSON object")));
            continue;
        }
        const QJsonObject o = item.value.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type.isEmpty()) {
            sink.addRejected(ActivityRecords::reject(item, tr("no event \"type\"")));
            continue;
        }
        EventRecord e;
        e.kind = EventKind::Flag;
        e.line = item.line;
        e.byteOffset = item.byteOffset;
        e.instant = RecordTime::instant(o.value(QLatin1String("createdAt")), zone, context);
        if (e.instant == NoInstant) {
            sink.addRejected(ActivityRecords::reject(item, tr("no usable \"createdAt\"")));
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
        for (const char *key : { "project", "label", "summary" }) {
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
                const FlagChange words = strategyChange(type, preData, data);
                c.before = words.before;
                c.after = words.after;
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
            ActivityRecords::setFlagChange(e, *change, attrs);
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
        e.attributesJson = JsonItems::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
