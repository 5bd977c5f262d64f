#include "csvreader.h"

#include "import/parsers/importinput.h"

#include <cstring>

namespace faultless::model {

CsvReader::CsvReader(ImportInput &input, char delimiter)
    : m_input(input)
    , m_delimiter(delimiter)
{ }

QList<QByteArray> CsvReader::fields() const
{
    QList<QByteArray> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(field(i).toByteArray());
    return out;
}

QList<QByteArray> CsvReader::splitRecord(QByteArrayView record, char delimiter, bool *complete)
{
    ImportInput none; // never read: the bytes are given
    CsvReader reader(none, delimiter);
    reader.tokenize(record);
    if (complete)
        *complete = !reader.m_quoted;
    reader.m_spans.emplace_back(reader.m_fieldStart, reader.m_storage.size() - reader.m_fieldStart);
    return reader.fields();
}

bool CsvReader::nextLine(Line &line)
{
    if (m_replaying) {
        if (m_replayNext < m_heldLines.size()) {
            const HeldLine &h = m_heldLines[m_replayNext++];
            line.data = QByteArrayView(m_held.constData() + h.start, h.size);
            line.number = h.number;
            line.byteOffset = h.byteOffset;
            line.truncated = h.truncated;
            return true;
        }
        m_replaying = false;
        m_held.clear();
        m_heldLines.clear();
    }
    InputLine in;
    if (!m_input.readLine(in))
        return false;
    line.data = in.data;
    line.number = in.number;
    line.byteOffset = in.byteOffset;
    line.truncated = in.truncated;
    return true;
}

void CsvReader::startRecord(const Line &line)
{
    m_storage.clear();
    m_spans.clear();
    m_raw.truncate(0); // keeps its buffer (clear() would free it, once a record)
    m_reason.clear();
    m_fieldStart = 0;
    m_quoted = false;
    m_fieldStarted = false;
    m_line = line.number;
    m_byteOffset = line.byteOffset;
    m_lines = 1;
    m_previousEnd = line.byteOffset + line.data.size();
    appendRaw(line.data);
}

// One line of the record (without its line end) into the fields; memchr over quoted runs and a
// tight loop over unquoted ones, so a megabyte field costs about a memcpy.
void CsvReader::tokenize(QByteArrayView data)
{
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p != end) {
        if (m_quoted) {
            const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!q) {
                m_storage.append(p, size_t(end - p));
                return;
            }
            m_storage.append(p, size_t(q - p));
            if (q + 1 != end && q[1] == '"') {
                m_storage += '"';
                p = q + 2;
            } else {
                m_quoted = false;
                p = q + 1;
            }
            continue;
        }
        const char *run = p;
        while (p != end && *p != m_delimiter && *p != '"' && *p != '\r')
            ++p;
        if (p != run) {
            m_storage.append(run, size_t(p - run));
            m_fieldStarted = true;
        }
        if (p == end)
            return;
        const char c = *p++;
        if (c == '"') {
            if (!m_fieldStarted)
                m_quoted = true;
            else
                m_storage += '"'; // a quote inside an unquoted field is an ordinary character
            m_fieldStarted = true;
        } else if (c == m_delimiter) {
            m_spans.emplace_back(m_fieldStart, m_storage.size() - m_fieldStart);
            m_fieldStart = m_storage.size();
            m_fieldStarted = false;
        }
        // a CR outside quotes is dropped
    }
}

void CsvReader::appendRaw(QByteArrayView bytes)
{
    if (m_raw.size() < RawKept)
        m_raw += bytes.first(std::min<qsizetype>(bytes.size(), RawKept - m_raw.size()));
}

void CsvReader::holdLine(const Line &line)
{
    m_heldLines.push_back({ line.number, line.byteOffset, m_held.size(), line.data.size(), line.truncated });
    m_held.append(line.data.data(), line.data.size());
}

CsvReader::Result CsvReader::rejectOpenRecord(const QString &reason)
{
    m_reason = reason;
    m_storage.clear();
    m_spans.clear();
    m_quoted = false;
    // Read again from the line after the record's first: those are most likely records of their own.
    m_replaying = m_heldLines.size() > 1;
    m_replayNext = 1;
    m_replayCause = m_line;
    if (!m_replaying) {
        m_held.clear();
        m_heldLines.clear();
    }
    return Result::Rejected;
}

CsvReader::Result CsvReader::finishRecord()
{
    m_spans.emplace_back(m_fieldStart, m_storage.size() - m_fieldStart);
    if (!m_replaying) {
        m_held.clear();
        m_heldLines.clear();
    }
    return Result::Record;
}

bool CsvReader::blank() const
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

CsvReader::Result CsvReader::next()
{
    for (;;) {
        Line line;
        if (!nextLine(line))
            return Result::End;
        startRecord(line);
        if (line.truncated) {
            m_reason = tr("line longer than %n MiB", nullptr, int(m_input.maxLineLength() >> 20));
            return Result::Rejected;
        }
        tokenize(line.data);
        if (m_quoted && m_replaying) {
            m_quoted = false;
            m_reason
                = tr("quoted field not closed on this line (read again after the unclosed quote of line %1)")
                      .arg(m_replayCause);
            return Result::Rejected;
        }
        if (m_quoted)
            holdLine(line);
        while (m_quoted) {
            Line more;
            if (!nextLine(more))
                return rejectOpenRecord(tr("quoted field not closed by the end of the input"));
            holdLine(more);
            if (more.truncated)
                return rejectOpenRecord(tr("quoted field not closed before a line longer than %n MiB",
                    nullptr, int(m_input.maxLineLength() >> 20)));
            // Still inside quotes: the line end is part of the field.
            const bool crlf = m_lineEndsAsWritten && more.byteOffset - m_previousEnd == 2;
            const QByteArrayView lineEnd = crlf ? QByteArrayView("\r\n") : QByteArrayView("\n");
            m_storage.append(lineEnd.data(), size_t(lineEnd.size()));
            appendRaw(lineEnd);
            appendRaw(more.data);
            m_previousEnd = more.byteOffset + more.data.size();
            ++m_lines;
            tokenize(more.data);
            if (m_quoted && (m_lines >= MaxRecordLines || m_held.size() >= MaxRecordBytes))
                return rejectOpenRecord(tr("quoted field not closed within %1 lines or %2 MiB")
                                            .arg(MaxRecordLines)
                                            .arg(MaxRecordBytes >> 20));
        }
        const Result result = finishRecord();
        if (!blank())
            return result;
    }
}

} // namespace faultless::model
