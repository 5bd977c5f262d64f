#include "tabrows.h"

#include <QButtonGroup>
#include <QResizeEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace faultless::views {

namespace {
constexpr int kSpacing = 4;
} // namespace

TabRows::TabRows(QTabWidget *tabs, QWidget *parent)
    : QWidget(parent)
    , m_tabs(tabs)
{
    setObjectName(QStringLiteral("tabRows"));
    tabs->tabBar()->hide();
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (int i = 0; i < tabs->count(); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button, i);
        m_buttons.append(button);
    }
    connect(group, &QButtonGroup::idClicked, tabs, &QTabWidget::setCurrentIndex);
    auto follow = [this](int index) {
        if (index >= 0 && index < m_buttons.size())
            m_buttons.at(index)->setChecked(true);
    };
    connect(tabs, &QTabWidget::currentChanged, this, follow);
    follow(tabs->currentIndex());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    syncTexts();
}

void TabRows::syncTexts()
{
    for (int i = 0; i < m_buttons.size() && i < m_tabs->count(); ++i) {
        m_buttons.at(i)->setText(m_tabs->tabText(i));
        const QString tip = m_tabs->tabToolTip(i);
        m_buttons.at(i)->setToolTip(tip.isEmpty() ? m_tabs->tabText(i).remove(QLatin1Char('&')) : tip);
    }
    updateGeometry();
    flow(width(), true);
}

int TabRows::flow(int width, bool apply) const
{
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    for (QToolButton *button : m_buttons) {
        const QSize size = button->sizeHint();
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += rowHeight + kSpacing;
            rowHeight = 0;
        }
        if (apply)
            button->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + kSpacing;
        rowHeight = std::max(rowHeight, size.height());
    }
    return y + rowHeight;
}

QSize TabRows::sizeHint() const
{
    int width = 0;
    for (QToolButton *button : m_buttons)
        width += button->sizeHint().width() + kSpacing;
    return { width, flow(width, false) };
}

QSize TabRows::minimumSizeHint() const
{
    int widest = 0;
    for (QToolButton *button : m_buttons)
        widest = std::max(widest, button->sizeHint().width());
    return { widest, flow(QWIDGETSIZE_MAX, false) };
}

void TabRows::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = flow(event->size().width(), true);
    if (needed != event->size().height())
        setFixedHeight(needed); // a second row appears or goes as the column narrows or widens
}

} // namespace faultless::views
