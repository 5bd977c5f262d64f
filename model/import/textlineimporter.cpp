#include "textlineimporter.h"

#include "domain/timestamps.h"
#include "import/importinput.h"
#include "import/logfields.h"

#include <optional>

namespace faultless::model {

namespace {
constexpr qsizetype kRawKept = 300;
// A runaway continuation (a binary blob without timestamps) must not grow one event forever.
constexpr qsizetype kMaxFoldedText = 1 << 20;
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

bool TextLineImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    timestamps::ZoneResolver zone(context.zone);
    int year = context.referenceYear > 0 ? context.referenceYear : 1970;
    int lastMonth = 0;
    std::optional<EventRecord> pending;
    // The last line of `pending` (its own or its last continuation): a continuation must follow
    // it directly, so that a stray line is never glued to an event across other lines.
    qint64 pendingLastLine = 0;
    AttributeCap attributeCap;
    auto flush = [&] {
        if (pending) {
            sink.addEvent(std::move(*pending));
            pending.reset();
        }
    };
    InputLine line;
    while (input.readLine(line)) {
        if (line.truncated) {
            sink.addRejected({line.number, line.byteOffset,
                              tr("line longer than %n MiB", nullptr, int(input.maxLineLength() >> 20)),
                              head(line.data)});
            continue;
        }
        if (trimmed(line.data).isEmpty())
            continue;
        EventRecord e;
        LineResult result;
        const LineKind kind = parseLine(line.data, year, e, result);
        if (kind == LineKind::Event) {
            if (result.yearless) {
                // Year-less timestamps (RFC 3164) wrap at New Year: a step back from December
                // to January moves on to the next year.
                int y, m, d;
                timestamps::civilFromDays(e.instant / 86400000000ll, y, m, d);
                if (lastMonth == 12 && m == 1) {
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
                pending = std::move(e);
                pendingLastLine = line.number;
            } else
                sink.addEvent(std::move(e));
            continue;
        }
        const bool follows = pending && line.number == pendingLastLine + 1;
        if (kind == LineKind::Continuation && follows && foldsContinuations()
            && pending->text.size() < kMaxFoldedText) {
            pending->text.append('\n');
            pending->text.append(LogFields::toValidUtf8(line.data));
            pendingLastLine = line.number;
            continue;
        }
        if (result.reason.isEmpty())
            result.reason = tr("no timestamp at the start of the line");
        if (kind == LineKind::Continuation && pending && !follows && foldsContinuations())
            result.reason
                = tr("%1 (not read as a continuation: it does not directly follow the lines of line %2's "
                     "event)")
                      .arg(result.reason, QString::number(pending->line)); // one pass: reason may hold %2
        sink.addRejected({line.number, line.byteOffset, result.reason, head(line.data)});
    }
    flush();
    attributeCap.addNote(context);
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
