#include "plaintextimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

namespace faultless::model {

int PlainTextImporter::sniff(const QByteArray &prefix, const QString &) const
{
    TextLayout layout;
    if (!layout.learn(prefix, 20))
        return 0;
    // Generic on purpose: any more specific format that recognises the file wins. A stamp on
    // nearly every line outranks a CSV reading that found no time column (35): such a "CSV" is
    // a log whose messages hold commas or bars.
    const bool nearlyAll
        = layout.sampledLines() >= 2 && layout.matchedLines() * 10 >= layout.sampledLines() * 9;
    // So does docker-compose output ("service | line" on every line), whatever its services write.
    if (nearlyAll || layout.hasComposePrefix())
        return 40;
    // Stamps on three lines or more in one place still outrank a CSV reading without a time
    // column (35), which could not read a single event.
    return layout.matchedLines() >= 3 ? 36 : 30;
}

bool PlainTextImporter::prepare(ImportInput &input, ImportContext &context, QString *)
{
    const QByteArray sample = input.peek(LearnSize);
    if (m_layout.learn(sample)) {
        if (m_layout.stamp() == TextLayout::Stamp::TimeOnly)
            setReferenceDay(context.referenceDay - midnightsIn(sample));
        return true;
    }
    // Chosen by hand (sniffing would not have picked it): every layout is tried on every line,
    // and the summary says that none was found in the first lines.
    m_layout.useAnyLayout();
    context.notes << tr(
        "No timestamp layout covers enough of the first %n line(s) (half, or one in ten at "
        "the start of a line); each line was tried against every layout: ISO 8601 (with \",\" "
        "or \".\" fractions, day of the year), syslog, common log, ctime and Apache error_log, "
        "day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, "
        "Unix epoch numbers, TAI64N and time of day.",
        nullptr, m_layout.sampledLines());
    return true;
}

int PlainTextImporter::midnightsIn(QByteArrayView sample) const
{
    // The same rule as the import's (a step back of more than an hour is the next day), over
    // the lines of the sample; exact for a file that fits in it, a lower bound otherwise.
    int midnights = 0;
    Instant last = NoInstant;
    const TextLayout::Reference ref { 2000, 0 };
    qsizetype pos = 0;
    while (pos < sample.size()) {
        qsizetype end = sample.indexOf('\n', pos);
        if (end < 0)
            end = sample.size();
        QByteArrayView line = sample.sliced(pos, end - pos);
        pos = end + 1;
        m_layout.stripComposePrefix(line);
        TextLayout::Parsed stamp;
        if (!m_layout.find(line, ref, &stamp))
            continue;
        if (last != NoInstant && stamp.instant < last - 3600000000ll)
            ++midnights;
        last = stamp.instant;
    }
    return midnights;
}

TextLineImporter::LineKind PlainTextImporter::parseLine(
    QByteArrayView line, int year, EventRecord &e, LineResult &result)
{
    const QByteArrayView service = m_layout.stripComposePrefix(line);
    if (trimmed(line).isEmpty())
        return LineKind::Continuation;
    TextLayout::Parsed stamp;
    const TextLayout::Reference ref { year, referenceDay() };
    if (!m_layout.find(line, ref, &stamp)) {
        if (m_layout.token() == 0 && timestamps::startsWithTimestampShape(line)) {
            // "2024-13-01 10:00", "2024-05-01T10:00:00+99:99": a damaged stamp, not a continuation.
            result.reason = tr("unreadable or out-of-range timestamp at the start of the line");
            return LineKind::Rejected;
        }
        result.reason = tr("no timestamp (%1)").arg(m_layout.description());
        return LineKind::Continuation;
    }
    e.instant = stamp.instant;
    result.naive = stamp.naive;
    result.yearless = stamp.yearless;
    result.dateless = stamp.dateless;
    e.severity = stamp.level;
    const QByteArrayView before = trimmed(line.first(
        stamp.begin > 0 && (line[stamp.begin - 1] == '[' || line[stamp.begin - 1] == '(') ? stamp.begin - 1
                                                                                          : stamp.begin));
    QByteArrayView rest = trimmed(line.sliced(stamp.end));
    while (!rest.isEmpty()
        && (rest.front() == '|' || rest.front() == ',' || rest.front() == ';' || rest.front() == ':'))
        rest = trimmed(rest.sliced(1));
    if (e.severity == Severity::Unknown) {
        Severity level = Severity::Unknown;
        qsizetype start = 0;
        const qsizetype end
            = TextLayout::findLevel(rest, m_layout.stamp() == TextLayout::Stamp::MonthDay, &level, &start);
        if (end > 0) {
            e.severity = level;
            // A level word right after the stamp is not part of the message.
            bool leading = true;
            for (qsizetype i = 0; i < start; ++i)
                leading &= (rest[i] == '[' || rest[i] == '<' || rest[i] == ' ' || rest[i] == '(');
            if (leading)
                rest = trimmed(rest.sliced(end));
            while (leading && !rest.isEmpty()
                && (rest.front() == ':' || rest.front() == '-' || rest.front() == '|'))
                rest = trimmed(rest.sliced(1));
        }
    }
    if (before.isEmpty()) {
        e.text = rest.toByteArray();
    } else {
        e.text.reserve(before.size() + 1 + rest.size());
        e.text.append(before.data(), before.size());
        if (!rest.isEmpty()) {
            e.text.append(' ');
            e.text.append(rest.data(), rest.size());
        }
    }
    if (!service.isEmpty())
        e.lane = service.toByteArray();
    return LineKind::Event;
}

} // namespace faultless::model
