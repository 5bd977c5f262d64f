#include "overviewstrip.h"

#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "timeline/timelinecolors.h"
#include "timeline/timelineview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace faultless::views {

using model::EventDensity;
using model::Instant;
using model::ReviewDocument;

OverviewStrip::OverviewStrip(ReviewDocument &document, TimelineView &timeline, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_timeline(timeline)
{
    setObjectName(QStringLiteral("timelineOverview"));
    // Tab and click focus: the keys move the timeline's window, as clicks and drags do.
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_document, &ReviewDocument::opened, this, &OverviewStrip::recompute);
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Events || area == ReviewDocument::Area::Sources)
            recompute();
    });
    connect(&m_timeline, &TimelineView::visibleRangeChanged, this, qOverload<>(&QWidget::update));
    recompute();
}

void OverviewStrip::retranslate()
{
    setAccessibleName(tr("Timeline overview"));
    setAccessibleDescription(
        tr("Event density over the whole review with the timeline's visible window marked. "
           "Left and Right arrows move the window a little, Page Up and Page Down by its "
           "width, Home and End to the start and end of the review; plus and minus zoom."));
    setToolTip(tr("The whole review. Click or drag to move the timeline; use the wheel to zoom."));
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewStrip::setMatches(const std::vector<qint64> *rows)
{
    m_matches = rows;
    recompute();
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    recompute();
}

void OverviewStrip::recompute()
{
    const model::TimelineIndex &index = m_document.timeline();
    if (!m_document.isOpen() || index.isEmpty()) {
        m_bins = EventDensity::Bins();
        m_matchBins = EventDensity::Bins();
        update();
        return;
    }
    m_first = index.first();
    m_last = std::max(index.last(), m_first + 1);
    const Instant margin = (m_last - m_first) / 40;
    m_first -= margin;
    m_last += margin;
    const int bins = std::max(1, width() / 2);
    m_bins = EventDensity::compute(index, m_first, m_last, bins, EventDensity::Key::None, {}, 1);
    m_matchBins = m_matches
        ? EventDensity::computeRows(index, *m_matches, m_first, m_last, bins, EventDensity::Key::None, {}, 1)
        : EventDensity::Bins();
    update();
}

double OverviewStrip::xOf(Instant t) const
{
    return double(t - m_first) * double(width()) / double(std::max<Instant>(1, m_last - m_first));
}

Instant OverviewStrip::timeAt(double x) const
{
    return m_first + Instant(x * double(m_last - m_first) / double(std::max(1, width())));
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const TimelineColors colors(palette());
    p.fillRect(rect(), palette().window());
    if (m_bins.binCount == 0)
        return;
    const double binW = double(width()) / double(m_bins.binCount);
    const double maxLog = std::log1p(double(std::max<quint32>(1, m_bins.maxCount(0))));
    std::array<QVector<QRectF>, model::SeverityCount> rects;
    for (int b = 0; b < m_bins.binCount; ++b) {
        const quint32 c = m_bins.count(0, b);
        if (!c)
            continue;
        const double h = (height() - 4) * (0.15 + 0.85 * std::log1p(double(c)) / maxLog);
        // As in the timeline: the worst severity colours a bin only when it is a fair share of it.
        const quint8 worst = m_bins.maxSeverity[size_t(b)];
        const quint8 shown = m_bins.urgent[size_t(b)] * 5 >= c || worst < quint8(model::Severity::Info)
            ? worst
            : quint8(model::Severity::Info);
        rects[shown].append(QRectF(b * binW, height() - 2 - h, std::max(1.0, binW), h));
    }
    p.setPen(Qt::NoPen);
    for (int s = 0; s < model::SeverityCount; ++s) {
        QColor c = colors.severity(model::Severity(s));
        c.setAlpha(170);
        p.setBrush(c);
        p.drawRects(rects[size_t(s)]);
    }
    if (m_matchBins.binCount == m_bins.binCount) {
        QVector<QRectF> marks;
        for (int b = 0; b < m_matchBins.binCount; ++b) {
            if (m_matchBins.count(0, b))
                marks.append(QRectF(b * binW - 1, 0, std::max(2.0, binW + 1), 4));
        }
        p.setBrush(colors.match());
        p.drawRects(marks);
    }
    // The visible window.
    const double x0 = xOf(m_timeline.visibleFrom());
    const double x1 = std::max(x0 + 3, xOf(m_timeline.visibleTo()));
    QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(45);
    p.setBrush(fill);
    p.setPen(QPen(accent, 1.5));
    p.drawRect(QRectF(x0, 0.5, x1 - x0, height() - 1));
    if (hasFocus()) {
        // Keyboard focus: a frame in the accent colour round the strip, as the timeline shows it,
        // and the window's edges drawn twice as thick.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(accent, 3));
        p.drawRect(QRectF(x0, 1.5, x1 - x0, height() - 3));
        p.setPen(QPen(accent, 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void OverviewStrip::keyPressEvent(QKeyEvent *event)
{
    const model::TimelineIndex &index = m_document.timeline();
    const Instant span = m_timeline.visibleTo() - m_timeline.visibleFrom();
    switch (event->key()) {
    case Qt::Key_Left:
        m_timeline.panBy(-0.1);
        break;
    case Qt::Key_Right:
        m_timeline.panBy(0.1);
        break;
    case Qt::Key_PageUp:
        m_timeline.panBy(-1.0);
        break;
    case Qt::Key_PageDown:
        m_timeline.panBy(1.0);
        break;
    case Qt::Key_Home:
        if (!index.isEmpty())
            m_timeline.setVisibleRange(index.first(), index.first() + span);
        break;
    case Qt::Key_End:
        if (!index.isEmpty())
            m_timeline.setVisibleRange(index.last() - span, index.last());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_timeline.zoomBy(0.5);
        break;
    case Qt::Key_Minus:
        m_timeline.zoomBy(2.0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void OverviewStrip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void OverviewStrip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    m_timeline.centerOn(timeAt(event->position().x()));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_timeline.centerOn(timeAt(event->position().x()));
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    m_timeline.zoomBy(std::pow(0.8, double(event->angleDelta().y()) / 120.0));
    event->accept();
}

} // namespace faultless::views
