// faultless: the desktop application.
#include "document/demoreview.h"
#include "document/memorytuning.h"
#include "eventselection.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "store/serverlocation.h"
#include "timeline/eventactions.h"
#include "timeline/timelinecolors.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace faultless;

namespace {

// The reverse-DNS id names the .desktop file, the AppStream metainfo and the icon
// (resources/desktop, resources/icons), so that desktops match the window to its launcher entry.
const QString kAppId = QStringLiteral("io.github.faultless.Faultless");

// The command line of the GUI. Built twice: once before the application exists, to see whether
// the call only prints (help, version), and once after, with the user's language installed.
class CommandLine
{
public:
    CommandLine()
        : help(parser.addHelpOption())
        , version(parser.addVersionOption())
        , demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the bundled demo review"))
        , screenshot(QStringLiteral("screenshot"),
              QCoreApplication::translate("main", "Save a screenshot of the window and quit"),
              QStringLiteral("FILE"))
        , colorScheme(QStringLiteral("color-scheme"),
              QCoreApplication::translate("main", "Colours: light, dark or system (default)"),
              QStringLiteral("SCHEME"))
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Blameless incident learning reviews"));
        parser.addPositionalArgument(QStringLiteral("review"),
            QCoreApplication::translate("main", "Review to open"), QStringLiteral("[REVIEW]"));
        parser.addOption(demo);
        parser.addOption(screenshot);
        parser.addOption(colorScheme);
    }

    QCommandLineParser parser;
    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption demo;
    const QCommandLineOption screenshot;
    const QCommandLineOption colorScheme;
};

// --help and --version only print, so they must work without a display (over ssh, for packagers
// and man-page tools): such a call gets a QCoreApplication instead of a QApplication. The
// parser decides, so `--screenshot -v` still means a file named "-v". --help-all shows Qt's GUI
// options too, which only a QApplication knows, so it is left to the GUI path.
bool onlyPrints(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    commandLine.parser.parse(arguments);
    return commandLine.parser.isSet(commandLine.help) || commandLine.parser.isSet(commandLine.version);
}

// The hand-drawn icon in every hicolor size, compiled in from resources/icons.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId), QSize(size, size));
    return icon;
}

// The system's palette with any text pair below WCAG AA corrected, or a forced light or dark
// scheme (on Fusion, the one style that draws every control from the palette).
void applyColorScheme(const QString &name)
{
    const views::ColorScheme scheme = views::colorSchemeFromString(name);
    if (scheme != views::ColorScheme::System) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }
    QApplication::setPalette(
        views::applicationPalette(scheme, QApplication::palette(), QApplication::style()->standardPalette()));
}

// The bundled demo review, written to the user's data folder on first use; empty on failure.
QString demoReviewPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    QString error;
    const QString path
        = model::DemoReview::ensure(QDir(dir).filePath(QStringLiteral("demo.faultless")), &error);
    if (path.isEmpty())
        qWarning("%s", qPrintable(error));
    return path;
}

// The event menu at the current event's mark, opened from the event loop (it blocks until closed).
void showEventMenu(views::MainWindow &window)
{
    auto *actions = window.findChild<views::EventActions *>();
    auto *timeline = window.findChild<views::TimelineView *>();
    const qint64 id = window.selection().currentEvent();
    const auto at = timeline ? timeline->positionOfEvent(id) : std::nullopt;
    if (!actions || !at)
        return;
    if (qEnvironmentVariable("FAULTLESS_SHOW_EVENT_MENU") == QLatin1String("cite")) {
        QTimer::singleShot(500, &window, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            auto *cite = menu ? menu->findChild<QMenu *>(QStringLiteral("citeMenu")) : nullptr;
            if (cite) {
                menu->setActiveAction(cite->menuAction());
                cite->popup(menu->mapToGlobal(menu->actionGeometry(cite->menuAction()).topRight()));
            }
        });
    }
    actions->popup(id, timeline->mapToGlobal(*at));
}

// What --screenshot saves: the window, a dialog alone, or a dialog over the window.
enum class ScreenshotOf { Window, Dialog, DialogOverWindow };

// Hidden, for screenshots: FAULTLESS_SHOW_EXPORT=1 opens File > Export Briefing… (the dialog
// alone is saved then) and FAULTLESS_SHOW_TEAM_SERVER=1 File > Open from Team Server… (saved
// over the window); FAULTLESS_SELECT_ROW=N selects row N of the event table as a click would;
// FAULTLESS_SHOW_EVENT_MENU=1 opens the event menu at the current event's mark (=cite: with its
// factor list open); FAULTLESS_IMPORT, below.
ScreenshotOf showPanelsFromEnvironment(views::MainWindow &window)
{
    ScreenshotOf what = ScreenshotOf::Window;
    if (qEnvironmentVariableIsSet("FAULTLESS_SHOW_EXPORT")) {
        if (auto *action = window.findChild<QAction *>(QStringLiteral("exportBriefingAction")))
            action->trigger();
        what = ScreenshotOf::Dialog;
    } else if (qEnvironmentVariableIsSet("FAULTLESS_SHOW_TEAM_SERVER")) {
        // Its dialog is modal: opened from the event loop, so that main() goes on to schedule
        // the screenshot.
        if (auto *action = window.findChild<QAction *>(QStringLiteral("openFromServerAction")))
            QTimer::singleShot(0, action, &QAction::trigger);
        what = ScreenshotOf::DialogOverWindow;
    }
    // FAULTLESS_IMPORT=FILE:FILE:... imports those files into the open review (the import's
    // summary is saved over the window).
    const QStringList imports
        = qEnvironmentVariable("FAULTLESS_IMPORT").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (!imports.isEmpty()) {
        window.importFiles(imports);
        what = ScreenshotOf::DialogOverWindow;
    }
    bool rowOk = false;
    const int selectRow = qEnvironmentVariableIntValue("FAULTLESS_SELECT_ROW", &rowOk);
    if (rowOk && window.eventTable()->model())
        window.eventTable()->selectRow(selectRow);
    if (qEnvironmentVariableIsSet("FAULTLESS_SHOW_EVENT_MENU")) {
        QTimer::singleShot(1000, &window, [&window] { showEventMenu(window); });
        what = ScreenshotOf::DialogOverWindow;
    }
    return what;
}

// The window with `dialog` drawn where it stands over it, as a screen shows them, and any open
// popup menus over both.
QPixmap grabOver(QWidget &window, QWidget &dialog)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    auto drawOver = [&](QWidget &w) {
        painter.drawPixmap(w.frameGeometry().topLeft() - window.frameGeometry().topLeft(), w.grab());
    };
    if (!qobject_cast<QMenu *>(&dialog))
        drawOver(dialog);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && qobject_cast<QMenu *>(w))
            drawOver(*w);
    }
    return shot;
}

// Saves the window (or the dialog, once an export preview had time to render) and quits; exit
// code 1 when the image could not be written, so scripts and tests notice. Hidden:
// FAULTLESS_SCREENSHOT_DELAY_MS waits longer, e.g. for a team-server review to change meanwhile.
void scheduleScreenshot(views::MainWindow &window, const QString &file, ScreenshotOf what)
{
    bool delayOk = false;
    const int delay = qEnvironmentVariableIntValue("FAULTLESS_SCREENSHOT_DELAY_MS", &delayOk);
    const int defaultDelay = what == ScreenshotOf::Window ? 1500 : 6000;
    QTimer::singleShot(delayOk && delay > 0 ? delay : defaultDelay, &window, [&window, file, what] {
        QWidget *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && (qobject_cast<QDialog *>(w) || (!dialog && qobject_cast<QMenu *>(w))))
                dialog = w;
        }
        QPixmap shot;
        if (dialog && what == ScreenshotOf::Dialog)
            shot = dialog->grab();
        else if (dialog && what == ScreenshotOf::DialogOverWindow)
            shot = grabOver(window, *dialog);
        else
            shot = window.grab();
        if (!shot.save(file)) {
            qWarning("%s",
                qPrintable(QCoreApplication::translate("main", "Could not save the screenshot to %1")
                               .arg(QDir::toNativeSeparators(file))));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    faultless::model::keepFreedMemoryForReuse();
    const bool printOnly = onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (printOnly)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Faultless"));
    QCoreApplication::setApplicationName(QStringLiteral("Faultless"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAULTLESS_VERSION));
    // The language chosen in Preferences, else the system's.
    views::LanguageSettings::apply(views::LanguageSettings::chosen());

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (printOnly) {
        parser.parse(QCoreApplication::arguments());
        if (parser.isSet(commandLine.version))
            parser.showVersion();
        parser.showHelp();
    }
    QGuiApplication::setDesktopFileName(kAppId);
    QApplication::setWindowIcon(applicationIcon());
    parser.process(*app);
    applyColorScheme(parser.isSet(commandLine.colorScheme)
            ? parser.value(commandLine.colorScheme)
            : QSettings().value(QStringLiteral("colorScheme")).toString());

    views::MainWindow window;
    window.show();
    const QString toOpen
        = parser.isSet(commandLine.demo) ? demoReviewPath() : parser.positionalArguments().value(0);
    if (model::ServerLocation::isServerName(toOpen))
        window.openServerReview(toOpen); // pulled into the cache, then opened
    else if (!toOpen.isEmpty())
        window.openReview(toOpen);
    const ScreenshotOf screenshotOf = showPanelsFromEnvironment(window);
    if (parser.isSet(commandLine.screenshot))
        scheduleScreenshot(window, parser.value(commandLine.screenshot), screenshotOf);
    return QCoreApplication::exec();
}
