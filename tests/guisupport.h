#pragma once

// Shared by the widget tests (tests/gui): screens of chosen sizes on the offscreen platform, and
// acting on a modal dialog or a popup menu, whose exec() blocks the test until it is closed.
#include <QApplication>
#include <QFile>
#include <QList>
#include <QMessageBox>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace faultless::tests {

// Makes the offscreen platform show screens of `sizes`, side by side from the left (the first is
// the primary screen), whatever size it gives by default: its configuration file, written into
// `dir`, names the screens. Call before the QApplication is made; false when the file cannot be
// written.
inline bool useOffscreenScreens(const QTemporaryDir &dir, const QList<QSize> &sizes)
{
    QStringList screens;
    int x = 0;
    for (const QSize &size : sizes) {
        screens << QStringLiteral(R"({"name": "screen%1", "x": %2, "y": 0, "width": %3, "height": %4, )"
                                  R"("logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})")
                       .arg(screens.size())
                       .arg(x)
                       .arg(size.width())
                       .arg(size.height());
        x += size.width();
    }
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QStringLiteral("{\"screens\": [%1]}").arg(screens.join(QStringLiteral(", "))).toUtf8())
            < 0)
        return false;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    return true;
}

// Runs `act` every 20 ms until it returns true: on the next modal dialog or popup menu once it is
// up (exec() blocks the test).
inline void whenShown(std::function<bool()> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act] {
        if (act()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Import notes ("naive timestamps read as UTC") come in a message box: closed as they come, for as
// long as `owner` lives.
inline void closeMessageBoxes(QObject *owner)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, owner, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->done(QMessageBox::Close);
    });
    timer->start();
}

} // namespace faultless::tests
