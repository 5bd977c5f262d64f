#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace faultless::views {

// Tick positions and labels for a time range in the review's zone, from decades down to
// milliseconds. Labels are formatted from civil fields directly: a frame draws a dozen of them
// and QDateTime::toString with a format costs ~20 µs each.
class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)
public:
    struct Tick
    {
        model::Instant instant = 0;
        QString label;
        bool major = false; // a boundary of the next larger unit (midnight, new month, ...)
    };

    // Ticks within [from, to] spaced at least `minSpacingPx` apart over `widthPx` pixels.
    static QList<Tick> ticks(model::Instant from, model::Instant to, double widthPx, const QTimeZone &zone,
        double minSpacingPx = 90);
    // The tick step chosen for that range, in µs (months and years approximate).
    static qint64 step(model::Instant from, model::Instant to, double widthPx, double minSpacingPx = 90);
    // "Sat 14 Mar 2026": the date context shown at the left of the axis.
    static QString dateLabel(model::Instant instant, const QTimeZone &zone);
    // "1 h 20 min", "350 ms": a duration for the range label.
    static QString durationLabel(qint64 microseconds);
};

} // namespace faultless::views
