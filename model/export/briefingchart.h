#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

namespace faultless::model {

struct BriefingData;

// The briefing's one picture: events per time bin around the incident, errors on top, flag
// changes as vertical lines and experiments as shaded spans.
//
// Drawn with QPainter into a QImage rather than with Qt Charts: QChart is a QGraphicsWidget, so it
// needs QtWidgets, which the model layer (and the headless faultless-cli that exports briefings)
// must not link. A QImage also embeds the same way in HTML (PNG data: URI), PDF and Markdown.
class BriefingChart
{
public:
    // Texts drawn into the chart, translated by the caller into the briefing's language.
    struct Labels
    {
        QString events; // "Events per minute"
        QString errors; // "Errors"
        QString flagChange; // "Flag change"
        QString experiment; // "Experiment"
        QString noEvents; // "No events in this window"
    };

    // `logicalSize` in device-independent pixels; the image has `scale` times as many pixels so
    // that it stays sharp in print. Returns a null image when no QGuiApplication exists (fonts
    // need one) — callers then leave the chart out with a note.
    // `drawnLabels` (when given) receives the box of every flag and experiment label drawn, in
    // logical pixels: they never overlap (labels that find no free place are left out, their
    // lines and spans still drawn).
    static QImage render(const BriefingData &data, const Labels &labels, QSize logicalSize = QSize(720, 260),
        qreal scale = 2.0, QList<QRectF> *drawnLabels = nullptr);
    static QByteArray toPng(const QImage &image);

    // Rows of labels above the plot: a label goes into the first row where it overlaps nothing.
    static constexpr int LabelRows = 3;
    // Places boxes (in the order given) into `rows` rows, each box keeping its x; returns each box's
    // row, or -1 where no row has room (the label is thinned out).
    static QList<int> placeInRows(const QList<QRectF> &boxes, int rows, qreal gap = 6);
};

} // namespace faultless::model
