#include "faultlesseventscsvimporter.h"

#include "import/activityformats.h"
#include "import/faultlesseventsformat.h"
#include "import/importinput.h"

#include <QJsonDocument>

namespace faultless::model {

int FaultlessEventsCsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    QByteArray first = prefix.left(prefix.indexOf('\n') < 0 ? prefix.size() : prefix.indexOf('\n'));
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    return first.trimmed() == FaultlessEventsFormat::csvHeader().toUtf8() ? 95 : 0;
}

bool FaultlessEventsCsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &, QString *error)
{
    const QByteArray document = input.readAll();
    if (document.isNull() && input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    const QList<ActivityFormats::CsvRecord> records = ActivityFormats::parseCsv(document);
    const QStringList expected = FaultlessEventsFormat::csvHeader().split(QLatin1Char(','));
    if (records.isEmpty() || records.first().fields != expected) {
        if (error)
            *error = tr("%1: the CSV header is not that of a Faultless events export").arg(input.fileName());
        return false;
    }
    enum { Id, Timestamp, End, Kind, Severity, Lane, Actor, Message, Source, Line, Offset, Manual, Highlighted,
           Attributes, Count };
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (input.isCanceled())
            return false;
        const ActivityFormats::CsvRecord &r = records.at(i);
        auto reject = [&](const QString &reason) {
            sink.addRejected(RejectedRecord {r.line, r.byteOffset, reason, r.raw});
        };
        if (r.fields.size() != Count) {
            reject(tr("%1 fields where the header has %2").arg(r.fields.size()).arg(int(Count)));
            continue;
        }
        FaultlessEventsFormat::Fields f;
        f.id = r.fields.at(Id).toLongLong();
        f.timestamp = r.fields.at(Timestamp);
        f.end = r.fields.at(End);
        f.kind = r.fields.at(Kind);
        f.severity = r.fields.at(Severity);
        f.lane = r.fields.at(Lane);
        f.actor = r.fields.at(Actor);
        f.message = r.fields.at(Message);
        f.source = r.fields.at(Source);
        f.line = r.fields.at(Line).toLongLong();
        f.offset = r.fields.at(Offset).toLongLong();
        f.manual = r.fields.at(Manual) == QLatin1String("1");
        f.highlighted = r.fields.at(Highlighted) == QLatin1String("1");
        if (!r.fields.at(Attributes).isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument attributes = QJsonDocument::fromJson(r.fields.at(Attributes).toUtf8(), &parseError);
            if (!attributes.isObject()) {
                reject(tr("attributes is not a JSON object: %1").arg(parseError.errorString()));
                continue;
            }
            f.attributes = attributes.object();
        }
        EventRecord record;
        QString reason;
        if (!FaultlessEventsFormat::toRecord(f, &record, &reason)) {
            reject(reason);
            continue;
        }
        record.line = r.line;
        record.byteOffset = r.byteOffset;
        sink.addEvent(std::move(record));
    }
    return true;
}

} // namespace faultless::model
