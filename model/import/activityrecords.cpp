#include "activityrecords.h"

#include "domain/flagwording.h"
#include "import/parsers/jsonitems.h"

#include <QCoreApplication>

namespace faultless::model {

RejectedRecord ActivityRecords::reject(const JsonItem &item, const QString &reason)
{
    // Inside a whole document there is no line to point at; the entry's position says where.
    const QString where = item.line > 0
        ? reason
        : QCoreApplication::translate("ActivityFormats", "entry %1: %2").arg(item.index).arg(reason);
    return { item.line, item.byteOffset, where, JsonItems::excerpt(item.value) };
}

Severity ActivityRecords::severityFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Severity::Unknown;
    if (t.startsWith(QLatin1String("emerg")))
        return Severity::Emergency;
    if (t == QLatin1String("page") || t == QLatin1String("p1") || t.startsWith(QLatin1String("alert")))
        return Severity::Alert;
    if (t.startsWith(QLatin1String("crit")) || t.startsWith(QLatin1String("fatal"))
        || t == QLatin1String("high") || t == QLatin1String("p2"))
        return Severity::Critical;
    if (t.startsWith(QLatin1String("err")) || t == QLatin1String("major"))
        return Severity::Error;
    if (t.startsWith(QLatin1String("warn")) || t == QLatin1String("p3") || t == QLatin1String("minor"))
        return Severity::Warning;
    if (t.startsWith(QLatin1String("notice")) || t == QLatin1String("low") || t == QLatin1String("p4"))
        return Severity::Notice;
    if (t.startsWith(QLatin1String("info")) || t == QLatin1String("p5"))
        return Severity::Info;
    if (t.startsWith(QLatin1String("debug")))
        return Severity::Debug;
    return Severity::Unknown;
}

QString ActivityRecords::verdictLabel(ExperimentVerdict verdict)
{
    switch (verdict) {
    case ExperimentVerdict::Held:
        return QCoreApplication::translate("ActivityFormats", "held");
    case ExperimentVerdict::Deviated:
        return QCoreApplication::translate("ActivityFormats", "deviated");
    case ExperimentVerdict::Aborted:
        return QCoreApplication::translate("ActivityFormats", "aborted");
    case ExperimentVerdict::Unknown:
        break;
    }
    return QCoreApplication::translate("ActivityFormats", "no verdict");
}

QString ActivityRecords::flagChangeText(const FlagChange &c)
{
    return FlagWording::sentence(c);
}

void ActivityRecords::setFlagChange(EventRecord &event, const FlagChange &change, QJsonObject &attributes)
{
    event.kind = EventKind::Flag;
    event.flag = change;
    if (!change.flagKey.isEmpty())
        event.lane = change.flagKey.toUtf8();
    if (event.text.isEmpty())
        event.text = flagChangeText(change).toUtf8();
    attributes.insert(QStringLiteral("flag"), change.flagKey);
    if (!change.environment.isEmpty())
        attributes.insert(QStringLiteral("environment"), change.environment);
    if (!change.before.isEmpty())
        attributes.insert(QStringLiteral("before"), change.before);
    if (!change.after.isEmpty())
        attributes.insert(QStringLiteral("after"), change.after);
    const QString words = FlagWording::change(change);
    if (!words.isEmpty())
        attributes.insert(QStringLiteral("change"), words);
}

} // namespace faultless::model
