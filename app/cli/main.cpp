// faultless-cli: the headless command line of docs/cli.md. Scripts depend on its arguments, its
// output and its exit codes (0 done, 1 usage, 2 nothing done, 3 done with rejected records).
#include "clicommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Exports render charts and PDF pages, which need a QGuiApplication (so does `archive`, which
    // puts the PDF and HTML briefings in the zip); it must never need a display, so it runs on
    // the offscreen platform unless the caller chose one.
    const bool needsGui
        = argc > 1 && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "archive") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("faultless-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Faultless"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAULTLESS_VERSION));
    // "faultless-cli 0.1.0": the program's name before its version, as GNU tools print it and as
    // packagers, help2man and bug reports expect.
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    // Messages in the user's language; English has a catalogue too, for its plural forms.
    QTranslator translator;
    if (translator.load(
            QLocale::system(), QStringLiteral("faultless"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/faultless_en")))
        QCoreApplication::installTranslator(&translator);
    return faultless::cli::run(QCoreApplication::arguments());
}
