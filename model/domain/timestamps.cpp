#include "timestamps.h"

#include <QtEndian>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

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

namespace {
// The instant of a time of day on day `days` since 1970-01-01, UTC.
inline Instant fromDayUtc(qint64 days, int hour, int minute, int second, int micro)
{
    return ((days * 86400 + hour * 3600 + minute * 60 + second) * 1000000) + micro;
}
} // namespace

Instant fromCivilUtc(int year, int month, int day, int hour, int minute, int second, int micro)
{
    if (year < 1 || year > 9999) // past these the day count times 86400e6 could overflow
        return NoInstant;
    return fromDayUtc(daysFromCivil(year, unsigned(month), unsigned(day)), hour, minute, second, micro);
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
constexpr int kDaysInMonth[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

// A zone offset lies strictly within a day (RFC 3339: hours 00-23, minutes 00-59); "+99:99" or
// "-24:00" is a damaged stamp, not a time to shift by a day or more.
inline bool validOffset(int hours, int minutes)
{
    return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59;
}

// February 29 only in leap years: a stamp of 2023-02-29 is a damaged one, not March 1.
bool validDay(int year, int month, int day)
{
    if (day < 1 || day > kDaysInMonth[month - 1])
        return false;
    return month != 2 || day != 29 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

} // namespace

namespace {
// Checks that the bytes of `w` under `digitMask` are ASCII digits and the others equal `punct`;
// returns 0 when they do, and puts the digits' values (0-9, punctuation bytes 0) into `values`.
inline quint64 swarDigits(quint64 w, quint64 digitMask, quint64 punct, quint64 &values)
{
    constexpr quint64 zeros = 0x3030303030303030ull, sixes = 0x0606060606060606ull,
                      high = 0xF0F0F0F0F0F0F0F0ull;
    const quint64 x
        = w ^ zeros; // a digit byte becomes 0-9; any other byte keeps a high-nibble bit or is 10-15
    values = x & digitMask;
    // The +6 carries into a byte's high nibble exactly for 10-15; a byte that could carry into its
    // neighbour (0xFA or more) already fails the high-nibble or the punctuation test.
    return ((x | (x + sixes)) & digitMask & high) | ((w & ~digitMask) ^ punct);
}
inline unsigned byteAt(quint64 v, int i)
{
    return unsigned(v >> (8 * i)) & 0xFFu;
}

// The form nearly every structured logger writes, "YYYY-MM-DDTHH:MM:SS.ffffffZ" (27 bytes), read
// eight bytes at a time (SWAR) instead of digit by digit. Anything else (another width of fraction,
// an offset, a lower-case t or z, an out-of-range field, a leap second) returns false and takes the
// general parser, which gives the same instant for this form; tst_logimporters compares the two.
inline bool parseIsoMicroZ(const char *p, Instant *instant)
{
    // Little-endian loads: byte i of a word is character i. Four words cover the 27 bytes; the
    // last overlaps the third so no load reads past the timestamp.
    const quint64 a = qFromLittleEndian<quint64>(p); // "YYYY-MM-"
    const quint64 b = qFromLittleEndian<quint64>(p + 8); // "DDTHH:MM"
    const quint64 c = qFromLittleEndian<quint64>(p + 16); // ":SS.ffff"
    const quint64 d = qFromLittleEndian<quint64>(p + 19); // ".ffffffZ"
    quint64 va, vb, vc, vd;
    const quint64 bad = swarDigits(a, 0x00FFFF00FFFFFFFFull, 0x2D00002D00000000ull, va)
        | swarDigits(b, 0xFFFF00FFFF00FFFFull, 0x00003A0000540000ull, vb)
        | swarDigits(c, 0xFFFFFFFF00FFFF00ull, 0x000000002E00003Aull, vc)
        | swarDigits(d, 0x00FFFFFFFFFFFF00ull, 0x5A0000000000002Eull, vd);
    if (bad)
        return false;
    // Byte i of v * 10 + (v >> 8) is 10 * digit i + digit i+1, the two-digit number starting at i
    // (no byte exceeds 99, so nothing carries).
    const quint64 ta = va * 10 + (va >> 8), tb = vb * 10 + (vb >> 8), tc = vc * 10 + (vc >> 8),
                  td = vd * 10 + (vd >> 8);
    const int hour = int(byteAt(tb, 3));
    const int minute = int(byteAt(tb, 6));
    const int second = int(byteAt(tc, 1));
    const int micro = int(byteAt(td, 1) * 10000 + byteAt(td, 3) * 100 + byteAt(td, 5));
    // Leap seconds (60) and invalid fields go the general way, which handles or rejects them.
    // Hour 24 (ISO 8601's end of day) also goes the general way, which allows it only as 24:00:00.
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    // Consecutive records nearly always share their date: the day number of the last valid date
    // read on this thread is kept with its ten bytes ("YYYY-MM-DD").
    struct LastDate
    {
        quint64 yearMonth = 0; // "YYYY-MM-", 0 when nothing is kept
        quint64 day = 0; // "DD"
        qint64 days = 0;
    };
    static thread_local LastDate last;
    qint64 days;
    if (a == last.yearMonth && (b & 0xFFFF) == last.day) {
        days = last.days;
    } else {
        const int year = int(byteAt(ta, 0) * 100 + byteAt(ta, 2));
        const int month = int(byteAt(ta, 5));
        const int day = int(byteAt(tb, 0));
        if (year < 1 || month < 1 || month > 12 || !validDay(year, month, day)) // year 0: outside the range
            return false;
        days = daysFromCivil(year, unsigned(month), unsigned(day));
        last = { a, b & 0xFFFF, days };
    }
    *instant = fromDayUtc(days, hour, minute, second, micro);
    return true;
}
} // namespace

qsizetype parseIso8601Prefix(QByteArrayView text, Instant *instant, bool *naive)
{
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n >= 27 && parseIsoMicroZ(p, instant)) {
        if (naive)
            *naive = false;
        return 27;
    }
    if (n < 16)
        return 0;
    int year, month, day, hour, minute, second = 0, micro = 0;
    if (!digits(p, 4, year) || p[4] != '-' || !digits(p + 5, 2, month) || p[7] != '-'
        || !digits(p + 8, 2, day) || (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
        || !digits(p + 11, 2, hour) || p[13] != ':' || !digits(p + 14, 2, minute))
        return 0;
    if (month < 1 || month > 12 || !validDay(year, month, day) || hour > 24 || minute > 59
        || (hour == 24 && minute > 0))
        return 0;
    qsizetype i = 16;
    if (i < n && p[i] == ':') {
        if (i + 3 > n || !digits(p + i + 1, 2, second) || second > 60)
            return 0;
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
                return 0;
            for (int k = count; k < 6; ++k)
                micro *= 10;
        }
    }
    if (hour == 24 && (second > 0 || micro > 0)) // 24:00:00 is the end of a day; 24:00:01 is nothing
        return 0;
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
                return 0;
            qsizetype j = i + 3;
            if (j < n && p[j] == ':') {
                if (j + 3 > n || !digits(p + j + 1, 2, om))
                    return 0;
                j += 3;
            } else if (j + 2 <= n && digits(p + j, 2, om)) {
                j += 2;
            }
            if (!validOffset(oh, om))
                return 0;
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            hasOffset = true;
            i = j;
        } else if (c == ' ' && i + 4 <= n
            && (std::memcmp(p + i, " UTC", 4) == 0 || std::memcmp(p + i, " GMT", 4) == 0)
            && (i + 4 == n || !isalnum(static_cast<unsigned char>(p[i + 4])))) {
            hasOffset = true;
            i += 4;
        }
    }
    const Instant civil = fromCivilUtc(year, month, day, hour, minute, second, micro);
    if (civil == NoInstant)
        return 0;
    // Year 0000, or an offset (or 24:00) that carries the instant past 0001..9999.
    const Instant result = civil - offsetSeconds * 1000000;
    if (!isSupportedInstant(result))
        return 0;
    if (naive)
        *naive = !hasOffset;
    *instant = result;
    return i;
}

Instant parseIso8601(QByteArrayView text, bool *naive)
{
    Instant instant = NoInstant;
    qsizetype i = parseIso8601Prefix(text, &instant, naive);
    if (i == 0)
        return NoInstant;
    // Trailing text (e.g. a zone name) is left to the caller to judge; we accept only whitespace
    // here to avoid reading "2024-01-01 10:00 foo" as a complete timestamp.
    const qsizetype n = text.size();
    while (i < n && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return i < n ? NoInstant : instant;
}

namespace {
// `value * factor` when the product can be a supported instant, else NoInstant (and no overflow).
inline Instant scaled(qint64 value, qint64 factor)
{
    if (value > MaxSupportedInstant / factor || value < MinSupportedInstant / factor - 1)
        return NoInstant;
    const Instant micro = value * factor;
    return isSupportedInstant(micro) ? micro : NoInstant;
}
} // namespace

Instant fromEpochNumber(qint64 value, EpochUnit unit)
{
    // -2^63 and 2^63 - 1 are what 64-bit clocks write for "unset" and "never" (and the first is
    // the app's own NoInstant), not times, whatever the unit.
    if (value == std::numeric_limits<qint64>::min() || value == std::numeric_limits<qint64>::max())
        return NoInstant;
    if (unit == EpochUnit::Guess) {
        // Told apart by magnitude: 1e11 s is the year 5138, 1e11 ms is 1973.
        const qint64 a = value < 0 ? -value : value;
        unit = a < 100000000000ll      ? EpochUnit::Seconds
            : a < 100000000000000ll    ? EpochUnit::Milliseconds
            : a < 100000000000000000ll ? EpochUnit::Microseconds
                                       : EpochUnit::Nanoseconds;
    }
    switch (unit) {
    case EpochUnit::Seconds:
        return scaled(value, 1000000);
    case EpochUnit::Milliseconds:
        return scaled(value, 1000);
    case EpochUnit::Microseconds:
    case EpochUnit::Guess:
        return isSupportedInstant(value) ? value : NoInstant;
    case EpochUnit::Nanoseconds: {
        // Rounded towards the past, as for every other instant before 1970.
        const qint64 micro = value / 1000 - (value % 1000 < 0 ? 1 : 0);
        return isSupportedInstant(micro) ? micro : NoInstant;
    }
    }
    return NoInstant;
}

Instant fromEpochDouble(double value, EpochUnit unit)
{
    // Beyond 9e18 the number is no count a 64-bit clock writes, whatever its unit.
    if (!std::isfinite(value) || value > 9e18 || value < -9e18)
        return NoInstant;
    if (unit == EpochUnit::Guess) {
        const double a = value < 0 ? -value : value;
        unit = a < 1e11 ? EpochUnit::Seconds
            : a < 1e14  ? EpochUnit::Milliseconds
            : a < 1e17  ? EpochUnit::Microseconds
                        : EpochUnit::Nanoseconds;
    }
    double micro = value;
    switch (unit) {
    case EpochUnit::Seconds:
        micro = value * 1e6;
        break;
    case EpochUnit::Milliseconds:
        micro = value * 1e3;
        break;
    case EpochUnit::Microseconds:
    case EpochUnit::Guess:
        break;
    case EpochUnit::Nanoseconds:
        micro = value / 1e3;
        break;
    }
    // Checked as a double first: converting one outside qint64 to an integer is undefined.
    if (!(micro >= double(MinSupportedInstant) && micro <= double(MaxSupportedInstant)))
        return NoInstant;
    const Instant result = qint64(std::llround(micro));
    return isSupportedInstant(result) ? result : NoInstant;
}

Instant parseEpochText(QByteArrayView text, EpochUnit unit)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    const qsizetype intStart = i;
    qint64 whole = 0;
    while (i < n && unsigned(text[i]) - '0' <= 9) {
        const int digit = text[i] - '0';
        // A number that does not fit in 64 bits is refused, never wrapped round into another time.
        if (whole > (std::numeric_limits<qint64>::max() - digit) / 10)
            return NoInstant;
        whole = whole * 10 + digit;
        ++i;
    }
    if (i == intStart)
        return NoInstant;
    if (i == n)
        return fromEpochNumber(negative ? -whole : whole, unit);
    if (text[i] != '.' || i + 1 == n)
        return NoInstant;
    for (qsizetype k = i + 1; k < n; ++k) {
        if (unsigned(text[k]) - '0' > 9)
            return NoInstant; // only digits after the point ("1e9" or "1.5e300" is no epoch)
    }
    // A fraction: parse as a double, which is exact enough to the microsecond for seconds.
    bool ok = false;
    const double value = QByteArray(text.data(), n).toDouble(&ok);
    return ok ? fromEpochDouble(value, unit) : NoInstant;
}

int monthFromAbbreviation(const char *p)
{
    // Case-insensitive three-letter English month names, as syslog and access logs write them.
    const unsigned a = unsigned(p[0]) | 0x20, b = unsigned(p[1]) | 0x20, c = unsigned(p[2]) | 0x20;
    const unsigned key = (a << 16) | (b << 8) | c;
    switch (key) {
    case ('j' << 16) | ('a' << 8) | 'n':
        return 1;
    case ('f' << 16) | ('e' << 8) | 'b':
        return 2;
    case ('m' << 16) | ('a' << 8) | 'r':
        return 3;
    case ('a' << 16) | ('p' << 8) | 'r':
        return 4;
    case ('m' << 16) | ('a' << 8) | 'y':
        return 5;
    case ('j' << 16) | ('u' << 8) | 'n':
        return 6;
    case ('j' << 16) | ('u' << 8) | 'l':
        return 7;
    case ('a' << 16) | ('u' << 8) | 'g':
        return 8;
    case ('s' << 16) | ('e' << 8) | 'p':
        return 9;
    case ('o' << 16) | ('c' << 8) | 't':
        return 10;
    case ('n' << 16) | ('o' << 8) | 'v':
        return 11;
    case ('d' << 16) | ('e' << 8) | 'c':
        return 12;
    default:
        return 0;
    }
}

qsizetype parseRfc3164Prefix(QByteArrayView text, int year, Instant *instant)
{
    // "Mmm dd hh:mm:ss" or "Mmm  d hh:mm:ss"; optionally ".ffffff" (some daemons add it).
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 15)
        return 0;
    const int month = monthFromAbbreviation(p);
    if (month == 0 || p[3] != ' ')
        return 0;
    int day = 0;
    if (p[4] == ' ') {
        if (!digits(p + 5, 1, day))
            return 0;
    } else if (!digits(p + 4, 2, day)) {
        return 0;
    }
    int hour, minute, second, micro = 0;
    if (p[6] != ' ' || !digits(p + 7, 2, hour) || p[9] != ':' || !digits(p + 10, 2, minute) || p[12] != ':'
        || !digits(p + 13, 2, second))
        return 0;
    if (year < 1 || year > 9999 || day < 1 || day > kDaysInMonth[month - 1] || hour > 23 || minute > 59
        || second > 60)
        return 0;
    if (second == 60)
        second = 59, micro = 999999;
    qsizetype i = 15;
    if (i + 1 < n && p[i] == '.' && unsigned(p[i + 1]) - '0' <= 9) {
        ++i;
        int count = 0;
        int frac = 0;
        while (i < n && unsigned(p[i]) - '0' <= 9) {
            if (count < 6)
                frac = frac * 10 + (p[i] - '0');
            ++count;
            ++i;
        }
        for (int k = count; k < 6; ++k)
            frac *= 10;
        micro = frac;
    }
    if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 0;
    *instant = fromCivilUtc(year, month, day, hour, minute, second, micro);
    return i;
}

qsizetype parseCommonLogPrefix(QByteArrayView text, Instant *instant, bool *naive)
{
    // "20/Jul/2009:22:59:26 +0000" (strftime %d/%b/%Y:%H:%M:%S %z), as Apache and Nginx write it.
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 20)
        return 0;
    int day, year, hour, minute, second;
    if (!digits(p, 2, day) || p[2] != '/' || p[6] != '/' || !digits(p + 7, 4, year) || p[11] != ':'
        || !digits(p + 12, 2, hour) || p[14] != ':' || !digits(p + 15, 2, minute) || p[17] != ':'
        || !digits(p + 18, 2, second))
        return 0;
    const int month = monthFromAbbreviation(p + 3);
    if (month == 0 || !validDay(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return 0;
    if (second == 60)
        second = 59;
    qsizetype i = 20;
    qint64 offset = 0;
    bool hasOffset = false;
    int oh, om;
    if (i + 6 <= n && p[i] == ' ' && (p[i + 1] == '+' || p[i + 1] == '-') && digits(p + i + 2, 2, oh)
        && digits(p + i + 4, 2, om)) {
        if (!validOffset(oh, om))
            return 0;
        offset = (oh * 3600 + om * 60) * (p[i + 1] == '-' ? -1 : 1);
        hasOffset = true;
        i += 6;
    }
    const Instant civil = fromCivilUtc(year, month, day, hour, minute, second, 0);
    if (civil == NoInstant || !isSupportedInstant(civil - offset * 1000000))
        return 0; // year 0000, or an offset that carries it past 0001..9999
    if (naive)
        *naive = !hasOffset;
    *instant = civil - offset * 1000000;
    return i;
}

qsizetype parseLeadingTimestamp(QByteArrayView text, int year, Instant *instant, bool *naive, bool *usedYear)
{
    if (usedYear)
        *usedYear = false;
    qsizetype skip = 0;
    const qsizetype n = text.size();
    if (n > 0 && text[0] == '[')
        skip = 1;
    QByteArrayView body = text.sliced(skip);
    qsizetype used = 0;
    if (body.size() >= 10 && unsigned(body[0]) - '0' <= 9) {
        // ISO 8601 with '-' or '/' as the date separator ("2024/05/01 10:00:00" is common too).
        if (body.size() >= 16 && body[4] == '/' && body[7] == '/') {
            QByteArray copy(body.data(), std::min<qsizetype>(body.size(), 40));
            copy[4] = '-';
            copy[7] = '-';
            used = parseIso8601Prefix(QByteArrayView(copy), instant, naive);
        } else if (body.size() >= 16 && body[4] == '-') {
            used = parseIso8601Prefix(body, instant, naive);
        } else if (body.size() >= 20 && body[2] == '/') {
            used = parseCommonLogPrefix(body, instant, naive);
        }
    } else if (body.size() >= 15 && monthFromAbbreviation(body.data()) != 0) {
        used = parseRfc3164Prefix(body, year, instant);
        if (used) {
            if (naive)
                *naive = true;
            if (usedYear)
                *usedYear = true;
        }
    }
    if (used == 0)
        return 0;
    used += skip;
    if (skip && used < n && text[used] == ']')
        ++used;
    // The timestamp must end at a separator, not in the middle of a word.
    if (used < n && text[used] != ' ' && text[used] != '\t' && text[used] != ',' && text[used] != '|'
        && text[used] != ';')
        return 0;
    return used;
}

bool startsWithTimestampShape(QByteArrayView text)
{
    if (!text.isEmpty() && text[0] == '[')
        text = text.sliced(1);
    const qsizetype n = text.size();
    const auto digitsAt = [&](qsizetype at, qsizetype count) {
        if (at + count > n)
            return false;
        for (qsizetype k = at; k < at + count; ++k) {
            if (unsigned(text[k]) - '0' > 9)
                return false;
        }
        return true;
    };
    const auto is = [&](qsizetype at, char c) { return at < n && text[at] == c; };
    // "2024-05-01T10:00", "2024/05/01 10:00"
    if (digitsAt(0, 4) && (is(4, '-') || is(4, '/')) && digitsAt(5, 2) && is(7, text[4]) && digitsAt(8, 2)
        && (is(10, 'T') || is(10, 't') || is(10, ' ')) && digitsAt(11, 2) && is(13, ':') && digitsAt(14, 2))
        return true;
    // "20/Jul/2009:22:59"
    if (n >= 14 && digitsAt(0, 2) && is(2, '/') && monthFromAbbreviation(text.data() + 3) != 0 && is(6, '/')
        && digitsAt(7, 4) && is(11, ':') && digitsAt(12, 2))
        return true;
    // "Nov  3 09:23", "Aug 16 00:10"
    return n >= 12 && monthFromAbbreviation(text.data()) != 0 && is(3, ' ')
        && (digitsAt(4, 2) || (is(4, ' ') && digitsAt(5, 1))) && is(6, ' ') && digitsAt(7, 2) && is(9, ':')
        && digitsAt(10, 2);
}

bool looksLikeEpoch(QByteArrayView token)
{
    qsizetype i = !token.isEmpty() && (token[0] == '-' || token[0] == '+') ? 1 : 0;
    const qsizetype start = i;
    while (i < token.size() && unsigned(token[i]) - '0' <= 9)
        ++i;
    if (i - start < 9)
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        while (i < token.size() && unsigned(token[i]) - '0' <= 9)
            ++i;
    }
    return i == token.size();
}

ZoneResolver::ZoneResolver(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_isUtc(m_zone == QTimeZone::utc() || m_zone.id() == "UTC")
{ }

Instant ZoneResolver::toUtc(Instant naive)
{
    if (!isSupportedInstant(naive))
        return NoInstant;
    if (m_isUtc)
        return naive;
    const qint64 hour = naive >= 0 ? naive / 3600000000ll : (naive - 3599999999ll) / 3600000000ll;
    if (hour != m_cachedHour) {
        const qint64 ms = naive / 1000;
        const QDateTime utcWall = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime local(utcWall.date(), utcWall.time(), m_zone);
        m_cachedOffsetUs = qint64(local.offsetFromUtc()) * 1000000;
        m_cachedHour = hour;
    }
    // 9999-12-31 23:30 in New York is in the year 10000 in UTC: outside the range, like any other.
    const Instant utc = naive - m_cachedOffsetUs;
    return isSupportedInstant(utc) ? utc : NoInstant;
}

Instant now()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QDateTime toDateTime(Instant instant)
{
    // Floor division without `instant - 999`, which overflows for an instant near -2^63 (a
    // damaged document may hold one).
    return QDateTime::fromMSecsSinceEpoch(instant / 1000 - (instant % 1000 < 0 ? 1 : 0), Qt::UTC);
}

Instant fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return NoInstant;
    // QDateTime reaches far past 64-bit microseconds: check before multiplying.
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    if (ms < MinSupportedInstant / 1000 || ms > MaxSupportedInstant / 1000)
        return NoInstant;
    return ms * 1000;
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
