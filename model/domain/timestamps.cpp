#include "timestamps.h"

#include <cstdio>

namespace faultless::model::timestamps {

qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

Instant fromCivilUtc(int year, int month, int day, int hour, int minute, int second, int micro)
{
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 86400 + hour * 3600 + minute * 60 + second) * 1000000) + micro;
}

namespace {
inline bool digits(const char *p, int n, int &out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned d = unsigned(p[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + int(d);
    }
    out = v;
    return true;
}
constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
} // namespace

Instant parseIso8601(QByteArrayView text, bool *naive)
{
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 16)
        return NoInstant;
    int year, month, day, hour, minute, second = 0, micro = 0;
    if (!digits(p, 4, year) || p[4] != '-' || !digits(p + 5, 2, month) || p[7] != '-'
        || !digits(p + 8, 2, day) || (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
        || !digits(p + 11, 2, hour) || p[13] != ':' || !digits(p + 14, 2, minute))
        return NoInstant;
    if (month < 1 || month > 12 || day < 1 || day > kDaysInMonth[month - 1] || hour > 24 || minute > 59)
        return NoInstant;
    qsizetype i = 16;
    if (i < n && p[i] == ':') {
        if (i + 3 > n || !digits(p + i + 1, 2, second) || second > 60)
            return NoInstant;
        i += 3;
        if (i < n && (p[i] == '.' || p[i] == ',')) {
            ++i;
            int count = 0;
            while (i < n && unsigned(p[i]) - '0' <= 9) {
                if (count < 6)
                    micro = micro * 10 + (p[i] - '0');
                ++count;
                ++i;
            }
            if (count == 0)
                return NoInstant;
            for (int k = count; k < 6; ++k)
                micro *= 10;
        }
    }
    if (second == 60) // leap second: keep order, land on the next second's start
        second = 59, micro = 999999;
    qint64 offsetSeconds = 0;
    bool hasOffset = false;
    if (i < n) {
        const char c = p[i];
        if (c == 'Z' || c == 'z') {
            hasOffset = true;
            ++i;
        } else if (c == '+' || c == '-') {
            int oh, om = 0;
            if (i + 3 > n || !digits(p + i + 1, 2, oh))
                return NoInstant;
            qsizetype j = i + 3;
            if (j < n && p[j] == ':') {
                if (j + 3 > n || !digits(p + j + 1, 2, om))
                    return NoInstant;
                j += 3;
            } else if (j + 2 <= n && digits(p + j, 2, om)) {
                j += 2;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            hasOffset = true;
            i = j;
        }
    }
    // Trailing text (e.g. " UTC" or a zone name) is left to the caller to judge; we accept
    // only whitespace here to avoid reading "2024-01-01 10:00 foo" as a complete timestamp.
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        ++i;
    if (i < n)
        return NoInstant;
    if (naive)
        *naive = !hasOffset;
    return fromCivilUtc(year, month, day, hour, minute, second, micro) - offsetSeconds * 1000000;
}

ZoneResolver::ZoneResolver(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_isUtc(m_zone == QTimeZone::utc() || m_zone.id() == "UTC")
{
}

Instant ZoneResolver::toUtc(Instant naive)
{
    if (m_isUtc || naive == NoInstant)
        return naive;
    const qint64 hour = naive >= 0 ? naive / 3600000000ll : (naive - 3599999999ll) / 3600000000ll;
    if (hour != m_cachedHour) {
        const qint64 ms = naive / 1000;
        const QDateTime utcWall = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime local(utcWall.date(), utcWall.time(), m_zone);
        m_cachedOffsetUs = qint64(local.offsetFromUtc()) * 1000000;
        m_cachedHour = hour;
    }
    return naive - m_cachedOffsetUs;
}

QDateTime toDateTime(Instant instant)
{
    return QDateTime::fromMSecsSinceEpoch(instant >= 0 ? instant / 1000 : (instant - 999) / 1000, Qt::UTC);
}

Instant fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() * 1000 : NoInstant;
}

void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

QString toIsoUtc(Instant instant)
{
    if (instant == NoInstant)
        return {};
    // Formatted by hand: `faultless-cli events` prints a million of these.
    qint64 days = instant / 86400000000ll;
    qint64 rest = instant % 86400000000ll;
    if (rest < 0) {
        rest += 86400000000ll;
        --days;
    }
    int year, month, day;
    civilFromDays(days, year, month, day);
    const int seconds = int(rest / 1000000);
    const int micro = int(rest % 1000000);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", year, month, day, seconds / 3600,
                  (seconds / 60) % 60, seconds % 60, micro);
    return QString::fromLatin1(buf);
}

QString toDisplay(Instant instant, const QTimeZone &zone, bool withDate)
{
    if (instant == NoInstant)
        return {};
    const QDateTime dt = toDateTime(instant).toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return dt.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace faultless::model::timestamps
