#include "paintinpieces.h"

#include <QPainter>

#include <algorithm>

namespace faultless::views {

void drawVerticalLine(QPainter &p, double x, double top, double bottom)
{
    const QPen original = p.pen();
    QPen pen = original;
    pen.setCapStyle(Qt::FlatCap); // pieces must not overlap (translucent pens would darken there)
    const double unit = pen.widthF() > 0 ? pen.widthF() : 1.0; // dash offsets count pen widths
    const bool dashed = pen.style() != Qt::SolidLine;
    p.setPen(pen);
    for (double y = top; y < bottom; y += kPaintPiece) {
        if (dashed) {
            pen.setDashOffset(original.dashOffset() + (y - top) / unit);
            p.setPen(pen);
        }
        p.drawLine(QPointF(x, y), QPointF(x, std::min(bottom, y + kPaintPiece)));
    }
    p.setPen(original);
}

void fillInPieces(QPainter &p, const QRect &r, const QColor &color)
{
    for (int y = r.top(); y <= r.bottom(); y += int(kPaintPiece))
        p.fillRect(QRect(r.left(), y, r.width(), std::min(int(kPaintPiece), r.bottom() + 1 - y)), color);
}

} // namespace faultless::views
