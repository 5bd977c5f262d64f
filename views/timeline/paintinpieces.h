#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace faultless::views {

// Qt's raster engine hands any fill of more than about 96 spans to its GUI thread pool in pieces
// (QT_THREAD_PARALLEL_FILLS in qdrawhelper.cpp) and waits for them. For a line one pixel wide
// that handoff costs far more than the drawing: 0.1-0.2 ms a line on the 2-core reference
// machine, where a million-event frame has 4 ms in all. A line spans one or, antialiased, up to
// three spans a row: lines and bands across the plot are drawn in pieces of 30 rows.
constexpr double kPaintPiece = 30;

// A vertical line from `top` to `bottom` in the painter's pen, drawn in pieces of kPaintPiece rows
// (dashes continue across the pieces).
void drawVerticalLine(QPainter &p, double x, double top, double bottom);
// fillRect() of `r` in bands of kPaintPiece rows.
void fillInPieces(QPainter &p, const QRect &r, const QColor &color);

} // namespace faultless::views
