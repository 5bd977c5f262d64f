#pragma once

#include "analysis/disputes.h"
#include "analysis/eventdensity.h"
#include "analysis/reversibility.h"
#include "timeline/flagstateline.h"
#include "timeline/lanelayout.h"
#include "timeline/timelinerasterizer.h"

#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QWidget>

#include <array>

#include <optional>
#include <vector>

class QPainter;
class QScrollBar;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;
class TimelineColors;

// The multi-lane timeline. One lane per group of events (LaneLayout), a time axis in the review's
// zone, spans for experiments, alerts and flag changes until their reversal, phase markers, and
// the highlighted, annotated and hand-added events drawn one by one.
//
// Level of detail: when more events are in view than there is room for, the lanes show bins
// counted from the in-memory sorted instants (model::EventDensity) — one image of the plot per
// frame whatever the event count; only a few thousand visible events are drawn as individual
// marks. Bins are cached per view range and recomputed only when it changes. The view keeps the
// layout, the input and the order of the painting steps; TimelineRasterizer draws the lanes, grid,
// events and search matches from the plain values of a PlotFrame.
//
// Mouse: wheel or pinch zooms around the cursor, dragging empty space pans, Shift+drag (or a drag
// with the right button) zooms to the dragged range, a right click (or the Menu key) asks for the
// event menu (eventMenuRequested), dragging an event starts a drag of its id
// ("application/x-faultless-event-ids"). Keys: ←/→ previous/next event, Ctrl+←/→ in the same lane,
// ↑/↓ nearest event in the lane above/below, +/− zoom, 0 zoom to fit, Return zoom to the event.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    using ColorBy = TimelineRasterizer::ColorBy;

    TimelineView(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    model::Instant visibleFrom() const { return m_from; }
    model::Instant visibleTo() const { return m_to; }
    void setVisibleRange(model::Instant from, model::Instant to);
    void zoomToFit();
    void zoomBy(double factor, std::optional<model::Instant> around = std::nullopt);
    void panBy(double fractionOfView);
    void centerOn(model::Instant t);

    LaneLayout &laneLayout() { return m_layout; }
    void setGrouping(LaneLayout::Grouping grouping);
    void laneLayoutChanged(); // after the caller edited laneLayout()
    ColorBy colorBy() const { return m_colorBy; }
    void setColorBy(ColorBy colorBy);

    // Search results to mark (ascending timeline rows); nullopt clears.
    void setMatches(std::optional<std::vector<qint64>> rows);
    bool hasMatches() const { return m_matches.has_value(); }

    // Navigation, also bound to keys.
    void selectNext(int direction, bool sameLane);
    void selectAdjacentLane(int direction);

    // The event nearest to a point within a few pixels, or 0 (tests, tooltips, clicks).
    qint64 eventAt(const QPoint &pos) const;
    QRect plotRect() const;
    int laneTop(int lane) const; // in widget coordinates (before vertical scrolling is applied: no)
    int laneAt(int y) const;
    // The centre of an event's mark (in its lane), or nullopt when it is not in view.
    std::optional<QPoint> positionOfEvent(qint64 eventId) const;
    // The tooltip of a lane's name: the whole name and what the lane mostly holds.
    QString laneHeaderTip(int lane) const;
    // The tooltip at a point: the event (with its disputes) or the bin under it.
    QString toolTipAt(const QPoint &pos) const;
    // A flag change's part of its event tooltip: the change in words and its reversal.
    QString flagTip(qint64 eventId) const;
    // The tooltip of the span drawn from a flag change to its reversal, or empty off a span.
    QString flagSpanTipAt(const QPoint &pos) const;
    // One line about the current event (time, kind, severity, lane, text, disputes): what the
    // accessible interface reports as the timeline's value; empty without a current event.
    QString currentEventDescription() const;
    // How the last frame was drawn, for tests and the benchmark.
    bool lastFrameUsedBins() const { return m_lastFrameBinned; }
    // Events drawn with a dispute marker in the last frame.
    const std::vector<qint64> &lastFrameDisputedEvents() const { return m_paintedDisputes; }
    model::Disputes::State disputeStateOf(qint64 eventId) const;
    qsizetype visibleEventCount() const;
    // What a new frame repaints (a zoom, a pan, a selection): the whole view but the lane scroll
    // bar, which repaints itself when it changes. For the benchmark, which renders just that.
    QRegion frameRegion() const;

    QSize sizeHint() const override { return { 800, 320 }; }
    QSize minimumSizeHint() const override { return { 300, 120 }; }

signals:
    void visibleRangeChanged(qint64 from, qint64 to);
    void laneStateChanged();
    // A right click in the plot (on a mark: that event; elsewhere: the current one, 0 for none)
    // or the Menu key: the owner of the event actions opens their menu at `globalPos`.
    void eventMenuRequested(qint64 eventId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void reload(); // the set of events changed
    void invalidateBins();
    void ensureBins();
    void publishRange();
    void updateScrollBar();
    bool laneScrollBarShown() const;
    void updateFrame(); // update() of frameRegion()
    void startDrag(qint64 eventId);
    double xOf(model::Instant t) const;
    model::Instant timeAt(double x) const;
    int laneHeight(int lane) const;
    int lanesHeight() const;
    qsizetype nearestRowInLane(int lane, model::Instant t, qsizetype scanLimit) const;
    void selectRow(qsizetype row);
    void clampRange(model::Instant &from, model::Instant &to) const;
    void reloadDisputes();
    void mapDisputesToRows();
    void announceCurrentEvent();
    // The steps of paintEvent(), in the order it takes them; the lanes, grid, events and search
    // matches are m_rasterizer's.
    PlotFrame plotFrame() const;
    QFont smallFont() const;
    void paintEmptyState(QPainter &p, const TimelineColors &colors);
    void paintSpans(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const;
    void paintFlagStates(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const;
    void paintNotableEvents(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const;
    void paintMarkLabels(QPainter &p, const PlotFrame &frame, const TimelineColors &colors);
    void paintDisputes(QPainter &p, const PlotFrame &frame);
    void paintPhases(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const;
    void paintCurrentEvent(QPainter &p, const PlotFrame &frame) const;
    void paintZoomBand(QPainter &p, const QRect &plot) const;
    void paintAxis(QPainter &p, const PlotFrame &frame, const TimelineColors &colors);
    void paintLaneHeaders(QPainter &p, const PlotFrame &frame, const TimelineColors &colors);
    void paintRangeContext(QPainter &p, const TimelineColors &colors);
    void paintFocusFrame(QPainter &p) const;
    QString markLabel(qsizetype row);
    double flagLineY(int lane, int environmentRow) const;
    enum LabelFont { NormalFont, BoldFont, SmallFont, LabelFontCount };
    const QStaticText &staticLabel(const QString &text, LabelFont font);

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    LaneLayout m_layout;
    QScrollBar *m_vscroll;
    model::Instant m_from = 0;
    model::Instant m_to = 1;
    ColorBy m_colorBy = ColorBy::Severity;
    std::optional<std::vector<qint64>> m_matches;
    QList<model::FlagReversal> m_reversals;
    QList<FlagStateSegment> m_flagStates; // the flag-state line, from m_reversals
    QHash<qint64, QString> m_markLabels; // event id -> label of its mark, read on first use
    // Disputed and uncertain events: few, kept by id and by row (ascending) and drawn one by one
    // at every zoom, like the notable rows; never looked up per event of a bin.
    QHash<qint64, model::Disputes::State> m_disputeStates;
    std::vector<std::pair<quint32, model::Disputes::State>> m_disputedRows;
    std::vector<qint64> m_paintedDisputes;

    // Bins of the current range, recomputed when the range, width, lanes or events change.
    model::EventDensity::Bins m_bins;
    model::EventDensity::Bins m_matchBins;
    bool m_binsValid = false;
    bool m_lastFrameBinned = false;
    quint64 m_binsGeneration = 0; // counts recomputations of m_bins
    TimelineRasterizer m_rasterizer; // keeps the image of the last binned plot

    // Text is the costliest part of a frame (shaping, eliding, laying out): the lane header column
    // is drawn into a pixmap, redrawn only when its key (lanes, their tops and heights, palette,
    // font, size, device pixel ratio) changes, and axis labels are laid out once each as
    // QStaticText (the cache is dropped on a font change and when it grows large).
    QPixmap m_laneHeaders;
    size_t m_laneHeadersKey = 0;
    std::array<QHash<QString, QStaticText>, LabelFontCount> m_labels;

    enum class Drag { None, Pan, Band, Event, LaneHeader } m_drag = Drag::None;
    QPoint m_pressPos;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    model::Instant m_pressFrom = 0;
    model::Instant m_pressTo = 0;
    qint64 m_pressEvent = 0;
    int m_pressLane = -1;
    int m_bandX = 0;
};

} // namespace faultless::views
