#include "faultlesseventsjsonimporter.h"

#include "import/faultlesseventsformat.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace faultless::model {

int FaultlessEventsJsonImporter::sniff(const QByteArray &prefix, const QString &) const
{
    const QByteArray first = prefix.left(qMax<qsizetype>(0, prefix.indexOf('\n'))).trimmed();
    const QByteArray line = first.isEmpty() ? prefix.trimmed() : first;
    if (!line.startsWith('{'))
        return 0;
    // The export's exact key set: a log that merely has "timestamp" and "message" is not ours.
    return JsonItems::hasKeys(line,
               { "id", "timestamp", "kind", "severity", "lane", "actor", "message", "source", "line",
                   "offset", "manual", "highlighted" })
        ? 95
        : 0;
}

bool FaultlessEventsJsonImporter::read(ImportInput &input, EventSink &sink, ImportContext &, QString *error)
{
    // simdjson reads each line in place (ImportInput pads it); a line it is unsure about takes
    // the QJsonDocument way below, which gives the same record (see FaultlessEventsFormat::Reader).
    FaultlessEventsFormat::Reader reader;
    InputLine line;
    QByteArray attributesJson;
    while (input.readLine(line)) {
        if (input.isCanceled())
            return false;
        if (line.data.trimmed().isEmpty())
            continue;
        auto reject = [&](const QString &reason) {
            sink.addRejected(RejectedRecord { line.number, line.byteOffset, reason,
                line.data.first(std::min<qsizetype>(line.data.size(), 300)).toByteArray() });
        };
        if (line.truncated) {
            reject(tr("line too long"));
            continue;
        }
        FaultlessEventsFormat::Fields f;
        EventRecord record;
        QString reason;
        switch (reader.jsonLine(line.data, &f, &attributesJson)) {
        case FaultlessEventsFormat::Reader::Status::Ok:
            if (!FaultlessEventsFormat::toRecord(f, attributesJson, &record, &reason)) {
                reject(reason);
                continue;
            }
            break;
        case FaultlessEventsFormat::Reader::Status::AttributesNotObject:
            reject(tr("attributes is not a JSON object"));
            continue;
        case FaultlessEventsFormat::Reader::Status::Unsure:
            if (!readWithQt(line.data, &record, &reason)) {
                reject(reason);
                continue;
            }
            break;
        }
        record.line = line.number;
        record.byteOffset = line.byteOffset;
        sink.addEvent(std::move(record));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

bool FaultlessEventsJsonImporter::readWithQt(QByteArrayView bytes, EventRecord *record, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (!doc.isObject()) {
        *reason = tr("not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    // UTF-8 copies that the views in Fields point into.
    const QByteArray timestamp = o.value(QLatin1String("timestamp")).toString().toUtf8();
    const QByteArray end = o.value(QLatin1String("end")).toString().toUtf8();
    const QByteArray kind = o.value(QLatin1String("kind")).toString().toUtf8();
    const QByteArray severity = o.value(QLatin1String("severity")).toString().toUtf8();
    const QByteArray lane = o.value(QLatin1String("lane")).toString().toUtf8();
    const QByteArray actor = o.value(QLatin1String("actor")).toString().toUtf8();
    const QByteArray message = o.value(QLatin1String("message")).toString().toUtf8();
    const QByteArray source = o.value(QLatin1String("source")).toString().toUtf8();
    FaultlessEventsFormat::Fields f;
    f.timestamp = timestamp;
    f.end = end;
    f.kind = kind;
    f.severity = severity;
    f.lane = lane;
    f.actor = actor;
    f.message = message;
    f.source = source;
    f.id = o.value(QLatin1String("id")).toInteger();
    f.line = o.value(QLatin1String("line")).toInteger();
    f.offset = o.value(QLatin1String("offset")).toInteger();
    f.manual = o.value(QLatin1String("manual")).toBool();
    f.highlighted = o.value(QLatin1String("highlighted")).toBool();
    const QJsonValue attributes = o.value(QLatin1String("attributes"));
    if (!attributes.isUndefined() && !attributes.isNull() && !attributes.isObject()) {
        *reason = tr("attributes is not a JSON object");
        return false;
    }
    return FaultlessEventsFormat::toRecord(
        f, FaultlessEventsFormat::attributesWithOrigin(attributes.toObject(), f), record, reason);
}

} // namespace faultless::model
