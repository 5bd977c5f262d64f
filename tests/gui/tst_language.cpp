// Switching the interface language at run time retitles the menus, the docks and panels and an
// open dialog without a restart.
#include "testsupport.h"

#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "export/exportdialog.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace faultless;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void switchesMenusLive_data();
    void switchesMenusLive();
    void switchesPanelsAndDialogsLive_data();
    void switchesPanelsAndDialogsLive();
    void cleanupTestCase() { views::LanguageSettings::apply(QStringLiteral("en")); }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.faultless"));
    QString error;
    QVERIFY2(model::DemoReview::build(m_demo, &error), qPrintable(error));
}

void TestLanguage::switchesMenusLive_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("help");
    QTest::addColumn<QString>("undo");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Hilfe")
                            << QStringLiteral("&Rückgängig");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("Ay&uda")
                             << QStringLiteral("&Deshacer");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help")
                             << QStringLiteral("&Undo");
}

void TestLanguage::switchesMenusLive()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, help);
    QFETCH(QString, undo);
    views::LanguageSettings::apply(QStringLiteral("en"));
    views::MainWindow window;
    QCOMPARE(window.menu(views::MainWindow::Menu::File)->title(), QStringLiteral("&File"));
    auto undoAction = [&window]() -> QAction * {
        for (QAction *action : window.menu(views::MainWindow::Menu::Edit)->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                return action;
        }
        return nullptr;
    };
    QVERIFY(undoAction());
    QCOMPARE(undoAction()->text(), QStringLiteral("&Undo"));
    QVERIFY(views::LanguageSettings::apply(language));
    QCoreApplication::processEvents();
    QCOMPARE(window.menu(views::MainWindow::Menu::File)->title(), file);
    QCOMPARE(window.menu(views::MainWindow::Menu::Help)->title(), help);
    // Edit > Undo too (QUndoStack's own actions would keep the prefix they were made with).
    QCOMPARE(undoAction()->text(), undo);
}

void TestLanguage::switchesPanelsAndDialogsLive_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dockTitle");
    QTest::addColumn<QString>("addFactor");
    QTest::addColumn<QString>("factorList");
    QTest::addColumn<QString>("preferencesLabel");
    QTest::addColumn<QString>("exportTitle");
    QTest::addColumn<QString>("exportLabel");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Einordnung")
                            << QStringLiteral("&Hinzufügen") << QStringLiteral("Beitragende Faktoren")
                            << QStringLiteral("&Sprache:") << QStringLiteral("Kurzbericht exportieren")
                            << QStringLiteral("Ziel&gruppe:");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Construcción de sentido")
                             << QStringLiteral("&Añadir") << QStringLiteral("Factores contribuyentes")
                             << QStringLiteral("&Idioma:") << QStringLiteral("Exportar informe")
                             << QStringLiteral("&Público:");
}

static QString labelOf(QWidget *field)
{
    for (QLabel *label : field->window()->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return {};
}

void TestLanguage::switchesPanelsAndDialogsLive()
{
    QFETCH(QString, language);
    QFETCH(QString, dockTitle);
    QFETCH(QString, addFactor);
    QFETCH(QString, factorList);
    QFETCH(QString, preferencesLabel);
    QFETCH(QString, exportTitle);
    QFETCH(QString, exportLabel);
    views::LanguageSettings::apply(QStringLiteral("en"));
    views::MainWindow window;
    QVERIFY(window.openReview(m_demo));
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sensemakingDock"));
    auto *add = window.findChild<QPushButton *>(QStringLiteral("addFactorButton"));
    auto *list = window.findChild<QWidget *>(QStringLiteral("factorList"));
    QVERIFY(dock && add && list);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Sense-making"));
    QCOMPARE(add->text(), QStringLiteral("&Add"));
    // Two dialogs open while the language changes: Preferences (modal in the app, where the choice
    // is made) and the export dialog, which stays open beside the window.
    views::PreferencesDialog preferences(&window);
    preferences.show();
    auto *languageCombo = preferences.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(labelOf(languageCombo), QStringLiteral("&Language:"));
    views::ExportDialog exportDialog(window.document(), &window);
    exportDialog.show();
    auto *audience = exportDialog.findChild<QComboBox *>(QStringLiteral("audience"));
    QCOMPARE(exportDialog.windowTitle(), QStringLiteral("Export Briefing"));
    QCOMPARE(labelOf(audience), QStringLiteral("&Audience:"));

    QVERIFY(views::LanguageSettings::apply(language));
    QCoreApplication::processEvents();
    QCOMPARE(dock->windowTitle(), dockTitle);
    QCOMPARE(dock->toggleViewAction()->text(), dockTitle);
    QCOMPARE(add->text(), addFactor);
    QCOMPARE(list->accessibleName(), factorList);
    QCOMPARE(QAccessible::queryAccessibleInterface(list)->text(QAccessible::Name), factorList);
    QCOMPARE(labelOf(languageCombo), preferencesLabel);
    QCOMPARE(exportDialog.windowTitle(), exportTitle);
    QCOMPARE(labelOf(audience), exportLabel);

    // And back.
    QVERIFY(views::LanguageSettings::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(dock->windowTitle(), QStringLiteral("Sense-making"));
    QCOMPARE(labelOf(audience), QStringLiteral("&Audience:"));
    QTRY_VERIFY_WITH_TIMEOUT(!exportDialog.isBusy(), 20000);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
