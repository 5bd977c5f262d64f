#pragma once

#include <QObject>

class QWheelEvent;

namespace faultless::views {

// Keeps the mouse wheel from changing values the user did not mean to touch: over a spin box,
// combo box or slider that does not have the keyboard focus, the wheel scrolls the pane around
// it instead (scrolling Event Details over the Phase box used to set phases, one undo step per
// notch). Click or Tab into the widget first, then the wheel changes it as before.
//
// One event filter on the application: widgets are switched from Qt::WheelFocus to
// Qt::StrongFocus as they are polished (the wheel would otherwise give them the focus before any
// filter sees it), and a wheel event for an unfocused one is kept from it and offered to its
// parents in turn until one takes it. Scroll bars are left alone.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the application once; later calls do nothing.
    static void install();
    // Whether the guard keeps wheel events from `widget` (a value widget without the focus).
    static bool isGuarded(const QObject *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    static void passToParents(QWidget *widget, const QWheelEvent &wheel);
};

} // namespace faultless::views
