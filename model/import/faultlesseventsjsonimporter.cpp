#include "faultlesseventsjsonimporter.h"

#include "import/activityformats.h"
#include "import/faultlesseventsformat.h"
#include "import/importinput.h"

#include <QJsonDocument>

namespace faultless::model {

int FaultlessEventsJsonImporter::sniff(const QByteArray &prefix, const QString &) const
{
    const QByteArray first = prefix.left(qMax<qsizetype>(0, prefix.indexOf('\n'))).trimmed();
    const QByteArray line = first.isEmpty() ? prefix.trimmed() : first;
    if (!line.startsWith('{'))
        return 0;
    // The export's exact key set: a log that merely has "timestamp" and "message" is not ours.
    return ActivityFormats::hasJsonKeys(line, {"id", "timestamp", "kind", "severity", "lane", "actor", "message",
                                               "source", "line", "offset", "manual", "highlighted"})
        ? 95
        : 0;
}

bool FaultlessEventsJsonImporter::read(ImportInput &input, EventSink &sink, ImportContext &, QString *error)
{
    InputLine line;
    while (input.readLine(line)) {
        if (input.isCanceled())
            return false;
        const QByteArray bytes = line.data.toByteArray();
        if (bytes.trimmed().isEmpty())
            continue;
        auto reject = [&](const QString &reason) {
            sink.addRejected(RejectedRecord {line.number, line.byteOffset, reason, bytes.left(300)});
        };
        if (line.truncated) {
            reject(tr("line too long"));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            reject(tr("not a JSON object: %1").arg(parseError.errorString()));
            continue;
        }
        const QJsonObject o = doc.object();
        FaultlessEventsFormat::Fields f;
        f.timestamp = o.value(QLatin1String("timestamp")).toString();
        f.end = o.value(QLatin1String("end")).toString();
        f.kind = o.value(QLatin1String("kind")).toString();
        f.severity = o.value(QLatin1String("severity")).toString();
        f.lane = o.value(QLatin1String("lane")).toString();
        f.actor = o.value(QLatin1String("actor")).toString();
        f.message = o.value(QLatin1String("message")).toString();
        f.source = o.value(QLatin1String("source")).toString();
        f.id = o.value(QLatin1String("id")).toInteger();
        f.line = o.value(QLatin1String("line")).toInteger();
        f.offset = o.value(QLatin1String("offset")).toInteger();
        f.manual = o.value(QLatin1String("manual")).toBool();
        f.highlighted = o.value(QLatin1String("highlighted")).toBool();
        const QJsonValue attributes = o.value(QLatin1String("attributes"));
        if (!attributes.isUndefined() && !attributes.isNull() && !attributes.isObject()) {
            reject(tr("attributes is not a JSON object"));
            continue;
        }
        f.attributes = attributes.toObject();
        EventRecord record;
        QString reason;
        if (!FaultlessEventsFormat::toRecord(f, &record, &reason)) {
            reject(reason);
            continue;
        }
        record.line = line.number;
        record.byteOffset = line.byteOffset;
        sink.addEvent(std::move(record));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
