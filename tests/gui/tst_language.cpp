// Switching the interface language at run time retitles the menus without a restart.
#include "testsupport.h"

#include "languagesettings.h"
#include "mainwindow.h"

#include <QMenu>
#include <QtTest>

using namespace faultless;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void switchesMenusLive_data();
    void switchesMenusLive();
    void cleanupTestCase() { views::LanguageSettings::apply(QStringLiteral("en")); }
};

void TestLanguage::switchesMenusLive_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("help");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Hilfe");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("Ay&uda");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help");
}

void TestLanguage::switchesMenusLive()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, help);
    views::LanguageSettings::apply(QStringLiteral("en"));
    views::MainWindow window;
    QCOMPARE(window.menu(views::MainWindow::Menu::File)->title(), QStringLiteral("&File"));
    QVERIFY(views::LanguageSettings::apply(language));
    QCoreApplication::processEvents();
    QCOMPARE(window.menu(views::MainWindow::Menu::File)->title(), file);
    QCOMPARE(window.menu(views::MainWindow::Menu::Help)->title(), help);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
