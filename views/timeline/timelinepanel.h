#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;
class OverviewStrip;
class TimelineView;

// The timeline with its controls: a small bar (group lanes by, colour by, zoom), the overview
// strip and the lanes.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }

private:
    void syncControls();
    void updateRangeLabel();

    model::ReviewDocument &m_document;
    TimelineView *m_view;
    OverviewStrip *m_overview;
    QComboBox *m_grouping;
    QComboBox *m_colorBy;
    QLabel *m_range;
};

} // namespace faultless::views
