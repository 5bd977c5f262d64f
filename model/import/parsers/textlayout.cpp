#include "textlayout.h"

#include "domain/timestamps.h"

#include <array>
#include <cstring>

namespace faultless::model {

namespace {

using Stamp = TextLayout::Stamp;
using Parsed = TextLayout::Parsed;
using Reference = TextLayout::Reference;

constexpr qint64 kMicrosPerDay = 86400ll * 1000000;
// Where a stamp inside a line is looked for when it is not at the learnt token.
constexpr qsizetype kScanWindow = 200;
// Tokens of a line where a stamp is looked for while learning.
constexpr int kMaxTokens = 24;

inline bool isDigit(char c)
{
    return unsigned(c) - '0' <= 9;
}
inline bool isAlpha(char c)
{
    return unsigned((c | 0x20) - 'a') < 26;
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool number(const char *p, int n, int &out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(p[i]))
            return false;
        v = v * 10 + (p[i] - '0');
    }
    out = v;
    return true;
}

bool leapYear(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

bool validDate(int year, int month, int day)
{
    static constexpr int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return false;
    return month != 2 || day != 29 || leapYear(year);
}

// "hh:mm:ss[.f{1,9}|,f{1,9}]" (or "h:mm:ss" with `oneDigitHour`) at p; bytes used, 0 if none.
// A leap second (60) is kept in order as the last microsecond of the minute before.
qsizetype parseClock(const char *p, qsizetype n, bool oneDigitHour, qint64 *micros)
{
    int hour, minute, second;
    qsizetype i = 0;
    if (n >= 8 && number(p, 2, hour))
        i = 2;
    else if (oneDigitHour && n >= 7 && number(p, 1, hour))
        i = 1;
    else
        return 0;
    if (p[i] != ':' || !number(p + i + 1, 2, minute) || p[i + 3] != ':' || !number(p + i + 4, 2, second))
        return 0;
    if (hour > 23 || minute > 59 || second > 60)
        return 0;
    i += 6;
    qint64 micro = 0;
    if (i + 1 < n && (p[i] == '.' || p[i] == ',') && isDigit(p[i + 1])) {
        ++i;
        int count = 0;
        while (i < n && isDigit(p[i])) {
            if (count < 6)
                micro = micro * 10 + (p[i] - '0');
            ++count;
            ++i;
        }
        if (count > 9)
            return 0; // finer than nanoseconds: not a fraction any clock writes
        for (int k = count; k < 6; ++k)
            micro *= 10;
    }
    if (second == 60)
        second = 59, micro = 999999;
    *micros = ((hour * 60ll + minute) * 60 + second) * 1000000 + micro;
    return i;
}

// Zone names that mean one offset wherever a log is written (PostgreSQL's default
// log_line_prefix and date(1) write them); "IST", "CST" and "BST", each used for two zones, are
// left out: the source's zone reads such stamps.
bool namedZoneOffset(QByteArrayView word, qint64 *offsetSeconds)
{
    struct NamedZone
    {
        const char *name;
        int offsetMinutes;
    };
    static constexpr NamedZone zones[] = { { "UTC", 0 }, { "GMT", 0 }, { "PST", -480 }, { "PDT", -420 },
        { "MST", -420 }, { "MDT", -360 }, { "CDT", -300 }, { "EST", -300 }, { "EDT", -240 }, { "CET", 60 },
        { "CEST", 120 }, { "EET", 120 }, { "EEST", 180 }, { "JST", 540 } };
    for (const NamedZone &zone : zones) {
        if (word == zone.name) {
            *offsetSeconds = zone.offsetMinutes * 60ll;
            return true;
        }
    }
    return false;
}

// " +hhmm", "+hh:mm", " UTC", " GMT", "Z" right after a naive stamp: bytes used, 0 if none.
qsizetype parseTrailingZone(const char *p, qsizetype n, qint64 *offsetSeconds)
{
    qsizetype i = 0;
    if (i < n && p[i] == 'Z') {
        *offsetSeconds = 0;
        return 1;
    }
    if (i < n && p[i] == ' ')
        ++i;
    if (i < n && isAlpha(p[i]) && p[i] >= 'A' && p[i] <= 'Z') {
        qsizetype j = i;
        while (j < n && j - i < 5 && p[j] >= 'A' && p[j] <= 'Z')
            ++j;
        if (j < n && isAlpha(p[j]))
            return 0;
        return namedZoneOffset(QByteArrayView(p + i, j - i), offsetSeconds) ? j : 0;
    }
    if (i + 5 <= n && (p[i] == '+' || p[i] == '-')) {
        int oh, om;
        qsizetype j = i + 1;
        if (!number(p + j, 2, oh))
            return 0;
        j += 2;
        if (j < n && p[j] == ':')
            ++j;
        if (j + 2 > n || !number(p + j, 2, om) || oh > 23 || om > 59)
            return 0;
        j += 2;
        if (j < n && isDigit(p[j]))
            return 0;
        *offsetSeconds = (oh * 3600ll + om * 60) * (p[i] == '-' ? -1 : 1);
        return j;
    }
    return 0;
}

int weekdayFromAbbreviation(const char *p)
{
    static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    for (int i = 0; i < 7; ++i) {
        if ((p[0] | 0x20) == names[i][0] && (p[1] | 0x20) == names[i][1] && (p[2] | 0x20) == names[i][2])
            return i + 1;
    }
    return 0;
}

// The civil date and clock as a naive instant (NoInstant when out of range).
Instant civil(int year, int month, int day, qint64 micros)
{
    if (!validDate(year, month, day))
        return NoInstant;
    const qint64 days = timestamps::daysFromCivil(year, unsigned(month), unsigned(day));
    const Instant t = days * kMicrosPerDay + micros;
    return isSupportedInstant(t) ? t : NoInstant;
}

// Applies a zone that follows a naive stamp, if there is one.
qsizetype finishZone(const char *p, qsizetype n, qsizetype used, Parsed *out)
{
    qint64 offset = 0;
    const qsizetype zone = parseTrailingZone(p + used, n - used, &offset);
    if (zone == 0) {
        // An unknown zone name glued to the time ("21:08:10.313913FOO"): part of the stamp,
        // which stays naive (read in the source's zone).
        qsizetype j = used;
        while (j < n && j - used < 5 && p[j] >= 'A' && p[j] <= 'Z')
            ++j;
        if (j - used >= 3 && (j == n || p[j] == ' ' || p[j] == '\t'))
            return j;
        return used;
    }
    const Instant t = out->instant - offset * 1000000;
    if (!isSupportedInstant(t))
        return 0;
    out->instant = t;
    out->naive = false;
    return used + zone;
}

qsizetype parseIso(const char *p, qsizetype n, Parsed *out)
{
    if (n < 16 || !isDigit(p[0]) || !isDigit(p[3]))
        return 0;
    const char sep = p[4];
    qsizetype used = 0;
    bool naive = true;
    if (sep == '-') {
        used = timestamps::parseIso8601Prefix(QByteArrayView(p, n), &out->instant, &naive);
    } else if ((sep == '/' || sep == '.') && p[7] == sep) {
        // "2024/05/01 10:00:00" (Go, nginx), "2024.05.01 10:00:00": the ISO parser on a copy.
        char copy[48];
        const qsizetype size = std::min<qsizetype>(n, sizeof copy);
        std::memcpy(copy, p, size_t(size));
        copy[4] = copy[7] = '-';
        used = timestamps::parseIso8601Prefix(QByteArrayView(copy, size), &out->instant, &naive);
    }
    if (used == 0)
        return 0;
    out->naive = naive;
    return naive ? finishZone(p, n, used, out) : used;
}

qsizetype parseOrdinal(const char *p, qsizetype n, Parsed *out)
{
    int year, yday;
    if (n < 17 || !number(p, 4, year) || p[4] != '-' || !number(p + 5, 3, yday)
        || (p[8] != 'T' && p[8] != ' '))
        return 0;
    if (year < 1 || yday < 1 || yday > (leapYear(year) ? 366 : 365))
        return 0;
    qint64 micros;
    const qsizetype clock = parseClock(p + 9, n - 9, false, &micros);
    if (clock == 0)
        return 0;
    const Instant jan1 = civil(year, 1, 1, 0);
    if (jan1 == NoInstant)
        return 0;
    out->instant = jan1 + (yday - 1) * kMicrosPerDay + micros;
    out->naive = true;
    return finishZone(p, n, 9 + clock, out);
}

qsizetype parseSyslog(const char *p, qsizetype n, const Reference &ref, Parsed *out)
{
    const qsizetype used = timestamps::parseRfc3164Prefix(QByteArrayView(p, n), ref.year, &out->instant);
    if (used == 0)
        return 0;
    // "Oct 11 14:32:52 2000" is a ctime without its weekday: the year is there.
    int year;
    if (used + 5 <= n && p[used] == ' ' && number(p + used + 1, 4, year)
        && (used + 5 == n || !isDigit(p[used + 5])) && year >= 1) {
        int y, m, d;
        timestamps::civilFromDays(out->instant / kMicrosPerDay, y, m, d);
        const Instant t = civil(year, m, d, out->instant - (out->instant / kMicrosPerDay) * kMicrosPerDay);
        if (t == NoInstant)
            return 0;
        out->instant = t;
        out->naive = true;
        return used + 5;
    }
    out->naive = true;
    out->yearless = true;
    return used;
}

// "Wed Oct 11 14:32:52[.123456] [ZONE ]2000"
qsizetype parseCtime(const char *p, qsizetype n, Parsed *out)
{
    if (n < 24 || weekdayFromAbbreviation(p) == 0 || p[3] != ' ')
        return 0;
    const int month = timestamps::monthFromAbbreviation(p + 4);
    if (month == 0 || p[7] != ' ')
        return 0;
    qsizetype i = 8;
    if (p[i] == ' ')
        ++i;
    int day;
    if (i + 2 <= n && number(p + i, 2, day))
        i += 2;
    else if (number(p + i, 1, day))
        i += 1;
    else
        return 0;
    if (i >= n || p[i] != ' ')
        return 0;
    ++i;
    qint64 micros;
    const qsizetype clock = parseClock(p + i, n - i, false, &micros);
    if (clock == 0)
        return 0;
    i += clock;
    if (i >= n || p[i] != ' ')
        return 0;
    ++i;
    bool naive = true;
    qint64 offset = 0;
    // "Wed Oct 11 14:32:52 UTC 2000" (date(1)): a zone word before the year.
    if (i + 4 < n && isAlpha(p[i])) {
        qsizetype j = i;
        while (j < n && j - i < 5 && isAlpha(p[j]))
            ++j;
        if (j >= n || p[j] != ' ')
            return 0;
        // A zone name with one meaning sets the offset; others ("IST") leave the time naive.
        naive = !namedZoneOffset(QByteArrayView(p + i, j - i), &offset);
        i = j + 1;
    }
    int year;
    if (i + 4 > n || !number(p + i, 4, year) || (i + 4 < n && isDigit(p[i + 4])))
        return 0;
    const Instant t = civil(year, month, day, micros);
    if (t == NoInstant || !isSupportedInstant(t - offset * 1000000))
        return 0;
    out->instant = t - offset * 1000000;
    out->naive = naive;
    return i + 4;
}

// "11-Oct-2023 14:32:52.123", "25 Apr 2024 05:32:35.018", "11/Oct/2023:14:32:52 +0000",
// "30 May 12:23:52.442" (no year)
qsizetype parseDayMonthYear(const char *p, qsizetype n, const Reference &ref, Parsed *out)
{
    if (n < 15 || !isDigit(p[0]))
        return 0;
    int day;
    qsizetype i;
    if (number(p, 2, day))
        i = 2;
    else if (number(p, 1, day))
        i = 1;
    else
        return 0;
    const char sep = p[i];
    if (sep != '-' && sep != ' ' && sep != '/')
        return 0;
    const int month = timestamps::monthFromAbbreviation(p + i + 1);
    if (month == 0 || i + 9 > n || p[i + 4] != sep)
        return 0;
    i += 5;
    int year = ref.year;
    if (sep == ' ' && isDigit(p[i]) && isDigit(p[i + 1]) && p[i + 2] == ':') {
        // "30 May 12:23:52.442" (Redis before 3.0): no year.
        out->yearless = true;
        --i; // the clock follows the space after the month
    } else {
        if (!number(p + i, 4, year))
            return 0;
        i += 4;
    }
    if (i >= n || (p[i] != ' ' && p[i] != ':'))
        return 0;
    ++i;
    qint64 micros;
    const qsizetype clock = parseClock(p + i, n - i, false, &micros);
    if (clock == 0)
        return 0;
    out->instant = civil(year, month, day, micros);
    if (out->instant == NoInstant)
        return 0;
    out->naive = true;
    return finishZone(p, n, i + clock, out);
}

// "Oct 11, 2023 2:32:52 PM" (java.util.logging's SimpleFormatter)
qsizetype parseMonthDayYear(const char *p, qsizetype n, Parsed *out)
{
    if (n < 19)
        return 0;
    const int month = timestamps::monthFromAbbreviation(p);
    if (month == 0 || p[3] != ' ')
        return 0;
    int day;
    qsizetype i = 4;
    if (number(p + i, 2, day))
        i += 2;
    else if (number(p + i, 1, day))
        i += 1;
    else
        return 0;
    int year;
    if (i + 7 > n || p[i] != ',' || p[i + 1] != ' ' || !number(p + i + 2, 4, year) || p[i + 6] != ' ')
        return 0;
    i += 7;
    qint64 micros;
    const qsizetype clock = parseClock(p + i, n - i, true, &micros);
    if (clock == 0)
        return 0;
    i += clock;
    if (i + 3 <= n && p[i] == ' ' && (p[i + 1] == 'A' || p[i + 1] == 'P') && p[i + 2] == 'M') {
        const qint64 hour = micros / 3600000000ll;
        if (hour < 1 || hour > 12)
            return 0;
        micros -= (hour == 12 ? 12 : 0) * 3600000000ll;
        if (p[i + 1] == 'P')
            micros += 12 * 3600000000ll;
        i += 3;
    }
    out->instant = civil(year, month, day, micros);
    out->naive = true;
    return out->instant == NoInstant ? 0 : i;
}

int fullYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

// "081109 203615" (yyMMdd HHmmss, HDFS), "161209 14:18:50" and "161209  9:18:50" (MySQL 5)
qsizetype parseCompact(const char *p, qsizetype n, Parsed *out)
{
    int yy, month, day, hour, minute, second;
    if (n < 13 || !number(p, 2, yy) || !number(p + 2, 2, month) || !number(p + 4, 2, day) || p[6] != ' ')
        return 0;
    qsizetype used = 0;
    qint64 micros = 0;
    if (number(p + 7, 2, hour) && number(p + 9, 2, minute) && number(p + 11, 2, second)) {
        if (hour > 23 || minute > 59 || second > 59 || (n > 13 && isDigit(p[13])))
            return 0;
        micros = ((hour * 60ll + minute) * 60 + second) * 1000000;
        used = 13;
    } else {
        const qsizetype at = p[7] == ' ' ? 8 : 7; // an hour below 10 padded with a space
        const qsizetype clock = parseClock(p + at, n - at, true, &micros);
        if (clock == 0)
            return 0;
        used = at + clock;
    }
    out->instant = civil(fullYear(yy), month, day, micros);
    out->naive = true;
    return out->instant == NoInstant ? 0 : used;
}

// "17/06/09 20:10:40" (yy/MM/dd HH:mm:ss)
qsizetype parseShortYear(const char *p, qsizetype n, Parsed *out)
{
    int yy, month, day;
    if (n < 17 || !number(p, 2, yy) || p[2] != '/' || !number(p + 3, 2, month) || p[5] != '/'
        || !number(p + 6, 2, day) || p[8] != ' ')
        return 0;
    qint64 micros;
    const qsizetype clock = parseClock(p + 9, n - 9, false, &micros);
    if (clock == 0)
        return 0;
    out->instant = civil(fullYear(yy), month, day, micros);
    out->naive = true;
    return out->instant == NoInstant ? 0 : 9 + clock;
}

// "03-17 16:13:38.811" (MM-dd HH:mm:ss.SSS, logcat's threadtime)
qsizetype parseMonthDay(const char *p, qsizetype n, const Reference &ref, Parsed *out)
{
    int month, day;
    if (n < 14 || !number(p, 2, month) || p[2] != '-' || !number(p + 3, 2, day) || p[5] != ' ')
        return 0;
    qint64 micros;
    const qsizetype clock = parseClock(p + 6, n - 6, false, &micros);
    if (clock == 0)
        return 0;
    out->instant = civil(ref.year, month, day, micros);
    out->naive = true;
    out->yearless = true;
    return out->instant == NoInstant ? 0 : 6 + clock;
}

// "E0517 15:04:22.619632" (glog: level letter, MMdd, clock)
qsizetype parseGlog(const char *p, qsizetype n, const Reference &ref, Parsed *out)
{
    int month, day;
    if (n < 14 || !number(p + 1, 2, month) || !number(p + 3, 2, day) || p[5] != ' ')
        return 0;
    Severity level;
    switch (p[0]) {
    case 'I':
        level = Severity::Info;
        break;
    case 'W':
        level = Severity::Warning;
        break;
    case 'E':
        level = Severity::Error;
        break;
    case 'F':
        level = Severity::Critical;
        break;
    default:
        return 0;
    }
    qint64 micros;
    const qsizetype clock = parseClock(p + 6, n - 6, false, &micros);
    if (clock == 0)
        return 0;
    out->instant = civil(ref.year, month, day, micros);
    out->naive = true;
    out->yearless = true;
    out->level = level;
    return out->instant == NoInstant ? 0 : 6 + clock;
}

// A whole number of 9 to 19 digits with an optional fraction, read as seconds, ms, µs or ns by
// its magnitude; only instants from 1990 to 2100 count (a request id is not a time).
qsizetype parseEpoch(const char *p, qsizetype n, Parsed *out)
{
    qsizetype i = 0;
    while (i < n && isDigit(p[i]))
        ++i;
    if (i < 9 || i > 19)
        return 0;
    qsizetype end = i;
    if (end + 1 < n && p[end] == '.' && isDigit(p[end + 1])) {
        ++end;
        while (end < n && isDigit(p[end]))
            ++end;
    }
    // A colon may follow a fraction ("audit(1485893834.891:18877201)"), not a whole number
    // ("1234567890:" is more likely a counter).
    if (end < n
        && (isAlpha(p[end]) || isDigit(p[end]) || p[end] == '.' || p[end] == '-'
            || (p[end] == ':' && end == i)))
        return 0;
    const Instant t = timestamps::parseEpochText(QByteArrayView(p, end));
    static const Instant from = timestamps::fromCivilUtc(1990, 1, 1, 0, 0, 0, 0);
    static const Instant to = timestamps::fromCivilUtc(2100, 1, 1, 0, 0, 0, 0);
    if (t == NoInstant || t < from || t >= to)
        return 0;
    out->instant = t;
    out->naive = false;
    return end;
}

// "@4000000068e3f3b12d3b4c54": TAI64N, a label of 2^62 + 10 + Unix seconds (daemontools'
// convention, leap seconds ignored) and nanoseconds, in hex.
qsizetype parseTai64n(const char *p, qsizetype n, Parsed *out)
{
    if (n < 25 || p[0] != '@')
        return 0;
    quint64 seconds = 0, nanos = 0;
    for (int i = 1; i <= 24; ++i) {
        const char c = p[i];
        unsigned v;
        if (isDigit(c))
            v = unsigned(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            v = unsigned((c | 0x20) - 'a' + 10);
        else
            return 0;
        if (i <= 16)
            seconds = seconds * 16 + v;
        else
            nanos = nanos * 16 + v;
    }
    constexpr quint64 base = (quint64(1) << 62) + 10;
    if (seconds < base || seconds - base > quint64(253402300799) || nanos > 999999999)
        return 0;
    const Instant t = qint64(seconds - base) * 1000000 + qint64(nanos / 1000);
    if (!isSupportedInstant(t))
        return 0;
    out->instant = t;
    out->naive = false;
    return 25;
}

qsizetype parseTimeOnly(const char *p, qsizetype n, const Reference &ref, Parsed *out)
{
    qint64 micros;
    const qsizetype clock = parseClock(p, n, false, &micros);
    if (clock == 0)
        return 0;
    out->instant = ref.day * kMicrosPerDay + micros;
    out->naive = true;
    out->dateless = true;
    return isSupportedInstant(out->instant) ? clock : 0;
}

// A stamp must end where a word ends: "2024-05-01 10:00:00x" or "1700000000123abc" is not one.
bool endsAtBoundary(QByteArrayView text, qsizetype used)
{
    return used >= text.size() || !(isAlpha(text[used]) || isDigit(text[used]));
}

constexpr std::array<Stamp, 14> kLayouts = { Stamp::Iso, Stamp::Ordinal, Stamp::CommonLog, Stamp::Ctime,
    Stamp::Syslog, Stamp::DayMonthYear, Stamp::MonthDayYear, Stamp::Glog, Stamp::MonthDay, Stamp::ShortYear,
    Stamp::Compact, Stamp::Tai64n, Stamp::Epoch, Stamp::TimeOnly };

// The offsets at which tokens start, up to `max` of them: after whitespace, and inside a word
// after "::", '|', '"', '=', a name's '(' or a JSON key's ":" ("MainThread::INFO::2011-12-05
// 07:04:56", "ts=2024-...", "msg=audit(1485893834.891:18877201)", {"ts":1761019822.315}).
int tokenStarts(QByteArrayView line, qsizetype *starts, int max, qsizetype window)
{
    int count = 0;
    qsizetype i = 0;
    const qsizetype n = std::min(line.size(), window);
    while (i < n && count < max) {
        while (i < n && isSpace(line[i]))
            ++i;
        if (i >= n)
            break;
        starts[count++] = i;
        while (i < n && !isSpace(line[i]) && count < max) {
            const char c = line[i++];
            const bool split = (c == ':' && i >= 2 && (line[i - 2] == ':' || line[i - 2] == '"')) || c == '|'
                || c == '"' || c == '=' || (c == '(' && i >= 2 && isAlpha(line[i - 2]));
            if (split && i < n && !isSpace(line[i]))
                starts[count++] = i;
        }
        while (i < n && !isSpace(line[i]))
            ++i;
    }
    return count;
}

struct LevelWord
{
    const char *word;
    Severity severity;
};
constexpr LevelWord kLevelWords[] = {
    { "TRACE", Severity::Trace },
    { "DEBUG", Severity::Debug },
    { "DBG", Severity::Debug },
    { "VERBOSE", Severity::Debug },
    { "INFO", Severity::Info },
    { "INF", Severity::Info },
    { "NOTICE", Severity::Notice },
    { "WARN", Severity::Warning },
    { "WARNING", Severity::Warning },
    { "WRN", Severity::Warning },
    { "ERROR", Severity::Error },
    { "ERR", Severity::Error },
    { "SEVERE", Severity::Error },
    { "CRIT", Severity::Critical },
    { "CRITICAL", Severity::Critical },
    { "FATAL", Severity::Critical },
    { "EMERG", Severity::Critical },
    { "ALERT", Severity::Critical },
    { "PANIC", Severity::Critical },
    { "LOG", Severity::Info },
    { "NOTE", Severity::Info },
};

Severity levelFromWord(QByteArrayView word)
{
    if (word.size() < 3 || word.size() > 8)
        return Severity::Unknown;
    char upper[8];
    for (qsizetype i = 0; i < word.size(); ++i)
        upper[i] = char(word[i] & ~0x20);
    for (const LevelWord &l : kLevelWords) {
        if (qsizetype(std::strlen(l.word)) == word.size()
            && std::memcmp(l.word, upper, size_t(word.size())) == 0)
            return l.severity;
    }
    return Severity::Unknown;
}

} // namespace

qsizetype TextLayout::parseAt(Stamp stamp, QByteArrayView text, const Reference &ref, Parsed *out)
{
    qsizetype skip = 0;
    if (!text.isEmpty() && (text[0] == '[' || text[0] == '('))
        skip = 1;
    const char *p = text.data() + skip;
    const qsizetype n = text.size() - skip;
    Parsed parsed;
    qsizetype used = 0;
    switch (stamp) {
    case Stamp::None:
        return 0;
    case Stamp::Iso:
        used = parseIso(p, n, &parsed);
        break;
    case Stamp::Ordinal:
        used = parseOrdinal(p, n, &parsed);
        break;
    case Stamp::CommonLog: {
        bool naive = true;
        used = timestamps::parseCommonLogPrefix(QByteArrayView(p, n), &parsed.instant, &naive);
        parsed.naive = naive;
        break;
    }
    case Stamp::Syslog:
        used = parseSyslog(p, n, ref, &parsed);
        break;
    case Stamp::Ctime:
        used = parseCtime(p, n, &parsed);
        break;
    case Stamp::DayMonthYear:
        used = parseDayMonthYear(p, n, ref, &parsed);
        break;
    case Stamp::MonthDayYear:
        used = parseMonthDayYear(p, n, &parsed);
        break;
    case Stamp::Compact:
        used = parseCompact(p, n, &parsed);
        break;
    case Stamp::ShortYear:
        used = parseShortYear(p, n, &parsed);
        break;
    case Stamp::MonthDay:
        used = parseMonthDay(p, n, ref, &parsed);
        break;
    case Stamp::Glog:
        used = parseGlog(p, n, ref, &parsed);
        break;
    case Stamp::Epoch:
        used = parseEpoch(p, n, &parsed);
        break;
    case Stamp::Tai64n:
        used = parseTai64n(p, n, &parsed);
        break;
    case Stamp::TimeOnly:
        used = parseTimeOnly(p, n, ref, &parsed);
        break;
    }
    if (used == 0)
        return 0;
    used += skip;
    if (skip && used < text.size() && (text[used] == ']' || text[used] == ')'))
        ++used;
    if (!endsAtBoundary(text, used))
        return 0;
    parsed.begin = skip;
    parsed.end = used;
    *out = parsed;
    return used;
}

QByteArrayView TextLayout::composePrefix(QByteArrayView line, QByteArrayView *service)
{
    // "web-1  | text", "web_1 | text": a service name, spaces, a bar, a space (or the end).
    qsizetype i = 0;
    while (i < line.size() && i < 64
        && (isAlpha(line[i]) || isDigit(line[i]) || line[i] == '-' || line[i] == '_' || line[i] == '.'))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != ' ')
        return {};
    const qsizetype nameEnd = i;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size() || line[i] != '|' || (i + 1 < line.size() && line[i + 1] != ' '))
        return {};
    if (service)
        *service = line.first(nameEnd);
    return line.first(std::min(i + 2, line.size()));
}

QByteArrayView TextLayout::stripComposePrefix(QByteArrayView &line) const
{
    if (!m_compose)
        return {};
    QByteArrayView service;
    const QByteArrayView prefix = composePrefix(line, &service);
    if (prefix.isEmpty())
        return {};
    line = line.sliced(prefix.size());
    return service;
}

bool TextLayout::learn(QByteArrayView sample, int maxLines)
{
    // hits[layout][token]: lines with that stamp at that token.
    int hits[kLayouts.size()][kMaxTokens] = {};
    bool fractionalEpoch[kMaxTokens] = {};
    int lines = 0, composeLines = 0;
    QList<QByteArrayView> kept;
    qsizetype pos = 0;
    if (sample.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < sample.size() && kept.size() < maxLines) {
        qsizetype end = sample.indexOf('\n', pos);
        const bool last = end < 0;
        if (last)
            end = sample.size();
        QByteArrayView line = sample.sliced(pos, end - pos);
        pos = end + 1;
        if (last && kept.size() > 0 && pos > sample.size() && end == sample.size() && sample.size() >= 4096)
            break; // a line cut by the end of the sample
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || isSpace(line.front()))
            continue;
        kept.append(line);
        if (!composePrefix(line, nullptr).isEmpty())
            ++composeLines;
    }
    m_compose = !kept.isEmpty() && composeLines * 10 >= kept.size() * 9;
    Reference ref;
    ref.year = 2000;
    ref.day = 11000;
    for (QByteArrayView line : kept) {
        stripComposePrefix(line);
        qsizetype starts[kMaxTokens];
        const int tokens = tokenStarts(line, starts, kMaxTokens, kScanWindow);
        bool stamped = false;
        for (size_t l = 0; l < kLayouts.size(); ++l) {
            for (int t = 0; t < tokens; ++t) {
                Parsed parsed;
                const qsizetype used = parseAt(kLayouts[l], line.sliced(starts[t]), ref, &parsed);
                if (used > 0) {
                    if (kLayouts[l] == Stamp::Epoch && line.sliced(starts[t], used).contains('.'))
                        fractionalEpoch[t]
                            = true; // an epoch with a fraction anywhere: audit(1485893834.891:1)
                    ++hits[l][t];
                    stamped = true;
                    break; // the first place on the line counts for this layout
                }
            }
        }
        // docker-compose interleaves services, some of which write no stamps at all: there,
        // only the lines with a stamp decide.
        if (stamped || !m_compose)
            ++lines;
    }
    m_sampled = lines;
    m_stamp = Stamp::None;
    int best = 0;
    for (size_t l = 0; l < kLayouts.size(); ++l) {
        for (int t = 0; t < kMaxTokens; ++t) {
            // Earlier layouts (more specific) and earlier tokens win ties; epoch and time-only
            // stamps only at the start of a line, where such logs put them.
            // (or after one word: the pid of `strace -f -ttt`).
            const bool startOnly = kLayouts[l] == Stamp::Epoch || kLayouts[l] == Stamp::TimeOnly;
            if (startOnly && t > 1 && !fractionalEpoch[t])
                continue;
            if (hits[l][t] > best) {
                best = hits[l][t];
                m_stamp = kLayouts[l];
                m_token = t;
            }
        }
    }
    m_matched = best;
    // Half the lines, or (for records with long stack traces or bodies that are not indented)
    // a stamp on at least one line in ten, and on two lines at least (one in a file of fewer than
    // ten lines: a slow-query log with one query).
    const bool enough = best * 2 >= lines || (best >= 2 && best * 10 >= lines) || (best == 1 && lines < 10);
    if (best == 0 || !enough || (m_compose && best < 2)) {
        m_stamp = Stamp::None;
        return false;
    }
    return true;
}

bool TextLayout::find(QByteArrayView line, const Reference &ref, Parsed *out) const
{
    if (usesAnyLayout()) {
        if (line.isEmpty() || isSpace(line.front()))
            return false;
        for (Stamp stamp : kLayouts) {
            if (parseAt(stamp, line, ref, out) > 0)
                return true;
        }
        return false;
    }
    // The learnt token first: the one place nearly every line has its stamp.
    if (line.isEmpty() || (m_token == 0 && isSpace(line.front())))
        return false; // an indented line continues the record before it
    qsizetype at[kMaxTokens];
    const int found = tokenStarts(line, at, m_token + 1, kScanWindow);
    const qsizetype i = found > m_token ? at[m_token] : line.size();
    if (i < line.size() && parseAt(m_stamp, line.sliced(i), ref, out) > 0) {
        out->begin += i;
        out->end += i;
        return true;
    }
    if (m_token == 0)
        return false;
    // A stamp learnt inside the line may move with the width of what precedes it.
    qsizetype starts[16];
    const int tokens = tokenStarts(line, starts, 16, kScanWindow);
    for (int t = 0; t < tokens; ++t) {
        if (parseAt(m_stamp, line.sliced(starts[t]), ref, out) > 0) {
            out->begin += starts[t];
            out->end += starts[t];
            return true;
        }
    }
    return false;
}

qsizetype TextLayout::findLevel(QByteArrayView text, bool singleLetters, Severity *level, qsizetype *start)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 80);
    int words = 0;
    qsizetype i = 0;
    while (i < n && words < 6) {
        while (i < n && !isAlpha(text[i]))
            ++i;
        const qsizetype begin = i;
        while (i < n && isAlpha(text[i]))
            ++i;
        if (i == begin)
            break;
        ++words;
        const QByteArrayView word = text.sliced(begin, i - begin);
        const char before = begin > 0 ? text[begin - 1] : ' ';
        const char after = i < text.size() ? text[i] : ' ';
        if (singleLetters && word.size() == 1 && isSpace(before) && isSpace(after)) {
            // logcat: "1702  2395 D WindowManager: ..."
            static const char letters[] = "VDIWEFA";
            const char *hit = std::strchr(letters, word[0]);
            if (hit && word[0] != 0) {
                static const Severity map[] = { Severity::Debug, Severity::Debug, Severity::Info,
                    Severity::Warning, Severity::Error, Severity::Critical, Severity::Critical };
                *level = map[hit - letters];
                *start = begin;
                return i;
            }
        }
        const Severity s = levelFromWord(word);
        if (s == Severity::Unknown)
            continue;
        bool upper = true;
        for (char c : word)
            upper &= (c >= 'A' && c <= 'Z');
        // Only an upper-case or marked word is a level: "error connecting" is prose.
        const bool marked
            = std::strchr("[<:.|(", before) != nullptr || std::strchr("]>:|)", after) != nullptr;
        if (!upper && !marked)
            continue;
        if (!upper && before == '.')
            continue; // "file.error" in a path
        *level = s;
        *start = begin;
        qsizetype end = i;
        while (end < text.size()
            && (text[end] == ']' || text[end] == '>' || text[end] == ':' || text[end] == ')'))
            ++end;
        return end;
    }
    return 0;
}

QString TextLayout::description() const
{
    QString what;
    switch (m_stamp) {
    case Stamp::None:
        return m_any ? tr("no known layout at the start of the line") : tr("no timestamp layout");
    case Stamp::Iso:
        what = tr("ISO 8601 date and time");
        break;
    case Stamp::Ordinal:
        what = tr("ISO 8601 day of the year");
        break;
    case Stamp::CommonLog:
        what = tr("common log format date");
        break;
    case Stamp::Syslog:
        what = tr("syslog date without a year");
        break;
    case Stamp::Ctime:
        what = tr("ctime date (\"Wed Oct 11 14:32:52 2000\")");
        break;
    case Stamp::DayMonthYear:
        what = tr("day, month name and year");
        break;
    case Stamp::MonthDayYear:
        what = tr("month name, day and year");
        break;
    case Stamp::Compact:
        what = tr("compact yyMMdd HHmmss");
        break;
    case Stamp::ShortYear:
        what = tr("yy/MM/dd date");
        break;
    case Stamp::MonthDay:
        what = tr("MM-dd date without a year (logcat)");
        break;
    case Stamp::Glog:
        what = tr("glog level letter and MMdd date");
        break;
    case Stamp::Epoch:
        what = tr("Unix epoch number");
        break;
    case Stamp::Tai64n:
        what = tr("TAI64N label");
        break;
    case Stamp::TimeOnly:
        what = tr("time of day without a date");
        break;
    }
    return m_token == 0 ? tr("%1 at the start of the line").arg(what)
                        : tr("%1 at word %2 of the line").arg(what).arg(m_token + 1);
}

} // namespace faultless::model
