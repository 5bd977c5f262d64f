#include "timelinerasterizer.h"

#include "analysis/timelineindex.h"
#include "timeline/lanelayout.h"
#include "timeline/paintinpieces.h"
#include "timeline/timelinecolors.h"

#include <QPainter>

#include <array>
#include <cmath>

namespace faultless::views {

using model::EventKind;
using model::Instant;
using model::Severity;
using model::TimelineIndex;

namespace {

// Events are batched by colour: one slot per severity, then one per kind.
int colorSlot(Severity severity)
{
    return int(severity);
}
int colorSlot(EventKind kind)
{
    return model::SeverityCount + int(kind);
}
constexpr int kColorSlots = model::SeverityCount + model::EventKindCount;

QColor slotColor(const TimelineColors &colors, int slot)
{
    return slot < model::SeverityCount ? colors.severity(Severity(slot))
                                       : colors.kind(EventKind(slot - model::SeverityCount));
}

int lowestBit(quint8 bits)
{
    for (int i = 0; i < 8; ++i) {
        if (bits & (1u << i))
            return i;
    }
    return 0;
}

// The colour slot of an event (kinds 0) or a bin (kinds: a bit per kind in it): its severity when
// colouring by severity and it has one, else its kind.
int slotFor(TimelineRasterizer::ColorBy colorBy, quint8 severity, quint8 kinds, EventKind kind)
{
    if (colorBy == TimelineRasterizer::ColorBy::Severity && severity != quint8(Severity::Unknown))
        return colorSlot(Severity(severity));
    return colorSlot(kinds ? EventKind(lowestBit(kinds)) : kind);
}

// `top` composed over the opaque `below`, as an opaque pixel.
QRgb over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return qRgb(int(top.red() * a + below.red() * (1 - a) + 0.5),
        int(top.green() * a + below.green() * (1 - a) + 0.5),
        int(top.blue() * a + below.blue() * (1 - a) + 0.5));
}

// log1p() of a count: a bin's height grows with the logarithm of its count, and at a million
// events the frame has ten thousand bins, so that of every small count is worked out once per
// process.
double log1pCount(quint32 c)
{
    static const std::array<double, 1024> logOfCount = [] {
        std::array<double, 1024> t {};
        for (size_t c = 0; c < t.size(); ++c)
            t[c] = std::log1p(double(c));
        return t;
    }();
    return c < logOfCount.size() ? logOfCount[c] : std::log1p(double(c));
}

// The pixel columns [first, second) of each bin in the image: the same in every lane, so worked
// out once per frame.
std::vector<std::pair<int, int>> binColumns(const QRect &plot, int binCount, int imageWidth, qreal dpr)
{
    const double binW = double(plot.width()) / double(binCount);
    const double barW = std::max(1.0, binW - 0.5);
    std::vector<std::pair<int, int>> columns(static_cast<size_t>(binCount));
    for (int b = 0; b < binCount; ++b) {
        const double x = plot.left() + b * binW;
        columns[size_t(b)] = { std::max(0, int((x - plot.left()) * dpr)),
            std::min(imageWidth, int(std::ceil((x + barW - plot.left()) * dpr))) };
    }
    return columns;
}

// The pixels of the binned image, written directly. QImage::bits() runs detach() on every call:
// taken once per image, not once per bar.
struct Pixels
{
    uchar *bits;
    qsizetype stride;
    int height;
};

// One bar of `color` over the pixel columns `xs` from y to y + h (widget coordinates).
void fillColumn(
    const Pixels &image, const QRect &plot, qreal dpr, QRgb color, std::pair<int, int> xs, double y, double h)
{
    const int y0 = std::max(0, int((y - plot.top()) * dpr));
    const int y1 = std::min(image.height, int(std::ceil((y + h - plot.top()) * dpr)));
    uchar *row = image.bits + qsizetype(y0) * image.stride + qsizetype(xs.first) * qsizetype(sizeof(QRgb));
    // Bars are mostly three pixels wide: a loop over them per row cost more than the stores.
    if (xs.second - xs.first == 3) {
        for (int yy = y0; yy < y1; ++yy, row += image.stride) {
            auto *px = reinterpret_cast<QRgb *>(row);
            px[0] = color;
            px[1] = color;
            px[2] = color;
        }
        return;
    }
    for (int yy = y0; yy < y1; ++yy, row += image.stride)
        std::fill_n(reinterpret_cast<QRgb *>(row), xs.second - xs.first, color);
}

} // namespace

void TimelineRasterizer::paintEvents(
    QPainter &p, const PlotFrame &frame, const Events &events, const Style &style)
{
    if (!frame.binned) {
        paintLanesAndGrid(p, frame, style);
        paintMarks(p, frame, events, style);
        return;
    }
    // Bins are filled straight into an opaque image of the plot (one fill per bar, then one
    // drawImage(), a plain copy): at a million events ten thousand bars would cost milliseconds as
    // QPainter rects, and a translucent image as much again to blend. A repaint of the same bins
    // (hover, selection, an overlay) reuses the image.
    PlotImageKey key { events.binsGeneration, frame.tops, frame.heights, style.paletteKey, style.colorBy,
        frame.plot.size(), style.dpr };
    if (!(m_plotImageKey == key) || m_plotImage.isNull()) {
        m_plotImageKey = std::move(key);
        rasterizeBins(frame, events, style);
    }
    p.drawImage(frame.plot.topLeft(), m_plotImage);
}

// Lane backgrounds and grid of a frame of marks, painted on the widget (a binned frame has them in
// its image).
void TimelineRasterizer::paintLanesAndGrid(QPainter &p, const PlotFrame &frame, const Style &style)
{
    const QRect &plot = frame.plot;
    fillInPieces(p, plot, style.base);
    for (int i = 0; i < frame.laneCount(); ++i)
        fillInPieces(p, QRect(plot.left(), frame.top(i), plot.width(), frame.height(i)),
            style.colors.laneBackground(i));
    for (const TimeAxis::Tick &tick : frame.ticks) {
        QColor c = style.colors.grid();
        if (tick.major)
            c.setAlpha(c.alpha() * 2);
        p.setPen(QPen(c, 1));
        drawVerticalLine(p, frame.xOf(tick.instant), plot.top(), plot.bottom());
    }
}

// Each event in view as a small bar in its lane, batched per colour so that a frame is a few dozen
// draw calls.
void TimelineRasterizer::paintMarks(
    QPainter &p, const PlotFrame &frame, const Events &events, const Style &style)
{
    const TimelineIndex &index = events.index;
    std::array<QVector<QRectF>, kColorSlots> rects;
    for (qsizetype row = frame.firstRow; row < frame.endRow; ++row) {
        const int lane = events.layout.laneOfRow(index, row);
        if (lane < 0)
            continue;
        const int top = frame.top(lane);
        const int h = frame.height(lane);
        const double x = frame.xOf(index.instant(row));
        const int slot = slotFor(style.colorBy, quint8(index.severity(row)), 0, index.kind(row));
        rects[size_t(slot)].append(h > PlotFrame::kCollapsedHeight ? QRectF(x - 1.5, top + 5, 3, h - 10)
                                                                   : QRectF(x - 1, top + 2, 2, h - 4));
    }
    p.setPen(Qt::NoPen);
    for (int slot = 0; slot < kColorSlots; ++slot) {
        if (rects[size_t(slot)].isEmpty())
            continue;
        p.setBrush(slotColor(style.colors, slot));
        p.drawRects(rects[size_t(slot)]);
    }
}

void TimelineRasterizer::rasterizeBins(const PlotFrame &frame, const Events &events, const Style &style)
{
    const QSize size = frame.plot.size() * style.dpr;
    if (m_plotImage.size() != size || m_plotImage.format() != QImage::Format_RGB32)
        m_plotImage = QImage(size, QImage::Format_RGB32);
    fillLanesAndGrid(frame, style);
    fillBars(frame, events, style);
    m_plotImage.setDevicePixelRatio(style.dpr);
}

// Background, lanes and grid straight into the pixels too (a QPainter on the image would blend the
// translucent lane colours span by span): colours composed once, rows filled.
void TimelineRasterizer::fillLanesAndGrid(const PlotFrame &frame, const Style &style)
{
    QImage &image = m_plotImage;
    const QRect &plot = frame.plot;
    QColor minorGrid = style.colors.grid();
    QColor majorGrid = minorGrid;
    majorGrid.setAlpha(std::min(255, majorGrid.alpha() * 2));
    std::vector<int> tickColumns;
    std::vector<bool> tickMajor;
    for (const TimeAxis::Tick &tick : frame.ticks) {
        const int x = int(std::lround((frame.xOf(tick.instant) - plot.left()) * style.dpr));
        if (x >= 0 && x < image.width()) {
            tickColumns.push_back(x);
            tickMajor.push_back(tick.major);
        }
    }
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    auto fillRows = [&](int y0, int y1, const QColor &background) {
        y0 = std::max(0, y0);
        y1 = std::min(image.height(), y1);
        if (y1 <= y0)
            return;
        const QRgb fill = over(background, style.base);
        const QRgb minor = over(minorGrid, QColor::fromRgb(fill));
        const QRgb major = over(majorGrid, QColor::fromRgb(fill));
        for (int yy = y0; yy < y1; ++yy) {
            auto *line = reinterpret_cast<QRgb *>(bits + yy * stride);
            std::fill(line, line + image.width(), fill);
            for (size_t t = 0; t < tickColumns.size(); ++t)
                line[tickColumns[t]] = tickMajor[t] ? major : minor;
        }
    };
    int covered = 0;
    for (int i = 0; i < frame.laneCount(); ++i) {
        const int y0 = int((frame.top(i) - plot.top()) * style.dpr);
        const int y1 = int((frame.top(i) + frame.height(i) - plot.top()) * style.dpr);
        fillRows(covered, y0, style.base); // a gap above this lane (none while lanes tile the plot)
        fillRows(y0, y1, style.colors.laneBackground(i));
        covered = std::max(covered, y1);
    }
    fillRows(covered, image.height(), style.base);
}

void TimelineRasterizer::fillBars(const PlotFrame &frame, const Events &events, const Style &style)
{
    const model::EventDensity::Bins &bins = events.bins;
    std::array<QRgb, kColorSlots> colorOfSlot {};
    for (int slot = 0; slot < kColorSlots; ++slot)
        colorOfSlot[size_t(slot)] = slotColor(style.colors, slot).rgb(); // opaque: the image is RGB32
    const std::vector<std::pair<int, int>> columns
        = binColumns(frame.plot, bins.binCount, m_plotImage.width(), style.dpr);
    const Pixels pixels { m_plotImage.bits(), m_plotImage.bytesPerLine(), m_plotImage.height() };
    for (int lane = 0; lane < bins.groupCount && lane < frame.laneCount(); ++lane) {
        const int top = frame.top(lane);
        const int h = frame.height(lane);
        if (!frame.laneInView(lane))
            continue;
        const double maxLog = log1pCount(std::max<quint32>(1, bins.maxCount(lane)));
        const size_t base = size_t(lane) * size_t(bins.binCount);
        for (int b = 0; b < bins.binCount; ++b) {
            const quint32 c = bins.counts[base + size_t(b)];
            if (c == 0 || columns[size_t(b)].second <= columns[size_t(b)].first)
                continue;
            const double frac = 0.2 + 0.8 * log1pCount(c) / maxLog;
            const double bh = std::max(2.0, (h - 4) * frac);
            // The worst severity colours the bin only when it is a fair share of it (a bin of
            // 500 requests with one error is not "red"); errors still show as a cap on top.
            const quint8 worst = bins.maxSeverity[base + size_t(b)];
            const quint32 urgent = bins.urgent[base + size_t(b)];
            const bool mostlyUrgent = urgent * 5 >= c;
            const quint8 shown
                = mostlyUrgent || worst < quint8(Severity::Info) ? worst : quint8(Severity::Info);
            const int slot = slotFor(style.colorBy, shown, bins.kinds[base + size_t(b)], EventKind::Log);
            fillColumn(pixels, frame.plot, style.dpr, colorOfSlot[size_t(slot)], columns[size_t(b)],
                top + h - 2 - bh, bh);
            if (!mostlyUrgent && worst >= quint8(Severity::Error))
                fillColumn(pixels, frame.plot, style.dpr,
                    colorOfSlot[size_t(slotFor(style.colorBy, worst, 0, EventKind::Log))], columns[size_t(b)],
                    top + h - 2 - bh, 2);
        }
    }
}

void TimelineRasterizer::paintMatches(
    QPainter &p, const PlotFrame &frame, const Events &events, const TimelineColors &colors)
{
    if (!events.matches)
        return;
    const QRect &plot = frame.plot;
    QVector<QRectF> marks;
    if (frame.binned) {
        const model::EventDensity::Bins &bins = events.matchBins;
        const double binW = double(plot.width()) / double(std::max(1, bins.binCount));
        for (int lane = 0; lane < bins.groupCount && lane < frame.laneCount(); ++lane) {
            for (int b = 0; b < bins.binCount; ++b) {
                if (bins.count(lane, b))
                    marks.append(QRectF(plot.left() + b * binW - 1, frame.top(lane) + frame.height(lane) - 3,
                        std::max(3.0, binW + 1), 3));
            }
        }
    } else {
        const std::vector<qint64> &rows = *events.matches;
        const auto begin = std::lower_bound(rows.begin(), rows.end(), frame.firstRow);
        for (auto it = begin; it != rows.end() && *it < frame.endRow; ++it) {
            const int lane = events.layout.laneOfRow(events.index, *it);
            if (lane < 0)
                continue;
            const double x = frame.xOf(events.index.instant(*it));
            marks.append(QRectF(x - 3, frame.top(lane), 7, frame.height(lane)));
        }
    }
    QColor c = colors.match();
    c.setAlpha(frame.binned ? 255 : 110);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRects(marks);
}

} // namespace faultless::views
