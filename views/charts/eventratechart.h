#pragma once

#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QTimer;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;

// Event rate over time, one line per severity band, with flag changes marked and experiment runs
// shaded. Fed from model::EventDensity bins (at most a few hundred points per series, never one
// point per event), and each series is replaced in one call, never appended to while shown.
class EventRateChart : public QWidget
{
    Q_OBJECT
public:
    EventRateChart(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    // Points currently fed to the severity series (tests check the decimation).
    int pointCount() const;
    QChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    QChart *m_chart;
    QChartView *m_view;
    QCheckBox *m_follow;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series; // severity bands
    QScatterSeries *m_flags;
    QTimer *m_delay;
};

} // namespace faultless::views
