#include "zapconsoleimporter.h"

#include "domain/timestamps.h"
#include "import/jsonlinesimporter.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

namespace faultless::model {

namespace {
bool looksLikeCaller(QByteArrayView v)
{
    // "internal/queue_sender.go:128", "main.go:42"
    const qsizetype colon = v.lastIndexOf(':');
    if (colon <= 0 || colon + 1 >= v.size() || v.indexOf(' ') >= 0)
        return false;
    for (char c : v.sliced(colon + 1)) {
        if (unsigned(c) - '0' > 9)
            return false;
    }
    return v.first(colon).indexOf('.') > 0;
}
} // namespace

ZapConsoleImporter::ZapConsoleImporter() = default;
ZapConsoleImporter::~ZapConsoleImporter() = default;

int ZapConsoleImporter::sniff(const QByteArray &prefix, const QString &) const
{
    qsizetype end = prefix.indexOf('\n');
    if (end < 0)
        end = prefix.size();
    QByteArrayView rest = QByteArrayView(prefix).first(end);
    const QByteArrayView stamp = nextToken(rest, '\t');
    const QByteArrayView level = nextToken(rest, '\t');
    Instant t;
    const bool isTime
        = timestamps::parseIso8601(stamp) != NoInstant || timestamps::parseEpochText(stamp) != NoInstant;
    Q_UNUSED(t);
    if (!isTime || level.isEmpty() || rest.isEmpty())
        return 0;
    return LogFields::severityFromText(level) != Severity::Unknown ? 70 : 0;
}

bool ZapConsoleImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    m_json = std::make_unique<JsonLinesImporter>();
    m_context = &context;
    return TextLineImporter::read(input, sink, context, error);
}

TextLineImporter::LineKind ZapConsoleImporter::parseLine(
    QByteArrayView line, int, EventRecord &e, LineResult &result)
{
    QByteArrayView rest = line;
    if (rest.indexOf('\t') < 0)
        return LineKind::Continuation;
    const QByteArrayView stamp = nextToken(rest, '\t');
    e.instant = timestamps::parseIso8601(stamp, &result.naive);
    if (e.instant == NoInstant) {
        result.naive = false;
        e.instant = timestamps::parseEpochText(stamp);
    }
    if (e.instant == NoInstant
        && (timestamps::startsWithTimestampShape(stamp) || timestamps::looksLikeEpoch(stamp))) {
        result.reason = tr("unreadable or out-of-range timestamp \"%1\"")
                            .arg(QString::fromUtf8(stamp.first(std::min<qsizetype>(stamp.size(), 60))));
        return LineKind::Rejected;
    }
    if (e.instant == NoInstant)
        return LineKind::Continuation;
    const QByteArrayView level = nextToken(rest, '\t');
    e.severity = LogFields::severityFromText(level);
    // The remaining tab-separated parts: [logger] [caller] message [json].
    std::vector<QByteArrayView> parts;
    while (!rest.isEmpty())
        parts.push_back(nextToken(rest, '\t'));
    QByteArrayView json;
    if (!parts.empty() && parts.back().startsWith('{')) {
        json = parts.back();
        parts.pop_back();
    }
    QByteArray attrs;
    if (!parts.empty()) {
        e.text = parts.back().toByteArray();
        parts.pop_back();
    }
    int members = 0;
    for (QByteArrayView part : parts) {
        // zap writes at most a logger and a caller; a line of thousands of tabs is not worth
        // thousands of members.
        if (++members > AttributeCap::MaxAttributes) {
            ++result.droppedAttributes;
            continue;
        }
        if (looksLikeCaller(part)) {
            LogFields::appendMember(attrs, "caller", part);
        } else {
            e.lane = part.toByteArray();
            LogFields::appendMember(attrs, "logger", part);
        }
    }
    if (!json.isEmpty()) {
        // The JSON part ends the line, so the line's padding is readable after it.
        EventRecord fields;
        QString reason;
        const qsizetype capacity = json.size() + ImportInput::Padding;
        if (m_json->mapObject(json.data(), json.size(), capacity, fields, *m_context, &reason, false)) {
            result.droppedAttributes += m_json->lastDroppedAttributes();
            if (!fields.attributesJson.isEmpty()) {
                if (attrs.isEmpty())
                    attrs = fields.attributesJson.chopped(1);
                else
                    attrs += ',' + fields.attributesJson.mid(1).chopped(1);
            }
            if (!fields.text.isEmpty() && fields.text != fields.attributesJson)
                LogFields::appendMember(attrs, "message", fields.text);
        } else {
            LogFields::appendMember(attrs, "fields", json);
        }
    }
    e.attributesJson = LogFields::finishObject(attrs);
    return LineKind::Event;
}

} // namespace faultless::model
