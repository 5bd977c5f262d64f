#pragma once

#include "analysis/eventdensity.h"

#include <QWidget>

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class TimelineView;

// The whole review in one strip: event density over the full range and a frame around what the
// timeline shows. Clicking or dragging moves the timeline there; the wheel zooms it. With the
// keyboard (it takes Tab focus): ←/→ move the window by a tenth of its width, Page Up/Page Down
// by its whole width, Home/End to the start/end of the review, +/− zoom.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    OverviewStrip(model::ReviewDocument &document, TimelineView &timeline, QWidget *parent = nullptr);

    QSize sizeHint() const override { return { 800, 34 }; }
    QSize minimumSizeHint() const override { return { 100, 24 }; }
    void setMatches(const std::vector<qint64> *rows); // search results, ascending rows; nullptr clears

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    void retranslate();
    model::Instant timeAt(double x) const;
    double xOf(model::Instant t) const;

    model::ReviewDocument &m_document;
    TimelineView &m_timeline;
    model::EventDensity::Bins m_bins;
    model::EventDensity::Bins m_matchBins;
    const std::vector<qint64> *m_matches = nullptr;
    model::Instant m_first = 0;
    model::Instant m_last = 1;
};

} // namespace faultless::views
