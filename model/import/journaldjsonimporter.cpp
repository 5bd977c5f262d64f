#include "journaldjsonimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <QtEndian>

#include <algorithm>
#include <climits>

namespace faultless::model {

int JournaldJsonImporter::sniff(const QByteArray &prefix, const QString &) const
{
    qsizetype start = 0;
    while (start < prefix.size()
        && (prefix[start] == ' ' || prefix[start] == '\n' || prefix[start] == '\r' || prefix[start] == '\t'))
        ++start;
    if (start >= prefix.size() || prefix[start] != '{')
        return 0;
    if (prefix.contains("\"__REALTIME_TIMESTAMP\"") || prefix.contains("\"__CURSOR\""))
        return 85;
    // json-pretty output of a record without trusted fields still has MESSAGE or _-prefixed keys.
    if (prefix.contains("\"MESSAGE\"") && (prefix.contains("\"_") || prefix.contains("\"PRIORITY\"")))
        return 70;
    return 0;
}

int JournaldExportImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (prefix.startsWith("__CURSOR=") || prefix.startsWith("__REALTIME_TIMESTAMP="))
        return 90;
    return prefix.contains("\n__REALTIME_TIMESTAMP=") && prefix.contains("\nMESSAGE") ? 70 : 0;
}

namespace {
constexpr qsizetype kRawKept = 300;

// The record of the export format being read, until the empty line that ends it.
struct ExportRecord
{
    bool open = false;
    qint64 line = 0;
    qint64 offset = 0;
    QByteArray raw; // its first kRawKept bytes, for a rejection
    EventRecord event;
    QByteArray attrs, realtime, priority, unit, identifier, host;
    int attributes = 0;
    qint64 dropped = 0;
    qint64 keptBytes = 0;

    void keepRaw(QByteArrayView bytes)
    {
        if (raw.size() < kRawKept)
            raw.append(bytes.first(std::min(bytes.size(), kRawKept - raw.size())));
    }
};

// Builds events from the export format's fields, one record at a time, and counts the fields
// left out of them.
class ExportRecordBuilder
{
public:
    ExportRecordBuilder(EventSink &sink, qint64 maxRecordBytes)
        : m_sink(sink)
        , m_maxRecordBytes(maxRecordBytes)
    { }

    ExportRecord &record() { return m_record; }

    void startAt(const InputLine &line)
    {
        if (m_record.open)
            return;
        m_record.open = true;
        m_record.line = line.number;
        m_record.offset = line.byteOffset;
    }

    void leaveOut()
    {
        if (m_fieldsLeftOut++ == 0)
            m_firstLeftOutLine = m_record.line;
    }

    void field(QByteArrayView key, QByteArrayView value)
    {
        ExportRecord &r = m_record;
        if (r.keptBytes + value.size() > m_maxRecordBytes) {
            leaveOut();
            return;
        }
        r.keptBytes += value.size();
        if (key == "__REALTIME_TIMESTAMP")
            r.realtime = value.toByteArray();
        else if (key == "PRIORITY")
            r.priority = value.toByteArray();
        else if (key == "MESSAGE")
            r.event.text = LogFields::toValidUtf8(value);
        else {
            if (key == "_SYSTEMD_UNIT")
                r.unit = value.toByteArray();
            else if (key == "SYSLOG_IDENTIFIER")
                r.identifier = value.toByteArray();
            else if (key == "_HOSTNAME")
                r.host = value.toByteArray();
            if (++r.attributes > AttributeCap::MaxAttributes)
                ++r.dropped;
            else
                LogFields::appendMember(r.attrs, LogFields::toValidUtf8(key), LogFields::toValidUtf8(value));
        }
    }

    // Reads a binary field's size and data after its KEY line; false when the input ends first.
    bool binaryField(ImportInput &input, const QByteArray &key, qint64 maxField)
    {
        ExportRecord &r = m_record;
        const QByteArray sizeBytes = input.readBytes(8);
        r.keepRaw(sizeBytes);
        if (sizeBytes.size() < 8)
            return false;
        const quint64 size = qFromLittleEndian<quint64>(sizeBytes.constData());
        if (size > quint64(maxField)) {
            quint64 left = size;
            while (left > 0) {
                const QByteArray chunk = input.readBytes(qint64(std::min<quint64>(left, 1 << 20)));
                if (chunk.isEmpty())
                    break;
                r.keepRaw(chunk);
                left -= quint64(chunk.size());
            }
            if (left > 0)
                return false;
            leaveOut();
        } else {
            const QByteArray data = input.readBytes(qint64(size));
            r.keepRaw(data);
            if (data.size() < qsizetype(size))
                return false;
            field(key, LogFields::toValidUtf8(data));
        }
        r.keepRaw(input.readBytes(1)); // the newline after the data
        return true;
    }

    // The record as an event, or rejected without a usable time; then the next record.
    void finish()
    {
        ExportRecord &r = m_record;
        EventRecord &e = r.event;
        e.line = r.line;
        e.byteOffset = r.offset;
        e.instant = timestamps::parseEpochText(r.realtime, timestamps::EpochUnit::Microseconds);
        if (e.instant == NoInstant) {
            m_sink.addRejected({ r.line, r.offset,
                r.realtime.isEmpty() ? JournaldExportImporter::tr("no __REALTIME_TIMESTAMP field")
                                     : JournaldExportImporter::tr("unreadable __REALTIME_TIMESTAMP \"%1\"")
                                           .arg(QString::fromUtf8(r.realtime.left(40))),
                r.raw });
        } else {
            if (!r.priority.isEmpty())
                e.severity = LogFields::severityFromText(r.priority);
            e.lane = !r.unit.isEmpty() ? r.unit : !r.identifier.isEmpty() ? r.identifier : r.host;
            e.attributesJson = LogFields::finishObject(r.attrs);
            m_sink.addEvent(std::move(e));
            m_attributeCap.recordDropped(r.line, r.dropped);
        }
        r = ExportRecord();
    }

    void addNotes(ImportContext &context, qint64 maxField)
    {
        m_attributeCap.addNote(context);
        if (m_fieldsLeftOut > 0)
            context.notes << JournaldExportImporter::tr(
                "%n field(s) too large to keep were left out of their events "
                "(over %1 MiB; the first in the record at line %2).",
                nullptr, int(std::min<qint64>(m_fieldsLeftOut, INT_MAX)))
                                 .arg(maxField >> 20)
                                 .arg(m_firstLeftOutLine);
    }

private:
    EventSink &m_sink;
    const qint64 m_maxRecordBytes;
    ExportRecord m_record;
    AttributeCap m_attributeCap;
    qint64 m_fieldsLeftOut = 0;
    qint64 m_firstLeftOutLine = 0;
};
} // namespace

bool JournaldExportImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    // Binary fields may hold newlines (and their size bytes may look like one), so they are not
    // read as lines but as the exact number of bytes their size says. A field longer than the
    // line limit, or past what one record may hold in all, is left out of its event (counted in
    // a note) rather than held in memory: systemd-coredump can put a whole core dump in the
    // COREDUMP field, and the event that a process crashed matters more than the dump.
    const qint64 maxField = input.maxLineLength();
    ExportRecordBuilder builder(sink, ImportInput::DefaultMaxDocumentSize);
    ExportRecord &r = builder.record();
    InputLine line;
    bool cut = false; // a binary field runs past the end of the input
    while (input.readLine(line)) {
        if (input.isCanceled())
            return true; // the caller discards what was read
        // Records are separated by empty lines (tolerating stray spaces and CRs).
        if (!line.truncated && line.data.trimmed().isEmpty()) {
            if (r.open)
                builder.finish();
            continue;
        }
        builder.startAt(line);
        r.keepRaw(line.data);
        r.keepRaw("\n");
        if (line.truncated) {
            // A text field longer than the line limit: only its head was read.
            builder.leaveOut();
            continue;
        }
        const QByteArrayView entry = line.data;
        const qsizetype eq = entry.indexOf('=');
        if (eq >= 0) {
            builder.field(entry.first(eq), entry.sliced(eq + 1));
            continue;
        }
        // KEY\n<le64 size><data>\n. The line's bytes are gone once more input is read.
        if (!builder.binaryField(input, entry.toByteArray(), maxField)) {
            cut = true;
            break;
        }
    }
    if (input.isCanceled())
        return true;
    if (cut) {
        sink.addRejected({ r.line, r.offset, tr("binary field runs past the end of the input"), r.raw });
    } else if (r.open) {
        // The last record needs no empty line after it, unless the input stopped early.
        if (input.hitLimit())
            sink.addRejected({ r.line, r.offset, tr("record cut off where the input stopped"), r.raw });
        else
            builder.finish();
    }
    builder.addNotes(context, maxField);
    if (input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    return true;
}

} // namespace faultless::model
