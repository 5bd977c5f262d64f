#include "launchdarklyimporter.h"

#include "import/activityrecords.h"
#include "import/launchdarklyflagstate.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace faultless::model {

namespace {

// "proj/default:env/production:flag/demo-flag;tag1" -> {"proj":"default","env":"production",...}
QHash<QString, QString> parseResource(const QString &resource)
{
    QHash<QString, QString> parts;
    for (const QString &segment : resource.split(QLatin1Char(':'))) {
        const qsizetype slash = segment.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            continue;
        QString value = segment.mid(slash + 1);
        const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
        if (semicolon >= 0)
            value.truncate(semicolon);
        parts.insert(segment.left(slash), value);
    }
    return parts;
}

QString memberName(const QJsonObject &member)
{
    const QString display = member.value(QLatin1String("displayName")).toString();
    if (!display.isEmpty())
        return display;
    const QString name = QString(member.value(QLatin1String("firstName")).toString() + QLatin1Char(' ')
        + member.value(QLatin1String("lastName")).toString())
                             .trimmed();
    return name.isEmpty() ? member.value(QLatin1String("email")).toString() : name;
}

// Titles in the REST shape are markdown: "[Reese](mailto:..) changed the name of [Testing](https://..)".
QString plainTitle(const QJsonValue &title)
{
    if (title.isObject())
        return title.toObject().value(QLatin1String("plainText")).toString();
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    QString text = title.toString();
    text.replace(link, QStringLiteral("\\1"));
    text.remove(QLatin1Char('`'));
    return text.simplified();
}

bool looksLikeEntry(const QJsonObject &o)
{
    return o.contains(QLatin1String("titleVerb")) || o.contains(QLatin1String("accesses"))
        || (o.contains(QLatin1String("_id"))
            && (o.contains(QLatin1String("date")) || o.contains(QLatin1String("timestamp"))));
}

// The before and after of a flag entry: the embedded versions when the entry has them, else the
// verb (on/off, archive), else LaunchDarkly's description, else what the action was.
FlagChange flagChange(const QJsonObject &o, const QString &titleVerb, const QString &action,
    const QString &details, QString *environment)
{
    FlagChange change;
    QString changedEnvironment;
    if (LaunchDarklyFlagState::diff(o.value(QLatin1String("previousVersion")).toObject(),
            o.value(QLatin1String("currentVersion")).toObject(), *environment, &change,
            &changedEnvironment)) {
        if (environment->isEmpty())
            *environment = changedEnvironment;
        return change;
    }
    // "updateOn" covers both directions; the verb tells which way it went.
    if (titleVerb.contains(QLatin1String("turned on"))) {
        change.before = QStringLiteral("off");
        change.after = QStringLiteral("on");
    } else if (titleVerb.contains(QLatin1String("turned off"))) {
        change.before = QStringLiteral("on");
        change.after = QStringLiteral("off");
    } else if (action == QLatin1String("updateArchived") || titleVerb.contains(QLatin1String("archived"))) {
        change.before = QStringLiteral("active");
        change.after = QStringLiteral("archived");
    } else if (titleVerb.contains(QLatin1String("restored"))) {
        change.before = QStringLiteral("archived");
        change.after = QStringLiteral("active");
    } else if (!LaunchDarklyFlagState::fromDescription(
                   o.value(QLatin1String("description")).toString(), &change)
        && !LaunchDarklyFlagState::fromDescription(details, &change)) {
        // No earlier value to tell: the first line of what LaunchDarkly says changed.
        change.after = details.isEmpty() ? action : details.section(QLatin1Char('\n'), 0, 0).simplified();
    }
    return change;
}

} // namespace

int LaunchDarklyImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "titleVerb" })
        && (JsonItems::hasKeys(prefix, { "accesses" }) || JsonItems::hasKeys(prefix, { "verbKind" })
            || JsonItems::hasKeys(prefix, { "_accountId" }) || JsonItems::hasKeys(prefix, { "member" })))
        return 90;
    if (JsonItems::hasKeys(prefix, { "items", "accesses", "date" }))
        return 80;
    return 0;
}

bool LaunchDarklyImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QList<JsonItem> items;
    QByteArray document;
    if (!JsonItems::readValues(input, sink, &items, error, &document))
        return false;
    // Expand list responses ({items:[...]}, or a bare array of entries) into entries.
    QList<JsonItem> entries;
    for (const auto &item : std::as_const(items)) {
        const QJsonObject o = item.value.toObject();
        if (item.value.isObject() && o.value(QLatin1String("items")).isArray() && !looksLikeEntry(o)) {
            const QJsonArray list = o.value(QLatin1String("items")).toArray();
            // Each entry's own place in a whole response, for Show in Source.
            const QList<JsonPositions::Position> positions
                = JsonItems::memberPositions(items, document, QByteArrayLiteral("items"));
            for (qsizetype i = 0; i < list.size(); ++i)
                entries.append(JsonItems::placed(
                    { list.at(i), item.line, item.byteOffset, entries.size() + 1 }, positions, i));
        } else if (item.value.isArray()) {
            const QJsonArray list = item.value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                entries.append({ list.at(i), item.line, item.byteOffset, entries.size() + 1 });
        } else {
            entries.append({ item.value, item.line, item.byteOffset, entries.size() + 1 });
        }
    }

    timestamps::ZoneResolver zone(context.zone);
    for (const auto &entry : std::as_const(entries)) {
        if (input.isCanceled())
            return false;
        if (!entry.value.isObject()) {
            sink.addRejected(ActivityRecords::reject(entry, tr("not a JSON object")));
            continue;
        }
        QJsonObject o = entry.value.toObject();
        EventRecord e;
        e.kind = EventKind::Flag;
        e.line = entry.line;
        e.byteOffset = entry.byteOffset;
        // REST: date (epoch ms). Integration framework: timestamp{milliseconds, rfc3339}.
        if (o.value(QLatin1String("date")).isDouble()) {
            e.instant = RecordTime::instantFromNumber(o.value(QLatin1String("date")).toDouble());
        } else if (o.value(QLatin1String("timestamp")).isObject()) {
            const QJsonObject ts = o.value(QLatin1String("timestamp")).toObject();
            e.instant = ts.value(QLatin1String("milliseconds")).isDouble()
                ? RecordTime::instantFromNumber(ts.value(QLatin1String("milliseconds")).toDouble())
                : RecordTime::instant(ts.value(QLatin1String("rfc3339")), zone, context);
        } else {
            e.instant = RecordTime::instant(o.value(QLatin1String("date")), zone, context);
        }
        if (e.instant == NoInstant) {
            sink.addRejected(ActivityRecords::reject(entry, tr("no usable \"date\" or \"timestamp\"")));
            continue;
        }
        const QJsonObject member = o.value(QLatin1String("member")).toObject();
        e.actor = memberName(member).toUtf8();
        if (e.actor.isEmpty())
            e.actor
                = o.value(QLatin1String("token")).toObject().value(QLatin1String("name")).toString().toUtf8();
        if (e.actor.isEmpty())
            e.actor
                = o.value(QLatin1String("app")).toObject().value(QLatin1String("name")).toString().toUtf8();

        const QJsonArray accesses = o.value(QLatin1String("accesses")).toArray();
        const QJsonObject firstAccess = accesses.isEmpty() ? QJsonObject() : accesses.first().toObject();
        const QHash<QString, QString> resource
            = parseResource(firstAccess.value(QLatin1String("resource")).toString());
        const QString action = o.value(QLatin1String("verbKind"))
                                   .toString(firstAccess.value(QLatin1String("action")).toString());
        const QString entryKind = o.value(QLatin1String("kind")).toString();
        const QString titleVerb = o.value(QLatin1String("titleVerb")).toString();
        const QJsonObject project = o.value(QLatin1String("project")).toObject();

        QJsonObject attrs;
        attrs.insert(QStringLiteral("id"), o.value(QLatin1String("_id")));
        // Ties the member's name to the address other sources know them by (participant suggestions).
        const QString memberEmail = member.value(QLatin1String("email")).toString();
        if (!memberEmail.isEmpty() && QString::fromUtf8(e.actor) != memberEmail)
            attrs.insert(QStringLiteral("member_email"), memberEmail);
        if (!entryKind.isEmpty())
            attrs.insert(QStringLiteral("resource_kind"), entryKind);
        if (!action.isEmpty())
            attrs.insert(QStringLiteral("action"), action);
        if (!titleVerb.isEmpty())
            attrs.insert(QStringLiteral("title_verb"), titleVerb);
        const QString projectKey
            = project.value(QLatin1String("key")).toString(resource.value(QStringLiteral("proj")));
        if (!projectKey.isEmpty())
            attrs.insert(QStringLiteral("project"), projectKey);
        for (const char *key : { "comment", "description", "shortDescription" }) {
            const QString value = o.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                attrs.insert(QLatin1String(key), value);
        }
        const QString details
            = o.value(QLatin1String("details")).toObject().value(QLatin1String("plainText")).toString();
        if (!details.isEmpty())
            attrs.insert(QStringLiteral("details"), details);

        const QString flagKey
            = o.value(QLatin1String("key")).toString(resource.value(QStringLiteral("flag")));
        QString environment = project.value(QLatin1String("environment"))
                                  .toObject()
                                  .value(QLatin1String("key"))
                                  .toString(resource.value(QStringLiteral("env")));
        if (environment == QLatin1String("~"))
            environment.clear(); // LaunchDarkly's "all environments"
        const QString title = plainTitle(o.value(QLatin1String("title")));
        if (entryKind == QLatin1String("flag") && !flagKey.isEmpty()) {
            FlagChange change = flagChange(o, titleVerb, action, details, &environment);
            change.flagKey = flagKey;
            change.environment = environment;
            // The text names key, environment and change (searchable); LaunchDarkly's own title
            // and description stay in the attributes.
            if (!title.isEmpty())
                attrs.insert(QStringLiteral("title"), title);
            ActivityRecords::setFlagChange(e, change, attrs);
            const QString comment = o.value(QLatin1String("comment")).toString().simplified();
            if (!comment.isEmpty())
                e.text += QString(QStringLiteral(" — ") + comment.left(200)).toUtf8();
        } else {
            // Not a flag (environment, project, member...): kept as an audit event of the flag system.
            e.lane = (flagKey.isEmpty() ? o.value(QLatin1String("name")).toString() : flagKey).toUtf8();
            e.text = title.isEmpty()
                ? QString(titleVerb + QLatin1Char(' ') + o.value(QLatin1String("name")).toString())
                      .trimmed()
                      .toUtf8()
                : title.toUtf8();
            if (!environment.isEmpty())
                attrs.insert(QStringLiteral("environment"), environment);
        }
        if (e.text.isEmpty()) {
            sink.addRejected(ActivityRecords::reject(entry, tr("neither a flag change nor a title")));
            continue;
        }
        e.attributesJson = JsonItems::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
