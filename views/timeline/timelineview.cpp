#include "timelineview.h"

#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "domain/flagwording.h"
#include "domain/timestamps.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "practice/disputemarkerdelegate.h"
#include "store/eventquery.h"
#include "timeline/flagstateline.h"
#include "timeline/paintinpieces.h"
#include "timeline/phasenames.h"
#include "timeline/timeaxis.h"
#include "timeline/timelinecolors.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QGestureEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace faultless::views {

using model::EventDensity;
using model::EventKind;
using model::Instant;
using model::ReviewDocument;
using model::Severity;
using model::TimelineIndex;

namespace {
constexpr int kAxisHeight = 36;
constexpr int kHeaderWidth = 170;
constexpr int kLaneHeight = 28;
constexpr int kCollapsedHeight = PlotFrame::kCollapsedHeight;
constexpr qsizetype kDetailLimit = 4000; // more visible events than this: draw bins
constexpr int kBinWidth = 3; // pixels per bin: fewer rects per frame, still fine-grained
constexpr Instant kMinSpan = 2000; // 2 ms across the view
constexpr int kHitPixels = 5;
const char kLaneStateKey[] = "ui.timeline.lanes";

// What assistive technology reads for the timeline: its name and, as the value, the current
// event in words, which the view announces whenever the current event changes (the picture of
// marks and bins says nothing to a screen reader).
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::Client)
    { }

    QString text(QAccessible::Text t) const override
    {
        const auto *view = static_cast<const TimelineView *>(widget());
        switch (t) {
        case QAccessible::Name: {
            const QString name = QAccessibleWidget::text(t);
            const QString current = view->currentEventDescription();
            return current.isEmpty() ? name : name + QStringLiteral(": ") + current;
        }
        case QAccessible::Value:
            return view->currentEventDescription();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

// "Disputed by Dana: the clocks were skewed", as the event table's dispute tooltip says it.
QString disputeLine(const model::Disputes::Dispute &d)
{
    return TimelineView::tr("%1 by %2: %3")
        .arg(model::Disputes::stateLabel(d.state),
            d.raisedBy.isEmpty() ? TimelineView::tr("someone") : d.raisedBy,
            d.reason.isEmpty() ? TimelineView::tr("no reason given") : d.reason);
}

QAccessibleInterface *timelineAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(TimelineView::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}
} // namespace

TimelineView::TimelineView(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_vscroll(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("Events over time in lanes. Arrow keys move between events, plus and minus zoom, "
           "0 zooms to fit."));
    setFocusPolicy(Qt::StrongFocus);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(timelineAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    m_vscroll->hide();
    connect(m_vscroll, &QScrollBar::valueChanged, this, &TimelineView::updateFrame);

    connect(&m_document, &ReviewDocument::opened, this, [this] {
        m_layout = LaneLayout();
        m_layout.restoreState(m_document.store().meta(QLatin1String(kLaneStateKey)));
        m_matches.reset();
        reloadDisputes();
        reload();
        zoomToFit();
    });
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        m_document.store().setMeta(QLatin1String(kLaneStateKey), m_layout.saveState());
        m_matches.reset();
        m_reversals.clear();
        m_flagStates.clear();
        m_markLabels.clear();
        m_disputeStates.clear();
        m_disputedRows.clear();
    });
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area, qint64 id) {
        switch (area) {
        case ReviewDocument::Area::Events:
        case ReviewDocument::Area::Sources:
            reloadDisputes();
            reload();
            break;
        case ReviewDocument::Area::Disputes:
            reloadDisputes();
            updateFrame();
            break;
        case ReviewDocument::Area::Event:
        case ReviewDocument::Area::Annotations:
        case ReviewDocument::Area::Tags:
            if (id > 0)
                m_document.timeline().refreshEvent(m_document.store(), id);
            updateFrame();
            break;
        default:
            break;
        }
    });
    connect(&m_selection, &EventSelection::currentEventChanged, this, [this](qint64 id) {
        const qsizetype row = m_document.timeline().rowOfEvent(id);
        if (row >= 0) {
            const Instant t = m_document.timeline().instant(row);
            if (t < m_from || t > m_to)
                centerOn(t);
        }
        updateFrame();
        announceCurrentEvent();
    });
    if (m_document.isOpen()) {
        reloadDisputes();
        reload();
        zoomToFit();
    }
}

TimelineView::~TimelineView() = default;

void TimelineView::reload()
{
    m_layout.rebuild(m_document.timeline());
    QString error;
    m_reversals = model::Reversibility::compute(m_document.store(), &error);
    m_flagStates = FlagStateLine::build(m_reversals);
    m_markLabels.clear();
    if (m_matches) {
        // Rows moved: the search bar re-runs the search and sets fresh matches.
        m_matches.reset();
    }
    mapDisputesToRows();
    invalidateBins();
    updateScrollBar();
    const TimelineIndex &index = m_document.timeline();
    if (!index.isEmpty() && (m_to < index.first() || m_from > index.last()))
        zoomToFit();
    updateFrame();
}

void TimelineView::reloadDisputes()
{
    m_disputeStates = m_document.isOpen()
        ? model::Disputes::states(m_document.store(), model::Disputes::ItemType::Event)
        : QHash<qint64, model::Disputes::State>();
    mapDisputesToRows();
}

void TimelineView::mapDisputesToRows()
{
    m_disputedRows.clear();
    const TimelineIndex &index = m_document.timeline();
    for (auto it = m_disputeStates.cbegin(); it != m_disputeStates.cend(); ++it) {
        const qsizetype row = index.rowOfEvent(it.key());
        if (row >= 0 && it.value() != model::Disputes::State::None)
            m_disputedRows.emplace_back(quint32(row), it.value());
    }
    std::sort(m_disputedRows.begin(), m_disputedRows.end());
}

model::Disputes::State TimelineView::disputeStateOf(qint64 eventId) const
{
    return m_disputeStates.value(eventId, model::Disputes::State::None);
}

void TimelineView::invalidateBins()
{
    m_binsValid = false;
}

bool TimelineView::laneScrollBarShown() const
{
    // isVisibleTo(), not isVisible(): the plot's width must not depend on whether the window is
    // on screen yet (render() of a hidden view, as in tests and benchmarks, paints the bar too).
    return m_vscroll->isVisibleTo(this);
}

QRect TimelineView::plotRect() const
{
    const int right = width() - (laneScrollBarShown() ? m_vscroll->width() : 0);
    return QRect(
        QPoint(kHeaderWidth, kAxisHeight), QPoint(std::max(kHeaderWidth + 10, right - 1), height() - 1));
}

int TimelineView::laneHeight(int lane) const
{
    if (m_layout.lane(lane).collapsed)
        return kCollapsedHeight;
    // A few lanes share the height that is there (up to twice the normal height), many scroll.
    int expanded = 0, collapsed = 0;
    for (int i = 0; i < m_layout.count(); ++i)
        (m_layout.lane(i).collapsed ? collapsed : expanded) += 1;
    const int available = height() - kAxisHeight - collapsed * kCollapsedHeight;
    return std::clamp(expanded ? available / expanded : kLaneHeight, kLaneHeight, 2 * kLaneHeight);
}

int TimelineView::lanesHeight() const
{
    int h = 0;
    for (int i = 0; i < m_layout.count(); ++i)
        h += laneHeight(i);
    return h;
}

int TimelineView::laneTop(int lane) const
{
    int y = kAxisHeight - m_vscroll->value();
    for (int i = 0; i < lane && i < m_layout.count(); ++i)
        y += laneHeight(i);
    return y;
}

int TimelineView::laneAt(int y) const
{
    int top = kAxisHeight - m_vscroll->value();
    for (int i = 0; i < m_layout.count(); ++i) {
        const int h = laneHeight(i);
        if (y >= top && y < top + h)
            return i;
        top += h;
    }
    return -1;
}

void TimelineView::updateScrollBar()
{
    const int available = height() - kAxisHeight;
    const int needed = lanesHeight();
    m_vscroll->setVisible(needed > available);
    m_vscroll->setGeometry(width() - m_vscroll->sizeHint().width(), kAxisHeight,
        m_vscroll->sizeHint().width(), std::max(0, available));
    m_vscroll->setRange(0, std::max(0, needed - available));
    m_vscroll->setPageStep(std::max(1, available));
    m_vscroll->setSingleStep(kLaneHeight);
}

double TimelineView::xOf(Instant t) const
{
    const QRect plot = plotRect();
    return plot.left()
        + double(t - m_from) * double(plot.width()) / double(std::max<Instant>(1, m_to - m_from));
}

Instant TimelineView::timeAt(double x) const
{
    const QRect plot = plotRect();
    return m_from + Instant((x - plot.left()) * double(m_to - m_from) / double(std::max(1, plot.width())));
}

void TimelineView::clampRange(Instant &from, Instant &to) const
{
    const TimelineIndex &index = m_document.timeline();
    const Instant first = index.isEmpty() ? 0 : index.first();
    const Instant last = index.isEmpty() ? 1 : std::max(index.last(), first + 1);
    const Instant maxSpan = std::max<Instant>((last - first) * 4, 60ll * 1000 * 1000);
    if (to - from < kMinSpan) {
        const Instant mid = from + (to - from) / 2;
        from = mid - kMinSpan / 2;
        to = from + kMinSpan;
    }
    if (to - from > maxSpan) {
        const Instant mid = from + (to - from) / 2;
        from = mid - maxSpan / 2;
        to = from + maxSpan;
    }
    // Keep some of the events in view: at most half a view beyond either end.
    const Instant span = to - from;
    if (from > last - span / 2) {
        from = last - span / 2;
        to = from + span;
    }
    if (to < first + span / 2) {
        to = first + span / 2;
        from = to - span;
    }
}

void TimelineView::setVisibleRange(Instant from, Instant to)
{
    if (to < from)
        std::swap(from, to);
    clampRange(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateBins();
    publishRange();
    updateFrame();
}

void TimelineView::publishRange()
{
    m_selection.setVisibleRange(m_from, m_to);
    emit visibleRangeChanged(m_from, m_to);
}

void TimelineView::zoomToFit()
{
    const TimelineIndex &index = m_document.timeline();
    if (index.isEmpty()) {
        m_from = 0;
        m_to = 60ll * 1000 * 1000;
        invalidateBins();
        updateFrame();
        return;
    }
    const Instant span = std::max<Instant>(index.last() - index.first(), kMinSpan);
    const Instant margin = span / 40;
    setVisibleRange(index.first() - margin, index.first() + span + margin);
}

void TimelineView::zoomBy(double factor, std::optional<Instant> around)
{
    const Instant anchor = around.value_or(m_from + (m_to - m_from) / 2);
    const double f = std::clamp(factor, 0.01, 100.0);
    const Instant from = anchor - Instant(double(anchor - m_from) * f);
    const Instant to = anchor + Instant(double(m_to - anchor) * f);
    setVisibleRange(from, to);
}

void TimelineView::panBy(double fraction)
{
    const Instant d = Instant(double(m_to - m_from) * fraction);
    setVisibleRange(m_from + d, m_to + d);
}

void TimelineView::centerOn(Instant t)
{
    const Instant half = (m_to - m_from) / 2;
    setVisibleRange(t - half, t + half);
}

void TimelineView::setGrouping(LaneLayout::Grouping grouping)
{
    if (grouping == m_layout.grouping())
        return;
    m_layout = LaneLayout();
    m_layout.setGrouping(grouping);
    laneLayoutChanged();
}

void TimelineView::laneLayoutChanged()
{
    m_layout.rebuild(m_document.timeline());
    if (m_document.isOpen())
        m_document.store().setMeta(QLatin1String(kLaneStateKey), m_layout.saveState());
    invalidateBins();
    updateScrollBar();
    updateFrame();
    emit laneStateChanged();
}

void TimelineView::setColorBy(ColorBy colorBy)
{
    m_colorBy = colorBy;
    updateFrame();
}

void TimelineView::setMatches(std::optional<std::vector<qint64>> rows)
{
    m_matches = std::move(rows);
    invalidateBins();
    updateFrame();
}

QRegion TimelineView::frameRegion() const
{
    // Qt's Fusion style paints a scroll bar's gradients through the GUI thread pool (see
    // kPaintPiece): repainting an unchanged scroll bar with every frame cost a third of a frame.
    QRegion region(rect());
    if (laneScrollBarShown())
        region -= m_vscroll->geometry();
    return region;
}

void TimelineView::updateFrame()
{
    update(frameRegion());
}

qsizetype TimelineView::visibleEventCount() const
{
    const TimelineIndex &index = m_document.timeline();
    return index.lowerBound(m_to) - index.lowerBound(m_from);
}

void TimelineView::ensureBins()
{
    const QRect plot = plotRect();
    const int binCount = std::max(1, plot.width() / kBinWidth);
    if (m_binsValid && m_bins.binCount == binCount && m_bins.from == m_from && m_bins.to == m_to)
        return;
    const TimelineIndex &index = m_document.timeline();
    if (visibleEventCount() > kDetailLimit)
        m_bins = EventDensity::compute(
            index, m_from, m_to, binCount, m_layout.densityKey(), m_layout.laneOfKey(), m_layout.count());
    else
        m_bins = EventDensity::Bins();
    if (m_matches)
        m_matchBins = EventDensity::computeRows(index, *m_matches, m_from, m_to, binCount,
            m_layout.densityKey(), m_layout.laneOfKey(), m_layout.count());
    else
        m_matchBins = EventDensity::Bins();
    m_bins.from = m_from; // cache key even when empty
    m_bins.to = m_to;
    m_bins.binCount = binCount;
    m_binsValid = true;
    ++m_binsGeneration;
}

// A frame in named steps, in the order they overlap: the plot (lanes, grid and events, then
// what is drawn over the events), then the axis band and the lane headers around it.
void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const TimelineColors colors(palette());
    if (!m_document.isOpen() || m_document.timeline().isEmpty()) {
        paintEmptyState(p, colors);
        return;
    }
    // Nothing is filled first: the plot is filled with its lanes below (a binned one by an opaque
    // image), the axis band and the header column are painted over whole, and the rest is the
    // lane scroll bar's, which paints itself. A fill here would write every pixel twice.
    ensureBins();
    const PlotFrame frame = plotFrame();
    m_lastFrameBinned = frame.binned;
    const TimelineRasterizer::Events events { m_document.timeline(), m_layout, m_bins, m_binsGeneration,
        m_matches, m_matchBins };

    p.save();
    p.setClipRect(frame.plot);
    m_rasterizer.paintEvents(p, frame, events,
        { colors, palette().color(QPalette::Base), palette().cacheKey(), m_colorBy, devicePixelRatioF() });
    p.setRenderHint(QPainter::Antialiasing);
    paintSpans(p, frame, colors);
    paintFlagStates(p, frame, colors);
    p.setRenderHint(QPainter::Antialiasing, false);
    TimelineRasterizer::paintMatches(p, frame, events, colors);
    p.setRenderHint(QPainter::Antialiasing);
    paintNotableEvents(p, frame, colors);
    if (!frame.binned)
        paintMarkLabels(p, frame, colors);
    paintDisputes(p, frame);
    paintPhases(p, frame, colors);
    paintCurrentEvent(p, frame);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (m_drag == Drag::Band)
        paintZoomBand(p, frame.plot);
    p.restore();

    paintAxis(p, frame, colors);
    paintLaneHeaders(p, frame, colors);
    paintRangeContext(p, colors);
    if (hasFocus())
        paintFocusFrame(p);
}

PlotFrame TimelineView::plotFrame() const
{
    const TimelineIndex &index = m_document.timeline();
    PlotFrame frame;
    frame.plot = plotRect();
    frame.from = m_from;
    frame.to = m_to;
    const int laneCount = m_layout.count();
    frame.tops.resize(static_cast<size_t>(laneCount));
    frame.heights.resize(static_cast<size_t>(laneCount));
    for (int i = 0, y = laneTop(0); i < laneCount; y += laneHeight(i), ++i) {
        frame.tops[size_t(i)] = y;
        frame.heights[size_t(i)] = laneHeight(i);
    }
    frame.ticks = TimeAxis::ticks(m_from, m_to, frame.plot.width(), m_document.timeZone(), 96);
    frame.firstRow = index.lowerBound(m_from);
    frame.endRow = index.lowerBound(m_to);
    frame.binned = frame.endRow - frame.firstRow > kDetailLimit;
    return frame;
}

QFont TimelineView::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    return small;
}

void TimelineView::paintEmptyState(QPainter &p, const TimelineColors &colors)
{
    fillInPieces(p, rect(), palette().color(QPalette::Base));
    p.setPen(colors.mutedText());
    p.drawText(rect(), Qt::AlignCenter,
        m_document.isOpen() ? tr("No events yet. Import logs, flag changes, experiments or chat with "
                                 "File ▸ Import Events (Ctrl+I), or drop files here.")
                            : tr("Open or create a review to see its timeline."));
}

// Spans: experiments, alerts (firing..resolved) and anything else with an end.
void TimelineView::paintSpans(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const
{
    const TimelineIndex &index = m_document.timeline();
    for (const auto &[row, end] : index.spans()) {
        const Instant start = index.instant(row);
        if (end < m_from || start > m_to)
            continue;
        const int lane = m_layout.laneOfRow(index, row);
        if (lane < 0 || frame.isCollapsed(lane))
            continue;
        const double x0 = std::max(double(frame.plot.left() - 2), frame.xOf(start));
        const double x1 = std::min(double(frame.plot.right() + 2), std::max(frame.xOf(end), x0 + 3));
        QColor c = colors.kind(index.kind(row));
        QColor fill = c;
        fill.setAlpha(70);
        p.setPen(QPen(c, 1.2));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(x0, frame.top(lane) + 3, x1 - x0, 9), 3, 3);
    }
}

// Highlighted, annotated and hand-added events: few, drawn one by one at every zoom.
void TimelineView::paintNotableEvents(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const
{
    const TimelineIndex &index = m_document.timeline();
    const auto &notable = index.notableRows();
    const auto nb = std::lower_bound(notable.begin(), notable.end(), quint32(frame.firstRow));
    for (auto it = nb; it != notable.end() && qsizetype(*it) < frame.endRow; ++it) {
        const qsizetype row = *it;
        const int lane = m_layout.laneOfRow(index, row);
        if (lane < 0)
            continue;
        const int top = frame.top(lane);
        const int h = frame.height(lane);
        const double x = frame.xOf(index.instant(row));
        const double cy = top + h / 2.0;
        const quint8 flags = index.flags(row);
        if (flags & TimelineIndex::Manual) {
            // Added by a reviewer: a hollow, dashed diamond, unlike any recorded evidence.
            QPen pen(colors.manual(), 1.5, Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            QPolygonF d;
            d << QPointF(x, cy - 6) << QPointF(x + 6, cy) << QPointF(x, cy + 6) << QPointF(x - 6, cy);
            p.drawPolygon(d);
        }
        if (flags & TimelineIndex::Highlighted) {
            p.setPen(QPen(colors.text(), 1));
            p.setBrush(colors.highlight());
            QPolygonF d;
            const double r = h > kCollapsedHeight ? 5.5 : 3.5;
            d << QPointF(x, cy - r) << QPointF(x + r, cy) << QPointF(x, cy + r) << QPointF(x - r, cy);
            p.drawPolygon(d);
        }
        if ((flags & TimelineIndex::Annotated) && h > kCollapsedHeight) {
            p.setPen(Qt::NoPen);
            p.setBrush(colors.kind(EventKind::Note));
            p.drawEllipse(QPointF(x + 5, top + 4), 3, 3);
        }
    }
}

// Disputed and uncertain events: an outline around the event's place in its lane in the dispute
// colour (dashed when only uncertain) and, for disputed ones, a flag on top as a cue besides
// colour. Drawn at every zoom from the few disputed rows, never per event of a bin.
void TimelineView::paintDisputes(QPainter &p, const PlotFrame &frame)
{
    const TimelineIndex &index = m_document.timeline();
    m_paintedDisputes.clear();
    const auto db = std::lower_bound(m_disputedRows.begin(), m_disputedRows.end(),
        std::make_pair(quint32(frame.firstRow), model::Disputes::State::None));
    for (auto it = db; it != m_disputedRows.end() && qsizetype(it->first) < frame.endRow; ++it) {
        const qsizetype row = it->first;
        const int lane = m_layout.laneOfRow(index, row);
        if (lane < 0)
            continue;
        const int top = frame.top(lane);
        const int h = frame.height(lane);
        if (!frame.laneInView(lane))
            continue;
        const double x = frame.xOf(index.instant(row));
        const QColor c = DisputeMarkerDelegate::markerColor(it->second);
        const bool disputed = it->second == model::Disputes::State::Disputed;
        QPen pen(c, 2, disputed ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(x - 5, top + 2, 10, std::max(4, h - 4)), 2, 2);
        if (disputed && h > kCollapsedHeight) {
            QPolygonF flag;
            flag << QPointF(x - 4, top + 1) << QPointF(x + 4, top + 1) << QPointF(x, top + 7);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawPolygon(flag);
        }
        m_paintedDisputes.push_back(index.eventId(row));
    }
}

// Phase markers across all lanes, each with its name at the top of the plot.
void TimelineView::paintPhases(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const
{
    const TimelineIndex &index = m_document.timeline();
    const QRect &plot = frame.plot;
    const QFont small = smallFont();
    p.setFont(small);
    const QFontMetrics sfm(small);
    // Labels of nearby phases go on the next row instead of covering each other.
    std::array<double, 3> rowEnds = { -1e9, -1e9, -1e9 };
    for (const TimelineIndex::Phase &phase : index.phases()) {
        const Instant t = index.instant(phase.row);
        if (t < m_from || t > m_to)
            continue;
        const double x = frame.xOf(t);
        const QColor c = colors.phase(phase.name);
        p.setPen(QPen(c, 1.5, Qt::DashLine));
        drawVerticalLine(p, x, plot.top(), plot.bottom());
        const QString label = PhaseNames::label(phase.name);
        size_t labelRow = 0;
        while (labelRow + 1 < rowEnds.size() && rowEnds[labelRow] > x)
            ++labelRow;
        const QRectF box(x + 2, plot.top() + 1 + double(labelRow) * (sfm.height() + 4),
            sfm.horizontalAdvance(label) + 8, sfm.height() + 2);
        rowEnds[labelRow] = box.right() + 2;
        p.setPen(Qt::NoPen);
        QColor fill = c;
        fill.setAlpha(215);
        p.setBrush(fill);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(colors.isDark() ? Qt::black : Qt::white);
        p.drawText(box, Qt::AlignCenter, label);
    }
}

// The current event: a line across the plot and a ring around its mark.
void TimelineView::paintCurrentEvent(QPainter &p, const PlotFrame &frame) const
{
    const TimelineIndex &index = m_document.timeline();
    const qsizetype current = index.rowOfEvent(m_selection.currentEvent());
    if (current < 0 || index.instant(current) < m_from || index.instant(current) > m_to)
        return;
    const double x = frame.xOf(index.instant(current));
    const QColor accent = palette().color(QPalette::Highlight);
    p.setPen(QPen(accent, 1));
    drawVerticalLine(p, x, frame.plot.top(), frame.plot.bottom());
    const int lane = m_layout.laneOfRow(index, current);
    if (lane >= 0) {
        p.setPen(QPen(accent, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x, frame.top(lane) + frame.height(lane) / 2.0), 7, 7);
    }
}

// The range being dragged out with Shift (or the right button) to zoom to.
void TimelineView::paintZoomBand(QPainter &p, const QRect &plot) const
{
    QColor c = palette().color(QPalette::Highlight);
    c.setAlpha(60);
    const int x0 = std::min(m_pressPos.x(), m_bandX);
    const int x1 = std::max(m_pressPos.x(), m_bandX);
    fillInPieces(p, QRect(x0, plot.top(), x1 - x0, plot.height()), c);
}

// Axis band: tick labels as static text, laid out once per label and font.
void TimelineView::paintAxis(QPainter &p, const PlotFrame &frame, const TimelineColors &colors)
{
    const QRect &plot = frame.plot;
    const QRect axis(
        plot.left(), 0, plot.width() + (laneScrollBarShown() ? m_vscroll->width() : 0), kAxisHeight);
    p.fillRect(QRect(0, 0, width(), kAxisHeight), palette().window());
    // A rectangle, not a line: the raster engine strokes a thin line as one span per pixel and
    // hands a long run of spans to its thread pool (see kPaintPiece); a rectangle is one span.
    p.fillRect(QRect(0, kAxisHeight - 1, width(), 1), colors.grid());
    p.save();
    p.setClipRect(axis);
    p.setPen(colors.text());
    QFont bold = font();
    bold.setBold(true);
    const std::array<qreal, 2> ascent = { QFontMetricsF(font()).ascent(), QFontMetricsF(bold).ascent() };
    for (const TimeAxis::Tick &tick : frame.ticks) {
        const double x = frame.xOf(tick.instant);
        p.drawLine(QPointF(x, kAxisHeight - (tick.major ? 10 : 6)), QPointF(x, kAxisHeight - 1));
        p.setFont(tick.major ? bold : font());
        // drawText() took the baseline; static text is placed by its top left corner.
        p.drawStaticText(QPointF(x + 3, kAxisHeight - 12 - ascent[tick.major ? 1 : 0]),
            staticLabel(tick.label, tick.major ? BoldFont : NormalFont));
    }
    p.restore();
}

// Date and zone context over the header column, vertically centred in its half of the band.
void TimelineView::paintRangeContext(QPainter &p, const TimelineColors &colors)
{
    const QTimeZone zone = m_document.timeZone();
    const QFont small = smallFont();
    p.save();
    p.setClipRect(QRect(0, 0, kHeaderWidth - 1, kAxisHeight - 1));
    p.setFont(small);
    const qreal smallHeight = QFontMetricsF(small).height();
    p.setPen(colors.text());
    p.drawStaticText(QPointF(6, 2 + (kAxisHeight / 2 - smallHeight) / 2),
        staticLabel(TimeAxis::dateLabel(m_from, zone), SmallFont));
    p.setPen(colors.mutedText());
    p.drawStaticText(QPointF(6, kAxisHeight / 2 + (kAxisHeight / 2 - 2 - smallHeight) / 2),
        staticLabel(
            QString::fromUtf8(zone.id()) + QStringLiteral(" · ") + TimeAxis::durationLabel(m_to - m_from),
            SmallFont));
    p.restore();
}

// Keyboard focus: a frame in the accent colour, as focusable widgets of the style show.
void TimelineView::paintFocusFrame(QPainter &p) const
{
    const QColor accent = palette().color(QPalette::Highlight);
    const QRect r = rect();
    p.fillRect(QRect(r.left(), r.top(), r.width(), 2), accent);
    p.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), accent);
    fillInPieces(p, QRect(r.left(), r.top() + 2, 2, r.height() - 4), accent);
    fillInPieces(p, QRect(r.right() - 1, r.top() + 2, 2, r.height() - 4), accent);
}

const QStaticText &TimelineView::staticLabel(const QString &text, LabelFont font)
{
    QHash<QString, QStaticText> &cache = m_labels[size_t(font)];
    auto it = cache.find(text);
    if (it == cache.end()) {
        // Labels change with every zoom level and pan: keep the cache from growing without end.
        if (cache.size() > 512)
            cache.clear();
        QStaticText label(text);
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        it = cache.insert(text, label);
    }
    return *it;
}

void TimelineView::paintLaneHeaders(QPainter &p, const PlotFrame &frame, const TimelineColors &colors)
{
    const QRect header(0, kAxisHeight, kHeaderWidth, height() - kAxisHeight);
    p.setPen(QPen(colors.grid(), 1));
    p.drawLine(kHeaderWidth - 1, 0, kHeaderWidth - 1, kAxisHeight);
    if (header.height() <= 0)
        return;
    // Everything the column shows goes into the key; lanes are few, so hashing their names each
    // frame costs microseconds where eliding and drawing them cost a millisecond.
    const qreal dpr = devicePixelRatioF();
    size_t key = qHashMulti(
        0, header.width(), header.height(), palette().cacheKey(), font().key(), dpr, m_layout.count());
    for (int i = 0; i < m_layout.count(); ++i) {
        const LaneLayout::Lane &lane = m_layout.lane(i);
        key = qHashMulti(key, lane.name, lane.collapsed, int(lane.kind), frame.top(i), frame.height(i));
    }
    if (key != m_laneHeadersKey || m_laneHeaders.isNull()) {
        m_laneHeadersKey = key;
        m_laneHeaders = QPixmap(header.size() * dpr);
        m_laneHeaders.setDevicePixelRatio(dpr);
        m_laneHeaders.fill(palette().color(QPalette::Window));
        QPainter hp(&m_laneHeaders);
        hp.translate(0, -kAxisHeight);
        const QFont small = smallFont();
        for (int i = 0; i < m_layout.count(); ++i) {
            const int top = frame.top(i);
            const int h = frame.height(i);
            if (top + h < header.top() || top > header.bottom())
                continue;
            const LaneLayout::Lane &lane = m_layout.lane(i);
            hp.setPen(colors.text());
            const QFont f = h > kCollapsedHeight ? font() : small;
            hp.setFont(f);
            const QString arrow = lane.collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ");
            // A swatch in the colour of what the lane mostly holds; the name cut at its end (the
            // start tells names apart: "checkout-api", "checkout-v2"), whole in the tooltip.
            hp.fillRect(QRect(kHeaderWidth - 5, top + 2, 3, std::max(1, h - 5)), colors.kind(lane.kind));
            const QRect r(6, top, kHeaderWidth - 14, h);
            hp.drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                QFontMetrics(f).elidedText(arrow + lane.name, Qt::ElideRight, r.width()));
            hp.setPen(QPen(colors.grid(), 1));
            hp.drawLine(0, top + h - 1, kHeaderWidth, top + h - 1);
        }
        hp.setPen(QPen(colors.grid(), 1));
        drawVerticalLine(hp, kHeaderWidth - 0.5, header.top(), header.bottom() + 1);
    }
    p.drawPixmap(header.topLeft(), m_laneHeaders);
}

double TimelineView::flagLineY(int lane, int environmentRow) const
{
    return laneTop(lane) + laneHeight(lane) - 6 - 4 * environmentRow;
}

// The state of each flag along its lane (FlagStateLine): solid while on, dashed while on for part
// of the traffic, dotted where the sources never said whether it is on, nothing while off. A tick
// marks each change, so the line visibly ends where the flag was turned off.
void TimelineView::paintFlagStates(QPainter &p, const PlotFrame &frame, const TimelineColors &colors) const
{
    const TimelineIndex &index = m_document.timeline();
    const QRect &plot = frame.plot;
    const QColor c = colors.kind(EventKind::Flag);
    for (const FlagStateSegment &segment : std::as_const(m_flagStates)) {
        const Instant end = segment.to.value_or(std::max(m_to, segment.from));
        if (end < m_from || segment.from > m_to)
            continue;
        const qsizetype row = index.rowOfEvent(m_reversals.at(segment.changeIndex).changeEventId);
        const int lane = row < 0 ? -1 : m_layout.laneOfRow(index, row);
        if (lane < 0 || frame.isCollapsed(lane))
            continue;
        const double y = frame.top(lane) + frame.height(lane) - 6 - 4 * segment.environmentRow;
        const double x0 = frame.xOf(segment.from);
        const double x1 = std::min(double(plot.right() + 2), frame.xOf(end));
        p.setPen(QPen(c, 2));
        p.drawLine(QPointF(x0, y - 4), QPointF(x0, y + 3));
        if (segment.state == FlagStateSegment::State::Off)
            continue;
        QPen pen(c, segment.state == FlagStateSegment::State::Unknown ? 1.5 : 2);
        pen.setCapStyle(Qt::FlatCap);
        if (segment.state == FlagStateSegment::State::PartialRollout)
            pen.setStyle(Qt::DashLine);
        else if (segment.state == FlagStateSegment::State::Unknown)
            pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.drawLine(QPointF(std::max(x0, double(plot.left() - 2)), y), QPointF(x1, y));
    }
}

// A short label for a flag change, chat message, alert or experiment mark; read once per event
// and kept until the events change.
QString TimelineView::markLabel(qsizetype row)
{
    const TimelineIndex &index = m_document.timeline();
    const qint64 id = index.eventId(row);
    if (const auto it = m_markLabels.constFind(id); it != m_markLabels.cend())
        return *it;
    QString label;
    if (index.kind(row) == EventKind::Flag) {
        for (const model::FlagReversal &r : std::as_const(m_reversals)) {
            if (r.changeEventId == id)
                label = FlagStateLine::markLabel(r);
        }
    }
    if (label.isEmpty()) {
        if (const std::optional<model::EventRow> event
            = model::EventQuery::fetchOne(m_document.store(), id)) {
            label = event->text.left(120).simplified();
            if (index.kind(row) == EventKind::Chat && !event->actor.isEmpty())
                //: A chat message's label on the timeline: author: message
                label = tr("%1: %2").arg(event->actor, label);
        }
    }
    m_markLabels.insert(id, label);
    return label;
}

// Flag changes, chat messages, alerts and experiments are few and decisive: where the zoom leaves
// room up to the next such mark of the lane, they carry a short label ("checkout-v2 → 50%").
void TimelineView::paintMarkLabels(QPainter &p, const PlotFrame &frame, const TimelineColors &colors)
{
    const TimelineIndex &index = m_document.timeline();
    const QRect &plot = frame.plot;
    std::vector<std::vector<std::pair<double, qsizetype>>> marks(size_t(m_layout.count()));
    for (qsizetype row = frame.firstRow; row < frame.endRow; ++row) {
        const EventKind kind = index.kind(row);
        if (kind != EventKind::Flag && kind != EventKind::Chat && kind != EventKind::Alert
            && kind != EventKind::Experiment)
            continue;
        const int lane = m_layout.laneOfRow(index, row);
        if (lane < 0 || frame.isCollapsed(lane) || !frame.laneInView(lane))
            continue;
        marks[size_t(lane)].emplace_back(frame.xOf(index.instant(row)), row);
    }
    const QFont small = smallFont();
    p.setFont(small);
    const QFontMetrics fm(small);
    constexpr int kMinLabel = 36; // narrower than this, a label says nothing
    constexpr int kMaxLabel = 220;
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(215);
    for (size_t lane = 0; lane < marks.size(); ++lane) {
        const auto &inLane = marks[lane];
        double freeFrom = plot.left();
        for (size_t i = 0; i < inLane.size(); ++i) {
            const double x = inLane[i].first + 5;
            const double next = i + 1 < inLane.size() ? inLane[i + 1].first - 3 : plot.right();
            const int room = int(std::min<double>(kMaxLabel, next - x));
            if (x < freeFrom || room < kMinLabel)
                continue;
            const QString text = fm.elidedText(markLabel(inLane[i].second), Qt::ElideRight, room - 6);
            if (text.isEmpty() || text == QStringLiteral("…"))
                continue;
            // At the foot of the lane, above the flag-state line: clear of the run and alert bars
            // at its top and of the phase labels over the first lane.
            const double y = std::max<double>(
                frame.tops[lane] + 1, frame.tops[lane] + frame.heights[lane] - fm.height() - 10);
            const QRectF box(x, y, fm.horizontalAdvance(text) + 6, fm.height());
            p.setPen(Qt::NoPen);
            p.setBrush(back);
            p.drawRoundedRect(box, 2, 2);
            p.setPen(colors.text());
            p.drawText(box, Qt::AlignCenter, text);
            freeFrom = box.right() + 4;
        }
    }
}

// The lane header's tooltip: the whole name (the header may cut it) and what the lane holds.
QString TimelineView::laneHeaderTip(int lane) const
{
    if (lane < 0 || lane >= m_layout.count())
        return {};
    const LaneLayout::Lane &l = m_layout.lane(lane);
    //: Tooltip of a timeline lane's name: %1 the full name, %2 the kind of most of its events
    return tr("<b>%1</b><br>mostly %2")
        .arg(l.name.toHtmlEscaped(), model::DomainText::kindLabel(l.kind).toHtmlEscaped());
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateFrame();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    updateFrame();
}

std::optional<QPoint> TimelineView::positionOfEvent(qint64 eventId) const
{
    const TimelineIndex &index = m_document.timeline();
    const qsizetype row = index.rowOfEvent(eventId);
    if (row < 0 || index.instant(row) < m_from || index.instant(row) > m_to)
        return std::nullopt;
    const int lane = m_layout.laneOfRow(index, row);
    if (lane < 0)
        return std::nullopt;
    const QPoint pos(int(std::lround(xOf(index.instant(row)))), laneTop(lane) + laneHeight(lane) / 2);
    if (!plotRect().contains(pos))
        return std::nullopt;
    return pos;
}

QString TimelineView::currentEventDescription() const
{
    if (!m_document.isOpen())
        return {};
    const qint64 id = m_selection.currentEvent();
    if (id <= 0)
        return {};
    const std::optional<model::EventRow> row = model::EventQuery::fetchOne(m_document.store(), id);
    if (!row)
        return {};
    QString text = row->text.left(300).simplified();
    if (row->text.size() > 300)
        text += QStringLiteral("…");
    QString description
        = tr("%1, %2, %3, lane %4: %5")
              .arg(model::timestamps::toDisplay(row->instant, m_document.timeZone()),
                  model::DomainText::kindLabel(row->kind), model::DomainText::severityLabel(row->severity),
                  row->lane.isEmpty() ? tr("none") : row->lane, text);
    if (disputeStateOf(id) != model::Disputes::State::None) {
        for (const model::Disputes::Dispute &d :
            model::Disputes::forItem(m_document.store(), model::Disputes::ItemType::Event, id))
            description += QStringLiteral(". ") + disputeLine(d);
    }
    return description;
}

void TimelineView::announceCurrentEvent()
{
    // Building the description reads the event: only when assistive technology listens.
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleValueChangeEvent valueChanged(this, currentEventDescription());
    QAccessible::updateAccessibility(&valueChanged);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
    invalidateBins();
}

qsizetype TimelineView::nearestRowInLane(int lane, Instant t, qsizetype scanLimit) const
{
    const TimelineIndex &index = m_document.timeline();
    if (lane < 0 || index.isEmpty())
        return -1;
    const qsizetype start = index.lowerBound(t);
    qsizetype best = -1;
    Instant bestDistance = std::numeric_limits<Instant>::max();
    for (qsizetype i = 0; i < scanLimit; ++i) {
        bool any = false;
        const qsizetype up = start + i;
        if (up < index.size()) {
            any = true;
            const Instant d = index.instant(up) - t;
            if (d > bestDistance)
                break;
            if (m_layout.laneOfRow(index, up) == lane && d < bestDistance) {
                best = up;
                bestDistance = d;
            }
        }
        const qsizetype down = start - 1 - i;
        if (down >= 0) {
            any = true;
            const Instant d = t - index.instant(down);
            if (m_layout.laneOfRow(index, down) == lane && d < bestDistance) {
                best = down;
                bestDistance = d;
            }
        }
        if (!any)
            break;
    }
    return best;
}

qint64 TimelineView::eventAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (!plot.contains(pos))
        return 0;
    const int lane = laneAt(pos.y());
    if (lane < 0)
        return 0;
    const TimelineIndex &index = m_document.timeline();
    const Instant t = timeAt(pos.x());
    // A disputed mark is drawn over the bins at every zoom: it wins within its outline.
    {
        const auto from = std::lower_bound(m_disputedRows.begin(), m_disputedRows.end(),
            std::make_pair(
                quint32(index.lowerBound(timeAt(pos.x() - kHitPixels))), model::Disputes::State::None));
        const qsizetype toRow = index.lowerBound(timeAt(pos.x() + kHitPixels + 1));
        for (auto it = from; it != m_disputedRows.end() && qsizetype(it->first) < toRow; ++it) {
            if (m_layout.laneOfRow(index, it->first) == lane
                && std::abs(xOf(index.instant(it->first)) - pos.x()) <= kHitPixels)
                return index.eventId(it->first);
        }
    }
    const qsizetype row = nearestRowInLane(lane, t, 20000);
    if (row >= 0 && std::abs(xOf(index.instant(row)) - pos.x()) <= kHitPixels)
        return index.eventId(row);
    // Inside a span of this lane?
    for (const auto &[spanRow, end] : index.spans()) {
        if (index.instant(spanRow) <= t && t <= end && m_layout.laneOfRow(index, spanRow) == lane)
            return index.eventId(spanRow);
    }
    return 0;
}

void TimelineView::selectRow(qsizetype row)
{
    const TimelineIndex &index = m_document.timeline();
    if (row < 0 || row >= index.size())
        return;
    m_selection.setCurrentEvent(index.eventId(row));
    const Instant t = index.instant(row);
    if (t < m_from || t > m_to)
        centerOn(t);
    updateFrame();
}

void TimelineView::selectNext(int direction, bool sameLane)
{
    const TimelineIndex &index = m_document.timeline();
    if (index.isEmpty())
        return;
    const qsizetype current = index.rowOfEvent(m_selection.currentEvent());
    if (current < 0) {
        selectRow(
            direction > 0 ? index.lowerBound(m_from) : std::max<qsizetype>(0, index.lowerBound(m_to) - 1));
        return;
    }
    if (m_matches && !sameLane) {
        // With a search active, step through the matches.
        const auto &rows = *m_matches;
        if (direction > 0) {
            const auto it = std::upper_bound(rows.begin(), rows.end(), qint64(current));
            if (it != rows.end())
                selectRow(*it);
        } else {
            const auto it = std::lower_bound(rows.begin(), rows.end(), qint64(current));
            if (it != rows.begin())
                selectRow(*(it - 1));
        }
        return;
    }
    const int lane = m_layout.laneOfRow(index, current);
    for (qsizetype row = current + direction; row >= 0 && row < index.size(); row += direction) {
        const int l = m_layout.laneOfRow(index, row);
        if (l < 0 || (sameLane && l != lane))
            continue;
        selectRow(row);
        return;
    }
}

void TimelineView::selectAdjacentLane(int direction)
{
    const TimelineIndex &index = m_document.timeline();
    const qsizetype current = index.rowOfEvent(m_selection.currentEvent());
    const Instant t = current >= 0 ? index.instant(current) : m_from + (m_to - m_from) / 2;
    int lane = current >= 0 ? m_layout.laneOfRow(index, current) : (direction > 0 ? -1 : m_layout.count());
    for (lane += direction; lane >= 0 && lane < m_layout.count(); lane += direction) {
        const qsizetype row = nearestRowInLane(lane, t, 2000000);
        if (row >= 0) {
            selectRow(row);
            return;
        }
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const QPointF pos = event->position();
    if (pos.x() < kHeaderWidth) {
        m_vscroll->setValue(m_vscroll->value() - delta.y() / 2);
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-double(d) / 120.0 * 0.1);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(0.8, double(delta.y()) / 120.0), timeAt(pos.x()));
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 / (1.0 + gesture->value()), timeAt(gesture->position().x()));
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        // Touchscreens: a pinch zooms around its centre like the wheel does around the cursor.
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if ((pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) && pinch->scaleFactor() > 0) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint());
                zoomBy(1.0 / pinch->scaleFactor(), timeAt(centre.x()));
            }
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

// What a flag change did and whether it was reversed: "rollout 10% → 50% · reversed after 18 min
// by Ben", or for a reversal which change it took back.
QString TimelineView::flagTip(qint64 eventId) const
{
    QString tip;
    const QTimeZone zone = m_document.timeZone();
    for (const model::FlagReversal &r : std::as_const(m_reversals)) {
        const QString change = model::FlagWording::change({ r.flagKey, r.environment, r.before, r.after });
        if (r.changeEventId == eventId && !change.isEmpty())
            tip += QStringLiteral("<br><b>") + change.toHtmlEscaped() + QStringLiteral("</b> · ")
                + model::Reversibility::describe(r).toHtmlEscaped();
        if (r.isReversed() && r.reversalEventId == eventId)
            tip += QStringLiteral("<br>")
                + tr("Takes back the change of %1 (%2), %3 later")
                      .arg(model::timestamps::toDisplay(r.changedAt, zone), change,
                          model::Reversibility::durationText(*r.timeToReverse()))
                      .toHtmlEscaped();
    }
    return tip;
}

// The flag-state line (paintFlagStates) has a tooltip of its own: the change that began the
// state under the point, and whether and when it was reversed; environments of one flag share a
// lane, so every segment under the point is told, latest change first.
QString TimelineView::flagSpanTipAt(const QPoint &pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || m_flagStates.isEmpty())
        return {};
    const auto &index = m_document.timeline();
    QStringList tips;
    for (const FlagStateSegment &segment : std::as_const(m_flagStates)) {
        const model::FlagReversal &r = m_reversals.at(segment.changeIndex);
        const qsizetype row = index.rowOfEvent(r.changeEventId);
        if (row < 0 || m_layout.laneOfRow(index, row) != lane)
            continue;
        if (std::abs(pos.y() - flagLineY(lane, segment.environmentRow)) > 4)
            continue;
        const double x0 = xOf(segment.from);
        const double x1 = xOf(segment.to.value_or(std::max(m_to, segment.from)));
        if (pos.x() < x0 - 3 || pos.x() > x1 + 3)
            continue;
        const QString change = model::FlagWording::change({ r.flagKey, r.environment, r.before, r.after });
        QString tip = QStringLiteral("<b>") + r.flagKey.toHtmlEscaped() + QStringLiteral("</b>");
        if (!r.environment.isEmpty())
            tip += QStringLiteral(" (") + r.environment.toHtmlEscaped() + QLatin1Char(')');
        if (!change.isEmpty())
            tip += QStringLiteral(": ") + change.toHtmlEscaped();
        tip += QStringLiteral("<br>")
            + model::timestamps::toDisplay(r.changedAt, m_document.timeZone()).toHtmlEscaped();
        if (!r.actor.isEmpty())
            tip += QStringLiteral(" · ") + r.actor.toHtmlEscaped();
        //: %1: the flag's state, e.g. "on for part of the traffic"
        tip += QStringLiteral("<br>")
            + tr("Then: %1").arg(FlagStateLine::stateLabel(segment.state)).toHtmlEscaped();
        tips.prepend(tip + QStringLiteral("<br>") + model::Reversibility::describe(r).toHtmlEscaped());
    }
    return tips.join(QStringLiteral("<hr>"));
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    if (pos.x() < kHeaderWidth && pos.y() >= kAxisHeight)
        return laneHeaderTip(laneAt(pos.y()));
    const qint64 id = eventAt(pos);
    const QTimeZone zone = m_document.timeZone();
    if (id > 0) {
        const std::optional<model::EventRow> row = model::EventQuery::fetchOne(m_document.store(), id);
        if (!row)
            return {};
        QString text = row->text.left(300).toHtmlEscaped();
        if (row->text.size() > 300)
            text += QStringLiteral("…");
        QString tip = QStringLiteral("<b>%1</b> · %2 · %3<br>%4")
                          .arg(model::timestamps::toDisplay(row->instant, zone),
                              model::DomainText::kindLabel(row->kind),
                              model::DomainText::severityLabel(row->severity), text);
        if (row->manual)
            tip += QStringLiteral("<br><i>") + tr("Added by a reviewer") + QStringLiteral("</i>");
        if (row->kind == EventKind::Flag)
            tip += flagTip(id);
        if (disputeStateOf(id) != model::Disputes::State::None) {
            for (const model::Disputes::Dispute &d :
                model::Disputes::forItem(m_document.store(), model::Disputes::ItemType::Event, id))
                tip += QStringLiteral("<br><b>") + disputeLine(d).toHtmlEscaped() + QStringLiteral("</b>");
        }
        return tip;
    }
    const QRect plot = plotRect();
    if (const QString span = flagSpanTipAt(pos); !span.isEmpty())
        return span;
    if (!plot.contains(pos) || !m_lastFrameBinned)
        return {};
    const int lane = laneAt(pos.y());
    if (lane < 0 || lane >= m_bins.groupCount)
        return {};
    const int bin = int(double(pos.x() - plot.left()) / double(plot.width()) * m_bins.binCount);
    if (bin < 0 || bin >= m_bins.binCount)
        return {};
    const quint32 count = m_bins.count(lane, bin);
    if (count == 0)
        return {};
    return tr("%n event(s) between %1 and %2", nullptr, int(count))
        .arg(model::timestamps::toDisplay(m_bins.binStart(bin), zone, false),
            model::timestamps::toDisplay(m_bins.binStart(bin + 1), zone, false));
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->pos();
    m_pressButton = event->button();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    m_pressEvent = 0;
    m_drag = Drag::None;
    if (event->pos().x() < kHeaderWidth && event->pos().y() >= kAxisHeight) {
        m_pressLane = laneAt(event->pos().y());
        if (event->button() == Qt::LeftButton && m_pressLane >= 0)
            m_drag = Drag::LaneHeader;
        return;
    }
    if (event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Band;
        m_bandX = event->pos().x();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_pressEvent = eventAt(event->pos());
        m_drag = m_pressEvent ? Drag::Event : Drag::Pan;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint d = event->pos() - m_pressPos;
    switch (m_drag) {
    case Drag::Pan: {
        const QRect plot = plotRect();
        const Instant shift
            = Instant(double(d.x()) * double(m_pressTo - m_pressFrom) / double(std::max(1, plot.width())));
        setVisibleRange(m_pressFrom - shift, m_pressTo - shift);
        if (std::abs(d.y()) > 3)
            m_vscroll->setValue(m_vscroll->value() - (event->pos().y() - m_pressPos.y()) / 4);
        setCursor(Qt::ClosedHandCursor);
        break;
    }
    case Drag::Band:
        m_bandX = event->pos().x();
        updateFrame();
        break;
    case Drag::Event:
        if (d.manhattanLength() >= QApplication::startDragDistance()) {
            const qint64 id = m_pressEvent;
            m_drag = Drag::None;
            startDrag(id);
        }
        break;
    default:
        break;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const bool click = (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (drag == Drag::Band && click && m_pressButton == Qt::RightButton) {
        updateFrame(); // a right click, not a band: the event menu (see contextMenuEvent)
        const qint64 id = eventAt(event->pos());
        emit eventMenuRequested(id ? id : m_selection.currentEvent(), event->globalPosition().toPoint());
        return;
    }
    if (drag == Drag::Band) {
        const int x0 = std::min(m_pressPos.x(), event->pos().x());
        const int x1 = std::max(m_pressPos.x(), event->pos().x());
        if (x1 - x0 > 4)
            setVisibleRange(timeAt(x0), timeAt(x1));
        updateFrame();
        return;
    }
    if (drag == Drag::LaneHeader) {
        const int target = laneAt(event->pos().y());
        if (click && m_pressLane >= 0) {
            m_layout.setCollapsed(m_pressLane, !m_layout.lane(m_pressLane).collapsed);
            laneLayoutChanged();
        } else if (target >= 0 && target != m_pressLane) {
            m_layout.move(m_pressLane, target);
            laneLayoutChanged();
        }
        return;
    }
    if (click && (drag == Drag::Event || drag == Drag::Pan)) {
        const qint64 id = drag == Drag::Event ? m_pressEvent : eventAt(event->pos());
        if (id > 0)
            m_selection.setCurrentEvent(id);
        updateFrame();
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (plotRect().contains(event->pos()) && !eventAt(event->pos()))
        zoomBy(0.5, timeAt(event->pos().x()));
}

void TimelineView::startDrag(qint64 eventId)
{
    auto *mime = new QMimeData;
    const QByteArray ids = QByteArray::number(eventId);
    mime->setData(model::EventTableModel::eventIdsMimeType(), ids);
    mime->setText(QString::fromLatin1(ids));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        selectNext(+1, ctrl);
        break;
    case Qt::Key_Left:
        selectNext(-1, ctrl);
        break;
    case Qt::Key_Down:
        selectAdjacentLane(+1);
        break;
    case Qt::Key_Up:
        selectAdjacentLane(-1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        break;
    case Qt::Key_Minus:
        zoomBy(2.0);
        break;
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_PageDown:
        panBy(0.8);
        break;
    case Qt::Key_PageUp:
        panBy(-0.8);
        break;
    case Qt::Key_Home:
        selectRow(0);
        break;
    case Qt::Key_End:
        selectRow(m_document.timeline().size() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const qsizetype row = m_document.timeline().rowOfEvent(m_selection.currentEvent());
        if (row >= 0) {
            const Instant t = m_document.timeline().instant(row);
            const Instant half = std::max<Instant>(kMinSpan, (m_to - m_from) / 8);
            setVisibleRange(t - half, t + half);
        }
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->pos().x() >= kHeaderWidth) {
        // A right press in the plot may start a zoom band: the release tells a click (menu) from a
        // drag (mouseReleaseEvent). The Menu key opens the menu of the current event at its mark.
        if (event->reason() != QContextMenuEvent::Mouse && m_selection.currentEvent()) {
            const auto at = positionOfEvent(m_selection.currentEvent());
            emit eventMenuRequested(m_selection.currentEvent(), mapToGlobal(at ? *at : plotRect().center()));
        }
        return;
    }
    const int lane = laneAt(event->pos().y());
    QMenu menu(this);
    if (lane >= 0) {
        const bool collapsed = m_layout.lane(lane).collapsed;
        menu.addAction(collapsed ? tr("Expand Lane") : tr("Collapse Lane"), this, [this, lane, collapsed] {
            m_layout.setCollapsed(lane, !collapsed);
            laneLayoutChanged();
        });
        QAction *up = menu.addAction(tr("Move Up"), this, [this, lane] {
            m_layout.move(lane, lane - 1);
            laneLayoutChanged();
        });
        up->setEnabled(lane > 0);
        QAction *down = menu.addAction(tr("Move Down"), this, [this, lane] {
            m_layout.move(lane, lane + 1);
            laneLayoutChanged();
        });
        down->setEnabled(lane + 1 < m_layout.count());
        menu.addSeparator();
    }
    menu.addAction(tr("Expand All Lanes"), this, [this] {
        m_layout.setAllCollapsed(false);
        laneLayoutChanged();
    });
    menu.addAction(tr("Collapse All Lanes"), this, [this] {
        m_layout.setAllCollapsed(true);
        laneLayoutChanged();
    });
    QMenu *group = menu.addMenu(tr("Group Lanes By"));
    for (LaneLayout::Grouping g :
        { LaneLayout::Grouping::Lane, LaneLayout::Grouping::Source, LaneLayout::Grouping::Kind }) {
        QAction *a = group->addAction(LaneLayout::groupingLabel(g), this, [this, g] { setGrouping(g); });
        a->setCheckable(true);
        a->setChecked(m_layout.grouping() == g);
    }
    menu.exec(event->globalPos());
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        for (auto &cache : m_labels)
            cache.clear();
    }
    // The lane header pixmap keys on palette, font and lanes itself; a repaint is all they need.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        updateFrame();
    QWidget::changeEvent(event);
}

} // namespace faultless::views
