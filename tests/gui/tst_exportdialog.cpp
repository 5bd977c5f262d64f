// File > Export Briefing…: the action, the live preview on a worker thread, options that change
// the preview, and an export written in the background.
#include "testsupport.h"

#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "export/exportdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace faultless;

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void actionIsInFileMenuWithShortcut();
    void previewFollowsOptions();
    void exportsInTheBackground_data();
    void exportsInTheBackground();
    void closingDuringWorkIsSafe();
    void flaggedSentencesAskBeforeExport();
    void exportWaitsForTheWordingCheckWithoutBlocking();

private:
    bool openWithSentence(
        model::ReviewDocument &document, const QString &name, const QString &sentence) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

// A copy of the demo, open in `document`, with one more highlighted note of the reviewers' own.
bool TestExportDialog::openWithSentence(
    model::ReviewDocument &document, const QString &name, const QString &sentence) const
{
    const QString review = m_dir.filePath(name);
    return QFile::copy(m_demo, review) && document.open(review)
        && document.store().exec(QStringLiteral("INSERT INTO events(instant, kind, text, manual, highlighted,"
                                                " phase) VALUES(?, 6, ?, 1, 1, 'diagnosis')"),
            { qint64(1773497400000000), sentence });
}

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.faultless"));
    QString error;
    QVERIFY2(model::DemoReview::build(m_demo, &error), qPrintable(error));
}

void TestExportDialog::actionIsInFileMenuWithShortcut()
{
    views::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("exportBriefingAction"));
    QVERIFY(action);
    QVERIFY(window.menu(views::MainWindow::Menu::File)->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!action->isEnabled()); // no review open
    QVERIFY(window.openReview(m_demo));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<views::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->preview()->toPlainText().contains(QStringLiteral("Contributing factors")), 20000);
    dialog->close();
}

void TestExportDialog::previewFollowsOptions()
{
    model::ReviewDocument document;
    QVERIFY(document.open(m_demo));
    views::ExportDialog dialog(document);
    dialog.show();
    QTextBrowser *preview = dialog.preview();
    QVERIFY(!preview->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->toPlainText().contains(QStringLiteral("Checkout latency during the pricing-engine rollout")),
        20000);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("told by Bob Okafor")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Terms used")));

    // Pseudonyms: the preview re-renders without the names.
    auto *pseudonymise = dialog.findChild<QCheckBox *>(QStringLiteral("pseudonymise"));
    QVERIFY(pseudonymise->text().contains(QStringLiteral("pseudonyms")));
    pseudonymise->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("told by Engineer B")), 20000);
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Bob Okafor")));
    QVERIFY(dialog.options().pseudonymise);

    // Audience: practitioners get their default sections ticked and the detailed analysis.
    auto *audience = dialog.findChild<QComboBox *>(QStringLiteral("audience"));
    QCOMPARE(audience->accessibleName(), QStringLiteral("Audience"));
    audience->setCurrentIndex(audience->findData(int(model::BriefingAudience::Practitioner)));
    QCOMPARE(dialog.options().effectiveSections(),
        model::BriefingOptions::defaultSections(model::BriefingAudience::Practitioner));
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("Questions and answers")), 20000);
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Terms used")));

    // Unticking a section removes it from the preview.
    auto *sections = dialog.findChild<QListWidget *>(QStringLiteral("sections"));
    for (int i = 0; i < sections->count(); ++i) {
        if (sections->item(i)->data(Qt::UserRole).toUInt() == quint32(model::BriefingSection::Narratives))
            sections->item(i)->setCheckState(Qt::Unchecked);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        !preview->toPlainText().contains(QStringLiteral("From the on-call seat")), 20000);
    QVERIFY(!dialog.options().effectiveSections().testFlag(model::BriefingSection::Narratives));

    // An edit to the review shows up in the preview.
    QVERIFY(document.store().exec(
        QStringLiteral("UPDATE meta SET value = 'Renamed incident' WHERE key = 'title'")));
    emit document.changed(model::ReviewDocument::Area::Meta, 0);
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("Renamed incident")), 20000);
    QVERIFY(document.store().exec(QStringLiteral(
        "UPDATE meta SET value = 'Checkout latency during the pricing-engine rollout' WHERE key = 'title'")));
}

void TestExportDialog::exportsInTheBackground_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << int(model::BriefingFormat::Pdf) << QByteArray("%PDF-");
    QTest::newRow("html") << int(model::BriefingFormat::Html) << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << int(model::BriefingFormat::Markdown) << QByteArray("# Checkout latency");
}

void TestExportDialog::exportsInTheBackground()
{
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    model::ReviewDocument document;
    QVERIFY(document.open(m_demo));
    views::ExportDialog dialog(document);
    model::BriefingOptions options = dialog.options();
    options.format = model::BriefingFormat(format);
    dialog.setOptions(options);
    QVERIFY(dialog.suggestedFileName().startsWith(
        QStringLiteral("checkout-latency-during-the-pricing-engine-rollout-briefing.")));
    const QString path = m_dir.filePath(QStringLiteral("dialog-") + QLatin1String(QTest::currentDataTag()));
    QSignalSpy finished(&dialog, &views::ExportDialog::exportFinished);
    dialog.exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(start));
}

void TestExportDialog::closingDuringWorkIsSafe()
{
    model::ReviewDocument document;
    QVERIFY(document.open(m_demo));
    const QString path = m_dir.filePath(QStringLiteral("abandoned.pdf"));
    {
        views::ExportDialog dialog(document);
        dialog.show();
        dialog.exportTo(path);
        QVERIFY(dialog.isBusy());
    } // destroyed mid-work: cancels and waits for its worker
    QVERIFY(!QFile::exists(path) || QFileInfo(path).size() > 0);
}

// Blameless at the door: a leaders' briefing with a sentence the language check flags asks the
// facilitator first; "Cancel and Reword" stops the export, "Export Anyway" lets it go on.
void TestExportDialog::flaggedSentencesAskBeforeExport()
{
    model::ReviewDocument document;
    QVERIFY(openWithSentence(document, QStringLiteral("flagged.faultless"),
        QStringLiteral("The on-call engineer should have checked the experiment calendar.")));
    views::ExportDialog dialog(document);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.preview()->toPlainText().contains(QStringLiteral("experiment calendar")), 20000);
    QCOMPARE(dialog.options().audience, model::BriefingAudience::Leader);
    auto answer = [](const char *button, QString *shown) {
        QTimer::singleShot(0, [button, shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("flaggedSentencesBox"));
            *shown = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->objectName() == QLatin1String(button)
                    || (!*button && b != box->findChild<QPushButton *>(QStringLiteral("exportAnyway"))))
                    b->click();
            }
        });
    };
    QString shown;
    answer("", &shown); // the other button: Cancel and Reword
    QVERIFY(!dialog.confirmFlaggedSentences());
    QVERIFY2(
        shown.contains(QStringLiteral("The on-call engineer should have checked the experiment calendar.")),
        qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("should have")));
    answer("exportAnyway", &shown);
    QVERIFY(dialog.confirmFlaggedSentences());
    // Practitioners are not asked.
    auto *audience = dialog.findChild<QComboBox *>(QStringLiteral("audience"));
    audience->setCurrentIndex(audience->findData(int(model::BriefingAudience::Practitioner)));
    QVERIFY(dialog.confirmFlaggedSentences());
}

// Export… while the preview is stale (options just changed) does not check the wording on the
// window's thread: the dialog says it is checking, and asks once the preview's check is in.
void TestExportDialog::exportWaitsForTheWordingCheckWithoutBlocking()
{
    model::ReviewDocument document;
    QVERIFY(openWithSentence(
        document, QStringLiteral("stale.faultless"), QStringLiteral("The deploy was obviously careless.")));
    views::ExportDialog dialog(document);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->toPlainText().contains(QStringLiteral("careless")), 20000);
    QTRY_VERIFY(!dialog.wordingCheckPending());
    auto *pseudonymise = dialog.findChild<QCheckBox *>(QStringLiteral("pseudonymise"));
    pseudonymise->toggle();
    QVERIFY(dialog.wordingCheckPending());

    QString shown;
    int asked = 0;
    QTimer answerer; // answers the box from inside its own event loop
    answerer.setInterval(10);
    connect(&answerer, &QTimer::timeout, &dialog, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("flaggedSentencesBox"))
            return;
        ++asked;
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (b != box->findChild<QPushButton *>(QStringLiteral("exportAnyway")))
                b->click(); // Cancel and Reword
    });
    answerer.start();
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    exportButton->click();
    QCOMPARE(asked, 0); // the click returned before any check
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportStatus"))
                ->text()
                .contains(QStringLiteral("wording")));
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 20000);
    QVERIFY2(shown.contains(QStringLiteral("obviously")), qPrintable(shown));
    QTRY_VERIFY(exportButton->isEnabled());
    QCOMPARE(asked, 1); // asked once, then the export stopped: Cancel and Reword

    // The review changed while the dialog was hidden: no preview is due, and Export… starts one.
    dialog.hide();
    emit document.changed(model::ReviewDocument::Area::Events, 0);
    dialog.show();
    QVERIFY(dialog.wordingCheckPending());
    exportButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 20000);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
