#pragma once

#include "domain/timestamps.h"

#include <QJsonValue>
#include <QString>

namespace faultless::model {

struct ImportContext;

// The instants of the flag, experiment, chat and alert sources, read from JSON values or text.
class RecordTime
{
public:
    // An instant from an ISO 8601 string (naive ones are read in the context's zone and flagged)
    // or from epoch seconds / milliseconds / microseconds / nanoseconds told apart by magnitude.
    static Instant instant(const QJsonValue &value, timestamps::ZoneResolver &zone, ImportContext &context);
    static Instant instantFromText(
        const QString &text, timestamps::ZoneResolver &zone, ImportContext &context);
    static Instant instantFromNumber(double number);
    // "0001-01-01T00:00:00Z" and other pre-1900 placeholders mean "not set" in Go and Java APIs.
    static bool isPlaceholder(Instant instant);
};

} // namespace faultless::model
