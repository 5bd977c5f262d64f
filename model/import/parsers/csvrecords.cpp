#include "csvrecords.h"

#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"
#include "store/eventsink.h"

#include <utility>

namespace faultless::model {

namespace {
QString normalizedHeader(QString name)
{
    name = name.trimmed().toLower();
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char(' '));
    name.remove(QLatin1Char('-'));
    return name;
}

// Keeps the records a CSV reader rejects (the reader delivers no events).
class RejectsSink : public EventSink
{
public:
    void addEvent(EventRecord &&) override { }
    void addRejected(RejectedRecord &&rejected) override { rejects.append(std::move(rejected)); }

    QList<RejectedRecord> rejects;
};
} // namespace

bool CsvRecords::next(CsvReader &reader, EventSink &sink, CsvRecord *record)
{
    for (;;) {
        switch (reader.next()) {
        case CsvReader::Result::End:
            return false;
        case CsvReader::Result::Rejected:
            sink.addRejected({ reader.line(), reader.byteOffset(), reader.reason(), reader.raw() });
            continue;
        case CsvReader::Result::Record:
            break;
        }
        record->fields.clear();
        record->fields.reserve(reader.size());
        for (qsizetype i = 0; i < reader.size(); ++i)
            record->fields.append(QString::fromUtf8(reader.field(i)));
        record->line = reader.line();
        record->byteOffset = reader.byteOffset();
        record->raw = reader.raw();
        return true;
    }
}

QList<CsvRecord> CsvRecords::parse(const QByteArray &document, QList<RejectedRecord> *rejects)
{
    ImportInput input;
    input.openBytes(document);
    CsvReader reader(input);
    RejectsSink sink;
    QList<CsvRecord> records;
    CsvRecord record;
    while (next(reader, sink, &record))
        records.append(record);
    if (rejects) {
        for (RejectedRecord &r : sink.rejects)
            rejects->append(std::move(r));
    }
    return records;
}

int CsvRecords::column(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (normalizedHeader(header.at(i)) == normalizedHeader(name))
                return int(i);
        }
    }
    return -1;
}

bool CsvRecords::headerHas(const QByteArray &prefix, const QList<QStringList> &groups)
{
    qsizetype end = prefix.indexOf('\n');
    if (end < 0)
        end = prefix.size();
    QByteArray first = prefix.left(end).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    if (first.isEmpty() || first.startsWith('{') || first.startsWith('['))
        return false;
    // The tokenizer the import reads the header with, so that the sniffer finds the columns the
    // importer will find (quoted names, commas inside quotes).
    QStringList header;
    for (const QByteArray &name : CsvReader::splitRecord(first, ','))
        header.append(QString::fromUtf8(name.trimmed()));
    for (const QStringList &group : groups) {
        if (column(header, group) < 0)
            return false;
    }
    return true;
}

} // namespace faultless::model
