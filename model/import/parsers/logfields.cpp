#include "logfields.h"

#include "import/parsers/jsonrecordscanner.h"
#include "importcontext.h"

#include <QString>

#include <simdjson.h>

#include <array>
#include <climits>
#include <cstring>

namespace faultless::model {

void AttributeCap::addNote(ImportContext &context)
{
    if (m_records == 0)
        return;
    context.notes << tr(
        "%n record(s) had more than %1 attributes (the first at line %2): each was kept with its "
        "first %1 attributes, and %3 further attributes were dropped.",
        nullptr, int(std::min<qint64>(m_records, INT_MAX)))
                         .arg(MaxAttributes)
                         .arg(m_firstLine)
                         .arg(m_dropped);
    m_records = m_dropped = m_firstLine = 0;
}

namespace {
struct Alias
{
    const char *name;
    LogFields::Role role;
    quint8 rank;
    quint8 unit;
    quint8 numbering;
};

using R = LogFields::Role;
// Units follow timestamps::EpochUnit: 0 guess, 1 s, 2 ms, 3 µs, 4 ns.
const Alias kAliases[] = {
    { "__REALTIME_TIMESTAMP", R::Time, 0, 3, 0 },
    { "timeUnixNano", R::Time, 1, 4, 0 },
    { "@timestamp", R::Time, 2, 0, 0 },
    { "timestamp", R::Time, 3, 0, 0 },
    { "time", R::Time, 4, 0, 0 },
    { "ts", R::Time, 5, 0, 0 },
    { "t", R::Time, 6, 0, 0 },
    { "t.$date", R::Time, 6, 0, 0 },
    { "instant.epochSecond", R::Time, 7, 1, 0 },
    { "timestamp_ns", R::Time, 8, 4, 0 },
    { "datetime", R::Time, 9, 0, 0 },
    { "date", R::Time, 10, 0, 0 },
    { "asctime", R::Time, 11, 0, 0 },
    { "observedTimeUnixNano", R::Time, 12, 4, 0 },

    { "PRIORITY", R::Level, 0, 0, LogFields::SyslogNumbering },
    { "level", R::Level, 1, 0, 0 },
    { "lvl", R::Level, 2, 0, 0 },
    { "severity", R::Level, 3, 0, 0 },
    { "log.level", R::Level, 4, 0, 0 },
    { "severityText", R::Level, 5, 0, 0 },
    { "levelname", R::Level, 6, 0, 0 },
    { "loglevel", R::Level, 7, 0, 0 },
    { "@fields.lvl", R::Level, 8, 0, 0 },
    { "@fields.level", R::Level, 8, 0, 0 },
    { "severityNumber", R::Level, 9, 0, LogFields::OtelNumbering },
    { "level_name", R::Level, 10, 0, 0 },

    { "MESSAGE", R::Message, 0, 0, 0 },
    { "message", R::Message, 1, 0, 0 },
    { "msg", R::Message, 2, 0, 0 },
    { "fields.message", R::Message, 3, 0, 0 },
    { "body", R::Message, 4, 0, 0 },
    { "body.stringValue", R::Message, 5, 0, 0 },
    { "@fields.msg", R::Message, 6, 0, 0 },
    { "@fields.message", R::Message, 7, 0, 0 },
    { "@message", R::Message, 8, 0, 0 },
    { "log", R::Message, 9, 0, 0 },
    { "short_message", R::Message, 10, 0, 0 },
    { "text", R::Message, 11, 0, 0 },

    { "service", R::Lane, 0, 0, 0 },
    { "service.name", R::Lane, 1, 0, 0 },
    { "serviceName", R::Lane, 2, 0, 0 },
    { "_SYSTEMD_UNIT", R::Lane, 3, 0, 0 },
    { "unit", R::Lane, 4, 0, 0 },
    { "SYSLOG_IDENTIFIER", R::Lane, 5, 0, 0 },
    { "app", R::Lane, 6, 0, 0 },
    { "application", R::Lane, 7, 0, 0 },
    { "component", R::Lane, 8, 0, 0 },
    { "name", R::Lane, 9, 0, 0 },
    { "_HOSTNAME", R::Lane, 10, 0, 0 },
    { "hostname", R::Lane, 11, 0, 0 },
    { "host", R::Lane, 12, 0, 0 },
    { "host.name", R::Lane, 13, 0, 0 },
    { "logger", R::Lane, 14, 0, 0 },
    { "log.logger", R::Lane, 15, 0, 0 },
    { "logger_name", R::Lane, 16, 0, 0 },
    { "target", R::Lane, 17, 0, 0 },

    { "user", R::Actor, 0, 0, 0 },
    { "actor", R::Actor, 1, 0, 0 },
    { "user.name", R::Actor, 2, 0, 0 },
    { "username", R::Actor, 3, 0, 0 },
    { "userName", R::Actor, 4, 0, 0 },
    { "@fields.user", R::Actor, 5, 0, 0 },

    // Objects worth descending into for nested aliases ("fields": {"message": ...}); the other
    // aliases above ("log", "service", "body", "t"...) are descended into too when they hold one.
    { "fields", R::Container, 0, 0, 0 },
    { "@fields", R::Container, 0, 0, 0 },
    { "instant", R::Container, 0, 0, 0 },
};

} // namespace

// classify() runs for every key of every record (9 keys a record in a typical log, a million
// records a second): see JsonFieldTable.
JsonFieldTable::JsonFieldTable()
{
    for (const Alias &alias : kAliases) {
        const size_t n = std::strlen(alias.name);
        Q_ASSERT(n > 0 && n <= MaxKeyLength);
        const Words w = jsonFieldWords(alias.name, n);
        size_t h = jsonFieldHash(w, n);
        while (entries[h % Size].length != 0)
            ++h;
        entries[h % Size] = { w, quint8(n), { quint8(alias.role), alias.rank, alias.unit, alias.numbering } };
    }
}

const JsonFieldTable jsonFieldTable;

namespace {
inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

bool startsWithNoCase(QByteArrayView text, const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (text.size() < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lower(text[i]) != word[i])
            return false;
    }
    return true;
}
} // namespace

LogFields::Match LogFields::classify(QByteArrayView key)
{
    const JsonFieldClass c = findJsonField(key.data(), size_t(key.size()));
    return { LogFields::Role(c.role), c.rank, c.unit, c.numbering };
}

bool LogFields::isValidUtf8(QByteArrayView bytes)
{
    // ASCII is the common case; check it eight bytes at a time before the full validator.
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull)
            break;
        p += 8;
        n -= 8;
    }
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i)
        ascii &= (quint8(p[i]) < 0x80);
    return ascii || simdjson::validate_utf8(p, size_t(n));
}

QByteArray LogFields::toValidUtf8(QByteArrayView bytes)
{
    if (isValidUtf8(bytes))
        return bytes.toByteArray();
    return QString::fromUtf8(bytes).toUtf8();
}

void LogFields::appendJsonString(QByteArray &out, QByteArrayView text)
{
    // Nearly every key and value needs no escape: then it goes in with its quotes in one resize
    // and one copy (three out-of-line appends were a tenth of the logfmt and access log parse).
    const char *const p = text.data();
    const qsizetype n = text.size();
    qsizetype plain = 0;
    while (plain < n && quint8(p[plain]) >= 0x20 && p[plain] != '"' && p[plain] != '\\')
        ++plain;
    if (plain == n) {
        const qsizetype at = out.size();
        out.resize(at + n + 2);
        char *d = out.data() + at;
        d[0] = '"';
        if (n > 0)
            std::memcpy(d + 1, p, size_t(n));
        d[n + 1] = '"';
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = quint8(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default: {
            const char esc[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            out.append(esc, 6);
        }
        }
    }
    out.append(text.data() + runStart, text.size() - runStart);
    out.append('"');
}

void LogFields::appendMember(QByteArray &object, QByteArrayView key, QByteArrayView value)
{
    if (object.isEmpty())
        object.append('{');
    else if (object.size() > 1)
        object.append(',');
    appendJsonString(object, key);
    object.append(':');
    appendJsonString(object, value);
}

void LogFields::appendRawMember(QByteArray &object, QByteArrayView key, QByteArrayView rawJson)
{
    if (object.isEmpty())
        object.append('{');
    else if (object.size() > 1)
        object.append(',');
    appendJsonString(object, key);
    object.append(':');
    object.append(rawJson.data(), rawJson.size());
}

QByteArray LogFields::finishObject(QByteArray &object)
{
    if (object.size() <= 1)
        return {};
    object.append('}');
    return std::move(object);
}

Severity LogFields::severityFromSyslog(int priority)
{
    static const Severity map[] = { Severity::Emergency, Severity::Alert, Severity::Critical, Severity::Error,
        Severity::Warning, Severity::Notice, Severity::Info, Severity::Debug };
    return priority >= 0 && priority <= 7 ? map[priority] : Severity::Unknown;
}

Severity LogFields::severityFromNumber(qint64 value, quint8 numbering)
{
    if (numbering == SyslogNumbering)
        return severityFromSyslog(int(value));
    if (numbering == OtelNumbering) {
        if (value < 1 || value > 24)
            return Severity::Unknown;
        static const Severity map[] = { Severity::Trace, Severity::Debug, Severity::Info, Severity::Warning,
            Severity::Error, Severity::Critical };
        return map[(value - 1) / 4];
    }
    if (value >= 0 && value <= 7)
        return severityFromSyslog(int(value));
    // Bunyan and Pino: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
    if (value >= 10 && value < 70) {
        static const Severity map[] = { Severity::Trace, Severity::Debug, Severity::Info, Severity::Warning,
            Severity::Error, Severity::Critical };
        return map[value / 10 - 1];
    }
    return Severity::Unknown;
}

Severity LogFields::severityFromText(QByteArrayView text)
{
    // The words nearly every logger writes, as they write them: one comparison, not the search below.
    if (text.size() == 4) {
        if (std::memcmp(text.data(), "info", 4) == 0)
            return Severity::Info;
        if (std::memcmp(text.data(), "warn", 4) == 0)
            return Severity::Warning;
    } else if (text.size() == 5) {
        if (std::memcmp(text.data(), "error", 5) == 0)
            return Severity::Error;
        if (std::memcmp(text.data(), "debug", 5) == 0)
            return Severity::Debug;
    }
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '[' || text.front() == '<'))
        text = text.sliced(1);
    if (text.isEmpty())
        return Severity::Unknown;
    if (unsigned(text[0]) - '0' <= 9) {
        qint64 v = 0;
        for (qsizetype i = 0; i < text.size() && i < 4; ++i) {
            if (unsigned(text[i]) - '0' > 9)
                return Severity::Unknown;
            v = v * 10 + (text[i] - '0');
        }
        return severityFromNumber(v);
    }
    if (text.size() == 1 || (text.size() > 1 && !((text[1] | 0x20) >= 'a' && (text[1] | 0x20) <= 'z'))) {
        switch (lower(text[0])) {
        case 't':
            return Severity::Trace;
        case 'd':
            return Severity::Debug;
        case 'i':
            return Severity::Info;
        case 'n':
            return Severity::Notice;
        case 'w':
            return Severity::Warning;
        case 'e':
            return Severity::Error;
        case 'c':
        case 'f':
            return Severity::Critical;
        default:
            return Severity::Unknown;
        }
    }
    switch (lower(text[0])) {
    case 't':
        return startsWithNoCase(text, "trace") || startsWithNoCase(text, "trc") ? Severity::Trace
                                                                                : Severity::Unknown;
    case 'v':
        return startsWithNoCase(text, "verbose") || startsWithNoCase(text, "vrb") ? Severity::Trace
                                                                                  : Severity::Unknown;
    case 'd':
        return startsWithNoCase(text, "debug") || startsWithNoCase(text, "dbg") ? Severity::Debug
                                                                                : Severity::Unknown;
    case 'i':
        return startsWithNoCase(text, "inf") ? Severity::Info : Severity::Unknown;
    case 's':
        if (startsWithNoCase(text, "stats"))
            return Severity::Info;
        return startsWithNoCase(text, "severe") ? Severity::Critical : Severity::Unknown;
    case 'n':
        return startsWithNoCase(text, "notice") ? Severity::Notice : Severity::Unknown;
    case 'w':
        return startsWithNoCase(text, "warn") || startsWithNoCase(text, "wrn") ? Severity::Warning
                                                                               : Severity::Unknown;
    case 'e':
        if (startsWithNoCase(text, "emerg"))
            return Severity::Emergency;
        return startsWithNoCase(text, "err") || startsWithNoCase(text, "eror") ? Severity::Error
                                                                               : Severity::Unknown;
    case 'c':
        return startsWithNoCase(text, "crit") ? Severity::Critical : Severity::Unknown;
    case 'f':
        if (startsWithNoCase(text, "fatal") || startsWithNoCase(text, "ftl"))
            return Severity::Critical;
        if (startsWithNoCase(text, "finest") || startsWithNoCase(text, "finer"))
            return Severity::Trace;
        return startsWithNoCase(text, "fine") ? Severity::Debug : Severity::Unknown;
    case 'a':
        return startsWithNoCase(text, "alert") ? Severity::Alert : Severity::Unknown;
    case 'p':
        return startsWithNoCase(text, "panic") ? Severity::Emergency : Severity::Unknown;
    default:
        return Severity::Unknown;
    }
}

} // namespace faultless::model

namespace faultless::model {
JsonFieldClass classifyJsonField(const char *key, std::size_t size)
{
    return findJsonField(key, size);
}
} // namespace faultless::model
