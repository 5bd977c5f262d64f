#include "jsonlinesimporter.h"

#include "import/parsers/importinput.h"
#include "import/parsers/jsonnesting.h"
#include "import/parsers/jsonnumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace faultless::model {

namespace {
constexpr qsizetype kRawKept = 300;
constexpr qsizetype kMaxObjectLines = 100000;

inline QByteArray head(QByteArrayView v)
{
    return v.first(std::min(v.size(), kRawKept)).toByteArray();
}

inline bool isBlank(QByteArrayView v)
{
    for (char c : v) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

inline QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

Q_ALWAYS_INLINE QByteArrayView viewOf(const JsonRecordScanner::Candidate &field)
{
    return QByteArrayView(field.text.data(), qsizetype(field.text.size()));
}

// A level field: a syslog or logger number (digits, as a number or a string) or a name.
Q_ALWAYS_INLINE Severity severityOf(const JsonRecordScanner::Candidate &level)
{
    const QByteArrayView text = viewOf(level);
    if (level.isString && (text.isEmpty() || unsigned(text[0]) - '0' > 9))
        return LogFields::severityFromText(text);
    qint64 v = 0;
    bool digitsOnly = !text.isEmpty();
    for (char c : text) {
        if (unsigned(c) - '0' > 9) {
            digitsOnly = false;
            break;
        }
        v = v * 10 + (c - '0');
        if (v > 1000000)
            break;
    }
    return digitsOnly ? LogFields::severityFromNumber(v, level.numbering) : Severity::Unknown;
}

// Keep at most AttributeCap::MaxAttributes attributes; the result ends the fields copied.
Q_ALWAYS_INLINE int endOfKeptFields(int fieldCount, int candidates, const int cuts[5], int cutCount)
{
    if (candidates <= AttributeCap::MaxAttributes)
        return fieldCount;
    int kept = 0, c = 0;
    for (int i = 0; i < fieldCount; ++i) {
        if (c < cutCount && cuts[c] == i) {
            ++c;
            continue;
        }
        if (++kept == AttributeCap::MaxAttributes + 1)
            return i;
    }
    return fieldCount;
}

struct KeptRuns
{
    struct Run
    {
        const char *begin;
        qsizetype size;
    };
    Run runs[5];
    int count = 0;
    qsizetype total = 0; // the bytes of all runs
};

// Runs [from, cut) of kept fields, measured before they are copied into the record's buffer.
Q_ALWAYS_INLINE KeptRuns keptRuns(const JsonRecordScanner::Result &r, const int cuts[5], int cutCount)
{
    KeptRuns runs;
    for (int c = 0, from = 0; c < cutCount; from = cuts[c++] + 1) {
        if (cuts[c] <= from)
            continue;
        const char *begin = r.keyStarts[from]; // where fieldText(r, from) begins
        const std::string_view last = jsonFieldText(r, size_t(cuts[c] - 1));
        runs.runs[runs.count] = { begin, qsizetype(last.data() + last.size() - begin) };
        runs.total += runs.runs[runs.count++].size;
    }
    return runs;
}

// `{run,run,...}` into `attrs`, reusing its buffer when no one else shares it.
Q_ALWAYS_INLINE void writeRunsAsObject(const KeptRuns &runs, QByteArray &attrs)
{
    if (!attrs.isDetached())
        attrs = QByteArray();
    attrs.resize(runs.total + 2 + (runs.count - 1)); // the braces and a comma between runs
    char *out = attrs.data();
    *out++ = '{';
    for (int i = 0; i < runs.count; ++i) {
        if (i > 0)
            *out++ = ',';
        std::memcpy(out, runs.runs[i].begin, size_t(runs.runs[i].size));
        out += runs.runs[i].size;
    }
    *out++ = '}';
}

Instant instantOf(const JsonRecordScanner::Candidate &time, bool *naive)
{
    const QByteArrayView text(time.text.data(), qsizetype(time.text.size()));
    const auto unit = static_cast<timestamps::EpochUnit>(time.unit);
    *naive = false;
    if (!time.isString)
        return timestamps::parseEpochText(text, unit);
    Instant instant = timestamps::parseIso8601(text, naive);
    if (instant != NoInstant)
        return instant;
    instant = timestamps::parseEpochText(text, unit);
    if (instant != NoInstant)
        return instant;
    // "2024/05/01 10:00:00", "01/May/2024:10:00:00 +0000", "May  1 10:00:00": what text logs use.
    const qsizetype used = timestamps::parseLeadingTimestamp(text, 1970, &instant, naive);
    if (used > 0 && used == text.size()
        && !(text.size() >= 3 && timestamps::monthFromAbbreviation(text.data())))
        return instant;
    return NoInstant;
}

// Scans the object into `r`; a record that is not valid UTF-8 is scanned again from `repaired`,
// which `r` then points into.
Q_ALWAYS_INLINE JsonRecordScanner::Status scanObject(JsonRecordScanner &scanner, JsonRecordScanner::Result &r,
    const char *data, qsizetype size, qsizetype capacity, QByteArray &repaired)
{
    auto status = scanner.scan(data, size_t(size), size_t(capacity), r);
    if (status == JsonRecordScanner::Status::NotJson && !LogFields::isValidUtf8(QByteArrayView(data, size))) {
        // simdjson refuses invalid UTF-8 outright; keep the record with replacement characters.
        repaired = LogFields::toValidUtf8(QByteArrayView(data, size));
        const qsizetype repairedSize = repaired.size();
        repaired.append(QByteArray(ImportInput::Padding, '\0'));
        status = scanner.scan(repaired.constData(), size_t(repairedSize), size_t(repaired.size()), r);
    }
    return status;
}

// The record's instant, naive ones in the context's zone (`zone` made when first needed).
Q_ALWAYS_INLINE bool mapTime(const JsonRecordScanner::Result &r,
    std::unique_ptr<timestamps::ZoneResolver> &zone, EventRecord &e, ImportContext &context, QString *reason,
    bool requireTime)
{
    if (r.time.rank == 255) {
        if (requireTime) {
            *reason = JsonLinesImporter::tr("no timestamp field");
            return false;
        }
        return true;
    }
    bool naive = false;
    Instant instant = instantOf(r.time, &naive);
    if (instant == NoInstant) {
        *reason = JsonLinesImporter::tr("unreadable timestamp \"%1\" in field \"%2\"")
                      .arg(QString::fromUtf8(
                               r.time.text.data(), qsizetype(std::min<size_t>(r.time.text.size(), 80))),
                          QString::fromUtf8(r.time.key.data(), qsizetype(r.time.key.size())));
        return false;
    }
    if (r.fractionNs > 0) {
        // log4j2's nanoOfSecond: a part of a second, or the record is damaged.
        if (r.fractionNs >= 1000000000 || !isSupportedInstant(instant + r.fractionNs / 1000)) {
            *reason = JsonLinesImporter::tr("unreadable timestamp: nanoOfSecond %1").arg(r.fractionNs);
            return false;
        }
        instant += r.fractionNs / 1000;
    }
    if (naive) {
        if (!zone)
            zone = std::make_unique<timestamps::ZoneResolver>(context.zone);
        instant = zone->toUtc(instant);
        context.usedZoneForNaiveTimestamps = true;
        if (instant == NoInstant) { // the zone carried it past the year 9999 (or before 0001)
            *reason = DomainText::instantOutOfRange();
            return false;
        }
    }
    e.instant = instant;
    return true;
}

Q_ALWAYS_INLINE void mapTextLaneAndActor(
    const JsonRecordScanner::Result &r, LogFields::NameCache &lanes, EventRecord &e)
{
    // Text and actor are copied into the record's own buffers, which a recycling sink keeps
    // from an earlier record (EventSink::newEvent()): each is set, found or not. Lanes repeat,
    // so they are shared copies.
    if (r.message.rank != 255) {
        const QByteArrayView text = viewOf(r.message);
        if (r.message.isBytes)
            e.text = LogFields::toValidUtf8(text);
        else
            EventSink::assignBytes(e.text, text);
    } else {
        EventSink::clearBytes(e.text);
    }
    if (r.lane.rank != 255)
        e.lane = lanes.get(viewOf(r.lane));
    else if (!e.lane.isNull())
        e.lane = QByteArray();
    if (r.actor.rank != 255)
        EventSink::assignBytes(e.actor, viewOf(r.actor));
    else
        EventSink::clearBytes(e.actor);
}

// Returns how many attributes were dropped (beyond AttributeCap::MaxAttributes or MaxFields).
Q_ALWAYS_INLINE qint64 mapAttributes(const JsonRecordScanner::Result &r, bool scanWasFast, EventRecord &e)
{
    // The remaining top-level fields, as they were written: no re-serialisation. Neighbouring
    // kept fields are copied in one piece together with what separates them (", " or, in
    // pretty-printed JSON, a line break and indentation), so only the fields at the ends of
    // such a run are looked at: the fields between the skipped ones (time, level, message,
    // actor). Their spans are distinct, as each field has one role.
    const int fieldCount = int(r.fieldCount());
    int cuts[5];
    int cutCount = 0;
    for (int span : { r.time.span, r.level.span, r.message.span, r.actor.span }) {
        if (span < 0 || span >= fieldCount)
            continue;
        int i = cutCount++;
        for (; i > 0 && cuts[i - 1] > span; --i)
            cuts[i] = cuts[i - 1];
        cuts[i] = span;
    }
    const int candidates = fieldCount - cutCount;
    const qint64 dropped = qint64(r.droppedFields) + std::max(0, candidates - AttributeCap::MaxAttributes);
    const int limit = endOfKeptFields(fieldCount, candidates, cuts, cutCount);
    while (cutCount > 0 && cuts[cutCount - 1] >= limit)
        --cutCount;
    cuts[cutCount++] = limit;
    KeptRuns runs = keptRuns(r, cuts, cutCount);
    if (runs.count == 0) {
        EventSink::clearBytes(e.attributesJson);
        return dropped;
    }
    QByteArray &attrs = e.attributesJson;
    writeRunsAsObject(runs, attrs);
    // The scanner copies attribute values as written: NaN and Infinity pass its simdjson path
    // (which skips attribute values unread) but no double nor QJsonDocument holds them; they
    // are kept as strings of their text. Only there: a scan of every record's attributes on
    // the fast path cost 55% of the parse stage (bench_import), and the fast path checks
    // each number's syntax, so only an out-of-range one (1e999) gets through it; the jsonl
    // writer quotes those (FaultlessEventsFormat::jsonLine).
    if (!scanWasFast && JsonNumbers::hasNonFinite(attrs))
        attrs = JsonNumbers::quoteNonFinite(attrs);
    return dropped;
}

const char *const kSniffTimeKeys[] = { "\"timestamp\"", "\"ts\"", "\"time\"", "\"t\"", "\"@timestamp\"",
    "\"timeUnixNano\"", "\"__REALTIME_TIMESTAMP\"", "\"instant\"", "\"date\"" };
} // namespace

JsonLinesImporter::JsonLinesImporter()
    : m_scanner(JsonRecordScanner::create())
{ }

JsonLinesImporter::~JsonLinesImporter() = default;

int JsonLinesImporter::sniff(const QByteArray &prefix, const QString &) const
{
    qsizetype start = 0;
    while (start < prefix.size()
        && (prefix[start] == ' ' || prefix[start] == '\t' || prefix[start] == '\n' || prefix[start] == '\r'))
        ++start;
    qsizetype end = prefix.indexOf('\n', start);
    const bool complete = end >= 0;
    if (end < 0)
        end = prefix.size();
    const QByteArrayView first = trimmed(QByteArrayView(prefix).sliced(start, end - start));
    if (!first.startsWith('{') || first.size() < 2)
        return 0;
    if (complete && !first.endsWith('}'))
        return 0; // a pretty-printed document: leave it to the whole-document importers
    for (const char *key : kSniffTimeKeys) {
        if (first.indexOf(QByteArrayView(key)) >= 0)
            return 60;
    }
    return first.indexOf("\"resourceLogs\"") >= 0 ? 60 : 30;
}

bool JsonLinesImporter::mapObject(const char *data, qsizetype size, qsizetype capacity, EventRecord &e,
    ImportContext &context, QString *reason, bool requireTime)
{
    // On the hot path of a large import: the steps work on m_result in place and are always
    // inlined. As calls of their own they took 6% more instructions in bench_import's parse
    // stage (callgrind), and the spans' sort stays inside mapAttributes(): as a function of its
    // own it did not unroll, 2% more.
    m_lastDropped = 0;
    QByteArray repaired; // holds the record when it was not valid UTF-8; m_result points into it
    const auto status = scanObject(*m_scanner, m_result, data, size, capacity, repaired);
    if (status == JsonRecordScanner::Status::NotJson) {
        *reason = tr("not valid JSON");
        return false;
    }
    if (status == JsonRecordScanner::Status::NotObject) {
        *reason = tr("not a JSON object");
        return false;
    }
    if (m_result.otlp)
        return true; // handleOtlp() reads the nested records
    if (!mapTime(m_result, m_zone, e, context, reason, requireTime))
        return false;
    if (m_result.level.rank != 255)
        e.severity = severityOf(m_result.level);
    mapTextLaneAndActor(m_result, m_lanes, e);
    m_lastDropped = mapAttributes(m_result, m_scanner->lastScanWasFast(), e);
    if (e.text.isEmpty() && m_result.message.rank == 255)
        e.text = e.attributesJson;
    return true;
}

void JsonLinesImporter::handleObject(const char *data, qsizetype size, qsizetype capacity, qint64 line,
    qint64 offset, EventSink &sink, ImportContext &context)
{
    EventRecord &e = sink.newEvent();
    QString reason;
    if (!mapObject(data, size, capacity, e, context, &reason)) {
        sink.addRejected({ line, offset, reason, QByteArray(data, std::min(size, kRawKept)) });
        return;
    }
    if (m_result.otlp) {
        handleOtlp(QByteArrayView(data, size), line, offset, sink, context);
        return;
    }
    e.line = line;
    e.byteOffset = offset;
    sink.commitEvent();
    m_attributeCap.recordDropped(line, m_lastDropped);
}

void JsonLinesImporter::handleOtlp(
    QByteArrayView json, qint64 line, qint64 offset, EventSink &sink, ImportContext &context)
{
    // OpenTelemetry's JSON export nests records: resourceLogs[].scopeLogs[].logRecords[]. Rare
    // enough next to plain JSON lines that Qt's DOM is fine here.
    const QJsonObject root = QJsonDocument::fromJson(json.toByteArray()).object();
    int emitted = 0;
    auto attributeValue = [](const QJsonValue &v) -> QJsonValue {
        const QJsonObject o = v.toObject();
        return o.isEmpty() ? QJsonValue() : o.begin().value();
    };
    for (const QJsonValue &rl : root.value(QLatin1String("resourceLogs")).toArray()) {
        const QJsonObject resourceLogs = rl.toObject();
        QJsonObject resource;
        for (const QJsonValue &a : resourceLogs.value(QLatin1String("resource"))
                                       .toObject()
                                       .value(QLatin1String("attributes"))
                                       .toArray())
            resource.insert(a.toObject().value(QLatin1String("key")).toString(),
                attributeValue(a.toObject().value(QLatin1String("value"))));
        QByteArray lane = resource.value(QLatin1String("service.name")).toString().toUtf8();
        if (lane.isEmpty())
            lane = resource.value(QLatin1String("host.name")).toString().toUtf8();
        for (const QJsonValue &sl : resourceLogs.value(QLatin1String("scopeLogs")).toArray()) {
            const QJsonObject scopeLogs = sl.toObject();
            const QString scope
                = scopeLogs.value(QLatin1String("scope")).toObject().value(QLatin1String("name")).toString();
            for (const QJsonValue &lr : scopeLogs.value(QLatin1String("logRecords")).toArray()) {
                QJsonObject record = lr.toObject();
                EventRecord e;
                e.line = line;
                e.byteOffset = offset;
                for (const char *key : { "timeUnixNano", "observedTimeUnixNano" }) {
                    const QJsonValue t = record.value(QLatin1String(key));
                    if (t.isString())
                        e.instant = timestamps::parseEpochText(
                            t.toString().toUtf8(), timestamps::EpochUnit::Nanoseconds);
                    else if (t.isDouble())
                        e.instant
                            = timestamps::fromEpochDouble(t.toDouble(), timestamps::EpochUnit::Nanoseconds);
                    if (e.instant != NoInstant && e.instant != 0)
                        break;
                }
                if (e.instant == NoInstant || e.instant == 0) {
                    sink.addRejected({ line, offset, tr("OpenTelemetry log record without a time"),
                        QJsonDocument(record).toJson(QJsonDocument::Compact).left(kRawKept) });
                    continue;
                }
                if (record.contains(QLatin1String("severityNumber")))
                    e.severity = LogFields::severityFromNumber(
                        record.value(QLatin1String("severityNumber")).toInt(), LogFields::OtelNumbering);
                else
                    e.severity = LogFields::severityFromText(
                        record.value(QLatin1String("severityText")).toString().toUtf8());
                const QJsonValue body = record.value(QLatin1String("body"));
                const QJsonValue bodyValue = attributeValue(body);
                e.text = bodyValue.isString() ? bodyValue.toString().toUtf8()
                                              : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
                e.lane = lane;
                record.remove(QLatin1String("body"));
                record.remove(QLatin1String("timeUnixNano"));
                if (!resource.isEmpty())
                    record.insert(QLatin1String("resource"), resource);
                if (!scope.isEmpty())
                    record.insert(QLatin1String("scope"), scope);
                e.attributesJson = QJsonDocument(record).toJson(QJsonDocument::Compact);
                sink.addEvent(std::move(e));
                ++emitted;
            }
        }
    }
    Q_UNUSED(context);
    if (emitted == 0)
        sink.addRejected({ line, offset, tr("OpenTelemetry export without log records"), head(json) });
}

bool JsonLinesImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    m_zone.reset();
    InputLine line;
    // A pretty-printed object spanning several lines (journalctl -o json-pretty) is gathered here.
    QByteArray pending;
    qint64 pendingLine = 0, pendingOffset = 0, pendingLines = 0;
    JsonNesting nesting; // of the pending record

    auto flushPending = [&](bool complete) {
        if (pending.isEmpty())
            return;
        if (complete) {
            const qsizetype size = pending.size();
            pending.append(QByteArray(ImportInput::Padding, '\0'));
            handleObject(
                pending.constData(), size, pending.size(), pendingLine, pendingOffset, sink, context);
        } else {
            sink.addRejected({ pendingLine, pendingOffset,
                tr("JSON object not closed before the end of the input"), pending.left(kRawKept) });
        }
        pending.clear();
        pendingLines = 0;
    };

    while (input.readLine(line)) {
        if (line.truncated) {
            flushPending(false);
            sink.addRejected({ line.number, line.byteOffset,
                tr("line longer than %n MiB", nullptr, int(input.maxLineLength() >> 20)), head(line.data) });
            continue;
        }
        if (!pending.isEmpty()) {
            pending.append('\n');
            pending.append(line.data.data(), line.data.size());
            nesting.feed(line.data);
            if (nesting.depth() <= 0)
                flushPending(true);
            else if (++pendingLines > kMaxObjectLines || pending.size() > input.maxLineLength())
                flushPending(false);
            continue;
        }
        QByteArrayView text = line.data;
        while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
            text = text.sliced(1);
        if (text.isEmpty() || isBlank(text))
            continue;
        // The reader guarantees Padding readable bytes after the line's end.
        const qsizetype capacity = (line.data.data() + line.data.size() + ImportInput::Padding) - text.data();
        if (text.front() == '{') {
            JsonNesting opened;
            // A pretty-printer breaks the line after "{", "[" or ","; any other unbalanced line is
            // a broken record of its own and must not swallow the lines after it.
            const QByteArrayView t = trimmed(text);
            if (t.endsWith('{') || t.endsWith('[') || t.endsWith(',')) {
                opened.feed(t);
                if (opened.depth() > 0) {
                    pending = t.toByteArray();
                    pendingLine = line.number;
                    pendingOffset = line.byteOffset;
                    pendingLines = 1;
                    nesting = opened;
                    continue;
                }
            }
        }
        handleObject(text.data(), text.size(), capacity, line.number, line.byteOffset, sink, context);
    }
    // A cancel ends the loop wherever it is: an object still gathering lines was cut by the cancel,
    // not by its author, and the canceled import is dropped anyway; rejecting it would be untrue.
    if (input.isCanceled())
        return true;
    flushPending(false);
    m_attributeCap.addNote(context);
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
