#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace faultless::views {

// The user interface language: the choice in Preferences (QSettings "language"; empty = the
// system's), applied by installing Qt's and Faultless's translators. Installing a translator
// sends QEvent::LanguageChange, so widgets that retranslate in changeEvent() follow at once.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)
public:
    // (code, native name) of each shipped language, English first.
    static QList<QPair<QString, QString>> available();
    static QString chosen(); // "" = system
    static void setChosen(const QString &code);
    // Installs the translators for `code` ("" = system locale), replacing earlier ones.
    static bool apply(const QString &code);
};

} // namespace faultless::views
