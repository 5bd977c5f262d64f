#include "faultlesseventscsvimporter.h"

#include "import/faultlesseventsformat.h"
#include "import/importinput.h"

#include <QJsonDocument>

#include <charconv>
#include <cstring>
#include <string>
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

// One CSV record (RFC 4180, as ActivityFormats::parseCsv reads it) assembled from the input's
// lines, so that records are delivered while the file is read rather than after all of it was:
// a quoted field may run over line ends, which are put back as they were written (CR LF or LF).
class CsvRecordReader
{
public:
    explicit CsvRecordReader(ImportInput &input)
        : m_input(input)
    {
    }

    // False at the end of the input. Blank records are skipped, as parseCsv skips them.
    bool next()
    {
        for (;;) {
            if (!readRecord())
                return false;
            if (!blank())
                return true;
        }
    }

    qsizetype size() const { return qsizetype(m_spans.size()); }
    QByteArrayView field(qsizetype i) const
    {
        return QByteArrayView(m_storage.data() + m_spans[size_t(i)].first, qsizetype(m_spans[size_t(i)].second));
    }
    qint64 line = 0;
    qint64 byteOffset = 0;
    bool truncated = false;
    QByteArray raw; // the start of the record, for a rejection

    // Invalid UTF-8 becomes U+FFFD, as the text of the whole file through QString did before.
    void repairUtf8()
    {
        if (FaultlessEventsFormat::Reader::isValidUtf8(QByteArrayView(m_storage.data(), qsizetype(m_storage.size()))))
            return;
        std::string repaired;
        std::vector<std::pair<size_t, size_t>> spans;
        for (qsizetype i = 0; i < size(); ++i) {
            const QByteArray utf8 = QString::fromUtf8(field(i)).toUtf8();
            spans.emplace_back(repaired.size(), size_t(utf8.size()));
            repaired.append(utf8.constData(), size_t(utf8.size()));
        }
        m_storage.swap(repaired);
        m_spans.swap(spans);
    }

private:
    bool readRecord()
    {
        m_storage.clear();
        m_spans.clear();
        raw.clear();
        truncated = false;
        bool quoted = false;
        bool fieldStarted = false;
        size_t fieldStart = 0;
        bool first = true;
        qint64 previousEnd = 0;
        InputLine in;
        while (m_input.readLine(in)) {
            if (first) {
                line = in.number;
                byteOffset = in.byteOffset;
                first = false;
            } else {
                // Still inside quotes: the line end is part of the field.
                const char *lineEnd = in.byteOffset - previousEnd == 2 ? "\r\n" : "\n";
                m_storage += lineEnd;
                appendRaw(QByteArrayView(lineEnd));
            }
            truncated = truncated || in.truncated;
            previousEnd = in.byteOffset + in.data.size();
            appendRaw(in.data);
            const char *p = in.data.data();
            const char *end = p + in.data.size();
            while (p != end) {
                if (quoted) {
                    const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                    if (!q) {
                        m_storage.append(p, size_t(end - p));
                        p = end;
                        break;
                    }
                    m_storage.append(p, size_t(q - p));
                    if (q + 1 != end && q[1] == '"') {
                        m_storage += '"';
                        p = q + 2;
                    } else {
                        quoted = false;
                        p = q + 1;
                    }
                    continue;
                }
                const char c = *p++;
                if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    m_spans.emplace_back(fieldStart, m_storage.size() - fieldStart);
                    fieldStart = m_storage.size();
                    fieldStarted = false;
                } else if (c == '\r') {
                    // a CR outside quotes is dropped, as parseCsv drops it
                } else {
                    m_storage += c;
                    fieldStarted = true;
                }
            }
            if (!quoted)
                break;
        }
        if (first)
            return false;
        m_spans.emplace_back(fieldStart, m_storage.size() - fieldStart);
        return true;
    }

    bool blank() const
    {
        if (m_spans.size() != 1)
            return false;
        const QByteArrayView only = field(0);
        for (char c : only) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return QString::fromUtf8(only).trimmed().isEmpty(); // Unicode spaces
            if (c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r')
                return false;
        }
        return true;
    }

    void appendRaw(QByteArrayView bytes)
    {
        if (raw.size() < 300)
            raw += bytes.first(std::min<qsizetype>(bytes.size(), 300 - raw.size()));
    }

    ImportInput &m_input;
    std::string m_storage;                      // the unquoted fields, one after the other
    std::vector<std::pair<size_t, size_t>> m_spans; // start and size of each field in m_storage
};

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
    CsvRecordReader records(input);
    const QStringList expected = FaultlessEventsFormat::csvHeader().split(QLatin1Char(','));
    bool header = records.next() && records.size() == expected.size();
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
    enum { Id, Timestamp, End, Kind, Severity, Lane, Actor, Message, Source, Line, Offset, Manual, Highlighted,
           Attributes, Count };
    FaultlessEventsFormat::Reader reader;
    QByteArray attributesJson;
    while (records.next()) {
        if (input.isCanceled())
            return false;
        auto reject = [&](const QString &reason) {
            sink.addRejected(RejectedRecord {records.line, records.byteOffset, reason, records.raw});
        };
        if (records.truncated) {
            reject(tr("line too long"));
            continue;
        }
        if (records.size() != Count) {
            reject(tr("%1 fields where the header has %2").arg(records.size()).arg(int(Count)));
            continue;
        }
        records.repairUtf8();
        FaultlessEventsFormat::Fields f;
        f.id = integerOf(records.field(Id));
        f.timestamp = records.field(Timestamp);
        f.end = records.field(End);
        f.kind = records.field(Kind);
        f.severity = records.field(Severity);
        // Text cells lose the apostrophe that kept a spreadsheet from running them (csvLine).
        f.lane = FaultlessEventsFormat::csvCellText(records.field(Lane));
        f.actor = FaultlessEventsFormat::csvCellText(records.field(Actor));
        f.message = FaultlessEventsFormat::csvCellText(records.field(Message));
        f.source = FaultlessEventsFormat::csvCellText(records.field(Source));
        f.line = integerOf(records.field(Line));
        f.offset = integerOf(records.field(Offset));
        f.manual = records.field(Manual) == "1";
        f.highlighted = records.field(Highlighted) == "1";
        if (reader.attributes(records.field(Attributes), f, &attributesJson) != FaultlessEventsFormat::Reader::Status::Ok) {
            // simdjson was unsure or refused the text: QJsonDocument decides, and says why.
            QJsonParseError parseError;
            const QJsonDocument attributes = QJsonDocument::fromJson(records.field(Attributes).toByteArray(), &parseError);
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
        record.line = records.line;
        record.byteOffset = records.byteOffset;
        sink.addEvent(std::move(record));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
