#include "accesslogimporter.h"

#include "domain/timestamps.h"
#include "import/logfields.h"

namespace faultless::model {

namespace {
// A double-quoted field with backslash escapes; advances `rest`. False when not quoted.
bool quoted(QByteArrayView &rest, QByteArray &out)
{
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    if (rest.isEmpty() || rest.front() != '"')
        return false;
    qsizetype i = 1;
    out.clear();
    while (i < rest.size() && rest[i] != '"') {
        if (rest[i] == '\\' && i + 1 < rest.size())
            ++i;
        out.append(rest[i++]);
    }
    if (i >= rest.size())
        return false;
    rest = rest.sliced(i + 1);
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
    AccessLogImporter *self = const_cast<AccessLogImporter *>(this);
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
        if (self->parseLine(line, 1970, e, r) == LineKind::Event)
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
    QByteArray request, referer, agent;
    if (!quoted(rest, request))
        return LineKind::Rejected;
    const QByteArrayView status = token(rest);
    const QByteArrayView bytes = token(rest);
    if (!isNumber(status) || (bytes != "-" && !isNumber(bytes)))
        return LineKind::Rejected;
    const bool combined = quoted(rest, referer) && quoted(rest, agent);
    result.reason.clear();

    const int code = status.toInt();
    e.severity = code >= 500 ? Severity::Error : code >= 400 ? Severity::Warning : Severity::Info;
    e.text = request + ' ' + status.toByteArray();
    if (user != "-")
        e.actor = user.toByteArray();
    QByteArray attrs;
    LogFields::appendMember(attrs, "client", client);
    if (ident != "-")
        LogFields::appendMember(attrs, "ident", ident);
    QByteArrayView req(request);
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
    e.attributesJson = LogFields::finishObject(attrs);
    return LineKind::Event;
}

} // namespace faultless::model
