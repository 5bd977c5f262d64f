#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QByteArrayView>

namespace faultless::model {

// The field names and level words real loggers use, shared by the structured-log importers
// (JSON lines, journald, logfmt, zap, CSV column guessing) so that they agree on what a
// "message" or a "level" is.
class LogFields
{
public:
    enum class Role : quint8 { Other, Time, Level, Message, Lane, Actor, Container };

    struct Match
    {
        Role role = Role::Other;
        // Among several candidates for the same role, the lowest rank wins (e.g. "service" names
        // a lane better than "hostname"; "__REALTIME_TIMESTAMP" is a better time than "ts").
        quint8 rank = 0;
        // For Time: the unit of a numeric value (0 = guess from magnitude, see EpochUnit).
        quint8 unit = 0;
        // For Level: numbers are syslog priorities (PRIORITY) or OpenTelemetry severity numbers.
        quint8 numbering = 0;
    };
    enum LevelNumbering : quint8 { GuessNumbering = 0, SyslogNumbering = 1, OtelNumbering = 2 };

    // `key` is a field name, with dots for nesting ("log.level", "fields.message").
    static Match classify(QByteArrayView key);

    // "warn", "WARNING", "E", "err", "fatal", "DEBUG3"...: Unknown when not a level word.
    static Severity severityFromText(QByteArrayView text);
    // 0..7 syslog, 10..60 Bunyan/Pino, or an OpenTelemetry severityNumber (1..24).
    static Severity severityFromNumber(qint64 value, quint8 numbering = GuessNumbering);
    static Severity severityFromSyslog(int priority);

    // The bytes as UTF-8: valid input is copied as is, invalid sequences become U+FFFD so that
    // the record is kept (never dropped) and stays searchable.
    static QByteArray toValidUtf8(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);

    // Builds a compact JSON object of string members for the attributes of text formats:
    // start with "{", add members, close with finishObject() (which leaves "" for no members).
    static void appendMember(QByteArray &object, QByteArrayView key, QByteArrayView value);
    static void appendRawMember(QByteArray &object, QByteArrayView key, QByteArrayView rawJson);
    static QByteArray finishObject(QByteArray &object);
    static void appendJsonString(QByteArray &out, QByteArrayView text);

    // Lanes, loggers and hosts repeat on nearly every line: hand out shared copies of the last
    // few instead of allocating a new QByteArray per record.
    class NameCache
    {
    public:
        QByteArray get(QByteArrayView name)
        {
            for (const QByteArray &n : m_names) {
                if (n.size() == name.size() && QByteArrayView(n) == name)
                    return n;
            }
            QByteArray fresh(name.data(), name.size());
            m_names[m_next] = fresh;
            m_next = (m_next + 1) % Size;
            return fresh;
        }

    private:
        static constexpr int Size = 16;
        QByteArray m_names[Size];
        int m_next = 0;
    };
};

} // namespace faultless::model
