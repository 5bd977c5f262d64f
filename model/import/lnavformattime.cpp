#include "lnavformattime.h"

#include "domain/timestamps.h"

namespace faultless::model {

namespace {

using Step = LnavTimeFormat::Step;

struct Fields
{
    int year = -1, month = -1, day = -1, dayOfYear = -1;
    int hour = 0, minute = 0, second = 0, micro = 0;
    int pm = -1; // -1: no %p, 0: AM, 1: PM
    bool hasOffset = false;
    int offsetSeconds = 0;
    Instant epoch = NoInstant;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads minDigits..maxDigits digits at `p`, advancing it.
bool readNumber(QByteArrayView text, qsizetype &p, int minDigits, int maxDigits, int &value)
{
    int n = 0, v = 0;
    while (p < text.size() && n < maxDigits && isDigit(text[p])) {
        v = v * 10 + (text[p] - '0');
        ++p;
        ++n;
    }
    value = v;
    return n >= minDigits;
}

// A fraction of up to nine digits as microseconds; further digits are read and dropped.
bool readFraction(QByteArrayView text, qsizetype &p, int &micro)
{
    int n = 0, v = 0;
    while (p < text.size() && isDigit(text[p])) {
        if (n < 6)
            v = v * 10 + (text[p] - '0');
        ++n;
        ++p;
    }
    for (int i = n; i < 6; ++i)
        v *= 10;
    micro = v;
    return n > 0;
}

bool readOffset(QByteArrayView text, qsizetype &p, Fields &f)
{
    if (p < text.size() && (text[p] == 'Z' || text[p] == 'z')) {
        ++p;
        f.hasOffset = true;
        return true;
    }
    if (p >= text.size() || (text[p] != '+' && text[p] != '-'))
        return false;
    const int sign = text[p] == '-' ? -1 : 1;
    ++p;
    int hours = 0, minutes = 0;
    if (!readNumber(text, p, 2, 2, hours))
        return false;
    if (p < text.size() && text[p] == ':')
        ++p;
    if (p < text.size() && isDigit(text[p]) && !readNumber(text, p, 2, 2, minutes))
        return false;
    if (hours > 23 || minutes > 59)
        return false;
    f.hasOffset = true;
    f.offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

bool readEpoch(QByteArrayView text, qsizetype &p, timestamps::EpochUnit unit, Fields &f)
{
    const qsizetype start = p;
    if (p < text.size() && text[p] == '-')
        ++p;
    while (p < text.size() && (isDigit(text[p]) || text[p] == '.'))
        ++p;
    f.epoch = timestamps::parseEpochText(text.sliced(start, p - start), unit);
    return f.epoch != NoInstant;
}

bool readName(QByteArrayView text, qsizetype &p, bool month, Fields &f)
{
    const qsizetype start = p;
    while (p < text.size() && isLetter(text[p]))
        ++p;
    if (p - start < 3)
        return false;
    if (!month)
        return true;
    f.month = timestamps::monthFromAbbreviation(text.data() + start);
    return f.month > 0;
}

// `fractionFollows`: the layout names the fraction after the seconds itself ("%S.%L").
bool readStep(QByteArrayView text, qsizetype &p, Step step, char literal, Fields &f, bool fractionFollows)
{
    switch (step) {
    case Step::Literal:
        if (p >= text.size() || text[p] != literal)
            return false;
        ++p;
        return true;
    case Step::Blanks:
        while (p < text.size() && isBlank(text[p]))
            ++p;
        return true;
    case Step::Year4:
        return readNumber(text, p, 4, 4, f.year);
    case Step::Year2:
        if (!readNumber(text, p, 2, 2, f.year))
            return false;
        f.year += f.year < 69 ? 2000 : 1900; // POSIX strptime's pivot
        return true;
    case Step::Month:
        return readNumber(text, p, 1, 2, f.month);
    case Step::DayPadded:
        if (p < text.size() && isBlank(text[p]))
            ++p;
        return readNumber(text, p, 1, 2, f.day);
    case Step::Day:
        return readNumber(text, p, 1, 2, f.day);
    case Step::Hour:
    case Step::Hour12:
        if (p < text.size() && isBlank(text[p]))
            ++p;
        return readNumber(text, p, 1, 2, f.hour);
    case Step::Minute:
        return readNumber(text, p, 2, 2, f.minute);
    case Step::Second:
        if (!readNumber(text, p, 2, 2, f.second))
            return false;
        // lnav reads a fraction after the seconds whether or not the format names one.
        if (!fractionFollows && p + 1 < text.size() && (text[p] == '.' || text[p] == ',')
            && isDigit(text[p + 1])) {
            ++p;
            readFraction(text, p, f.micro);
        }
        return true;
    case Step::AmPm: {
        if (p + 1 >= text.size())
            return false;
        const char c = char(text[p] | 0x20);
        if ((c != 'a' && c != 'p') || (text[p + 1] | 0x20) != 'm')
            return false;
        f.pm = c == 'p';
        p += 2;
        return true;
    }
    case Step::MonthName:
        return readName(text, p, true, f);
    case Step::WeekdayName:
        return readName(text, p, false, f);
    case Step::DayOfYear:
        return readNumber(text, p, 1, 3, f.dayOfYear);
    case Step::Offset:
        return readOffset(text, p, f);
    case Step::ZoneName: {
        const qsizetype start = p;
        while (p < text.size() && isLetter(text[p]))
            ++p;
        const QByteArrayView name = text.sliced(start, p - start);
        if (name == "UTC" || name == "GMT" || name == "Z")
            f.hasOffset = true;
        return p > start || readOffset(text, p, f);
    }
    case Step::EpochSeconds:
        return readEpoch(text, p, timestamps::EpochUnit::Seconds, f);
    case Step::EpochMillis:
        return readEpoch(text, p, timestamps::EpochUnit::Milliseconds, f);
    case Step::EpochMicros:
        return readEpoch(text, p, timestamps::EpochUnit::Microseconds, f);
    case Step::EpochNanos:
        return readEpoch(text, p, timestamps::EpochUnit::Nanoseconds, f);
    case Step::Millis:
    case Step::Micros:
    case Step::Nanos:
        return readFraction(text, p, f.micro);
    }
    return false;
}

bool validDate(int year, int month, int day)
{
    static constexpr int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return false;
    return month != 2 || day != 29 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
}

// The instant the fields name, or NoInstant when they name no valid time.
Instant instantOf(Fields &f, int year, LnavTimeFormat::Result &result)
{
    if (f.epoch != NoInstant) {
        result.naive = false;
        return f.epoch;
    }
    result.yearless = f.year < 0;
    if (f.year < 0)
        f.year = year;
    if (f.dayOfYear > 0 && f.month < 0) {
        const int leap = (f.year % 4 == 0 && (f.year % 100 != 0 || f.year % 400 == 0)) ? 1 : 0;
        if (f.dayOfYear > 365 + leap)
            return NoInstant;
        int y = 0;
        timestamps::civilFromDays(
            timestamps::daysFromCivil(f.year, 1, 1) + f.dayOfYear - 1, y, f.month, f.day);
    }
    if (f.pm >= 0) {
        if (f.hour < 1 || f.hour > 12)
            return NoInstant;
        f.hour = f.hour % 12 + (f.pm ? 12 : 0);
    }
    if (!validDate(f.year, f.month, f.day) || f.hour > 23 || f.minute > 59 || f.second > 60)
        return NoInstant;
    const Instant civil
        = timestamps::fromCivilUtc(f.year, f.month, f.day, f.hour, f.minute, std::min(f.second, 59), f.micro);
    if (civil == NoInstant)
        return NoInstant;
    result.naive = !f.hasOffset;
    const Instant instant = civil - qint64(f.offsetSeconds) * 1000000;
    return isSupportedInstant(instant) ? instant : NoInstant;
}

} // namespace

std::optional<LnavTimeFormat> LnavTimeFormat::compile(const QString &pattern, QString *error)
{
    LnavTimeFormat format;
    format.m_pattern = pattern;
    const QByteArray bytes = pattern.toUtf8();
    auto add = [&](std::initializer_list<Step> steps) {
        for (Step s : steps)
            format.m_tokens.push_back({ s, 0 });
    };
    auto literal = [&](char c) { format.m_tokens.push_back({ Step::Literal, c }); };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (isBlank(c)) {
            add({ Step::Blanks });
            continue;
        }
        if (c != '%' || i + 1 >= bytes.size()) {
            literal(c);
            continue;
        }
        const char d = bytes[++i];
        switch (d) {
        case 'Y':
            add({ Step::Year4 });
            break;
        case 'y':
            add({ Step::Year2 });
            break;
        case 'm':
            add({ Step::Month });
            break;
        case 'd':
            add({ Step::Day });
            break;
        case 'e':
            add({ Step::DayPadded });
            break;
        case 'H':
        case 'k':
            add({ Step::Hour });
            break;
        case 'I':
        case 'l':
            add({ Step::Hour12 });
            break;
        case 'M':
            add({ Step::Minute });
            break;
        case 'S':
            add({ Step::Second });
            break;
        case 'p':
            add({ Step::AmPm });
            break;
        case 'b':
        case 'h':
        case 'B':
            add({ Step::MonthName });
            break;
        case 'a':
        case 'A':
            add({ Step::WeekdayName });
            break;
        case 'j':
            add({ Step::DayOfYear });
            break;
        case 'z':
            add({ Step::Offset });
            break;
        case 'Z':
            add({ Step::ZoneName });
            break;
        case 's':
            add({ Step::EpochSeconds });
            break;
        case 'i':
            add({ Step::EpochMillis });
            break;
        case '6':
            add({ Step::EpochMicros });
            break;
        case '9':
            add({ Step::EpochNanos });
            break;
        case 'L':
            add({ Step::Millis });
            break;
        case 'f':
            add({ Step::Micros });
            break;
        case 'N':
            add({ Step::Nanos });
            break;
        case 'T':
            add({ Step::Hour }), literal(':'), add({ Step::Minute }), literal(':'), add({ Step::Second });
            break;
        case 'R':
            add({ Step::Hour }), literal(':'), add({ Step::Minute });
            break;
        case 'F':
            add({ Step::Year4 }), literal('-'), add({ Step::Month }), literal('-'), add({ Step::Day });
            break;
        case 'D':
            add({ Step::Month }), literal('/'), add({ Step::Day }), literal('/'), add({ Step::Year2 });
            break;
        case 'n':
        case 't':
            add({ Step::Blanks });
            break;
        case '%':
            literal('%');
            break;
        default:
            if (error)
                *error = tr("timestamp-format \"%1\": the directive %%2 is not supported")
                             .arg(pattern, QString(QLatin1Char(d)));
            return std::nullopt;
        }
    }
    return format;
}

bool LnavTimeFormat::parse(QByteArrayView text, int year, Result &result) const
{
    while (!text.isEmpty() && (isBlank(text.front()) || text.front() == '\r'))
        text = text.sliced(1);
    while (!text.isEmpty() && (isBlank(text.back()) || text.back() == '\r'))
        text.chop(1);
    Fields fields;
    qsizetype p = 0;
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const Token &token = m_tokens[i];
        const bool fractionFollows = i + 1 < m_tokens.size() && m_tokens[i + 1].step == Step::Literal
            && (m_tokens[i + 1].literal == '.' || m_tokens[i + 1].literal == ',');
        if (!readStep(text, p, token.step, token.literal, fields, fractionFollows))
            return false;
    }
    if (p != text.size())
        return false;
    // A layout with neither a date nor an epoch (a time of day alone) names no instant.
    if (fields.epoch == NoInstant && fields.month < 0 && fields.dayOfYear < 0)
        return false;
    Result parsed;
    parsed.instant = instantOf(fields, year, parsed);
    if (parsed.instant == NoInstant)
        return false;
    result = parsed;
    return true;
}

const std::vector<LnavTimeFormat> &LnavTimeFormat::defaults()
{
    static const std::vector<LnavTimeFormat> formats = [] {
        static const char *const patterns[] = {
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dT%H:%M:%S",
            "%Y/%m/%d %H:%M:%S",
            "%Y%m%d %H:%M:%S",
            "%Y%m%dT%H%M%S",
            "%y%m%d %H:%M:%S",
            "%y%m%d %H%M%S",
            "%y/%m/%d %H:%M:%S",
            "%m%d %H:%M:%S",
            "%m-%d %H:%M:%S",
            "%m/%d/%Y %H:%M:%S",
            "%m/%d/%Y %I:%M:%S %p",
            "%m/%d/%y %H:%M:%S",
            "%d/%b/%Y:%H:%M:%S %z",
            "%d/%b/%Y:%H:%M:%S",
            "%d-%b-%Y %H:%M:%S",
            "%d %b %Y %H:%M:%S",
            "%b %d %H:%M:%S",
            "%b %d %Y %H:%M:%S",
            "%a %b %d %H:%M:%S %Y",
            "%a %b %d %H:%M:%S %Z %Y",
            "%a %b %d %Y %H:%M:%S",
            "%Y-%j %H:%M:%S",
            "%Y-%m-%d %H:%M:%S %z",
            "%Y-%m-%d %H:%M:%S %Z",
            "%Y-%m-%dT%H:%M:%S%z",
            "%Y-%m-%d %H:%M:%S%z",
            "%d.%m.%Y %H:%M:%S",
            "%d.%m.%y %H:%M:%S",
            "%Y.%m.%d %H:%M:%S",
            "%d/%m/%Y %H:%M:%S",
            "%d-%m-%Y %H:%M:%S",
        };
        std::vector<LnavTimeFormat> list;
        for (const char *pattern : patterns)
            list.push_back(*compile(QString::fromLatin1(pattern)));
        return list;
    }();
    return formats;
}

bool parseLnavTimestamp(
    QByteArrayView text, const std::vector<LnavTimeFormat> &formats, int year, LnavTimeFormat::Result &result)
{
    for (const LnavTimeFormat &format : formats) {
        if (format.parse(text, year, result))
            return true;
    }
    if (!formats.empty())
        return false;
    // No layout given: lnav sniffs the date. The common forms first, as the plain text importer
    // reads them (ISO 8601, RFC 3164, common log format, in brackets or not), then the rest.
    QByteArrayView stamp = text;
    while (!stamp.isEmpty() && isBlank(stamp.back()))
        stamp.chop(1);
    Instant instant = NoInstant;
    bool naive = false, usedYear = false;
    if (timestamps::parseLeadingTimestamp(stamp, year, &instant, &naive, &usedYear) == stamp.size()
        && instant != NoInstant) {
        result = { instant, naive, usedYear };
        return true;
    }
    if (timestamps::looksLikeEpoch(stamp)) {
        result = { timestamps::parseEpochText(stamp), false, false };
        return result.instant != NoInstant;
    }
    return parseLnavTimestamp(text, LnavTimeFormat::defaults(), year, result);
}

} // namespace faultless::model
