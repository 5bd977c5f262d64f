#include "textlineimporter.h"

#include "domain/timestamps.h"
#include "import/importinput.h"
#include "import/logfields.h"

#include <climits>
#include <optional>

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

namespace {
// The state of the event being built from a line and the lines that continue it.
struct PendingRecord
{
    std::optional<EventRecord> event;
    qint64 lastLine = 0; // its own line or its last continuation
    qint64 blankLines = 0; // blank lines since, kept if another continuation follows
    qint64 lines = 0; // lines it holds
};
} // namespace

bool TextLineImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    m_day = context.referenceDay;
    if (!prepare(input, context, error))
        return false;
    timestamps::ZoneResolver zone(context.zone);
    int year = context.referenceYear > 0 ? context.referenceYear : 1970;
    int lastMonth = 0;
    Instant lastDateless = NoInstant;
    PendingRecord pending;
    qint64 splitRecords = 0, firstSplitLine = 0;
    AttributeCap attributeCap;
    auto flush = [&] {
        if (pending.event) {
            sink.addEvent(std::move(*pending.event));
            pending.event.reset();
        }
    };
    InputLine line;
    while (input.readLine(line)) {
        if (line.truncated) {
            sink.addRejected({ line.number, line.byteOffset,
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
        EventRecord e;
        LineResult result;
        const LineKind kind = parseLine(line.data, year, e, result);
        if (kind == LineKind::Directive)
            continue;
        if (kind == LineKind::Event) {
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
                    EventRecord redo;
                    parseLine(line.data, year, redo, again);
                    e = std::move(redo);
                    timestamps::civilFromDays(e.instant / 86400000000ll, y, m, d);
                }
                if (lastMonth > 0 && m < lastMonth) {
                    ++year;
                    LineResult again;
                    EventRecord redo;
                    parseLine(line.data, year, redo, again);
                    e = std::move(redo);
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
                    EventRecord redo;
                    parseLine(line.data, year, redo, again);
                    e = std::move(redo);
                }
                lastDateless = e.instant;
                context.usedReferenceDay = true;
            }
            if (result.naive) {
                e.instant = zone.toUtc(e.instant);
                context.usedZoneForNaiveTimestamps = true;
                if (e.instant == NoInstant) { // the zone carried it out of the supported range
                    flush();
                    sink.addRejected(
                        { line.number, line.byteOffset, DomainText::instantOutOfRange(), head(line.data) });
                    continue;
                }
            }
            e.line = line.number;
            e.byteOffset = line.byteOffset;
            attributeCap.recordDropped(line.number, result.droppedAttributes);
            if (!LogFields::isValidUtf8(e.text))
                e.text = LogFields::toValidUtf8(e.text);
            if (!LogFields::isValidUtf8(e.lane))
                e.lane = LogFields::toValidUtf8(e.lane);
            if (!LogFields::isValidUtf8(e.actor))
                e.actor = LogFields::toValidUtf8(e.actor);
            if (!LogFields::isValidUtf8(e.attributesJson))
                e.attributesJson = LogFields::toValidUtf8(e.attributesJson);
            flush();
            if (foldsContinuations()) {
                pending.event = std::move(e);
                pending.lastLine = line.number;
                pending.blankLines = 0;
                pending.lines = 1;
            } else
                sink.addEvent(std::move(e));
            continue;
        }
        // Across blank lines only an indented line goes on (a pretty-printed body); a line at
        // the margin after a blank line is a stray, not part of the record before.
        const bool indented = line.data.front() == ' ' || line.data.front() == '\t';
        const bool follows = pending.event && line.number == pending.lastLine + pending.blankLines + 1
            && (pending.blankLines == 0 || indented);
        if (kind == LineKind::Continuation && follows && foldsContinuations()) {
            if (pending.lines >= MaxRecordLines || pending.event->text.size() >= MaxRecordBytes) {
                // Bounded: the rest goes on as a new event at the same time, said in the summary.
                EventRecord next;
                next.instant = pending.event->instant;
                next.lane = pending.event->lane;
                next.severity = pending.event->severity;
                next.line = line.number;
                next.byteOffset = line.byteOffset;
                LogFields::appendMember(
                    next.attributesJson, "continues_record_of_line", QByteArray::number(pending.event->line));
                next.attributesJson = LogFields::finishObject(next.attributesJson);
                next.text = LogFields::toValidUtf8(line.data);
                if (splitRecords++ == 0)
                    firstSplitLine = pending.event->line;
                flush();
                pending.event = std::move(next);
                pending.lastLine = line.number;
                pending.blankLines = 0;
                pending.lines = 1;
                continue;
            }
            for (qint64 b = 0; b < pending.blankLines; ++b)
                pending.event->text.append('\n');
            pending.event->text.append('\n');
            pending.event->text.append(LogFields::toValidUtf8(line.data));
            pending.lastLine = line.number;
            pending.lines += 1 + pending.blankLines;
            pending.blankLines = 0;
            continue;
        }
        if (result.reason.isEmpty())
            result.reason = tr("no timestamp at the start of the line");
        if (kind == LineKind::Continuation && pending.event && !follows && foldsContinuations())
            result.reason
                = tr("%1 (not read as a continuation: it does not directly follow the lines of line %2's "
                     "event)")
                      .arg(result.reason,
                          QString::number(pending.event->line)); // one pass: reason may hold %2
        sink.addRejected({ line.number, line.byteOffset, result.reason, head(line.data) });
    }
    flush();
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
