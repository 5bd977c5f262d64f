#pragma once

#include "domain/event.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace faultless::model::timestamps {

// Every parser here returns NoInstant (or 0 bytes used) for a time outside the supported range
// (MinSupportedInstant..MaxSupportedInstant, years 0001-9999 UTC), for a number that does not
// fit in 64 bits and for a zone offset outside -23:59..+23:59: such a record is rejected by its
// importer, never stored with a wrapped or shifted time (issue 17, F1/F9/F10).

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, unsigned month, unsigned day);
void civilFromDays(qint64 days, int &year, int &month, int &day);
// NoInstant for a year outside 1..9999; the other fields are the caller's to validate.
Instant fromCivilUtc(int year, int month, int day, int hour, int minute, int second, int micro);

// Parses ISO 8601 / RFC 3339 instants: `YYYY-MM-DD[T| ]hh:mm[:ss[.f{1,9}]][Z|±hh[:mm]|±hhmm]`.
// Hand-written rather than QDateTime::fromString because this is on the import hot path:
// the latter costs ~210 ns (ISO) to ~20 µs (format string) per call; this costs a few ns.
// Returns NoInstant when the text is not such a timestamp. `*naive` is set when no offset was
// given; the instant is then the wall-clock time read as UTC, to be corrected by a ZoneResolver.
Instant parseIso8601(QByteArrayView text, bool *naive = nullptr);
// The same at the start of `text`; also accepts a trailing " UTC"/" GMT". Returns the number of
// bytes used (0 = no timestamp there) and sets `*instant`.
qsizetype parseIso8601Prefix(QByteArrayView text, Instant *instant, bool *naive = nullptr);

// Numeric epoch timestamps. Guess tells seconds, milliseconds, microseconds and nanoseconds apart
// by magnitude (any of them lands between 1973 and 5138 only in its own unit). A magnitude over
// 2^63 - 1 (text) or 9e18 (double) is no count a 64-bit clock writes and gives NoInstant.
enum class EpochUnit { Guess, Seconds, Milliseconds, Microseconds, Nanoseconds };
Instant fromEpochNumber(qint64 value, EpochUnit unit = EpochUnit::Guess);
Instant fromEpochDouble(double value, EpochUnit unit = EpochUnit::Guess);
// "1700000000", "1700000000.123", "1534860261221373": digits with an optional fraction.
Instant parseEpochText(QByteArrayView text, EpochUnit unit = EpochUnit::Guess);

// 1..12 for "Jan".."Dec" (any case) at `p` (three readable bytes), else 0.
int monthFromAbbreviation(const char *p);
// RFC 3164 "Mmm dd hh:mm:ss[.ffffff]" in `year`: a naive wall-clock instant. Returns bytes used.
qsizetype parseRfc3164Prefix(QByteArrayView text, int year, Instant *instant);
// Common log format "dd/Mon/yyyy:hh:mm:ss +hhmm". Returns bytes used.
qsizetype parseCommonLogPrefix(QByteArrayView text, Instant *instant, bool *naive = nullptr);
// Any of the above at the start of a text line, optionally in [brackets]: what plain text logs
// begin with. `*usedYear` is set when the year came from `year` (RFC 3164 style). Returns bytes used.
qsizetype parseLeadingTimestamp(
    QByteArrayView text, int year, Instant *instant, bool *naive = nullptr, bool *usedYear = nullptr);

// Whether `text` starts (optionally after '[') with the shape of a timestamp the parsers above
// read: "dddd-dd-dd hh:mm", "dddd/dd/dd hh:mm", "dd/Mon/dddd:hh", "Mon dd hh:mm", whatever the digits
// say. A line of that shape that does not parse (month 13, "+99:99", the year 0000) is a damaged
// record to reject, not prose to fold into the previous event.
bool startsWithTimestampShape(QByteArrayView text);
// Whether `token` is a whole epoch number of at least nine digits (optional sign and fraction).
bool looksLikeEpoch(QByteArrayView token);

// Interprets naive wall-clock instants in a zone. Caches the offset per hour of wall time, as
// zone lookups through QTimeZone cost about a microsecond each.
class ZoneResolver
{
public:
    explicit ZoneResolver(const QTimeZone &zone = QTimeZone::utc());
    // NoInstant when the wall-clock time or its UTC instant is outside the supported range.
    Instant toUtc(Instant naiveWallClock);

private:
    QTimeZone m_zone;
    bool m_isUtc = true;
    qint64 m_cachedHour = NoInstant;
    qint64 m_cachedOffsetUs = 0;
};

// The wall clock as an instant: what an edit records as its time (created, edited, agreed,
// imported). The one place that reads the clock, so every such time has the same unit.
Instant now();
QDateTime toDateTime(Instant instant); // in UTC
Instant fromDateTime(const QDateTime &dateTime); // NoInstant when invalid or out of range
// "2024-05-01T12:34:56.789012Z"; always six fraction digits so that scripts can rely on the width.
QString toIsoUtc(Instant instant);
// A display string in `zone`, with milliseconds, e.g. "2024-05-01 14:34:56.789".
QString toDisplay(Instant instant, const QTimeZone &zone, bool withDate = true);

} // namespace faultless::model::timestamps
