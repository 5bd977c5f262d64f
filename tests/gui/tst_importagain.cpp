// Issue 20, "honest edges", in the window: a source read in a doubtful format is imported again
// as another from the Sources panel's context menu (and from the import summary), in one undo
// step; a file that is gone is said, not tried; a canceled import again leaves the review.
#include "testsupport.h"

#include "document/reviewdocument.h"
#include "import/importasdialog.h"
#include "import/importsummarydialog.h"
#include "items/eventtablemodel.h"
#include "items/sourcemodel.h"
#include "mainwindow.h"
#include "practice/sourcespanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;

class TestImportAgain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void contextMenuImportsAgainAsChosenFormat();
    void goneFileIsSaid();
    void summaryOffersImportAs();

private:
    static QString sample() { return tests::samplePath(QStringLiteral("syslog/lnav-test-logfile_syslog.0")); }
};

namespace {
struct Window
{
    QTemporaryDir dir;
    views::MainWindow window;
    Window()
    {
        window.resize(1280, 800);
        window.show();
        if (!window.newReview(
                dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Again"), QStringLiteral("UTC")))
            qFatal("cannot create review");
    }
    bool import(const QStringList &paths)
    {
        QSignalSpy completed(&window, &views::MainWindow::importCompleted);
        window.importFiles(paths);
        return completed.wait(30000) || completed.count() == 1;
    }
    views::SourcesPanel *sources() { return window.findChild<views::SourcesPanel *>(); }
    QAction *importAgainAction()
    {
        for (QAction *action : sources()->view()->actions()) {
            if (action->objectName() == QLatin1String("importAgainAs"))
                return action;
        }
        return nullptr;
    }
};

QString sourceFormat(views::SourcesPanel *panel, int row)
{
    return panel->model()->source(row) ? panel->model()->source(row)->format : QString();
}
} // namespace

void TestImportAgain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestImportAgain::contextMenuImportsAgainAsChosenFormat()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(w.import({ sample() }));
    // The first import's summary (its notes: zone and year) is read and closed.
    if (auto *first = w.window.findChild<views::ImportSummaryDialog *>())
        first->close();
    QTRY_VERIFY(!w.window.findChild<views::ImportSummaryDialog *>());
    views::SourcesPanel *panel = w.sources();
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(sourceFormat(panel, 0), QStringLiteral("syslog"));
    const int events = w.window.eventModel().rowCount();
    QVERIFY(events > 0);
    QUndoStack *stack = w.window.document().undoStack();
    QCOMPARE(stack->count(), 1);

    // The action is in the table's context menu, enabled once a source is chosen.
    QCOMPARE(panel->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *again = w.importAgainAction();
    QVERIFY(again);
    QVERIFY(again->text().contains(QLatin1Char('&')));
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    QVERIFY(again->isEnabled());
    // From the keyboard: the Menu key gives the table a context-menu event (the platform makes it
    // from the key, which QTest's key clicks bypass), and the menu has the action.
    QStringList menuItems;
    QTimer::singleShot(200, [&menuItems] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                menuItems << action->text();
            menu->close();
        }
    });
    QContextMenuEvent fromKeyboard(
        QContextMenuEvent::Keyboard, QPoint(10, 10), panel->view()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(panel->view(), &fromKeyboard);
    QTRY_VERIFY(!menuItems.isEmpty());
    QVERIFY2(menuItems.contains(again->text()), qPrintable(menuItems.join(QLatin1Char(','))));
    again->trigger();

    auto *dialog = w.window.findChild<views::ImportAsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->recognisedFormatId(), QStringLiteral("syslog"));
    // The file's first lines, and the formats by name with the recognised one marked.
    QFile file(sample());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString firstLine = QString::fromUtf8(file.readLine()).trimmed();
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("firstLines"))
                ->toPlainText()
                .startsWith(firstLine));
    QListWidget *list = dialog->formatList();
    QVERIFY(list->count() >= 20);
    QStringList marked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->font().bold())
            marked << list->item(i)->text();
    }
    QCOMPARE(marked.size(), 1);
    QVERIFY2(marked.first().contains(QLatin1String("recognised")), qPrintable(marked.first()));
    QVERIFY2(marked.first().contains(QLatin1String("imported as this")), qPrintable(marked.first()));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // the format it has already: nothing to do
    QVERIFY(dialog->selectFormat(QStringLiteral("text")));
    QVERIFY(ok->isEnabled());

    // For a look at the dialog: FAULTLESS_SCREENSHOT_DIR=dir under xvfb-run.
    if (const QString shots = qEnvironmentVariable("FAULTLESS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/importasdialog.png")));
        // The whole screen (1280x800 under xvfb-run): the dialog over the window.
        QVERIFY(dialog->screen()->grabWindow(0).save(shots + QStringLiteral("/importasdialog-screen.png")));
    }

    QSignalSpy completed(&w.window, &views::MainWindow::importCompleted);
    ok->click();
    QVERIFY(completed.wait(30000) || completed.count() == 1);
    QCOMPARE(completed.first().first().toInt(), 1);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(sourceFormat(panel, 0), QStringLiteral("text"));
    QCOMPARE(w.window.eventModel().rowCount(), events);
    QCOMPARE(stack->count(), 2);
    QVERIFY2(stack->undoText().contains(QLatin1String("again")), qPrintable(stack->undoText()));
    // The summary says what happened: read again in place of the syslog reading.
    auto *summary = w.window.findChild<views::ImportSummaryDialog *>();
    QVERIFY(summary);
    QStringList details;
    const QTreeWidgetItem *row = summary->table()->topLevelItem(0);
    for (int i = 0; i < row->childCount(); ++i)
        details << row->child(i)->text(0);
    QVERIFY2(details.join(QLatin1Char('\n')).contains(QLatin1String("in place of the import read as syslog")),
        qPrintable(details.join(QLatin1Char('\n'))));
    summary->close();

    stack->undo();
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(sourceFormat(panel, 0), QStringLiteral("syslog"));
    QCOMPARE(w.window.eventModel().rowCount(), events);
    stack->redo();
    QCOMPARE(sourceFormat(panel, 0), QStringLiteral("text"));
}

void TestImportAgain::goneFileIsSaid()
{
    Window w;
    const QString copy = w.dir.filePath(QStringLiteral("syslog.log"));
    QVERIFY(QFile::copy(sample(), copy));
    QVERIFY(w.import({ copy }));
    views::SourcesPanel *panel = w.sources();
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY(QFile::remove(copy));
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    w.importAgainAction()->trigger();
    auto *box = w.window.findChild<QMessageBox *>(QStringLiteral("reimportRefused"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("is gone")), qPrintable(box->text()));
    QVERIFY(w.window.findChild<views::ImportAsDialog *>() == nullptr);
    box->close();
    QCOMPARE(w.window.document().undoStack()->count(), 1);
}

// The summary of an import of several files offers Import Again As… for a file that was read
// and Import As… for one that no format recognised; the chosen format is the one tried.
void TestImportAgain::summaryOffersImportAs()
{
    Window w;
    // Lines without any time: no format recognises them.
    const QString notes = w.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("deploy notes\nchecked the dashboards\nrolled back\n");
    }
    QVERIFY(w.import({ sample(), notes }));
    auto *summary = w.window.findChild<views::ImportSummaryDialog *>();
    QVERIFY(summary);
    auto *importAs = summary->findChild<QPushButton *>(QStringLiteral("importAs"));
    QVERIFY(importAs);
    QTreeWidget *table = summary->table();
    QCOMPARE(table->topLevelItemCount(), 2);
    table->setCurrentItem(table->topLevelItem(0));
    QVERIFY(importAs->isEnabled());
    QCOMPARE(importAs->text(), views::ImportSummaryDialog::tr("Import &Again As…"));
    table->setCurrentItem(table->topLevelItem(1));
    QVERIFY(importAs->isEnabled());
    QCOMPARE(importAs->text(), views::ImportSummaryDialog::tr("Import &As…"));
    importAs->click();

    auto *dialog = w.window.findChild<views::ImportAsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->recognisedFormatId().isEmpty());
    QVERIFY(dialog->formatId().isEmpty());
    QVERIFY(dialog->windowTitle().contains(QLatin1String("Import As")));
    QVERIFY(dialog->selectFormat(QStringLiteral("logfmt")));
    QSignalSpy completed(&w.window, &views::MainWindow::importCompleted);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(completed.wait(30000) || completed.count() == 1);
    // Read as logfmt, as chosen: it still gives nothing, and the box says why in logfmt's terms.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.window.findChild<QMessageBox *>(QStringLiteral("importFailed"))));
    QVERIFY2(box->text().contains(QLatin1String("key=value")), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("importAs")));
    QCOMPARE(w.window.document().undoStack()->count(), 1);
}

QTEST_MAIN(TestImportAgain)
#include "tst_importagain.moc"
