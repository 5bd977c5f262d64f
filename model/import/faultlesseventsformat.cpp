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

namespace {
// A JSON string as QJsonDocument writes it in compact form: quotes, backslashes and control
// characters escaped, everything else as UTF-8.
void appendJsonString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p; // start of the bytes not yet copied
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += key;
    appendJsonString(out, value);
}
} // namespace

// Written by hand rather than through a QJsonObject and QJsonDocument per line, which was most of
// the time of a large export (bench_practice); the output is byte for byte what QJsonDocument's
// compact form gives (keys in its sorted order), so earlier exports and this one compare equal.
// Only the attributes go through QJsonDocument: they are stored as JSON text, and parsing them
// guarantees that the line stays one valid JSON object whatever an importer stored.
QByteArray FaultlessEventsFormat::jsonLine(const EventRow &row)
{
    QByteArray out;
    out.reserve(256 + row.text.size() * 2 + row.attributesJson.size() * 2);
    appendField(out, "{\"actor\":", row.actor);
    if (!row.attributesJson.isEmpty()) {
        out += ",\"attributes\":";
        const QJsonDocument attributes = QJsonDocument::fromJson(row.attributesJson.toUtf8());
        out += attributes.isObject() ? attributes.toJson(QJsonDocument::Compact) : QByteArray("{}");
    }
    if (row.end != NoInstant)
        appendField(out, ",\"end\":", timestamps::toIsoUtc(row.end));
    out += row.highlighted ? ",\"highlighted\":true" : ",\"highlighted\":false";
    out += ",\"id\":" + QByteArray::number(row.id);
    appendField(out, ",\"kind\":", eventKindName(row.kind));
    appendField(out, ",\"lane\":", row.lane);
    out += ",\"line\":" + QByteArray::number(row.line);
    out += row.manual ? ",\"manual\":true" : ",\"manual\":false";
    appendField(out, ",\"message\":", row.text);
    out += ",\"offset\":" + QByteArray::number(row.byteOffset);
    appendField(out, ",\"severity\":", severityName(row.severity));
    appendField(out, ",\"source\":", row.sourceName);
    appendField(out, ",\"timestamp\":", timestamps::toIsoUtc(row.instant));
    out += '}';
    return out;
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
    // An event a reviewer added by hand stays marked so after the round trip: it is never
    // mistaken for recorded evidence of the source it now belongs to.
    record->manual = f.manual;
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
