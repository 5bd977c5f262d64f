#include "spanlegend.h"

#include "timeline/timelinecolors.h"

#include <QEvent>
#include <QPainter>

namespace faultless::views {

namespace {
constexpr int kSampleWidth = 22;
constexpr int kGap = 4; // between a sample and its text
constexpr int kSpacing = 12; // between entries
} // namespace

SpanLegend::SpanLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("spanLegend"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    updateToolTip();
}

QList<SpanLegend::Entry> SpanLegend::entries() const
{
    return { { Sample::Bar, tr("experiment run, alert firing") }, { Sample::Solid, tr("flag on") },
        { Sample::Dashed, tr("partial rollout") }, { Sample::Dotted, tr("flag state not recorded") },
        { Sample::Tick, tr("flag change; no line: off") } };
}

void SpanLegend::updateToolTip()
{
    QString tip = tr("What the lines and bars over the lanes mean:");
    for (const Entry &entry : entries())
        tip += QStringLiteral("\n• ") + entry.text;
    setToolTip(tip);
    setAccessibleName(tr("Timeline legend"));
    setAccessibleDescription(tip);
}

QSize SpanLegend::sizeHint() const
{
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const QFontMetrics fm(small);
    int width = 0;
    for (const Entry &entry : entries())
        width += kSampleWidth + kGap + fm.horizontalAdvance(entry.text) + kSpacing;
    return { width, fm.height() + 4 };
}

void SpanLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetrics fm(small);
    const TimelineColors colors(palette());
    const QColor flag = colors.kind(model::EventKind::Flag);
    const QColor run = colors.kind(model::EventKind::Experiment);
    const double y = height() / 2.0;
    int x = 0;
    for (const Entry &entry : entries()) {
        const int textWidth = fm.horizontalAdvance(entry.text);
        if (x + kSampleWidth + kGap + textWidth > width())
            break; // the tooltip lists the rest
        QPen pen(flag, 2);
        pen.setCapStyle(Qt::FlatCap);
        switch (entry.sample) {
        case Sample::Bar: {
            QColor fill = run;
            fill.setAlpha(70);
            p.setPen(QPen(run, 1.2));
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(x + 1, y - 4.5, kSampleWidth - 2, 9), 3, 3);
            break;
        }
        case Sample::Solid:
        case Sample::Dashed:
        case Sample::Dotted:
            if (entry.sample == Sample::Dashed)
                pen.setStyle(Qt::DashLine);
            if (entry.sample == Sample::Dotted) {
                pen.setWidthF(1.5);
                pen.setStyle(Qt::DotLine);
            }
            p.setPen(pen);
            p.drawLine(QPointF(x, y), QPointF(x + kSampleWidth, y));
            break;
        case Sample::Tick:
            p.setPen(pen);
            p.drawLine(QPointF(x + kSampleWidth / 2.0, y - 4), QPointF(x + kSampleWidth / 2.0, y + 3));
            break;
        }
        x += kSampleWidth + kGap;
        p.setPen(colors.mutedText());
        p.drawText(QRect(x, 0, textWidth + 1, height()), Qt::AlignVCenter | Qt::AlignLeft, entry.text);
        x += textWidth + kSpacing;
    }
}

void SpanLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateToolTip();
    QWidget::changeEvent(event);
}

} // namespace faultless::views
