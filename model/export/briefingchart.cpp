#include "briefingchart.h"

#include "export/briefingdata.h"

#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace faultless::model {

namespace {
const QColor kBars(0x9a, 0xb3, 0xc9);
const QColor kErrors(0xc8, 0x55, 0x3d);
const QColor kFlag(0xd0, 0x8a, 0x00);
const QColor kExperiment(0x7b, 0x5e, 0xa7);
const QColor kAxis(0x55, 0x5f, 0x6b);
const QColor kGrid(0xe3, 0xe7, 0xeb);

int niceMax(int value)
{
    if (value <= 5)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= value)
            return int(step * magnitude);
    }
    return value;
}

// Bins that lie inside the supported range, so that no difference or sum of instants below can
// overflow (BriefingData::gather() keeps them there; anything else is drawn as no events).
bool drawable(const BriefingRate &rate)
{
    return !rate.isEmpty() && isSupportedInstant(rate.start) && rate.binWidth > 0
        && rate.counts.size() == rate.errors.size()
        && rate.counts.size() <= (MaxSupportedInstant - rate.start) / rate.binWidth;
}

QString clock(Instant instant, const QTimeZone &zone, bool withSeconds)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(instant / 1000, zone);
    return t.toString(withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

// Height of one row of labels above the plot (flags) and inside it (experiments).
constexpr qreal kRowHeight = 13;

// What every drawing step below shares: the painter, the plot's rectangle and its two scales.
struct Canvas
{
    QPainter &p;
    const QFontMetricsF &fm;
    qreal width; // of the whole image, logical pixels
    qreal height;
    QRectF plot;
    Instant t0;
    Instant t1;
    int maxCount; // the y axis' top

    qreal xOf(Instant t) const
    {
        return plot.left() + plot.width() * double(t - t0) / double(std::max<qint64>(t1 - t0, 1));
    }
    qreal yOf(double v) const { return plot.bottom() - plot.height() * v / maxCount; }
};

// Labels measured while their lines or spans are drawn, written later where they find room.
struct PendingLabels
{
    QList<QRectF> boxes;
    QList<QString> texts;
};

// Grid lines on whole numbers, and the y axis' numbers: 10 is split in fives, 20 in fours, 25 in
// fives...
void drawGrid(const Canvas &c)
{
    QPainter &p = c.p;
    int lines = 4;
    for (int n : { 4, 5, 2 }) {
        if (c.maxCount % n == 0) {
            lines = n;
            break;
        }
    }
    p.setPen(QPen(kGrid, 1));
    for (int i = 0; i <= lines; ++i) {
        const double v = double(c.maxCount) * i / lines;
        const qreal y = c.yOf(v);
        p.drawLine(QPointF(c.plot.left(), y), QPointF(c.plot.right(), y));
        p.save();
        p.setPen(kAxis);
        p.drawText(QRectF(0, y - 8, c.plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(int(v)));
        p.restore();
    }
}

// Experiments under the bars: a span is the context the events happened in. Their titles share
// one row inside the plot, written last (drawExperimentTitles).
PendingLabels shadeExperiments(const Canvas &c, const BriefingData &data, const QString &untitled)
{
    PendingLabels titles;
    for (const BriefingExperiment &x : data.experiments) {
        if (!isSupportedInstant(x.start)) // an old document's damaged time: no place on this axis
            continue;
        const Instant end = isSupportedInstant(x.end) ? x.end : x.start + data.rate.binWidth;
        if (end < c.t0 || x.start > c.t1)
            continue;
        const qreal left = c.xOf(std::max(x.start, c.t0));
        const qreal right = std::max(left + 2, c.xOf(std::min(end, c.t1)));
        QColor fill = kExperiment;
        fill.setAlpha(40);
        c.p.fillRect(QRectF(left, c.plot.top(), right - left, c.plot.height()), fill);
        const QString text = c.fm.elidedText(
            x.title.isEmpty() ? untitled : x.title, Qt::ElideRight, std::max<qreal>(right - left - 4, 60));
        const qreal tx = std::min(left + 3, c.width - c.fm.horizontalAdvance(text) - 2);
        titles.boxes.append(QRectF(tx, c.plot.top() + 2, c.fm.horizontalAdvance(text), kRowHeight + 1));
        titles.texts.append(text);
    }
    return titles;
}

void drawBars(const Canvas &c, const BriefingRate &rate)
{
    const qreal binW = c.plot.width() / rate.counts.size();
    for (int i = 0; i < rate.counts.size(); ++i) {
        const qreal x = c.plot.left() + i * binW;
        const qreal gap = binW > 4 ? 1 : 0;
        if (rate.counts.at(i) > 0)
            c.p.fillRect(QRectF(x + gap / 2, c.yOf(rate.counts.at(i)), binW - gap,
                             c.plot.bottom() - c.yOf(rate.counts.at(i))),
                kBars);
        if (rate.errors.at(i) > 0)
            c.p.fillRect(QRectF(x + gap / 2, c.yOf(rate.errors.at(i)), binW - gap,
                             c.plot.bottom() - c.yOf(rate.errors.at(i))),
                kErrors);
    }
}

// Flag changes on top. Each label goes into the first of the rows above the plot where it
// overlaps no other; where none has room the label is left out (its line stays), so that a burst
// of changes never prints labels over each other.
void drawFlagChanges(const Canvas &c, const QList<FlagReversal> &changes, QList<QRectF> *drawnLabels)
{
    QPainter &p = c.p;
    PendingLabels labels;
    for (const FlagReversal &f : changes) {
        if (f.changedAt < c.t0 || f.changedAt > c.t1)
            continue;
        const qreal x = c.xOf(f.changedAt);
        p.setPen(QPen(kFlag, 1.6, Qt::DashLine));
        p.drawLine(QPointF(x, c.plot.top() - 4), QPointF(x, c.plot.bottom()));
        QPainterPath marker;
        marker.addPolygon(QPolygonF({ QPointF(x - 4, c.plot.top() - 10), QPointF(x + 4, c.plot.top() - 10),
            QPointF(x, c.plot.top() - 3) }));
        p.fillPath(marker, kFlag);
        const QString text = f.after.isEmpty() ? f.flagKey : f.flagKey + QStringLiteral(" → ") + f.after;
        const qreal tw = c.fm.horizontalAdvance(text);
        labels.boxes.append(QRectF(std::max(0.0, std::min(x + 4, c.width - tw - 2)), 0, tw, kRowHeight));
        labels.texts.append(text);
    }
    const QList<int> rows = BriefingChart::placeInRows(labels.boxes, BriefingChart::LabelRows);
    p.setPen(kFlag.darker(130));
    for (qsizetype i = 0; i < labels.boxes.size(); ++i) {
        if (rows.at(i) < 0)
            continue;
        const QRectF box = labels.boxes.at(i).translated(0, 1 + rows.at(i) * kRowHeight);
        p.drawText(QPointF(box.left(), box.top() + c.fm.ascent()), labels.texts.at(i));
        if (drawnLabels)
            drawnLabels->append(box);
    }
}

// Experiment titles last, on a light backing, so that the flags' lines do not cross them; one
// that would overlap another is left out.
void drawExperimentTitles(const Canvas &c, const PendingLabels &titles, QList<QRectF> *drawnLabels)
{
    const QList<int> rows = BriefingChart::placeInRows(titles.boxes, 1);
    for (qsizetype i = 0; i < titles.boxes.size(); ++i) {
        if (rows.at(i) < 0)
            continue;
        const QRectF box = titles.boxes.at(i);
        c.p.fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 210));
        c.p.setPen(kExperiment);
        c.p.drawText(QPointF(box.left(), c.plot.top() + 12), titles.texts.at(i));
        if (drawnLabels)
            drawnLabels->append(box);
    }
}

void drawTimeAxis(const Canvas &c, const QTimeZone &zone)
{
    QPainter &p = c.p;
    p.setPen(QPen(kAxis, 1));
    p.drawLine(c.plot.bottomLeft(), c.plot.bottomRight());
    const qint64 span = c.t1 - c.t0;
    const bool seconds = span < 10 * 60 * qint64(1000000);
    const int ticks = 6;
    for (int i = 0; i <= ticks; ++i) {
        const Instant t = c.t0 + span * i / ticks;
        const qreal x = c.xOf(t);
        p.drawLine(QPointF(x, c.plot.bottom()), QPointF(x, c.plot.bottom() + 4));
        const QString text = clock(t, zone, seconds);
        const qreal tw = c.fm.horizontalAdvance(text);
        p.drawText(QPointF(std::clamp(x - tw / 2, 0.0, c.width - tw), c.plot.bottom() + 16), text);
    }
}

void drawLegend(const Canvas &c, const BriefingData &data, const BriefingChart::Labels &labels)
{
    QPainter &p = c.p;
    qreal lx = c.plot.left();
    const qreal ly = c.height - 12;
    auto legend = [&](const QColor &color, const QString &text, bool line) {
        if (line) {
            p.setPen(QPen(color, 1.6, Qt::DashLine));
            p.drawLine(QPointF(lx, ly - 4), QPointF(lx + 14, ly - 4));
        } else {
            p.fillRect(QRectF(lx, ly - 9, 14, 10), color);
        }
        p.setPen(kAxis);
        p.drawText(QPointF(lx + 19, ly), text);
        lx += 19 + c.fm.horizontalAdvance(text) + 18;
    };
    legend(kBars, labels.events, false);
    legend(kErrors, labels.errors, false);
    if (!data.flagChanges.isEmpty())
        legend(kFlag, labels.flagChange, true);
    if (!data.experiments.isEmpty()) {
        QColor fill = kExperiment;
        fill.setAlpha(70);
        legend(fill, labels.experiment, false);
    }
}
} // namespace

QList<int> BriefingChart::placeInRows(const QList<QRectF> &boxes, int rows, qreal gap)
{
    QList<QList<QRectF>> taken(rows);
    QList<int> placed;
    for (const QRectF &box : boxes) {
        const QRectF padded = box.adjusted(-gap / 2, 0, gap / 2, 0);
        int row = -1;
        for (int r = 0; r < rows && row < 0; ++r) {
            const bool free
                = std::none_of(taken.at(r).cbegin(), taken.at(r).cend(), [&](const QRectF &other) {
                      return other.left() < padded.right() && padded.left() < other.right();
                  });
            if (free)
                row = r;
        }
        if (row >= 0)
            taken[row].append(padded);
        placed.append(row);
    }
    return placed;
}

QImage BriefingChart::render(const BriefingData &data, const Labels &labels, QSize logicalSize, qreal scale,
    QList<QRectF> *drawnLabels)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QImage image(logicalSize * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font, &image);

    const BriefingRate &rate = data.rate;
    const qreal w = logicalSize.width();
    const qreal h = logicalSize.height();
    // Room above the plot for LabelRows rows of flag labels and the flags' markers.
    const qreal top = LabelRows * kRowHeight + 14;
    const QRectF plot(44, top, w - 44 - 12, h - top - 44);

    if (!drawable(rate)) {
        p.setPen(kAxis);
        p.drawText(plot, Qt::AlignCenter, labels.noEvents);
        return image;
    }
    const Canvas canvas { p, fm, w, h, plot, rate.start, rate.end(),
        niceMax(*std::max_element(rate.counts.cbegin(), rate.counts.cend())) };
    drawGrid(canvas);
    const PendingLabels experimentTitles = shadeExperiments(canvas, data, labels.experiment);
    drawBars(canvas, rate);
    drawFlagChanges(canvas, data.flagChanges, drawnLabels);
    drawExperimentTitles(canvas, experimentTitles, drawnLabels);
    drawTimeAxis(canvas, data.zone);
    drawLegend(canvas, data, labels);
    return image;
}

QByteArray BriefingChart::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace faultless::model
