#pragma once

#include <QList>
#include <QWidget>

class QTabWidget;
class QToolButton;

namespace faultless::views {

// A QTabWidget's pages named by buttons that wrap onto a second row when the width asks for it,
// in place of its tab bar: the six sense-making pages in the right column (about 345 pixels at
// 1280x800) left "Opportunit…" cut and "Categories" behind the tab bar's scroll arrows, and
// even at 1920x1080 "Categories" was cut. The QTabWidget stays the owner of the pages and of the
// current index; the buttons follow it, and their texts (with their mnemonics) its tab texts.
class TabRows : public QWidget
{
    Q_OBJECT
public:
    explicit TabRows(QTabWidget *tabs, QWidget *parent = nullptr);

    // Takes the tab widget's current tab texts and tooltips (after a change of language).
    void syncTexts();

    // One row's height: the rows the width needs are set as a fixed height once laid out (a
    // minimum of one button per row would make the whole column, and the window, taller).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Places the buttons in rows within `width` (when `apply`) and returns the rows' height.
    int flow(int width, bool apply) const;

    QTabWidget *m_tabs;
    QList<QToolButton *> m_buttons;
};

} // namespace faultless::views
