#include "languagesettings.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace faultless::views {

namespace {
QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

QList<QPair<QString, QString>> LanguageSettings::available()
{
    return { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
}

QString LanguageSettings::chosen()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void LanguageSettings::setChosen(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

bool LanguageSettings::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    for (QPointer<QTranslator> *slot : { &qtTranslator(), &appTranslator() }) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    // English has a catalogue too: it holds the plural forms of "%n event(s)".
    const bool loaded
        = app->load(locale, QStringLiteral("faultless"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded) {
        QCoreApplication::installTranslator(app);
        appTranslator() = app;
    } else {
        delete app;
    }
    return loaded;
}

} // namespace faultless::views
