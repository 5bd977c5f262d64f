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
    constexpr qreal rowHeight = 13;
    const qreal top = LabelRows * rowHeight + 14;
    const QRectF plot(44, top, w - 44 - 12, h - top - 44);

    if (!drawable(rate)) {
        p.setPen(kAxis);
        p.drawText(plot, Qt::AlignCenter, labels.noEvents);
        return image;
    }
    const int maxCount = niceMax(*std::max_element(rate.counts.cbegin(), rate.counts.cend()));
    const Instant t0 = rate.start;
    const Instant t1 = rate.end();
    auto xOf = [&](Instant t) {
        return plot.left() + plot.width() * double(t - t0) / double(std::max<qint64>(t1 - t0, 1));
    };
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / maxCount; };

    // Grid and y axis.
    // Grid lines on whole numbers: 10 is split in fives, 20 in fours, 25 in fives...
    int lines = 4;
    for (int n : { 4, 5, 2 }) {
        if (maxCount % n == 0) {
            lines = n;
            break;
        }
    }
    p.setPen(QPen(kGrid, 1));
    for (int i = 0; i <= lines; ++i) {
        const double v = double(maxCount) * i / lines;
        const qreal y = yOf(v);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.save();
        p.setPen(kAxis);
        p.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(int(v)));
        p.restore();
    }

    // Experiments under the bars: a span is the context the events happened in. Their titles
    // share one row inside the plot; one that would overlap another is left out.
    QList<QRectF> experimentBoxes;
    QList<QString> experimentTitles;
    for (const BriefingExperiment &x : data.experiments) {
        if (!isSupportedInstant(x.start)) // an old document's damaged time: no place on this axis
            continue;
        const Instant end = isSupportedInstant(x.end) ? x.end : x.start + rate.binWidth;
        if (end < t0 || x.start > t1)
            continue;
        const qreal left = xOf(std::max(x.start, t0));
        const qreal right = std::max(left + 2, xOf(std::min(end, t1)));
        QColor fill = kExperiment;
        fill.setAlpha(40);
        p.fillRect(QRectF(left, plot.top(), right - left, plot.height()), fill);
        const QString text = fm.elidedText(x.title.isEmpty() ? labels.experiment : x.title, Qt::ElideRight,
            std::max<qreal>(right - left - 4, 60));
        const qreal tx = std::min(left + 3, w - fm.horizontalAdvance(text) - 2);
        experimentBoxes.append(QRectF(tx, plot.top() + 2, fm.horizontalAdvance(text), rowHeight + 1));
        experimentTitles.append(text);
    }
    const QList<int> experimentRows = placeInRows(experimentBoxes, 1);

    const qreal binW = plot.width() / rate.counts.size();
    for (int i = 0; i < rate.counts.size(); ++i) {
        const qreal x = plot.left() + i * binW;
        const qreal gap = binW > 4 ? 1 : 0;
        if (rate.counts.at(i) > 0)
            p.fillRect(QRectF(x + gap / 2, yOf(rate.counts.at(i)), binW - gap,
                           plot.bottom() - yOf(rate.counts.at(i))),
                kBars);
        if (rate.errors.at(i) > 0)
            p.fillRect(QRectF(x + gap / 2, yOf(rate.errors.at(i)), binW - gap,
                           plot.bottom() - yOf(rate.errors.at(i))),
                kErrors);
    }

    // Flag changes on top. Each label goes into the first of the rows above the plot where it
    // overlaps no other; where none has room the label is left out (its line stays), so that
    // a burst of changes never prints labels over each other.
    QList<QRectF> flagBoxes;
    QList<QString> flagTexts;
    for (const FlagReversal &f : data.flagChanges) {
        if (f.changedAt < t0 || f.changedAt > t1)
            continue;
        const qreal x = xOf(f.changedAt);
        p.setPen(QPen(kFlag, 1.6, Qt::DashLine));
        p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        QPainterPath marker;
        marker.addPolygon(QPolygonF({ QPointF(x - 4, plot.top() - 10), QPointF(x + 4, plot.top() - 10),
            QPointF(x, plot.top() - 3) }));
        p.fillPath(marker, kFlag);
        const QString text = f.after.isEmpty() ? f.flagKey : f.flagKey + QStringLiteral(" → ") + f.after;
        const qreal tw = fm.horizontalAdvance(text);
        flagBoxes.append(QRectF(std::max(0.0, std::min(x + 4, w - tw - 2)), 0, tw, rowHeight));
        flagTexts.append(text);
    }
    const QList<int> flagRows = placeInRows(flagBoxes, LabelRows);
    p.setPen(kFlag.darker(130));
    for (qsizetype i = 0; i < flagBoxes.size(); ++i) {
        if (flagRows.at(i) < 0)
            continue;
        const QRectF box = flagBoxes.at(i).translated(0, 1 + flagRows.at(i) * rowHeight);
        p.drawText(QPointF(box.left(), box.top() + fm.ascent()), flagTexts.at(i));
        if (drawnLabels)
            drawnLabels->append(box);
    }

    // Experiment titles last, on a light backing, so that the flags' lines do not cross them.
    for (qsizetype i = 0; i < experimentBoxes.size(); ++i) {
        if (experimentRows.at(i) < 0)
            continue;
        const QRectF box = experimentBoxes.at(i);
        p.fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 210));
        p.setPen(kExperiment);
        p.drawText(QPointF(box.left(), plot.top() + 12), experimentTitles.at(i));
        if (drawnLabels)
            drawnLabels->append(box);
    }

    // Time axis.
    p.setPen(QPen(kAxis, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const qint64 span = t1 - t0;
    const bool seconds = span < 10 * 60 * qint64(1000000);
    const int ticks = 6;
    for (int i = 0; i <= ticks; ++i) {
        const Instant t = t0 + span * i / ticks;
        const qreal x = xOf(t);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString text = clock(t, data.zone, seconds);
        const qreal tw = fm.horizontalAdvance(text);
        p.drawText(QPointF(std::clamp(x - tw / 2, 0.0, w - tw), plot.bottom() + 16), text);
    }

    // Legend.
    qreal lx = plot.left();
    const qreal ly = h - 12;
    auto legend = [&](const QColor &color, const QString &text, bool line) {
        if (line) {
            p.setPen(QPen(color, 1.6, Qt::DashLine));
            p.drawLine(QPointF(lx, ly - 4), QPointF(lx + 14, ly - 4));
        } else {
            p.fillRect(QRectF(lx, ly - 9, 14, 10), color);
        }
        p.setPen(kAxis);
        p.drawText(QPointF(lx + 19, ly), text);
        lx += 19 + fm.horizontalAdvance(text) + 18;
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
