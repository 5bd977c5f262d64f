#include "kuberneteseventsimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace faultless::model {

namespace {
constexpr qsizetype kRawKept = 300;

// Finds the records of a kubectl document while it streams past, one line at a time: the
// elements of a top-level "items" array (an EventList), or each top-level object that has no
// such array (a single Event, a watch envelope, a stream of either). Brackets are counted outside
// strings only; nothing is parsed here. Only the bytes of the record being read are kept.
//
// Why not the whole document at once, as before: `kubectl get events -o json` of a busy cluster
// runs to hundreds of megabytes; reading it whole held the file twice (ImportInput's buffer and
// the copy readAll() returns) and reported it all read before the first event was parsed, so the
// progress bar sat at 100 % while the events were. kubectl pretty-prints, so a record is many
// short lines; a compact document (`jq -c`) is one long line, which ImportInput has to hold whole
// (see read()), but its events are still parsed one at a time from it.
class RecordSplitter
{
public:
    struct Record
    {
        QByteArray bytes; // from "{" to its "}", lines joined by "\n" (the first kRawKept when oversized)
        qint64 line = 0;
        qint64 offset = 0;
        bool oversized = false; // longer than the record limit: its bytes were not kept
    };

    explicit RecordSplitter(qint64 maxRecord)
        : m_maxRecord(maxRecord)
    { }

    // One line of input, without its line break. `deliver(Record &&)` gets every record that closes
    // on it.
    template <typename Deliver>
    void feed(QByteArrayView text, qint64 lineNumber, qint64 lineOffset, Deliver &&deliver)
    {
        if (m_head.size() < kRawKept) {
            if (!m_head.isEmpty())
                m_head.append('\n');
            m_head.append(text.first(std::min(text.size(), kRawKept - m_head.size())));
        }
        const char *d = text.data();
        const qsizetype n = text.size();
        qsizetype segment = m_collecting ? 0 : -1; // where the bytes of the open record start on this line
        for (qsizetype i = 0; i < n; ++i) {
            const char c = d[i];
            if (m_inString) {
                if (m_escape) {
                    m_escape = false;
                } else if (c == '\\') {
                    m_escape = true;
                } else if (c == '"') {
                    m_inString = false;
                    if (m_depth == 1)
                        m_lastKeyIsItems = m_keyMatches && m_keyLength == 5;
                    continue;
                }
                if (m_depth == 1) {
                    // Compared as written, escapes included, as a key of kubectl's is.
                    m_keyMatches = m_keyMatches && m_keyLength < 5 && c == "items"[m_keyLength];
                    ++m_keyLength;
                }
                continue;
            }
            switch (c) {
            case '"':
                m_sawContent = true;
                m_inString = true;
                m_keyLength = 0;
                m_keyMatches = true;
                break;
            case ' ':
            case '\t':
            case '\r':
            case '\v':
            case '\f':
                break;
            case '{':
            case '[':
                m_sawContent = true;
                if (m_depth == 0 && c == '{') {
                    start(lineNumber, lineOffset + i);
                    segment = i;
                    m_topOpen = true;
                }
                if (m_depth == 1 && c == '[' && m_lastKeyIsItems) {
                    // An EventList: its elements are the records, the list itself is not one.
                    m_inItems = m_sawItems = true;
                    abandon();
                    segment = -1;
                } else if (m_depth == 2 && m_inItems && c == '{') {
                    start(lineNumber, lineOffset + i);
                    segment = i;
                    m_itemOpen = true;
                }
                ++m_depth;
                break;
            case '}':
            case ']':
                m_sawContent = true;
                --m_depth;
                if (m_depth == 2 && m_inItems && c == '}' && m_itemOpen) {
                    append(text.sliced(segment, i + 1 - segment));
                    segment = -1;
                    m_itemOpen = false;
                    finish(deliver);
                } else if (m_depth == 1 && m_inItems && c == ']') {
                    m_inItems = false;
                } else if (m_depth == 0 && c == '}' && m_topOpen) {
                    if (!m_sawItems && m_collecting && !m_itemOpen) {
                        append(text.sliced(segment, i + 1 - segment));
                        segment = -1;
                        finish(deliver);
                    }
                    m_sawItems = false;
                    m_topOpen = false;
                }
                if (m_depth < 0)
                    m_depth = 0;
                break;
            default:
                m_sawContent = true;
                break;
            }
        }
        if (m_collecting && segment >= 0) {
            append(text.sliced(segment));
            append("\n");
        }
    }

    // A line too long to be read (ImportInput kept only its head): the open record loses it.
    // Returns false when no record was open, so the caller reports the line by itself.
    bool skipLine()
    {
        m_sawContent = true;
        if (!m_collecting)
            return false;
        m_record.oversized = true;
        return true;
    }

    // At the end of the input: the record still open (cut short), if any.
    bool takeOpenRecord(Record &record)
    {
        if (!m_collecting)
            return false;
        record = std::move(m_record);
        abandon();
        return true;
    }
    bool foundRecords() const { return m_delivered > 0; }
    bool sawContent() const { return m_sawContent; }
    QByteArray head() const { return m_head; }

private:
    void start(qint64 line, qint64 offset)
    {
        // A record opened while another is open (brackets that do not pair up) replaces it, as the
        // old whole-document splitter did.
        m_itemOpen = false;
        m_record = {};
        m_record.line = line;
        m_record.offset = offset;
        m_collecting = true;
    }
    void abandon()
    {
        m_collecting = false;
        m_itemOpen = false;
        m_record = {};
    }
    void append(QByteArrayView bytes)
    {
        if (m_record.oversized)
            return;
        if (m_record.bytes.size() + bytes.size() > m_maxRecord) {
            m_record.oversized = true;
            m_record.bytes.truncate(kRawKept);
            return;
        }
        m_record.bytes.append(bytes);
    }
    template <typename Deliver> void finish(Deliver &deliver)
    {
        m_collecting = false;
        m_itemOpen = false;
        ++m_delivered;
        if (m_record.oversized)
            m_record.bytes.truncate(kRawKept);
        deliver(std::move(m_record));
        m_record = {};
    }

    const qint64 m_maxRecord;
    Record m_record;
    bool m_collecting = false; // m_record is open
    int m_depth = 0;
    bool m_inString = false, m_escape = false;
    int m_keyLength = 0;
    bool m_keyMatches = false;
    bool m_lastKeyIsItems = false; // the last string closed at depth 1 was "items"
    bool m_topOpen = false; // inside a top-level object
    bool m_inItems = false; // inside its "items" array
    bool m_sawItems = false; // the top-level object has had an "items" array
    bool m_itemOpen = false; // inside an element of it
    bool m_sawContent = false;
    qint64 m_delivered = 0;
    QByteArray m_head; // the first bytes of the input, for the "nothing found" rejection
};
} // namespace

int KubernetesEventsImporter::sniff(const QByteArray &prefix, const QString &) const
{
    const QByteArray t = prefix.trimmed();
    if (!t.startsWith('{'))
        return 0;
    if (t.contains("\"involvedObject\""))
        return 90;
    return 0;
}

bool KubernetesEventsImporter::read(
    ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    // A record may be as long as a line may be; the line limit itself is raised to the size a
    // whole document could have before, so that a compact single-line document (jq -c) still
    // reads (its one line is held by ImportInput, as the whole file was). A caller that chose a
    // line limit of its own keeps it.
    const qint64 maxRecord = input.maxLineLength();
    if (input.maxLineLength() == ImportInput::DefaultMaxLineLength)
        input.setMaxLineLength(
            std::max(ImportInput::DefaultMaxLineLength, ImportInput::DefaultMaxDocumentSize));
    timestamps::ZoneResolver zone(context.zone);

    auto handle = [&](RecordSplitter::Record &&record) {
        const qint64 line = record.line;
        const qint64 offset = record.offset;
        if (record.oversized) {
            sink.addRejected(
                { line, offset, tr("Kubernetes event longer than %n MiB", nullptr, int(maxRecord >> 20)),
                    record.bytes.left(kRawKept) });
            return;
        }
        const QByteArray &raw = record.bytes;
        QJsonParseError parseError;
        QJsonObject o = QJsonDocument::fromJson(raw, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            sink.addRejected(
                { line, offset, tr("not valid JSON: %1").arg(parseError.errorString()), raw.left(kRawKept) });
            return;
        }
        // Watch envelope.
        if (o.contains(QLatin1String("object")) && o.value(QLatin1String("object")).isObject())
            o = o.value(QLatin1String("object")).toObject();
        const QJsonObject involved = o.value(QLatin1String("involvedObject")).toObject();
        if (involved.isEmpty() && !o.contains(QLatin1String("reason"))) {
            sink.addRejected({ line, offset, tr("not a Kubernetes event"), raw.left(kRawKept) });
            return;
        }
        EventRecord e;
        e.line = line;
        e.byteOffset = offset;
        const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
        const QJsonObject series = o.value(QLatin1String("series")).toObject();
        const QJsonValue candidates[] = { o.value(QLatin1String("eventTime")),
            o.value(QLatin1String("lastTimestamp")), series.value(QLatin1String("lastObservedTime")),
            o.value(QLatin1String("firstTimestamp")), metadata.value(QLatin1String("creationTimestamp")) };
        for (const QJsonValue &v : candidates) {
            if (!v.isString() || v.toString().isEmpty())
                continue;
            bool naive = false;
            e.instant = timestamps::parseIso8601(v.toString().toUtf8(), &naive);
            if (e.instant != NoInstant) {
                if (naive) {
                    e.instant = zone.toUtc(e.instant);
                    context.usedZoneForNaiveTimestamps = true;
                }
                break;
            }
        }
        if (e.instant == NoInstant) {
            sink.addRejected(
                { line, offset, tr("Kubernetes event without a usable time"), raw.left(kRawKept) });
            return;
        }
        const QString type = o.value(QLatin1String("type")).toString();
        e.severity = type == QLatin1String("Warning") ? Severity::Warning
            : type == QLatin1String("Normal")         ? Severity::Info
                                                      : LogFields::severityFromText(type.toUtf8());
        const QString kind = involved.value(QLatin1String("kind")).toString();
        const QString name = involved.value(QLatin1String("name")).toString();
        e.lane = (kind.isEmpty() ? name : kind + QLatin1Char('/') + name).toUtf8();
        const QString reason = o.value(QLatin1String("reason")).toString();
        const QString message = o.value(QLatin1String("message")).toString().trimmed();
        e.text = (reason.isEmpty()  ? message
                : message.isEmpty() ? reason
                                    : reason + QLatin1String(": ") + message)
                     .toUtf8();
        QString actor
            = o.value(QLatin1String("source")).toObject().value(QLatin1String("component")).toString();
        if (actor.isEmpty())
            actor = o.value(QLatin1String("reportingComponent")).toString();
        e.actor = actor.toUtf8();
        QJsonObject attrs;
        const QString ns = involved.value(QLatin1String("namespace"))
                               .toString(metadata.value(QLatin1String("namespace")).toString());
        if (!ns.isEmpty())
            attrs.insert(QLatin1String("namespace"), ns);
        for (const char *key :
            { "count", "firstTimestamp", "lastTimestamp", "eventTime", "action", "reportingInstance" }) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isNull() && !v.isUndefined())
                attrs.insert(QLatin1String(key), v);
        }
        if (!series.isEmpty())
            attrs.insert(QLatin1String("series"), series);
        attrs.insert(QLatin1String("involvedObject"), involved);
        const QJsonValue host = o.value(QLatin1String("source")).toObject().value(QLatin1String("host"));
        if (host.isString())
            attrs.insert(QLatin1String("host"), host);
        e.attributesJson = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
        sink.addEvent(std::move(e));
    };

    RecordSplitter splitter(maxRecord);
    InputLine line;
    while (input.readLine(line)) {
        if (input.isCanceled())
            return true; // the caller discards what was read
        if (line.truncated) {
            if (!splitter.skipLine())
                sink.addRejected({ line.number, line.byteOffset,
                    tr("line longer than %n MiB", nullptr, int(input.maxLineLength() >> 20)),
                    line.data.first(std::min(line.data.size(), kRawKept)).toByteArray() });
            continue;
        }
        splitter.feed(line.data, line.number, line.byteOffset, handle);
    }
    if (input.isCanceled())
        return true;
    RecordSplitter::Record open;
    if (splitter.takeOpenRecord(open))
        sink.addRejected({ open.line, open.offset, tr("JSON object not closed before the end of the input"),
            open.bytes.left(kRawKept) });
    else if (!splitter.foundRecords() && splitter.sawContent())
        sink.addRejected({ 1, 0, tr("no Kubernetes events found"), splitter.head() });
    if (input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    return true;
}

} // namespace faultless::model
