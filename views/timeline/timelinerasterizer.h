#pragma once

#include "analysis/eventdensity.h"
#include "timeline/timeaxis.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRect>

#include <algorithm>
#include <optional>
#include <vector>

class QPainter;

namespace faultless::model {
class TimelineIndex;
}

namespace faultless::views {

class LaneLayout;
class TimelineColors;

// One frame of the timeline's plot in plain values: where the plot is, which range of time it
// shows, where each lane is, the grid's ticks and the rows in view. TimelineView works it out
// once a frame; every painting step reads it instead of asking the view again.
struct PlotFrame
{
    // A lane this high or lower is collapsed: a thin strip without marks' detail.
    static constexpr int kCollapsedHeight = 10;

    QRect plot; // in widget coordinates
    model::Instant from = 0; // the visible range
    model::Instant to = 1;
    std::vector<int> tops; // each lane's top in widget coordinates (scrolling applied)
    std::vector<int> heights;
    QList<TimeAxis::Tick> ticks; // of the axis and the grid
    qsizetype firstRow = 0; // the rows of the index in view: [firstRow, endRow)
    qsizetype endRow = 0;
    bool binned = false; // too many rows in view for marks: the lanes show bins

    int laneCount() const { return int(tops.size()); }
    int top(int lane) const { return tops[size_t(lane)]; }
    int height(int lane) const { return heights[size_t(lane)]; }
    bool isCollapsed(int lane) const { return height(lane) <= kCollapsedHeight; }
    // Whether any of the lane is within the plot's rows.
    bool laneInView(int lane) const
    {
        return top(lane) + height(lane) >= plot.top() && top(lane) <= plot.bottom();
    }
    double xOf(model::Instant t) const
    {
        return plot.left()
            + double(t - from) * double(plot.width()) / double(std::max<model::Instant>(1, to - from));
    }
};

// The plot's events turned into pixels: lane backgrounds and the time grid, the events themselves
// and, over what the view draws on top of them, the search matches. TimelineView decides the
// frame (range, lanes, level of detail) and the order of the steps; this class only draws.
//
// Two levels of detail. Up to a few thousand events in view, each is a small rectangle in its lane,
// batched per colour so that a frame is a few dozen draw calls. Beyond that the lanes show bins
// (model::EventDensity, counted by the view): their bars, the lane backgrounds and the grid are
// written straight into the pixels of an opaque image of the plot, which a repaint of the same bins
// (hover, selection, an overlay) draws again as it is.
class TimelineRasterizer
{
public:
    enum class ColorBy { Severity, Kind };

    // What the plot shows of the review: its index, its lanes, the bins of the visible range
    // (empty in a frame of marks) with the generation that names them, and the search matches.
    struct Events
    {
        const model::TimelineIndex &index;
        const LaneLayout &layout;
        const model::EventDensity::Bins &bins;
        quint64 binsGeneration; // changes whenever `bins` is recomputed
        const std::optional<std::vector<qint64>> &matches; // ascending rows; nullopt: no search
        const model::EventDensity::Bins &matchBins; // the matches binned like `bins`
    };
    // How the plot is coloured.
    struct Style
    {
        const TimelineColors &colors;
        QColor base; // the palette's Base colour, behind and between the lanes
        qint64 paletteKey; // QPalette::cacheKey(): a new palette redraws the binned image
        ColorBy colorBy;
        qreal dpr; // device pixel ratio of the widget
    };

    // Lane backgrounds, the grid and the events of `frame` as bins or marks.
    void paintEvents(QPainter &p, const PlotFrame &frame, const Events &events, const Style &style);
    // A bar under each bin (or a band over each event) that matched the search; nothing without one.
    static void paintMatches(
        QPainter &p, const PlotFrame &frame, const Events &events, const TimelineColors &colors);

private:
    static void paintLanesAndGrid(QPainter &p, const PlotFrame &frame, const Style &style);
    static void paintMarks(QPainter &p, const PlotFrame &frame, const Events &events, const Style &style);
    void rasterizeBins(const PlotFrame &frame, const Events &events, const Style &style);
    void fillLanesAndGrid(const PlotFrame &frame, const Style &style);
    void fillBars(const PlotFrame &frame, const Events &events, const Style &style);

    // The plot area of a binned frame (background, lanes, grid and bars), opaque, so that a frame
    // is one blit; redrawn when the bins or what it depends on change.
    QImage m_plotImage;
    struct PlotImageKey
    {
        quint64 bins = 0;
        std::vector<int> tops;
        std::vector<int> heights;
        qint64 palette = 0;
        ColorBy colorBy = ColorBy::Severity;
        QSize size;
        qreal dpr = 0;
        bool operator==(const PlotImageKey &o) const
        {
            return bins == o.bins && tops == o.tops && heights == o.heights && palette == o.palette
                && colorBy == o.colorBy && size == o.size && dpr == o.dpr;
        }
    } m_plotImageKey;
};

} // namespace faultless::views
