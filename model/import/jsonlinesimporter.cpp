#include "jsonlinesimporter.h"

#include "domain/timestamps.h"
#include "import/importinput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace faultless::model {

namespace {
const char *const kTimeKeys[] = {"timestamp", "ts", "time", "t", "@timestamp"};
const char *const kLevelKeys[] = {"level", "lvl", "severity", "log.level"};
const char *const kMessageKeys[] = {"msg", "message", "body"};
const char *const kLaneKeys[] = {"service", "service.name", "app", "logger", "name", "hostname", "host"};

Severity severityFromText(const QString &text)
{
    const QString t = text.toLower();
    if (t.startsWith(QLatin1String("trace")))
        return Severity::Trace;
    if (t.startsWith(QLatin1String("debug")))
        return Severity::Debug;
    if (t.startsWith(QLatin1String("info")))
        return Severity::Info;
    if (t.startsWith(QLatin1String("notice")))
        return Severity::Notice;
    if (t.startsWith(QLatin1String("warn")))
        return Severity::Warning;
    if (t.startsWith(QLatin1String("err")))
        return Severity::Error;
    if (t.startsWith(QLatin1String("crit")) || t.startsWith(QLatin1String("fatal")))
        return Severity::Critical;
    return Severity::Unknown;
}
} // namespace

int JsonLinesImporter::sniff(const QByteArray &prefix, const QString &) const
{
    const QByteArray first = prefix.left(prefix.indexOf('\n')).trimmed();
    if (!first.startsWith('{') || !first.endsWith('}'))
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(first);
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    for (const char *key : kTimeKeys) {
        if (o.contains(QLatin1String(key)))
            return 60;
    }
    return 25;
}

bool JsonLinesImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    timestamps::ZoneResolver zone(context.zone);
    InputLine line;
    while (input.readLine(line)) {
        if (line.data.trimmed().isEmpty())
            continue;
        const QByteArray raw = line.data.toByteArray();
        if (line.truncated) {
            sink.addRejected({line.number, line.byteOffset, tr("line longer than %1 MiB").arg(input.maxLineLength() >> 20), raw.left(300)});
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (!doc.isObject()) {
            sink.addRejected({line.number, line.byteOffset,
                              parseError.error != QJsonParseError::NoError ? tr("not valid JSON: %1").arg(parseError.errorString())
                                                                           : tr("not a JSON object"),
                              raw.left(300)});
            continue;
        }
        QJsonObject o = doc.object();
        EventRecord e;
        e.line = line.number;
        e.byteOffset = line.byteOffset;
        QString timeKey;
        for (const char *key : kTimeKeys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString()) {
                bool naive = false;
                const QByteArray text = v.toString().toUtf8();
                e.instant = timestamps::parseIso8601(text, &naive);
                if (e.instant != NoInstant && naive) {
                    e.instant = zone.toUtc(e.instant);
                    context.usedZoneForNaiveTimestamps = true;
                }
            } else if (v.isDouble()) {
                const double n = v.toDouble();
                // Epoch seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude.
                e.instant = n > 1e17 ? qint64(n / 1000) : n > 1e14 ? qint64(n) : n > 1e11 ? qint64(n * 1000) : qint64(n * 1e6);
            }
            if (!v.isUndefined()) {
                timeKey = QLatin1String(key);
                break;
            }
        }
        if (e.instant == NoInstant) {
            sink.addRejected({line.number, line.byteOffset,
                              timeKey.isEmpty() ? tr("no timestamp field") : tr("unreadable timestamp in \"%1\"").arg(timeKey),
                              raw.left(300)});
            continue;
        }
        o.remove(timeKey);
        for (const char *key : kLevelKeys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isUndefined()) {
                e.severity = severityFromText(v.toVariant().toString());
                o.remove(QLatin1String(key));
                break;
            }
        }
        for (const char *key : kMessageKeys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString()) {
                e.text = v.toString().toUtf8();
                o.remove(QLatin1String(key));
                break;
            }
        }
        for (const char *key : kLaneKeys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString()) {
                e.lane = v.toString().toUtf8();
                break;
            }
        }
        if (!o.isEmpty())
            e.attributesJson = QJsonDocument(o).toJson(QJsonDocument::Compact);
        sink.addEvent(std::move(e));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
