#include "timeaxis.h"

#include "domain/timestamps.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <vector>

namespace faultless::views {

using model::Instant;
namespace ts = model::timestamps;

namespace {
constexpr qint64 kMs = 1000;
constexpr qint64 kSec = 1000 * kMs;
constexpr qint64 kMin = 60 * kSec;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMonth = 30 * kDay; // nominal: month and year steps are walked on the calendar
constexpr qint64 kYear = 365 * kDay;

constexpr std::array<qint64, 33> kSteps = { 1 * kMs, 2 * kMs, 5 * kMs, 10 * kMs, 20 * kMs, 50 * kMs,
    100 * kMs, 200 * kMs, 500 * kMs, 1 * kSec, 2 * kSec, 5 * kSec, 10 * kSec, 15 * kSec, 30 * kSec, 1 * kMin,
    2 * kMin, 5 * kMin, 10 * kMin, 15 * kMin, 30 * kMin, 1 * kHour, 2 * kHour, 3 * kHour, 6 * kHour,
    12 * kHour, 1 * kDay, 2 * kDay, 7 * kDay, 1 * kMonth, 3 * kMonth, 6 * kMonth, 1 * kYear };

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct Civil
{
    int year, month, day, hour, minute, second, ms;
};

Civil civil(qint64 local)
{
    Civil c;
    const qint64 days = floorDiv(local, kDay);
    ts::civilFromDays(days, c.year, c.month, c.day);
    qint64 rest = local - days * kDay;
    c.hour = int(rest / kHour);
    rest %= kHour;
    c.minute = int(rest / kMin);
    rest %= kMin;
    c.second = int(rest / kSec);
    c.ms = int((rest % kSec) / kMs);
    return c;
}

QString two(int v)
{
    return QString::number(v).rightJustified(2, QLatin1Char('0'));
}

QString monthName(int month)
{
    return QLocale().monthName(month, QLocale::ShortFormat);
}

// The zone's offset at one instant.
qint64 offsetUs(Instant t, const QTimeZone &zone)
{
    if (!zone.isValid())
        return 0;
    return qint64(zone.offsetFromUtc(ts::toDateTime(t))) * kSec;
}

struct Transition
{
    Instant at;
    qint64 offsetAfter;
};

// The zone's offset changes (DST) in (from, to]: usually none, so a frame pays one lookup.
std::vector<Transition> transitionsIn(Instant from, Instant to, const QTimeZone &zone)
{
    std::vector<Transition> out;
    if (!zone.isValid() || !zone.hasTransitions())
        return out;
    QDateTime after = ts::toDateTime(from);
    for (int guard = 0; guard < 64; ++guard) {
        const QTimeZone::OffsetData d = zone.nextTransition(after);
        if (!d.atUtc.isValid())
            break;
        const Instant at = ts::fromDateTime(d.atUtc);
        if (at > to || d.atUtc <= after)
            break;
        out.push_back({ at, qint64(d.offsetFromUtc) * kSec });
        after = d.atUtc;
    }
    return out;
}
} // namespace

qint64 TimeAxis::step(Instant from, Instant to, double widthPx, double minSpacingPx)
{
    if (to <= from || widthPx <= 0)
        return kSteps.back();
    const double usPerPx = double(to - from) / widthPx;
    for (qint64 s : kSteps) {
        if (double(s) / usPerPx >= minSpacingPx)
            return s;
    }
    // Beyond a year per label: whole years, 1-2-5 by decade.
    qint64 years = 1;
    while (double(years * kYear) / usPerPx < minSpacingPx && years < 100000)
        years
            = (years == 1 || QString::number(years).startsWith(QLatin1Char('5'))) ? years * 2 : years * 5 / 2;
    return years * kYear;
}

QList<TimeAxis::Tick> TimeAxis::ticks(
    Instant from, Instant to, double widthPx, const QTimeZone &zone, double minSpacingPx)
{
    QList<Tick> out;
    if (to <= from || widthPx <= 1)
        return out;
    const qint64 s = step(from, to, widthPx, minSpacingPx);
    const qint64 offset = offsetUs(from, zone);
    const qint64 localFrom = from + offset;
    const qint64 localTo = to + offset;

    if (s < kMonth) {
        // Fixed steps aligned in local time; weeks start on the local Monday. The first tick at
        // or after a local time:
        auto alignUp = [s](qint64 local) {
            if (s == 7 * kDay) {
                const qint64 days = floorDiv(local, kDay);
                const qint64 weekday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday: 0 = Monday
                qint64 first = (days - weekday) * kDay;
                if (first < local)
                    first += s;
                return first;
            }
            return floorDiv(local + s - 1, s) * s;
        };
        // A DST change inside the view: ticks before it use the old offset, ticks from it on are
        // aligned again in the new local time. Spring forward skips the hour that does not exist
        // (02:00 to 03:00 in Berlin in March); falling back shows the repeated hour's ticks again.
        const std::vector<Transition> transitions = transitionsIn(from, to, zone);
        size_t nextTransition = 0;
        qint64 off = offset;
        for (qint64 local = alignUp(localFrom); out.size() < 1000; local += s) {
            if (nextTransition < transitions.size() && local - off >= transitions[nextTransition].at) {
                const Transition &t = transitions[nextTransition++];
                off = t.offsetAfter;
                local = alignUp(t.at + off) - s; // the loop adds s
                continue;
            }
            if (local - off > to)
                break;
            const Civil c = civil(local);
            Tick tick;
            tick.instant = local - off;
            if (s >= kDay) {
                tick.label = QString::number(c.day) + QLatin1Char(' ') + monthName(c.month);
                tick.major = c.day == 1;
            } else if (local % kDay == 0) {
                tick.label = QString::number(c.day) + QLatin1Char(' ') + monthName(c.month);
                tick.major = true;
            } else if (s >= kMin) {
                tick.label = two(c.hour) + QLatin1Char(':') + two(c.minute);
                tick.major = local % kHour == 0 && s < kHour;
            } else if (s >= kSec) {
                tick.label
                    = two(c.hour) + QLatin1Char(':') + two(c.minute) + QLatin1Char(':') + two(c.second);
                tick.major = local % kMin == 0;
            } else {
                tick.label = two(c.minute) + QLatin1Char(':') + two(c.second) + QLatin1Char('.')
                    + QString::number(c.ms).rightJustified(3, QLatin1Char('0'));
                tick.major = local % kSec == 0;
                if (tick.major)
                    tick.label
                        = two(c.hour) + QLatin1Char(':') + two(c.minute) + QLatin1Char(':') + two(c.second);
            }
            out << tick;
        }
        return out;
    }

    // Months and years: walk the calendar.
    const Civil start = civil(localFrom);
    int months = s >= kYear ? int(s / kYear) * 12 : int(s / kMonth);
    int year = start.year;
    int month = 1;
    if (months >= 12) {
        const int years = months / 12;
        year = int(floorDiv(start.year, years) * years);
    } else {
        month = ((start.month - 1) / months) * months + 1;
    }
    for (int guard = 0; guard < 1000; ++guard) {
        const qint64 local = ts::daysFromCivil(year, unsigned(month), 1) * kDay;
        if (local > localTo)
            break;
        if (local >= localFrom) {
            Tick tick;
            // Local midnight of the 1st, with the offset in force then (summer or winter time).
            tick.instant = local - offsetUs(local - offset, zone);
            if (months >= 12) {
                tick.label = QString::number(year);
                tick.major = true;
            } else {
                tick.major = month == 1;
                tick.label = tick.major ? QString::number(year) : monthName(month);
            }
            out << tick;
        }
        month += months;
        while (month > 12) {
            month -= 12;
            ++year;
        }
    }
    return out;
}

QString TimeAxis::dateLabel(Instant instant, const QTimeZone &zone)
{
    const QDateTime dt = ts::toDateTime(instant).toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return QLocale().toString(dt.date(), QStringLiteral("ddd d MMM yyyy"));
}

QString TimeAxis::durationLabel(qint64 us)
{
    if (us < kSec)
        return tr("%1 ms").arg(double(us) / double(kMs), 0, 'g', 3);
    if (us < kMin)
        return tr("%1 s").arg(double(us) / double(kSec), 0, 'g', 3);
    if (us < kHour)
        return tr("%1 min %2 s").arg(us / kMin).arg((us % kMin) / kSec);
    if (us < kDay)
        return tr("%1 h %2 min").arg(us / kHour).arg((us % kHour) / kMin);
    if (us < 2 * kYear)
        return tr("%n day(s)", nullptr, int(us / kDay));
    return tr("%n year(s)", nullptr, int(us / kYear));
}

} // namespace faultless::views
