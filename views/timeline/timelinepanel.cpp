#include "timelinepanel.h"

#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "timeline/overviewstrip.h"
#include "timeline/spanlegend.h"
#include "timeline/timeaxis.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace faultless::views {

TimelinePanel::TimelinePanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new TimelineView(document, selection, this))
    , m_overview(new OverviewStrip(document, *m_view, this))
    , m_grouping(new QComboBox(this))
    , m_colorBy(new QComboBox(this))
    , m_range(new QLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    auto *groupLabel = new QLabel(tr("&Lanes:"), this);
    groupLabel->setBuddy(m_grouping);
    for (LaneLayout::Grouping g : LaneLayout::groupings())
        m_grouping->addItem(LaneLayout::groupingLabel(g), int(g));
    m_grouping->setAccessibleName(tr("Group lanes by"));
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_colorBy);
    m_colorBy->addItem(tr("Severity"), int(TimelineView::ColorBy::Severity));
    m_colorBy->addItem(tr("Kind"), int(TimelineView::ColorBy::Kind));
    m_colorBy->setAccessibleName(tr("Colour events by"));
    auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addSpacing(12);
    bar->addWidget(colorLabel);
    bar->addWidget(m_colorBy);
    bar->addSpacing(12);
    QToolButton *zoomOut = button(QStringLiteral("−"), tr("Zoom out (−)"), [this] { m_view->zoomBy(2.0); });
    QToolButton *zoomIn = button(QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_view->zoomBy(0.5); });
    QToolButton *fit = button(tr("Fit"), tr("Zoom to fit (0)"), [this] { m_view->zoomToFit(); });
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The bar never sets the width of the window's left side (at 1280x800 the range alone made it
    // 890 pixels and squeezed the docks): the range is cut when there is no room, whole in its
    // tooltip, and the combo boxes take the width of their shorter entries.
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grouping->setMinimumContentsLength(17);
    bar->addWidget(m_range, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_overview);
    layout->addWidget(m_view, 1);
    // Under the lanes, as a chart's key: a row of its own always has the room the bar lacks.
    auto *legendRow = new QHBoxLayout;
    legendRow->setContentsMargins(8, 1, 6, 1);
    legendRow->addWidget(new SpanLegend(this), 1);
    layout->addLayout(legendRow);
    // Tab goes top to bottom as the panel reads: the bar, the overview strip, the lanes (the view
    // was created first, which alone would put it before the strip).
    QWidget::setTabOrder(m_grouping, m_colorBy);
    QWidget::setTabOrder(m_colorBy, zoomOut);
    QWidget::setTabOrder(zoomOut, zoomIn);
    QWidget::setTabOrder(zoomIn, fit);
    QWidget::setTabOrder(fit, m_overview);
    QWidget::setTabOrder(m_overview, m_view);

    connect(m_grouping, &QComboBox::activated, this,
        [this] { m_view->setGrouping(LaneLayout::Grouping(m_grouping->currentData().toInt())); });
    connect(m_colorBy, &QComboBox::activated, this,
        [this] { m_view->setColorBy(TimelineView::ColorBy(m_colorBy->currentData().toInt())); });
    connect(m_view, &TimelineView::visibleRangeChanged, this, &TimelinePanel::updateRangeLabel);
    connect(m_view, &TimelineView::laneStateChanged, this, &TimelinePanel::syncControls);
    connect(&m_document, &model::ReviewDocument::opened, this, &TimelinePanel::syncControls);
    syncControls();
}

void TimelinePanel::syncControls()
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(m_view->laneLayout().grouping())));
    updateRangeLabel();
}

void TimelinePanel::updateRangeLabel()
{
    // Without events there is no range to tell (it would read 1970-01-01).
    if (!m_document.isOpen() || m_document.timeline().isEmpty()) {
        m_range->clear();
        return;
    }
    const QTimeZone zone = m_document.timeZone();
    m_range->setText(tr("%1 – %2 (%3)")
                         .arg(model::timestamps::toDisplay(m_view->visibleFrom(), zone),
                             model::timestamps::toDisplay(m_view->visibleTo(), zone),
                             TimeAxis::durationLabel(m_view->visibleTo() - m_view->visibleFrom())));
    m_range->setToolTip(m_range->text());
}

} // namespace faultless::views
