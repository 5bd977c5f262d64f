#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace faultless::views {

namespace {
bool isValueWidget(const QObject *object)
{
    if (!object || !object->isWidgetType())
        return false;
    if (qobject_cast<const QScrollBar *>(object))
        return false;
    return qobject_cast<const QAbstractSpinBox *>(object) || qobject_cast<const QComboBox *>(object)
        || qobject_cast<const QAbstractSlider *>(object);
}
} // namespace

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
    // Widgets polished before the guard came get their focus policy now.
    for (QWidget *widget : QApplication::allWidgets()) {
        if (isValueWidget(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
    }
}

bool WheelGuard::isGuarded(const QObject *widget)
{
    return isValueWidget(widget) && !static_cast<const QWidget *>(widget)->hasFocus();
}

void WheelGuard::passToParents(QWidget *widget, const QWheelEvent &wheel)
{
    // Up the parents until one takes it (a scroll area's viewport does). Done here rather than
    // left to QApplication, which passes a refused wheel on only in some cases (not past a widget
    // with Qt::WA_NoMousePropagation, not for a wheel event sent by the application).
    QPointF pos = wheel.position();
    for (QWidget *w = widget; !w->isWindow() && w->parentWidget();) {
        pos = w->mapToParent(pos);
        w = w->parentWidget();
        if (isGuarded(w))
            continue;
        QWheelEvent copy(pos, wheel.globalPosition(), wheel.pixelDelta(), wheel.angleDelta(), wheel.buttons(),
            wheel.modifiers(), wheel.phase(), wheel.inverted(), wheel.source(), wheel.pointingDevice());
        copy.ignore();
        QCoreApplication::sendEvent(w, &copy);
        if (copy.isAccepted())
            return;
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isValueWidget(watched)) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && isGuarded(watched)) {
        passToParents(static_cast<QWidget *>(watched), *static_cast<QWheelEvent *>(event));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace faultless::views
