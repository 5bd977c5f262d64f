#include "faultlesseventsformat.h"

#include "domain/timestamps.h"
#include "store/eventquery.h"

#include <QJsonDocument>

namespace faultless::model {

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString FaultlessEventsFormat::csvHeader()
{
    return QStringLiteral("id,timestamp,end,kind,severity,lane,actor,message,source,line,offset,manual,highlighted,"
                          "attributes");
}

QString FaultlessEventsFormat::csvLine(const EventRow &row)
{
    return QString::number(row.id) + QLatin1Char(',') + timestamps::toIsoUtc(row.instant) + QLatin1Char(',')
        + timestamps::toIsoUtc(row.end) + QLatin1Char(',') + eventKindName(row.kind) + QLatin1Char(',')
        + severityName(row.severity) + QLatin1Char(',') + csvField(row.lane) + QLatin1Char(',') + csvField(row.actor)
        + QLatin1Char(',') + csvField(row.text) + QLatin1Char(',') + csvField(row.sourceName) + QLatin1Char(',')
        + QString::number(row.line) + QLatin1Char(',') + QString::number(row.byteOffset) + QLatin1Char(',')
        + QLatin1Char(row.manual ? '1' : '0') + QLatin1Char(',') + QLatin1Char(row.highlighted ? '1' : '0')
        + QLatin1Char(',') + csvField(row.attributesJson);
}

QByteArray FaultlessEventsFormat::jsonLine(const EventRow &row)
{
    QJsonObject o {{QStringLiteral("id"), row.id},
                   {QStringLiteral("timestamp"), timestamps::toIsoUtc(row.instant)},
                   {QStringLiteral("kind"), eventKindName(row.kind)},
                   {QStringLiteral("severity"), severityName(row.severity)},
                   {QStringLiteral("lane"), row.lane},
                   {QStringLiteral("actor"), row.actor},
                   {QStringLiteral("message"), row.text},
                   {QStringLiteral("source"), row.sourceName},
                   {QStringLiteral("line"), row.line},
                   {QStringLiteral("offset"), row.byteOffset},
                   {QStringLiteral("manual"), row.manual},
                   {QStringLiteral("highlighted"), row.highlighted}};
    if (row.end != NoInstant)
        o.insert(QStringLiteral("end"), timestamps::toIsoUtc(row.end));
    if (!row.attributesJson.isEmpty())
        o.insert(QStringLiteral("attributes"), QJsonDocument::fromJson(row.attributesJson.toUtf8()).object());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool FaultlessEventsFormat::toRecord(const Fields &f, EventRecord *record, QString *reason)
{
    bool naive = false;
    record->instant = timestamps::parseIso8601(f.timestamp.toUtf8(), &naive);
    if (record->instant == NoInstant || naive) {
        *reason = tr("timestamp is not an ISO 8601 instant with a zone: \"%1\"").arg(f.timestamp.left(60));
        return false;
    }
    record->end = NoInstant;
    if (!f.end.isEmpty()) {
        record->end = timestamps::parseIso8601(f.end.toUtf8(), &naive);
        if (record->end == NoInstant || naive) {
            *reason = tr("end is not an ISO 8601 instant with a zone: \"%1\"").arg(f.end.left(60));
            return false;
        }
    }
    const auto kind = eventKindFromName(f.kind);
    if (!kind) {
        *reason = tr("unknown kind \"%1\"").arg(f.kind.left(40));
        return false;
    }
    record->kind = *kind;
    const auto severity = f.severity.isEmpty() ? std::optional<Severity>(Severity::Unknown) : severityFromName(f.severity);
    if (!severity) {
        *reason = tr("unknown severity \"%1\"").arg(f.severity.left(40));
        return false;
    }
    record->severity = *severity;
    record->lane = f.lane.toUtf8();
    record->actor = f.actor.toUtf8();
    record->text = f.message.toUtf8();
    QJsonObject attributes = f.attributes;
    const QString originKey = QLatin1String(OriginKey);
    if (!attributes.contains(originKey)) {
        QJsonObject origin {{QStringLiteral("id"), f.id}, {QStringLiteral("source"), f.source},
                            {QStringLiteral("line"), f.line}, {QStringLiteral("offset"), f.offset},
                            {QStringLiteral("manual"), f.manual}, {QStringLiteral("highlighted"), f.highlighted}};
        attributes.insert(originKey, origin);
    }
    record->attributesJson = QJsonDocument(attributes).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace faultless::model
