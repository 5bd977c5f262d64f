#include "headerlogimporters.h"

#include "domain/timestamps.h"
#include "import/parsers/logfields.h"

#include <cstdio>

namespace faultless::model {

namespace {

QList<QByteArrayView> firstLines(const QByteArray &prefix, int max)
{
    QList<QByteArrayView> lines;
    qsizetype pos = prefix.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < prefix.size() && lines.size() < max) {
        qsizetype end = prefix.indexOf('\n', pos);
        if (end < 0)
            end = prefix.size();
        QByteArrayView line = QByteArrayView(prefix).sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        pos = end + 1;
    }
    return lines;
}

// "\x09" -> tab; a single character as it is.
char unescapeSeparator(QByteArrayView text)
{
    if (text.size() == 4 && text.startsWith("\\x")) {
        bool ok = false;
        const int value = QByteArray(text.sliced(2).data(), 2).toInt(&ok, 16);
        return ok && value > 0 && value < 128 ? char(value) : '\0';
    }
    return text.size() == 1 ? text[0] : '\0';
}

// Space-separated values; a value in double quotes may hold spaces (Oracle Web Cache writes
// "Mozilla/4.5 [en] (WinNT; I)"); doubled quotes inside stay as they are.
QList<QByteArrayView> splitW3cValues(QByteArrayView line)
{
    QList<QByteArrayView> values;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        if (line[i] == '"') {
            ++i;
            while (i < n && !(line[i] == '"' && (i + 1 == n || line[i + 1] == ' ' || line[i + 1] == '\t')))
                ++i;
            if (i < n)
                ++i;
            values.append(line.sliced(start, i - start));
            continue;
        }
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        values.append(line.sliced(start, i - start));
    }
    return values;
}

// The severity an HTTP status suggests: 5xx error, 4xx warning, else info.
Severity severityFromStatus(QByteArrayView status)
{
    if (status.size() != 3 || unsigned(status[0]) - '0' > 9)
        return Severity::Unknown;
    return status[0] == '5' ? Severity::Error : status[0] == '4' ? Severity::Warning : Severity::Info;
}

} // namespace

int W3cExtendedImporter::sniff(const QByteArray &prefix, const QString &) const
{
    bool fields = false, version = false;
    for (QByteArrayView line : firstLines(prefix, 20)) {
        if (line.startsWith("#Fields:"))
            fields = true;
        else if (line.startsWith("#Version:") || line.startsWith("#Software:"))
            version = true;
    }
    return fields ? (version ? 95 : 85) : 0;
}

TextLineImporter::LineKind W3cExtendedImporter::parseLine(
    QByteArrayView line, int, EventRecord &e, LineResult &result)
{
    line = trimmed(line);
    if (line.startsWith('#')) {
        if (line.startsWith("#Fields:")) {
            m_fields.clear();
            QByteArrayView rest = line.sliced(8);
            for (QByteArrayView name = nextToken(rest); !name.isEmpty(); name = nextToken(rest))
                m_fields.append(name.toByteArray());
        } else if (line.startsWith("#GMT-Offset:")) {
            // Oracle Web Cache and others: the times are local, this far from UTC ("-0800").
            const QByteArrayView value = trimmed(line.sliced(12));
            bool digits = value.size() == 5 && (value[0] == '+' || value[0] == '-');
            for (qsizetype i = 1; digits && i < 5; ++i)
                digits = unsigned(value[i]) - '0' <= 9;
            const int hours = digits ? (value[1] - '0') * 10 + (value[2] - '0') : 99;
            const int minutes = digits ? (value[3] - '0') * 10 + (value[4] - '0') : 99;
            if (hours <= 23 && minutes <= 59)
                m_offsetSeconds = (hours * 3600 + minutes * 60) * (value[0] == '-' ? -1 : 1);
        } else if (line.startsWith("#Date:")) {
            Instant t = NoInstant;
            QByteArrayView rest = trimmed(line.sliced(6));
            if (timestamps::parseIso8601Prefix(rest, &t) > 0)
                m_headerDay = t / 86400000000ll;
        }
        return LineKind::Directive;
    }
    if (m_fields.isEmpty()) {
        result.reason = tr("a line before the first #Fields: directive");
        return LineKind::Rejected;
    }
    const QList<QByteArrayView> values = splitW3cValues(line);
    if (values.size() != m_fields.size())
        return readMismatchedLine(line, values, e, result);
    QByteArrayView date, time, method, uri, status, site;
    QByteArray attrs;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QByteArray &name = m_fields[i];
        const QByteArrayView value = values[i];
        if (name == "date")
            date = value;
        else if (name == "time")
            time = value;
        else if (name == "cs-method")
            method = value;
        else if (name == "cs-uri-stem")
            uri = value;
        else if (name == "sc-status")
            status = value;
        else if (name == "s-sitename")
            site = value;
        if (value == "-")
            continue; // W3C's "no value"
        if (i >= AttributeCap::MaxAttributes) {
            ++result.droppedAttributes;
            continue;
        }
        LogFields::appendMember(attrs, name, value);
    }
    if (time.isEmpty() || (date.isEmpty() && m_headerDay < 0)) {
        result.reason = tr("no date and time columns (and no #Date: directive for the date)");
        return LineKind::Rejected;
    }
    QByteArray stamp;
    if (!date.isEmpty()) {
        stamp = date.toByteArray();
    } else {
        int y, m, d;
        timestamps::civilFromDays(m_headerDay, y, m, d);
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
        stamp = buffer;
    }
    stamp.append('T');
    stamp.append(time.data(), time.size());
    stamp.append('Z'); // W3C extended logs are in UTC, unless a #GMT-Offset: says otherwise
    e.instant = timestamps::parseIso8601(stamp);
    if (e.instant != NoInstant && m_offsetSeconds != 0) {
        e.instant -= m_offsetSeconds * 1000000;
        if (!isSupportedInstant(e.instant))
            e.instant = NoInstant;
    }
    if (e.instant == NoInstant) {
        result.reason = tr("unreadable date or time \"%1\"").arg(QString::fromUtf8(stamp.left(40)));
        return LineKind::Rejected;
    }
    e.severity = severityFromStatus(status);
    e.lane = site.toByteArray();
    if (!method.isEmpty() || !uri.isEmpty() || !status.isEmpty()) {
        e.text = method.toByteArray();
        for (QByteArrayView part : { uri, status }) {
            if (part.isEmpty())
                continue;
            if (!e.text.isEmpty())
                e.text.append(' ');
            e.text.append(part.data(), part.size());
        }
    } else {
        e.text = line.toByteArray();
    }
    e.attributesJson = LogFields::finishObject(attrs);
    return LineKind::Event;
}

TextLineImporter::LineKind W3cExtendedImporter::readMismatchedLine(
    QByteArrayView line, const QList<QByteArrayView> &values, EventRecord &e, LineResult &result)
{
    // Concatenated logs put lines of another layout under a #Fields: directive. When the date
    // and time still stand where it says, the line is kept whole with its time and the two
    // counts; otherwise it is rejected.
    const qsizetype dateAt = m_fields.indexOf("date");
    const qsizetype timeAt = m_fields.indexOf("time");
    if (dateAt >= 0 && timeAt >= 0 && dateAt < values.size() && timeAt < values.size()) {
        QByteArray stamp = values[dateAt].toByteArray();
        stamp.append('T');
        stamp.append(values[timeAt].data(), values[timeAt].size());
        stamp.append('Z');
        const Instant t = timestamps::parseIso8601(stamp);
        if (t != NoInstant && isSupportedInstant(t - m_offsetSeconds * 1000000)) {
            e.instant = t - m_offsetSeconds * 1000000;
            e.text = line.toByteArray();
            QByteArray attrs;
            const QByteArray counts = QByteArray::number(values.size())
                + QByteArray(" values, #Fields: names ") + QByteArray::number(m_fields.size());
            LogFields::appendMember(attrs, "w3c_fields_mismatch", counts);
            e.attributesJson = LogFields::finishObject(attrs);
            return LineKind::Event;
        }
    }
    result.reason
        = tr("%1 values where the #Fields: directive names %2").arg(values.size()).arg(m_fields.size());
    return LineKind::Rejected;
}

int ZeekTsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    bool separator = false, fields = false;
    for (QByteArrayView line : firstLines(prefix, 12)) {
        if (line.startsWith("#separator "))
            separator = true;
        else if (line.startsWith("#fields"))
            fields = true;
    }
    return separator && fields ? 95 : 0;
}

bool ZeekTsvImporter::directive(QByteArrayView line, LineResult &result)
{
    // "#separator \x09" uses a space; the others use the separator itself.
    if (line.startsWith("#separator ")) {
        const char c = unescapeSeparator(trimmed(line.sliced(11)));
        if (c == '\0') {
            result.reason = tr("unreadable #separator directive");
            return false;
        }
        m_separator = c;
        return true;
    }
    QByteArrayView rest = line.sliced(1);
    const QByteArrayView name = nextToken(rest, m_separator);
    if (name == "fields") {
        m_fields.clear();
        m_tsColumn = -1;
        for (QByteArrayView field = nextToken(rest, m_separator); !field.isEmpty();
             field = nextToken(rest, m_separator)) {
            if (field == "ts")
                m_tsColumn = int(m_fields.size());
            m_fields.append(field.toByteArray());
        }
    } else if (name == "unset_field") {
        m_unset = rest.toByteArray();
    } else if (name == "empty_field") {
        m_empty = rest.toByteArray();
    } else if (name == "path") {
        m_path = rest.toByteArray();
    }
    return true;
}

TextLineImporter::LineKind ZeekTsvImporter::parseLine(
    QByteArrayView line, int, EventRecord &e, LineResult &result)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith('#'))
        return directive(line, result) ? LineKind::Directive : LineKind::Rejected;
    if (m_fields.isEmpty() || m_tsColumn < 0) {
        result.reason = tr("a line before a #fields directive with a ts column");
        return LineKind::Rejected;
    }
    QList<QByteArrayView> values;
    qsizetype pos = 0;
    while (pos <= line.size()) {
        qsizetype end = line.indexOf(m_separator, pos);
        if (end < 0)
            end = line.size();
        values.append(line.sliced(pos, end - pos));
        pos = end + 1;
    }
    if (values.size() != m_fields.size()) {
        result.reason
            = tr("%1 values where the #fields directive names %2").arg(values.size()).arg(m_fields.size());
        return LineKind::Rejected;
    }
    e.instant = timestamps::parseEpochText(values[m_tsColumn], timestamps::EpochUnit::Seconds);
    if (e.instant == NoInstant) {
        result.reason = tr("unreadable ts \"%1\"")
                            .arg(QString::fromUtf8(values[m_tsColumn].first(
                                std::min<qsizetype>(values[m_tsColumn].size(), 40))));
        return LineKind::Rejected;
    }
    QByteArray attrs;
    int kept = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i == m_tsColumn || values[i] == m_unset)
            continue;
        if (++kept > AttributeCap::MaxAttributes) {
            ++result.droppedAttributes;
            continue;
        }
        LogFields::appendMember(attrs, m_fields[i], values[i] == m_empty ? QByteArrayView() : values[i]);
        if (!e.text.isEmpty())
            e.text.append(' ');
        e.text.append(m_fields[i]);
        e.text.append('=');
        e.text.append(values[i].data(), values[i].size());
    }
    e.lane = m_path;
    e.attributesJson = LogFields::finishObject(attrs);
    return LineKind::Event;
}

} // namespace faultless::model
