#pragma once

#include "domain/event.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace faultless::model {

// One strftime-style pattern of an lnav format's "timestamp-format" list ("%Y-%m-%d %H:%M:%S",
// "%b %d %H:%M:%S", "%s", lnav's "%i"/"%6" for epoch milli- and microseconds, "%L"/"%f"/"%N" for
// fractions), compiled once into a list of steps and matched by hand: QDateTime format strings
// cost ~20 µs a call and are kept out of importers (docs/budgets.md).
class LnavTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(LnavTimeFormat)
public:
    struct Result
    {
        Instant instant = NoInstant;
        bool naive = false; // no zone in the stamp: wall-clock time, read in the source's zone
        bool yearless = false; // the year came from the caller
    };

    // nullopt with `error` set for a directive we do not read (named in the message).
    static std::optional<LnavTimeFormat> compile(const QString &pattern, QString *error = nullptr);
    // Reads the whole of `text` (blanks around it allowed); `year` places a year-less stamp.
    bool parse(QByteArrayView text, int year, Result &result) const;
    const QString &pattern() const { return m_pattern; }

    // The layouts tried for a format without "timestamp-format" (after the ISO, syslog and common
    // log forms of timestamps::parseLeadingTimestamp): what lnav's own date sniffing recognises.
    static const std::vector<LnavTimeFormat> &defaults();

    enum class Step : quint8 {
        Literal,
        Blanks,
        Year4,
        Year2,
        Month,
        Day,
        DayPadded,
        Hour,
        Hour12,
        Minute,
        Second,
        AmPm,
        MonthName,
        WeekdayName,
        DayOfYear,
        Offset,
        ZoneName,
        EpochSeconds,
        EpochMillis,
        EpochMicros,
        EpochNanos,
        Millis,
        Micros,
        Nanos
    };

private:
    struct Token
    {
        Step step;
        char literal = 0;
    };
    std::vector<Token> m_tokens;
    QString m_pattern;
};

// A captured stamp read with a format's list of layouts, or with the defaults when it has none.
bool parseLnavTimestamp(QByteArrayView text, const std::vector<LnavTimeFormat> &formats, int year,
    LnavTimeFormat::Result &result);

} // namespace faultless::model
