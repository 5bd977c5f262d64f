#include "syslogimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/logfields.h"

namespace faultless::model {

namespace {
// "<PRI>" with 1..3 digits, 0..191. Returns bytes used, 0 when absent.
qsizetype parsePri(QByteArrayView line, int *pri)
{
    if (line.size() < 3 || line[0] != '<')
        return 0;
    int value = 0;
    qsizetype i = 1;
    while (i < line.size() && i <= 4 && unsigned(line[i]) - '0' <= 9)
        value = value * 10 + (line[i++] - '0');
    if (i == 1 || i >= line.size() || line[i] != '>' || value > 191)
        return 0;
    *pri = value;
    return i + 1;
}

const char *const kFacilities[] = { "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp",
    "cron", "authpriv", "ftp", "ntp", "audit", "alert", "clock", "local0", "local1", "local2", "local3",
    "local4", "local5", "local6", "local7" };

void addPri(QByteArray &attrs, int pri, EventRecord &e)
{
    if (pri < 0)
        return;
    e.severity = LogFields::severityFromSyslog(pri & 7);
    LogFields::appendMember(attrs, "facility", kFacilities[pri >> 3]);
}

// Splits "tag[pid]: message" (the tag may hold spaces, e.g. "Setup Assistant[1173]: ...").
void splitTag(QByteArrayView rest, QByteArrayView &tag, QByteArrayView &pid, QByteArrayView &message)
{
    const qsizetype colon = rest.indexOf(": ");
    qsizetype tagEnd = -1;
    if (colon > 0 && colon <= 64) {
        tagEnd = colon;
        message = rest.sliced(colon + 2);
    } else if (rest.endsWith(':') && rest.size() <= 64) {
        tagEnd = rest.size() - 1;
        message = {};
    } else {
        const qsizetype space = rest.indexOf(' ');
        tagEnd = space < 0 ? rest.size() : space;
        message = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
        // "syslogd 1.4.1: restart." style: a first token without a colon is still the tag.
    }
    tag = rest.first(tagEnd);
    pid = {};
    if (tag.endsWith(']')) {
        const qsizetype open = tag.lastIndexOf('[');
        if (open > 0) {
            pid = tag.sliced(open + 1, tag.size() - open - 2);
            tag = tag.first(open);
        }
    }
}
} // namespace

int SyslogImporter::sniff(const QByteArray &prefix, const QString &) const
{
    int lines = 0, matches = 0;
    qsizetype pos = 0;
    while (pos < prefix.size() && lines < 12) {
        qsizetype end = prefix.indexOf('\n', pos);
        if (end < 0)
            end = prefix.size();
        QByteArrayView line = trimmed(QByteArrayView(prefix).sliced(pos, end - pos));
        pos = end + 1;
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            continue;
        ++lines;
        int pri = -1;
        const qsizetype p = parsePri(line, &pri);
        QByteArrayView rest = line.sliced(p);
        Instant t;
        if (rest.size() > 2 && rest[0] == '1' && rest[1] == ' ' && p > 0) {
            ++matches;
        } else if (timestamps::parseRfc3164Prefix(rest, 2000, &t) > 0) {
            ++matches;
        } else {
            // RFC 3339 traditional: "2025-08-31T09:36:55.418891-07:00 host tag: msg"
            const qsizetype used = timestamps::parseIso8601Prefix(rest, &t);
            if (used > 0 && used < rest.size() && rest[used] == ' ') {
                QByteArrayView after = rest.sliced(used + 1);
                const QByteArrayView host = nextToken(after);
                const qsizetype colon = after.indexOf(": ");
                // The tag before ": " is one word ("sshd[42]"); "I CONTROL  [conn1] end: ..."
                // (MongoDB) or "0 [System] [MY-010116] ...: " (MySQL) are other layouts.
                if (!host.isEmpty() && colon > 0 && colon < 48 && rest[10] == 'T'
                    && !after.first(colon).contains(' '))
                    ++matches;
            }
        }
    }
    if (matches == 0)
        return 0;
    return matches * 2 >= lines ? 75 : 45;
}

bool SyslogImporter::parse5424(QByteArrayView rest, int pri, EventRecord &e, LineResult &result)
{
    // VERSION already consumed. TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]
    const QByteArrayView stamp = nextToken(rest);
    if (stamp == "-") {
        result.reason = tr("RFC 5424 record without a timestamp");
        return false;
    }
    e.instant = timestamps::parseIso8601(stamp, &result.naive);
    if (e.instant == NoInstant) {
        result.reason = tr("unreadable RFC 5424 timestamp \"%1\"")
                            .arg(QString::fromUtf8(stamp.first(std::min<qsizetype>(stamp.size(), 60))));
        return false;
    }
    const QByteArrayView host = nextToken(rest);
    const QByteArrayView app = nextToken(rest);
    const QByteArrayView procId = nextToken(rest);
    const QByteArrayView msgId = nextToken(rest);
    QByteArray &attrs = e.attributesJson; // the record's own buffer, reused (TextLineImporter::read)
    addPri(attrs, pri, e);
    if (host != "-")
        LogFields::appendMember(attrs, "host", host);
    if (app != "-")
        LogFields::appendMember(attrs, "app", app);
    if (procId != "-")
        LogFields::appendMember(attrs, "procid", procId);
    if (msgId != "-")
        LogFields::appendMember(attrs, "msgid", msgId);
    e.lane = m_lanes.get(app != "-" ? app : host != "-" ? host : QByteArrayView());
    // STRUCTURED-DATA: "-" or one or more [id param="value" ...]; values escape \" \\ \].
    if (rest.startsWith('-')) {
        rest = rest.sliced(1);
    } else if (rest.startsWith('[')) {
        QByteArray sd;
        // Parameters over all SD elements count against the attribute cap (an element without
        // parameters counts as one too, so "[a][b][c]..." is capped as well).
        int sdParams = 0;
        while (rest.startsWith('[')) {
            qsizetype i = 1;
            const qsizetype idStart = i;
            while (i < rest.size() && rest[i] != ' ' && rest[i] != ']')
                ++i;
            const QByteArrayView sdId = rest.sliced(idStart, i - idStart);
            QByteArray params;
            int elementParams = 0;
            while (i < rest.size() && rest[i] == ' ') {
                ++i;
                const qsizetype nameStart = i;
                while (i < rest.size() && rest[i] != '=' && rest[i] != ']')
                    ++i;
                const QByteArrayView name = rest.sliced(nameStart, i - nameStart);
                if (i + 1 >= rest.size() || rest[i] != '=' || rest[i + 1] != '"')
                    break;
                i += 2;
                QByteArray value;
                while (i < rest.size() && rest[i] != '"') {
                    if (rest[i] == '\\' && i + 1 < rest.size())
                        ++i;
                    value.append(rest[i++]);
                }
                ++i; // closing quote
                ++elementParams;
                if (++sdParams > AttributeCap::MaxAttributes) {
                    ++result.droppedAttributes;
                    continue;
                }
                LogFields::appendMember(params, name, value);
            }
            while (i < rest.size() && rest[i] != ']')
                ++i;
            rest = i < rest.size() ? rest.sliced(i + 1) : QByteArrayView();
            const QByteArray paramsObject = LogFields::finishObject(params);
            if (paramsObject.isEmpty() && elementParams > 0)
                continue; // every parameter was over the cap (and counted there)
            if (paramsObject.isEmpty() && ++sdParams > AttributeCap::MaxAttributes) {
                ++result.droppedAttributes;
                continue;
            }
            LogFields::appendRawMember(
                sd, sdId, paramsObject.isEmpty() ? QByteArrayView("{}") : QByteArrayView(paramsObject));
        }
        if (!sd.isEmpty()) {
            const QByteArray sdObject = LogFields::finishObject(sd);
            LogFields::appendRawMember(attrs, "sd", sdObject);
        }
    }
    if (rest.startsWith(' '))
        rest = rest.sliced(1);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    EventSink::assignBytes(e.text, trimmed(rest));
    finishAttributes(attrs);
    return true;
}

bool SyslogImporter::parseTraditional(
    QByteArrayView rest, int pri, int year, EventRecord &e, LineResult &result)
{
    qsizetype used = timestamps::parseRfc3164Prefix(rest, year, &e.instant);
    if (used > 0) {
        result.naive = true;
        result.yearless = true;
    } else {
        used = timestamps::parseIso8601Prefix(rest, &e.instant, &result.naive);
        if (used == 0 || used < 19)
            return false;
    }
    if (used >= rest.size() || rest[used] != ' ')
        return false;
    rest = rest.sliced(used + 1);
    const QByteArrayView host = nextToken(rest);
    if (host.isEmpty())
        return false;
    QByteArrayView tag, pid, message;
    splitTag(rest, tag, pid, message);
    QByteArray &attrs = e.attributesJson; // the record's own buffer, reused (TextLineImporter::read)
    addPri(attrs, pri, e);
    LogFields::appendMember(attrs, "host", host);
    if (!tag.isEmpty())
        LogFields::appendMember(attrs, "tag", tag);
    if (!pid.isEmpty())
        LogFields::appendMember(attrs, "pid", pid);
    e.lane = m_lanes.get(tag.isEmpty() ? host : tag);
    EventSink::assignBytes(e.text, trimmed(message));
    finishAttributes(attrs);
    return true;
}

TextLineImporter::LineKind SyslogImporter::parseLine(
    QByteArrayView line, int year, EventRecord &e, LineResult &result)
{
    if (line.front() == ' ' || line.front() == '\t')
        return LineKind::Continuation;
    int pri = -1;
    const qsizetype p = parsePri(line, &pri);
    QByteArrayView rest = line.sliced(p);
    if (p > 0 && rest.size() > 2 && rest[0] == '1' && rest[1] == ' ')
        return parse5424(rest.sliced(2), pri, e, result) ? LineKind::Event : LineKind::Rejected;
    if (parseTraditional(rest, pri, year, e, result))
        return LineKind::Event;
    if (result.reason.isEmpty())
        result.reason = tr("not a syslog line");
    // Lines of a multi-line message that are not indented still belong to the previous event.
    return LineKind::Continuation;
}

} // namespace faultless::model
