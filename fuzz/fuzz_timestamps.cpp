// libFuzzer target for the time parsers of model/domain/timestamps.h (issue 17, F1/F9/F10): every
// public parser gets the input's bytes, as text and as the numbers they encode, and every result
// must be "no time" or an instant in the supported range (MinSupportedInstant..MaxSupportedInstant),
// a prefix parser may not claim more bytes than it was given, and the round trips that are defined
// must hold. Built with ASan + UBSan, so an overflow or an out-of-bounds read fails the run too.
// Any broken invariant aborts, and libFuzzer saves the input as a crash.
#include "domain/timestamps.h"

#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

using namespace faultless::model;
namespace ts = faultless::model::timestamps;

namespace {

[[noreturn]] void broken(const char *what, qint64 value)
{
    std::fprintf(stderr, "time parser invariant broken: %s (%lld)\n", what, static_cast<long long>(value));
    std::abort();
}

void checkInstant(const char *what, Instant instant)
{
    if (instant != NoInstant && !isSupportedInstant(instant))
        broken(what, instant);
}

// A prefix parser's answer: bytes used within the text, and an instant in range when it used any.
void checkPrefix(const char *what, qsizetype used, qsizetype size, Instant instant)
{
    if (used < 0 || used > size)
        broken(what, used);
    if (used > 0 && !isSupportedInstant(instant))
        broken(what, instant);
}

// An instant the app produced reads back as itself from its own ISO form.
void checkRoundTrip(Instant instant)
{
    if (instant == NoInstant)
        return;
    const QByteArray iso = ts::toIsoUtc(instant).toLatin1();
    bool naive = true;
    if (ts::parseIso8601(iso, &naive) != instant || naive)
        broken("toIsoUtc -> parseIso8601 round trip", instant);
    // Milliseconds survive QDateTime both ways (floored, as toDateTime() does).
    const Instant viaDateTime = ts::fromDateTime(ts::toDateTime(instant));
    const Instant floored = instant / 1000 * 1000 - (instant % 1000 < 0 ? 1000 : 0);
    if (viaDateTime != floored)
        broken("toDateTime -> fromDateTime round trip", instant);
}

template <typename T> T readValue(const std::uint8_t *data, size_t size, size_t at)
{
    T value {};
    unsigned char bytes[sizeof(T)] = {};
    for (size_t i = 0; i < sizeof(T) && at + i < size; ++i)
        bytes[i] = data[at + i];
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

constexpr ts::EpochUnit kUnits[] = { ts::EpochUnit::Guess, ts::EpochUnit::Seconds,
    ts::EpochUnit::Milliseconds, ts::EpochUnit::Microseconds, ts::EpochUnit::Nanoseconds };

void fuzzText(QByteArrayView text, int year)
{
    bool naive = false;
    const Instant iso = ts::parseIso8601(text, &naive);
    checkInstant("parseIso8601", iso);
    checkRoundTrip(iso);

    Instant instant = NoInstant;
    checkPrefix("parseIso8601Prefix", ts::parseIso8601Prefix(text, &instant, &naive), text.size(), instant);
    for (const ts::EpochUnit unit : kUnits) {
        const Instant epoch = ts::parseEpochText(text, unit);
        checkInstant("parseEpochText", epoch);
        checkRoundTrip(epoch);
    }
    if (text.size() >= 3) {
        const int month = ts::monthFromAbbreviation(text.data());
        if (month < 0 || month > 12)
            broken("monthFromAbbreviation", month);
    }
    instant = NoInstant;
    checkPrefix("parseRfc3164Prefix", ts::parseRfc3164Prefix(text, year, &instant), text.size(), instant);
    instant = NoInstant;
    checkPrefix(
        "parseCommonLogPrefix", ts::parseCommonLogPrefix(text, &instant, &naive), text.size(), instant);
    instant = NoInstant;
    bool usedYear = false;
    checkPrefix("parseLeadingTimestamp", ts::parseLeadingTimestamp(text, year, &instant, &naive, &usedYear),
        text.size(), instant);
}

void fuzzNumbers(const std::uint8_t *data, size_t size)
{
    const qint64 integer = readValue<qint64>(data, size, 0);
    const double real = readValue<double>(data, size, 0);
    for (const ts::EpochUnit unit : kUnits) {
        const Instant a = ts::fromEpochNumber(integer, unit);
        checkInstant("fromEpochNumber", a);
        checkRoundTrip(a);
        checkInstant("fromEpochDouble", ts::fromEpochDouble(real, unit));
    }
    // Microseconds are the app's own unit: taken as they are, or refused when out of range.
    const Instant micro = ts::fromEpochNumber(integer, ts::EpochUnit::Microseconds);
    if (micro != (isSupportedInstant(integer) ? integer : NoInstant))
        broken("fromEpochNumber(Microseconds)", integer);

    // Civil dates: any year is refused or lands in range; years 1..9999 convert both ways.
    const int year = readValue<int>(data, size, 8);
    const int month = 1 + int(readValue<std::uint8_t>(data, size, 12) % 12);
    const int day = 1 + int(readValue<std::uint8_t>(data, size, 13) % 28);
    const Instant civil = ts::fromCivilUtc(year, month, day, 23, 59, 59, 999999);
    checkInstant("fromCivilUtc", civil);
    if ((year >= 1 && year <= 9999) != (civil != NoInstant))
        broken("fromCivilUtc year range", year);
    if (civil != NoInstant) {
        int y = 0, m = 0, d = 0;
        ts::civilFromDays(ts::daysFromCivil(year, unsigned(month), unsigned(day)), y, m, d);
        if (y != year || m != month || d != day)
            broken("daysFromCivil -> civilFromDays round trip", year);
        checkRoundTrip(civil);
    }

    // A naive wall-clock time through zones at both ends of the offsets in use (+14, -12).
    static ts::ZoneResolver zones[]
        = { ts::ZoneResolver(QTimeZone::utc()), ts::ZoneResolver(QTimeZone("Pacific/Kiritimati")),
              ts::ZoneResolver(QTimeZone("Etc/GMT+12")), ts::ZoneResolver(QTimeZone("America/New_York")) };
    for (ts::ZoneResolver &zone : zones) {
        checkInstant("ZoneResolver::toUtc", zone.toUtc(integer));
        if (civil != NoInstant)
            checkInstant("ZoneResolver::toUtc", zone.toUtc(civil));
    }
    checkInstant("fromDateTime", ts::fromDateTime(ts::toDateTime(integer)));
    // Formatting never fails on any 64-bit value (an old document may hold one).
    if (integer != NoInstant && ts::toIsoUtc(integer).isEmpty())
        broken("toIsoUtc", integer);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    // An exact-size copy, so that a read one byte past the text is an ASan report (QByteArray's
    // terminating NUL would hide it).
    std::vector<char> exact(data, data + size);
    const QByteArrayView text(exact.data(), qsizetype(exact.size()));
    const int year = size >= 4 ? readValue<int>(data, size, size - 4) : 2024;
    fuzzText(text, year);
    fuzzText(text, 2024);
    fuzzNumbers(data, size);
    return 0;
}
