#include "recordtime.h"

#include "import/parsers/importcontext.h"

#include <cmath>

namespace faultless::model {

Instant RecordTime::instantFromNumber(double n)
{
    // Seconds, ms, µs or ns by magnitude; range-checked before any conversion to an integer
    // (a double past 2^63 converted to qint64 is undefined).
    if (!std::isfinite(n) || n <= 0)
        return NoInstant;
    return timestamps::fromEpochDouble(n, timestamps::EpochUnit::Guess);
}

Instant RecordTime::instantFromText(
    const QString &text, timestamps::ZoneResolver &zone, ImportContext &context)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return NoInstant;
    bool naive = false;
    Instant instant = timestamps::parseIso8601(utf8, &naive);
    if (instant != NoInstant) {
        if (naive) {
            instant = zone.toUtc(instant);
            context.usedZoneForNaiveTimestamps = true;
        }
        return instant;
    }
    // Digits are read exactly and range-checked (a number past 64 bits is refused, not wrapped
    // or rounded); other number forms ("1.7e9") go through a double, checked in the same way.
    // Zero and negative numbers are placeholders in these formats, not times.
    instant = timestamps::parseEpochText(utf8);
    if (instant != NoInstant)
        return instant > 0 ? instant : NoInstant;
    bool ok = false;
    const double n = text.toDouble(&ok);
    return ok ? instantFromNumber(n) : NoInstant;
}

Instant RecordTime::instant(const QJsonValue &value, timestamps::ZoneResolver &zone, ImportContext &context)
{
    if (value.isString())
        return instantFromText(value.toString(), zone, context);
    if (value.isDouble())
        return instantFromNumber(value.toDouble());
    return NoInstant;
}

bool RecordTime::isPlaceholder(Instant instant)
{
    static const Instant year1900 = timestamps::fromCivilUtc(1900, 1, 1, 0, 0, 0, 0);
    return instant == NoInstant || instant < year1900;
}

} // namespace faultless::model
