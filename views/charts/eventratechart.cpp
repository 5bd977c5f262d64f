#include "eventratechart.h"

#include "analysis/eventdensity.h"
#include "analysis/reversibility.h"
#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "timeline/timelinecolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <iterator>

namespace faultless::views {

using model::EventDensity;
using model::Instant;
using model::ReviewDocument;
using model::Severity;

namespace {
constexpr int kMaxPoints = 600; // per series; well under the 4k budget of docs/budgets.md

// Severity bands: [from, to] inclusive, with their legend labels.
struct Band
{
    Severity from;
    Severity to;
    const char *label;
};
const Band kBands[] = {
    { Severity::Unknown, Severity::Notice, QT_TRANSLATE_NOOP("EventRateChart", "Info and below") },
    { Severity::Warning, Severity::Warning, QT_TRANSLATE_NOOP("EventRateChart", "Warnings") },
    { Severity::Error, Severity::Emergency, QT_TRANSLATE_NOOP("EventRateChart", "Errors and worse") },
};
constexpr int kBandCount = int(std::size(kBands));
} // namespace

EventRateChart::EventRateChart(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_follow(new QCheckBox(tr("&Follow the timeline's range"), this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_flags(new QScatterSeries(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("eventRateChart"));
    setAccessibleName(tr("Event rate chart"));
    setAccessibleDescription(
        tr("Events per interval over time by severity, with flag changes and experiments "
           "overlaid."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200); // axis labels need room; shorter shows only ellipses
    m_view->setAccessibleName(tr("Events per interval over time"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("Events per interval"));
    for (const Band &band : kBands) {
        auto *series = new QLineSeries(this);
        series->setName(tr(band.label));
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series << series;
    }
    m_flags->setName(tr("Flag changes"));
    m_flags->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_flags->setMarkerSize(11);
    m_chart->addSeries(m_flags);
    m_flags->attachAxis(m_x);
    m_flags->attachAxis(m_y);
    m_follow->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_follow);

    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_delay, &QTimer::timeout, this, &EventRateChart::rebuild);
    connect(m_follow, &QCheckBox::toggled, m_delay, qOverload<>(&QTimer::start));
    connect(&m_selection, &EventSelection::visibleRangeChanged, this, [this] {
        if (m_follow->isChecked())
            m_delay->start();
    });
    connect(&m_document, &ReviewDocument::opened, m_delay, qOverload<>(&QTimer::start));
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Events || area == ReviewDocument::Area::Sources)
            m_delay->start();
    });
    applyTheme();
}

int EventRateChart::pointCount() const
{
    int n = 0;
    for (QLineSeries *s : m_series)
        n += int(s->count());
    return n;
}

void EventRateChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

void EventRateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void EventRateChart::applyTheme()
{
    const TimelineColors colors(palette());
    m_chart->setTheme(colors.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    const Severity representative[kBandCount] = { Severity::Info, Severity::Warning, Severity::Error };
    for (int i = 0; i < m_series.size(); ++i) {
        QPen pen(colors.severity(representative[i]), 1.6);
        m_series[i]->setPen(pen);
    }
    m_flags->setColor(colors.kind(model::EventKind::Flag));
    m_flags->setBorderColor(colors.kind(model::EventKind::Flag));
}

void EventRateChart::rebuild()
{
    if (!isVisible())
        return; // rebuilt when shown
    // Experiment shading is rebuilt from scratch: a few area series at most.
    const auto all = m_chart->series();
    for (QAbstractSeries *s : all) {
        if (qobject_cast<QAreaSeries *>(s)) {
            m_chart->removeSeries(s);
            delete s;
        }
    }
    const model::TimelineIndex &index = m_document.timeline();
    if (!m_document.isOpen() || index.isEmpty()) {
        for (QLineSeries *s : std::as_const(m_series))
            s->clear();
        m_flags->clear();
        // No axes without events: a default range would label them 1970-01-01.
        m_x->setVisible(false);
        m_y->setVisible(false);
        return;
    }
    m_x->setVisible(true);
    m_y->setVisible(true);
    Instant from = index.first();
    Instant to = std::max(index.last(), from + 1000);
    if (m_follow->isChecked() && m_selection.visibleFrom() != model::NoInstant
        && m_selection.visibleTo() > m_selection.visibleFrom()) {
        from = m_selection.visibleFrom();
        to = m_selection.visibleTo();
    }
    const int bins = std::clamp(width() / 3, 20, kMaxPoints);
    // QDateTimeAxis labels in the machine's zone; shift the values so that they read in the
    // review's zone like the rest of the workspace (x = ms since the epoch + this shift).
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(from / 1000, Qt::UTC);
    const double shiftMs = 1000.0
        * double(m_document.timeZone().offsetFromUtc(at) - QTimeZone::systemTimeZone().offsetFromUtc(at));
    auto xOf = [shiftMs](Instant t) { return double(t) / 1000.0 + shiftMs; };
    std::vector<int> bandOfSeverity(model::SeverityCount, 0);
    for (int b = 0; b < kBandCount; ++b) {
        for (int s = int(kBands[b].from); s <= int(kBands[b].to); ++s)
            bandOfSeverity[size_t(s)] = b;
    }
    const EventDensity::Bins density = EventDensity::compute(
        index, from, to, bins, EventDensity::Key::Severity, bandOfSeverity, kBandCount);
    quint32 maxCount = 1;
    for (int b = 0; b < kBandCount; ++b) {
        QList<QPointF> points;
        points.reserve(bins);
        for (int i = 0; i < bins; ++i) {
            const quint32 c = density.count(b, i);
            maxCount = std::max(maxCount, c);
            points.append(QPointF(xOf(density.binStart(i)), double(c)));
        }
        m_series[b]->replace(points); // one update, not one per point
    }
    m_x->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(xOf(from))), QDateTime::fromMSecsSinceEpoch(qint64(xOf(to))));
    m_x->setFormat(
        to - from > 2ll * 24 * 3600 * 1000000 ? QStringLiteral("d MMM") : QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(std::clamp(width() / 120, 2, 10));
    m_y->setRange(0, double(maxCount) * 1.1);

    QList<QPointF> flagPoints;
    for (const model::FlagReversal &r : model::Reversibility::compute(m_document.store())) {
        if (r.changedAt >= from && r.changedAt <= to)
            flagPoints.append(QPointF(xOf(r.changedAt), double(maxCount) * 1.05));
    }
    m_flags->replace(flagPoints);

    // Experiment runs as shaded spans.
    const TimelineColors colors(palette());
    bool named = false;
    for (const auto &[row, end] : index.spans()) {
        if (index.kind(row) != model::EventKind::Experiment)
            continue;
        const Instant start = index.instant(row);
        if (end < from || start > to)
            continue;
        auto *upper = new QLineSeries;
        upper->replace({ QPointF(xOf(std::max(start, from)), double(maxCount) * 1.1),
            QPointF(xOf(std::min(end, to)), double(maxCount) * 1.1) });
        auto *area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setName(tr("Experiment runs"));
        QColor fill = colors.kind(model::EventKind::Experiment);
        fill.setAlpha(50);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_x);
        area->attachAxis(m_y);
        const auto markers = m_chart->legend()->markers(area);
        for (QLegendMarker *marker : markers)
            marker->setVisible(!named);
        named = true;
    }
}

} // namespace faultless::views
