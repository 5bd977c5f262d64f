// faultless: the desktop application.
#include "document/demoreview.h"
#include "document/memorytuning.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "timeline/timelinecolors.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace faultless;

int main(int argc, char *argv[])
{
    faultless::model::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Faultless"));
    QCoreApplication::setApplicationName(QStringLiteral("Faultless"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAULTLESS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("faultless"));
    // The language chosen in Preferences, else the system's.
    views::LanguageSettings::apply(views::LanguageSettings::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Blameless incident learning reviews"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("review"), QCoreApplication::translate("main", "Review to open"),
                                 QStringLiteral("[REVIEW]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the bundled demo review"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a screenshot of the window and quit"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QCoreApplication::translate("main", "Colours: light, dark or system (default)"),
                                         QStringLiteral("SCHEME"));
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.addOption(colorScheme);
    parser.process(app);

    // The system's palette with any text pair below WCAG AA corrected, or a forced light or dark
    // scheme (on Fusion, the one style that draws every control from the palette).
    const views::ColorScheme scheme = views::colorSchemeFromString(
        parser.isSet(colorScheme) ? parser.value(colorScheme) : QSettings().value(QStringLiteral("colorScheme")).toString());
    if (scheme != views::ColorScheme::System) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }
    QApplication::setPalette(views::applicationPalette(scheme, QApplication::palette(),
                                                       QApplication::style()->standardPalette()));

    views::MainWindow window;
    window.show();
    QString toOpen = parser.positionalArguments().value(0);
    if (parser.isSet(demo)) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QDir().mkpath(dir);
        QString error;
        toOpen = model::DemoReview::ensure(QDir(dir).filePath(QStringLiteral("demo.faultless")), &error);
        if (toOpen.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    if (!toOpen.isEmpty())
        window.openReview(toOpen);
    // Hidden, for screenshots of the export dialog: FAULTLESS_SHOW_EXPORT=1 opens File > Export
    // Briefing… and the screenshot is of that dialog once its preview had time to render.
    const bool showExport = qEnvironmentVariableIsSet("FAULTLESS_SHOW_EXPORT");
    if (showExport) {
        if (auto *action = window.findChild<QAction *>(QStringLiteral("exportBriefingAction")))
            action->trigger();
    }
    // Hidden, for screenshots of the event details: FAULTLESS_SELECT_ROW=N selects row N of the
    // event table as a click would.
    bool rowOk = false;
    const int selectRow = qEnvironmentVariableIntValue("FAULTLESS_SELECT_ROW", &rowOk);
    if (rowOk && window.eventTable()->model())
        window.eventTable()->selectRow(selectRow);
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(showExport ? 6000 : 1500, &window, [&window, file, showExport] {
            QWidget *target = &window;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (showExport && w->isVisible() && qobject_cast<QDialog *>(w))
                    target = w;
            }
            target->grab().save(file);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
