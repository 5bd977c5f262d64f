#include "textlineimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <climits>

namespace faultless::model {

namespace {
constexpr qsizetype kRawKept = 300;
} // namespace

QByteArrayView TextLineImporter::trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

QByteArray TextLineImporter::head(QByteArrayView v)
{
    return v.first(std::min(v.size(), kRawKept)).toByteArray();
}

QByteArrayView TextLineImporter::nextToken(QByteArrayView &rest, char separator)
{
    while (!rest.isEmpty() && rest.front() == separator)
        rest = rest.sliced(1);
    const qsizetype end = rest.indexOf(separator);
    QByteArrayView token = end < 0 ? rest : rest.first(end);
    rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
    return token;
}

bool TextLineImporter::prepare(ImportInput &, ImportContext &, QString *)
{
    return true;
}

// The event being built from a line and the lines that continue it: the sink's record
// (EventSink::newEvent()), delivered by commitEvent() before any other call on the sink.
struct TextLineImporter::Pending
{
    EventRecord *event = nullptr;
    qint64 eventLine = 0; // its line, still named in rejections after it was delivered
    qint64 lastLine = 0; // its own line or its last continuation
    qint64 blankLines = 0; // blank lines since, kept if another continuation follows
    qint64 lines = 0; // lines it holds

    // Delivers the event. A rejected line ends it (a continuation must follow its event
    // directly), but later stray lines still say which event they do not continue.
    void deliver(EventSink &sink)
    {
        if (event) {
            sink.commitEvent();
            event = nullptr;
        }
    }
    void start(EventRecord &e, qint64 line)
    {
        event = &e;
        eventLine = line;
        lastLine = line;
        blankLines = 0;
        lines = 1;
    }
};

void TextLineImporter::resetForParse(EventRecord &e)
{
    EventSink::resetEvent(e);
    EventSink::clearBytes(e.lane);
    EventSink::clearBytes(e.actor);
    EventSink::clearBytes(e.text);
    EventSink::clearBytes(e.attributesJson);
}

namespace {
// Hands the parsed record to the sink: its bytes are swapped into the sink's record, whose
// buffers (of a record delivered earlier) the scratch record takes for the next line.
EventRecord &deliverParsed(EventSink &sink, EventRecord &scratch)
{
    EventRecord &e = sink.newEvent();
    e.instant = scratch.instant;
    e.end = scratch.end;
    e.kind = scratch.kind;
    e.severity = scratch.severity;
    e.line = scratch.line;
    e.byteOffset = scratch.byteOffset;
    e.lane.swap(scratch.lane);
    e.actor.swap(scratch.actor);
    e.text.swap(scratch.text);
    e.attributesJson.swap(scratch.attributesJson);
    return e;
}

void assignValidUtf8(QByteArray &target, QByteArrayView bytes)
{
    if (LogFields::isValidUtf8(bytes))
        EventSink::assignBytes(target, bytes);
    else
        target = LogFields::toValidUtf8(bytes);
}

void appendValidUtf8(QByteArray &target, QByteArrayView bytes)
{
    if (LogFields::isValidUtf8(bytes))
        target.append(bytes.data(), bytes.size());
    else
        target.append(LogFields::toValidUtf8(bytes));
}
} // namespace

// The corrections of an event line's instant (year-less and time-only stamps, the source's zone)
// and its bytes as valid UTF-8. False when the zone carried the instant out of range.
bool TextLineImporter::acceptEvent(const InputLine &line, int &year, int &lastMonth, Instant &lastDateless,
    LineResult &result, timestamps::ZoneResolver &zone, ImportContext &context)
{
    EventRecord &e = m_scratch;
    if (result.yearless) {
        // Year-less timestamps (RFC 3164) wrap at New Year: a step back to an earlier
        // month (December to January, or November to February in a log that was
        // quiet for a while) moves on to the next year.
        int y, m, d;
        timestamps::civilFromDays(e.instant / 86400000000ll, y, m, d);
        // The year taken from the file's date is the year of its last lines: a first
        // stamp after that date (November in a file written in June) is a year earlier.
        if (lastMonth == 0 && !context.yearFromUser && context.referenceDay > 0
            && e.instant / 86400000000ll > context.referenceDay + 1) {
            --year;
            LineResult again;
            resetForParse(e);
            parseLine(line.data, year, e, again);
            timestamps::civilFromDays(e.instant / 86400000000ll, y, m, d);
        }
        if (lastMonth > 0 && m < lastMonth) {
            ++year;
            LineResult again;
            resetForParse(e);
            parseLine(line.data, year, e, again);
            timestamps::civilFromDays(e.instant / 86400000000ll, y, m, d);
        }
        lastMonth = m;
        context.usedReferenceYear = true;
    }
    if (result.dateless) {
        // A time of day more than an hour before the last one is on the next day (a
        // trace's lines may be a little out of order, never by an hour).
        if (lastDateless != NoInstant && e.instant < lastDateless - 3600000000ll) {
            ++m_day;
            LineResult again;
            resetForParse(e);
            parseLine(line.data, year, e, again);
        }
        lastDateless = e.instant;
        context.usedReferenceDay = true;
    }
    if (result.naive) {
        e.instant = zone.toUtc(e.instant);
        context.usedZoneForNaiveTimestamps = true;
        if (e.instant == NoInstant) // the zone carried it out of the supported range
            return false;
    }
    e.line = line.number;
    e.byteOffset = line.byteOffset;
    if (!LogFields::isValidUtf8(e.text))
        e.text = LogFields::toValidUtf8(e.text);
    if (!LogFields::isValidUtf8(e.lane))
        e.lane = LogFields::toValidUtf8(e.lane);
    if (!LogFields::isValidUtf8(e.actor))
        e.actor = LogFields::toValidUtf8(e.actor);
    if (!LogFields::isValidUtf8(e.attributesJson))
        e.attributesJson = LogFields::toValidUtf8(e.attributesJson);
    return true;
}

bool TextLineImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    m_day = context.referenceDay;
    if (!prepare(input, context, error))
        return false;
    timestamps::ZoneResolver zone(context.zone);
    int year = context.referenceYear > 0 ? context.referenceYear : 1970;
    int lastMonth = 0;
    Instant lastDateless = NoInstant;
    Pending pending;
    qint64 splitRecords = 0, firstSplitLine = 0;
    AttributeCap attributeCap;
    // The pending event is the sink's until delivered: deliver it before any other call on the
    // sink. A rejected line ends it anyway (a continuation must follow its event directly).
    auto reject = [&](RejectedRecord &&rejected) {
        pending.deliver(sink);
        sink.addRejected(std::move(rejected));
    };
    InputLine line;
    while (input.readLine(line)) {
        if (line.truncated) {
            reject({ line.number, line.byteOffset,
                tr("line longer than %n MiB", nullptr, int(input.maxLineLength() >> 20)), head(line.data) });
            continue;
        }
        if (trimmed(line.data).isEmpty()) {
            // A blank line inside a record (a pretty-printed body) is kept if the record goes on
            // with an indented line.
            if (pending.event && line.number == pending.lastLine + pending.blankLines + 1)
                ++pending.blankLines;
            continue;
        }
        LineResult result;
        resetForParse(m_scratch);
        const LineKind kind = parseLine(line.data, year, m_scratch, result);
        if (kind == LineKind::Directive)
            continue;
        if (kind == LineKind::Event) {
            if (!acceptEvent(line, year, lastMonth, lastDateless, result, zone, context)) {
                reject({ line.number, line.byteOffset, DomainText::instantOutOfRange(), head(line.data) });
                pending.eventLine = 0; // the lines after it continue nothing
                continue;
            }
            attributeCap.recordDropped(line.number, result.droppedAttributes);
            pending.deliver(sink);
            EventRecord &e = deliverParsed(sink, m_scratch);
            if (foldsContinuations()) {
                pending.start(e, line.number);
            } else {
                sink.commitEvent();
            }
            continue;
        }
        // Across blank lines only an indented line goes on (a pretty-printed body); a line at
        // the margin after a blank line is a stray, not part of the record before.
        const bool indented = line.data.front() == ' ' || line.data.front() == '\t';
        const bool follows = pending.event && line.number == pending.lastLine + pending.blankLines + 1
            && (pending.blankLines == 0 || indented);
        if (kind == LineKind::Continuation && follows && foldsContinuations()) {
            EventRecord &record = *pending.event;
            if (pending.lines >= MaxRecordLines || record.text.size() >= MaxRecordBytes) {
                // Bounded: the rest goes on as a new event at the same time, said in the summary.
                const Instant instant = record.instant;
                const QByteArray lane = record.lane;
                const Severity severity = record.severity;
                const qint64 recordLine = record.line;
                if (splitRecords++ == 0)
                    firstSplitLine = recordLine;
                pending.deliver(sink);
                EventRecord &next = sink.newEvent();
                next.instant = instant;
                next.lane = lane;
                next.severity = severity;
                next.line = line.number;
                next.byteOffset = line.byteOffset;
                EventSink::clearBytes(next.actor);
                EventSink::clearBytes(next.attributesJson);
                LogFields::appendMember(
                    next.attributesJson, "continues_record_of_line", QByteArray::number(recordLine));
                finishAttributes(next.attributesJson);
                assignValidUtf8(next.text, line.data);
                pending.start(next, line.number);
                continue;
            }
            for (qint64 b = 0; b < pending.blankLines; ++b)
                record.text.append('\n');
            record.text.append('\n');
            appendValidUtf8(record.text, line.data);
            pending.lastLine = line.number;
            pending.lines += 1 + pending.blankLines;
            pending.blankLines = 0;
            continue;
        }
        if (result.reason.isEmpty())
            result.reason = tr("no timestamp at the start of the line");
        if (kind == LineKind::Continuation && pending.eventLine > 0 && !follows && foldsContinuations())
            result.reason
                = tr("%1 (not read as a continuation: it does not directly follow the lines of line %2's "
                     "event)")
                      .arg(result.reason,
                          QString::number(pending.eventLine)); // one pass: reason may hold %2
        reject({ line.number, line.byteOffset, result.reason, head(line.data) });
    }
    pending.deliver(sink);
    if (splitRecords > 0)
        context.notes << tr("%n record(s) longer than %1 lines or %2 MiB were split into several events "
                            "(the first at line %3); each later part names the line its record starts at.",
            nullptr, int(std::min<qint64>(splitRecords, INT_MAX)))
                             .arg(MaxRecordLines)
                             .arg(MaxRecordBytes >> 20)
                             .arg(firstSplitLine);
    attributeCap.addNote(context);
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
