#include "accesslogimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/logfields.h"

namespace faultless::model {

namespace {
// A double-quoted field with backslash escapes; advances `rest`. False when not quoted. The
// field is a view of the line, or of `unescaped` when it has escapes (rare: a quote or a
// backslash in a user agent); nothing is allocated per field.
bool quoted(QByteArrayView &rest, QByteArrayView &out, QByteArray &unescaped)
{
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    if (rest.isEmpty() || rest.front() != '"')
        return false;
    const char *const start = rest.data() + 1;
    const char *const end = rest.data() + rest.size();
    const char *p = start;
    while (p != end && *p != '"' && *p != '\\')
        ++p;
    if (p != end && *p == '"') {
        out = QByteArrayView(start, p - start);
        rest = rest.sliced(p + 1 - rest.data());
        return true;
    }
    EventSink::clearBytes(unescaped);
    unescaped.append(start, p - start);
    while (p != end && *p != '"') {
        if (*p == '\\' && p + 1 != end)
            ++p;
        unescaped.append(*p++);
    }
    if (p == end)
        return false;
    out = unescaped;
    rest = rest.sliced(p + 1 - rest.data());
    return true;
}

QByteArrayView token(QByteArrayView &rest)
{
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    const qsizetype end = rest.indexOf(' ');
    const QByteArrayView t = end < 0 ? rest : rest.first(end);
    rest = end < 0 ? QByteArrayView() : rest.sliced(end);
    return t;
}

bool isNumber(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (unsigned(c) - '0' > 9)
            return false;
    }
    return true;
}
} // namespace

int AccessLogImporter::sniff(const QByteArray &prefix, const QString &) const
{
    int lines = 0, matches = 0;
    qsizetype pos = 0;
    AccessLogImporter reader; // its buffers, not this one's: sniffing may run on any thread
    while (pos < prefix.size() && lines < 10) {
        qsizetype end = prefix.indexOf('\n', pos);
        if (end < 0)
            end = prefix.size();
        const QByteArrayView line = trimmed(QByteArrayView(prefix).sliced(pos, end - pos));
        pos = end + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        EventRecord e;
        LineResult r;
        if (reader.parseLine(line, 1970, e, r) == LineKind::Event)
            ++matches;
    }
    if (matches == 0)
        return 0;
    return matches * 2 >= lines ? 85 : 40;
}

TextLineImporter::LineKind AccessLogImporter::parseLine(
    QByteArrayView line, int, EventRecord &e, LineResult &result)
{
    QByteArrayView rest = trimmed(line);
    const QByteArrayView client = token(rest);
    const QByteArrayView ident = token(rest);
    const QByteArrayView user = token(rest);
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    result.reason = tr("not in the common or combined access log format");
    if (client.isEmpty() || ident.isEmpty() || user.isEmpty() || !rest.startsWith('['))
        return LineKind::Rejected;
    const qsizetype used = timestamps::parseCommonLogPrefix(rest.sliced(1), &e.instant, &result.naive);
    if (used == 0 || used + 1 >= rest.size() || rest[used + 1] != ']') {
        result.reason = tr("unreadable access log timestamp");
        return LineKind::Rejected;
    }
    rest = rest.sliced(used + 2);
    QByteArrayView request, referer, agent;
    if (!quoted(rest, request, m_request))
        return LineKind::Rejected;
    const QByteArrayView status = token(rest);
    const QByteArrayView bytes = token(rest);
    if (!isNumber(status) || (bytes != "-" && !isNumber(bytes)))
        return LineKind::Rejected;
    const bool combined = quoted(rest, referer, m_referer) && quoted(rest, agent, m_agent);
    result.reason.clear();

    const int code = status.toInt();
    e.severity = code >= 500 ? Severity::Error : code >= 400 ? Severity::Warning : Severity::Info;
    // Into the record's own buffers (reused from record to record: TextLineImporter::read).
    e.text.append(request.data(), request.size());
    e.text.append(' ');
    e.text.append(status.data(), status.size());
    if (user != "-")
        EventSink::assignBytes(e.actor, user);
    QByteArray &attrs = e.attributesJson;
    LogFields::appendMember(attrs, "client", client);
    if (ident != "-")
        LogFields::appendMember(attrs, "ident", ident);
    QByteArrayView req = request;
    const QByteArrayView method = token(req);
    const QByteArrayView path = token(req);
    const QByteArrayView protocol = token(req);
    if (!method.isEmpty())
        LogFields::appendMember(attrs, "method", method);
    if (!path.isEmpty())
        LogFields::appendMember(attrs, "path", path);
    if (!protocol.isEmpty())
        LogFields::appendMember(attrs, "protocol", protocol);
    LogFields::appendRawMember(attrs, "status", status);
    if (bytes != "-")
        LogFields::appendRawMember(attrs, "bytes", bytes);
    if (combined) {
        if (referer != "-")
            LogFields::appendMember(attrs, "referer", referer);
        LogFields::appendMember(attrs, "user_agent", agent);
    }
    finishAttributes(attrs);
    return LineKind::Event;
}

} // namespace faultless::model
