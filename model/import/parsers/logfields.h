#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstring>

namespace faultless::model {

struct ImportContext;

// A cap on the attributes of one record. A file may hold a record with 100,000 keys; every one
// would be stored, indexed and listed in the event's details. Beyond the cap the record is
// kept, its further attributes are dropped, and the import summary says how many and from which
// line on: never silently.
class AttributeCap
{
    Q_DECLARE_TR_FUNCTIONS(AttributeCap)
public:
    static constexpr int MaxAttributes = 1000;

    // Call for a record that lost `dropped` attributes to the cap (nothing happens for 0).
    void recordDropped(qint64 line, qint64 dropped)
    {
        if (dropped <= 0)
            return;
        if (m_records == 0)
            m_firstLine = line;
        ++m_records;
        m_dropped += dropped;
    }
    qint64 recordsCut() const { return m_records; }
    qint64 droppedAttributes() const { return m_dropped; }
    // Adds the note to the import summary when any record was cut, and starts over.
    void addNote(ImportContext &context);

private:
    qint64 m_records = 0;
    qint64 m_dropped = 0;
    qint64 m_firstLine = 0;
};

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
    // few instead of allocating a new QByteArray per record (the writer also recognises a lane
    // it saw last by its pointer). Looked up for every record: each kept name has a signature
    // (its length and first and last bytes), and all signatures are compared without a branch,
    // so which of the names a record has does not decide how the search goes (with lanes in
    // random order, a search that stopped at the match was mispredicted on most records). The
    // comparison of the names avoids a call for names of up to 16 bytes.
    class NameCache
    {
    public:
        QByteArray get(QByteArrayView name)
        {
            const quint64 signature = signatureOf(name);
            int found = -1;
            for (int i = 0; i < Size; ++i)
                found = m_signatures[i] == signature ? i : found;
            if (found >= 0 && equal(m_names[found], name))
                return m_names[found];
            for (int i = 0; i < Size; ++i) { // two names with one signature: rare
                if (equal(m_names[i], name))
                    return m_names[i];
            }
            QByteArray fresh(name.data(), name.size());
            m_names[m_next] = fresh;
            m_signatures[m_next] = signature;
            m_next = (m_next + 1) % Size;
            return fresh;
        }

    private:
        static quint64 signatureOf(QByteArrayView name)
        {
            const qsizetype n = name.size();
            const char *p = name.data();
            quint32 head = 0, tail = 0;
            if (n >= 4) {
                std::memcpy(&head, p, 4);
                std::memcpy(&tail, p + n - 4, 4);
            } else if (n > 0) {
                head = quint8(p[0]) | quint32(quint8(p[n / 2])) << 8 | quint32(quint8(p[n - 1])) << 16;
            }
            return (quint64(head) << 32 | tail) ^ (quint64(n) << 56);
        }
        static bool equal(const QByteArray &known, QByteArrayView name)
        {
            const qsizetype n = name.size();
            if (known.size() != n)
                return false;
            const char *a = known.constData();
            const char *b = name.data();
            auto load = [](const char *p, auto word) {
                std::memcpy(&word, p, sizeof word);
                return word;
            };
            if (n >= 8 && n <= 16)
                return load(a, quint64()) == load(b, quint64())
                    && load(a + n - 8, quint64()) == load(b + n - 8, quint64());
            if (n >= 4 && n < 8)
                return load(a, quint32()) == load(b, quint32())
                    && load(a + n - 4, quint32()) == load(b + n - 4, quint32());
            return std::memcmp(a, b, size_t(n)) == 0;
        }
        static constexpr int Size = 16;
        QByteArray m_names[Size];
        quint64 m_signatures[Size] = {}; // an empty name's is 0, and the empty slots hold one
        int m_next = 0;
    };
};

} // namespace faultless::model
