#include "faultlesseventscsvimporter.h"

#include "import/faultlesseventsformat.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"

#include <QJsonDocument>

#include <charconv>
#include <vector>

namespace faultless::model {

int FaultlessEventsCsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    QByteArray first = prefix.left(prefix.indexOf('\n') < 0 ? prefix.size() : prefix.indexOf('\n'));
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    return first.trimmed() == FaultlessEventsFormat::csvHeader().toUtf8() ? 95 : 0;
}

namespace {

// The record's fields, with invalid UTF-8 made valid (U+FFFD) field by field. The views point
// into the reader or into `repaired`, which must outlive them.
std::vector<QByteArrayView> validFields(const CsvReader &records, std::vector<QByteArray> &repaired)
{
    std::vector<QByteArrayView> fields;
    fields.reserve(size_t(records.size()));
    repaired.clear();
    repaired.reserve(size_t(records.size()));
    const bool allValid = FaultlessEventsFormat::Reader::isValidUtf8(records.allFields());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArrayView field = records.field(i);
        if (allValid || FaultlessEventsFormat::Reader::isValidUtf8(field)) {
            fields.push_back(field);
        } else {
            repaired.push_back(QString::fromUtf8(field).toUtf8());
            fields.push_back(repaired.back());
        }
    }
    return fields;
}

// QString::toLongLong() of the field, without the QString for plain digits.
qint64 integerOf(QByteArrayView field)
{
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec == std::errc() && end == field.data() + field.size() && !field.isEmpty())
        return value;
    return QString::fromUtf8(field).toLongLong();
}

} // namespace

bool FaultlessEventsCsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &, QString *error)
{
    CsvReader records(input);
    const QStringList expected = FaultlessEventsFormat::csvHeader().split(QLatin1Char(','));
    bool header = records.next() == CsvReader::Result::Record && records.size() == expected.size();
    for (qsizetype i = 0; header && i < expected.size(); ++i)
        header = records.field(i) == expected.at(i).toLatin1();
    if (!header) {
        if (input.hitLimit()) {
            if (error)
                *error = input.errorString();
            return false;
        }
        if (error)
            *error = tr("%1: the CSV header is not that of a Faultless events export").arg(input.fileName());
        return false;
    }
    enum {
        Id,
        Timestamp,
        End,
        Kind,
        Severity,
        Lane,
        Actor,
        Message,
        Source,
        Line,
        Offset,
        Manual,
        Highlighted,
        Attributes,
        Count
    };
    FaultlessEventsFormat::Reader reader;
    QByteArray attributesJson;
    std::vector<QByteArray> repaired;
    for (CsvReader::Result result; (result = records.next()) != CsvReader::Result::End;) {
        if (input.isCanceled())
            return false;
        auto reject = [&](const QString &reason) {
            sink.addRejected(RejectedRecord { records.line(), records.byteOffset(), reason, records.raw() });
        };
        if (result == CsvReader::Result::Rejected) {
            reject(records.reason());
            continue;
        }
        if (records.size() != Count) {
            reject(tr("%1 fields where the header has %2").arg(records.size()).arg(int(Count)));
            continue;
        }
        const std::vector<QByteArrayView> field = validFields(records, repaired);
        FaultlessEventsFormat::Fields f;
        f.id = integerOf(field[Id]);
        f.timestamp = field[Timestamp];
        f.end = field[End];
        f.kind = field[Kind];
        f.severity = field[Severity];
        // Text cells lose the apostrophe that kept a spreadsheet from running them (csvLine).
        f.lane = FaultlessEventsFormat::csvCellText(field[Lane]);
        f.actor = FaultlessEventsFormat::csvCellText(field[Actor]);
        f.message = FaultlessEventsFormat::csvCellText(field[Message]);
        f.source = FaultlessEventsFormat::csvCellText(field[Source]);
        f.line = integerOf(field[Line]);
        f.offset = integerOf(field[Offset]);
        f.manual = field[Manual] == "1";
        f.highlighted = field[Highlighted] == "1";
        if (reader.attributes(field[Attributes], f, &attributesJson)
            != FaultlessEventsFormat::Reader::Status::Ok) {
            // simdjson was unsure or refused the text: QJsonDocument decides, and says why.
            QJsonParseError parseError;
            const QJsonDocument attributes
                = QJsonDocument::fromJson(field[Attributes].toByteArray(), &parseError);
            if (!attributes.isObject()) {
                reject(tr("attributes is not a JSON object: %1").arg(parseError.errorString()));
                continue;
            }
            attributesJson = FaultlessEventsFormat::attributesWithOrigin(attributes.object(), f);
        }
        EventRecord record;
        QString reason;
        if (!FaultlessEventsFormat::toRecord(f, attributesJson, &record, &reason)) {
            reject(reason);
            continue;
        }
        record.line = records.line();
        record.byteOffset = records.byteOffset();
        sink.addEvent(std::move(record));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
