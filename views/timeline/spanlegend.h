#pragma once

#include <QWidget>

namespace faultless::views {

// A one-line key to the lines and bars the timeline draws over its lanes (issue 21: "dashed in
// some places and solid in others with no legend"): experiment runs and alerts as bars, the
// flag-state line solid while on, dashed for a partial rollout, dotted where the state is not
// recorded, ending at a tick where the flag was turned off. Drawn with the timeline's colours;
// entries that do not fit are left out (never widening the window) and the tooltip has them all.
class SpanLegend : public QWidget
{
    Q_OBJECT
public:
    enum class Sample { Bar, Solid, Dashed, Dotted, Tick };
    struct Entry
    {
        Sample sample;
        QString text;
    };

    explicit SpanLegend(QWidget *parent = nullptr);
    QList<Entry> entries() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return { 0, sizeHint().height() }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
};

} // namespace faultless::views
