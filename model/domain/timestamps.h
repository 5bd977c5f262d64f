#pragma once

#include "domain/event.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace faultless::model::timestamps {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, unsigned month, unsigned day);
void civilFromDays(qint64 days, int &year, int &month, int &day);
Instant fromCivilUtc(int year, int month, int day, int hour, int minute, int second, int micro);

// Parses ISO 8601 / RFC 3339 instants: `YYYY-MM-DD[T| ]hh:mm[:ss[.f{1,9}]][Z|±hh[:mm]|±hhmm]`.
// Hand-written rather than QDateTime::fromString because this is on the import hot path:
// the latter costs ~210 ns (ISO) to ~20 µs (format string) per call; this costs a few ns.
// Returns NoInstant when the text is not such a timestamp. `*naive` is set when no offset was
// given; the instant is then the wall-clock time read as UTC, to be corrected by a ZoneResolver.
Instant parseIso8601(QByteArrayView text, bool *naive = nullptr);

// Interprets naive wall-clock instants in a zone. Caches the offset per hour of wall time, as
// zone lookups through QTimeZone cost about a microsecond each.
class ZoneResolver
{
public:
    explicit ZoneResolver(const QTimeZone &zone = QTimeZone::utc());
    Instant toUtc(Instant naiveWallClock);

private:
    QTimeZone m_zone;
    bool m_isUtc = true;
    qint64 m_cachedHour = NoInstant;
    qint64 m_cachedOffsetUs = 0;
};

QDateTime toDateTime(Instant instant); // in UTC
Instant fromDateTime(const QDateTime &dateTime);
// "2024-05-01T12:34:56.789012Z"; always six fraction digits so that scripts can rely on the width.
QString toIsoUtc(Instant instant);
// A display string in `zone`, with milliseconds, e.g. "2024-05-01 14:34:56.789".
QString toDisplay(Instant instant, const QTimeZone &zone, bool withDate = true);

} // namespace faultless::model::timestamps
