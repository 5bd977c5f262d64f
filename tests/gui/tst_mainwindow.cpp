// The main window on the offscreen platform: open, import off the GUI thread, undo/redo, demo.
#include "testsupport.h"

#include "commands/eventcommands.h"
#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "items/itemroles.h"
#include "mainwindow.h"
#include "sensemaking/tabrows.h"
#include "store/eventwriter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace faultless;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importRunsInBackgroundAndUndoes();
    void openingAForeignFileShowsNoReview();
    void demoReviewOpens();
    void annotationUndoRedoKeepsModelInStep();
    // These three share one demo review, built once in initTestCase().
    void shortcutsDoNotCollide();
    void citeShortcutCitesFromTheFactorsPanel();
    void factorListFitsItsPanel();
    void everyPageNameIsWholeOnALaptop();
    void pageButtonsWrapWithTheWidth();

private:
    QTemporaryDir m_demoDir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    m_demo = model::DemoReview::ensure(m_demoDir.filePath(QStringLiteral("demo.faultless")), &error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
}

void TestMainWindow::importRunsInBackgroundAndUndoes()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QAbstractItemModelTester tester(
        &window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Test"), QStringLiteral("UTC")));
    const QString log = dir.filePath(QStringLiteral("app.jsonl"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 500; ++i)
        f.write(QStringLiteral("{\"ts\":\"2026-03-14T13:%1:%2Z\",\"msg\":\"line %3\"}\n")
                    .arg(i / 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .toUtf8());
    f.close();

    QSignalSpy opened(&window, &views::MainWindow::reviewOpened);
    window.importFiles({ log });
    QVERIFY(window.isImporting() || window.eventModel().rowCount() == 500);
    QTRY_COMPARE_WITH_TIMEOUT(window.eventModel().rowCount(), 500, 20000);
    QTRY_VERIFY(!window.isImporting());
    // The text was indexed after the events were shown, and is searchable by now.
    QVERIFY(!model::EventWriter::hasPendingText(window.document().store()));
    QCOMPARE(window.document()
                 .store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'line'"))
                 .toInt(),
        500);
    QCOMPARE(window.document().undoStack()->count(), 1);
    QVERIFY(window.document().undoStack()->undoText().contains(QStringLiteral("app.jsonl")));
    QCOMPARE(window.eventModel().index(0, model::EventTableModel::TextColumn).data().toString(),
        QStringLiteral("line 0"));
    QCOMPARE(window.eventModel().index(499, model::EventTableModel::SourceColumn).data().toString(),
        QStringLiteral("app.jsonl, line 500"));

    window.document().undoStack()->undo();
    QCOMPARE(window.eventModel().rowCount(), 0);
    window.document().undoStack()->redo();
    QCOMPARE(window.eventModel().rowCount(), 500);
}

void TestMainWindow::openingAForeignFileShowsNoReview()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.faultless"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just text");
    f.close();
    views::MainWindow window;
    // The warning box would block; close it as soon as it appears.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox"))
                w->close();
        }
    });
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox") && w->isVisible())
                w->close();
    });
    closer.start(50);
    QVERIFY(!window.openReview(path));
    QVERIFY(!window.document().isOpen());
    QCOMPARE(window.eventModel().rowCount(), 0);
}

void TestMainWindow::demoReviewOpens()
{
    QTemporaryDir dir;
    QString error;
    const QString path = model::DemoReview::ensure(dir.filePath(QStringLiteral("demo.faultless")), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    views::MainWindow window;
    QVERIFY(window.openReview(path));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Checkout latency")));
    QVERIFY(window.eventModel().rowCount() > 250);
    // Opening again reuses the built demo.
    QCOMPARE(model::DemoReview::ensure(path, &error), path);
}

void TestMainWindow::annotationUndoRedoKeepsModelInStep()
{
    QTemporaryDir dir;
    QString error;
    const QString path = model::DemoReview::ensure(dir.filePath(QStringLiteral("demo.faultless")), &error);
    views::MainWindow window;
    QVERIFY(window.openReview(path));
    model::ReviewDocument &doc = window.document();
    const qint64 eventId = window.eventModel().eventId(10);
    QSignalSpy changed(&doc, &model::ReviewDocument::changed);
    const qint64 id = model::commands::addAnnotation(doc, eventId, QStringLiteral("Saw this at 14:03"));
    QVERIFY(id > 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model::commands::editAnnotation(doc, id, QStringLiteral("Saw this at 14:03 on the dashboard")));
    QVERIFY(model::commands::editAnnotation(
        doc, id, QStringLiteral("Saw this at 14:03 on the checkout dashboard")));
    // Two edits of the same annotation are one undo step.
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(
        doc.store().scalar(QStringLiteral("SELECT text FROM annotations WHERE id = ?"), { id }).toString(),
        QStringLiteral("Saw this at 14:03"));
    doc.undoStack()->undo();
    QCOMPARE(
        doc.store().scalar(QStringLiteral("SELECT COUNT(*) FROM annotations WHERE id = ?"), { id }).toInt(),
        0);
    doc.undoStack()->redo();
    QCOMPARE(doc.store()
                 .scalar(QStringLiteral("SELECT event_id FROM annotations WHERE id = ?"), { id })
                 .toLongLong(),
        eventId);

    QVERIFY(model::commands::setHighlighted(doc, eventId, true));
    QVERIFY(window.eventModel().index(10, 0).data(model::HighlightedRole).toBool());
    doc.undoStack()->undo();
    QVERIFY(!window.eventModel().index(10, 0).data(model::HighlightedRole).toBool());
}

namespace {
// Where an action's shortcut is live: the whole window, or exactly / within some widgets.
struct ShortcutScope
{
    bool window = false;
    bool withChildren = false;
    QList<QWidget *> widgets;
};

ShortcutScope scopeOf(QAction *action)
{
    ShortcutScope scope;
    const Qt::ShortcutContext context = action->shortcutContext();
    scope.window = context == Qt::WindowShortcut || context == Qt::ApplicationShortcut;
    scope.withChildren = context == Qt::WidgetWithChildrenShortcut;
    for (QObject *object : action->associatedObjects()) {
        if (auto *widget = qobject_cast<QWidget *>(object))
            scope.widgets << widget;
    }
    return scope;
}

bool within(QWidget *widget, QWidget *ancestor)
{
    return widget == ancestor || ancestor->isAncestorOf(widget);
}

// True when some focus position makes both actions live at once.
bool overlaps(const ShortcutScope &a, const ShortcutScope &b)
{
    if (a.widgets.isEmpty() || b.widgets.isEmpty())
        return false; // not attached anywhere: never live
    if (a.window || b.window)
        return true;
    for (QWidget *x : a.widgets) {
        for (QWidget *y : b.widgets) {
            if (x == y || (a.withChildren && within(y, x)) || (b.withChildren && within(x, y)))
                return true;
        }
    }
    return false;
}
} // namespace

void TestMainWindow::shortcutsDoNotCollide()
{
    // Two actions live on one key at the same focus make Qt fire neither (an "ambiguous
    // shortcut"): the panel's Cite once shared Ctrl+E with File > Export Briefing.
    views::MainWindow window;
    QVERIFY(window.openReview(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QList<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty())
            actions << action;
    }
    QVERIFY2(actions.size() >= 20, qPrintable(QString::number(actions.size())));
    QStringList clashes;
    for (int i = 0; i < actions.size(); ++i) {
        for (int j = i + 1; j < actions.size(); ++j) {
            for (const QKeySequence &key : actions[i]->shortcuts()) {
                if (actions[j]->shortcuts().contains(key)
                    && overlaps(scopeOf(actions[i]), scopeOf(actions[j])))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\"")
                                   .arg(key.toString(), actions[i]->text(), actions[j]->text());
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestMainWindow::citeShortcutCitesFromTheFactorsPanel()
{
    views::MainWindow window;
    QVERIFY(window.openReview(m_demo));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *cite = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Cite Current Event as Evidence"))
            cite = action;
    }
    QVERIFY(cite);
    QCOMPARE(cite->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // The key press goes where a user's would: to the focused factor list inside the panel.
    auto *panel = qobject_cast<QWidget *>(cite->parent());
    QVERIFY(panel);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sensemakingTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (within(panel, tabs->widget(i)))
            tabs->setCurrentIndex(i);
    }
    auto *list = panel->findChild<QAbstractItemView *>();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    list->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QSignalSpy triggered(cite, &QAction::triggered);
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(triggered.count(), 1);
    // File > Export Briefing keeps Ctrl+E, and from the same focus it now works too.
    QAction *exportBriefing = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            exportBriefing = action;
    }
    QVERIFY(exportBriefing);
    QVERIFY(exportBriefing->text().contains(QStringLiteral("Export")));
}

void TestMainWindow::factorListFitsItsPanel()
{
    // The demo's long category names once squeezed the factor titles to a few letters and left
    // the list scrolled sideways on first show.
    views::MainWindow window;
    window.resize(1280, 850);
    QVERIFY(window.openReview(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QTableView *>(QStringLiteral("factorList"));
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QVERIFY(list->model()->rowCount() >= 3);
    QCoreApplication::processEvents();
    QCOMPARE(list->horizontalScrollBar()->value(), 0);
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    QVERIFY2(list->columnWidth(0) >= list->columnWidth(1),
        qPrintable(QStringLiteral("title %1 px, category %2 px")
                       .arg(list->columnWidth(0))
                       .arg(list->columnWidth(1))));
}

// At 1280x800 the window is 1152 pixels wide; the sense-making tab bar showed "Opportunit…" and
// hid "Categories" behind scroll arrows. Every page's name is now a whole button, and the
// window still fits the screen's height.
void TestMainWindow::everyPageNameIsWholeOnALaptop()
{
    views::MainWindow window;
    window.resize(1152, 720);
    QVERIFY(window.openReview(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *rows = window.findChild<views::TabRows *>(QStringLiteral("tabRows"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sensemakingTabs"));
    QVERIFY(rows && tabs);
    QTRY_VERIFY(rows->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(!tabs->tabBar()->isVisible());
    const QList<QToolButton *> buttons = rows->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), tabs->count());
    for (int i = 0; i < buttons.size(); ++i) {
        QToolButton *b = buttons.at(i);
        QCOMPARE(b->text(), tabs->tabText(i));
        QVERIFY2(b->isVisible() && rows->rect().contains(b->geometry()),
            qPrintable(b->text() + QStringLiteral(" outside the rows")));
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text() + QStringLiteral(" cut")));
        for (int j = 0; j < i; ++j)
            QVERIFY(!b->geometry().intersects(buttons.at(j)->geometry()));
    }
    QVERIFY2(window.height() <= 800, qPrintable(QString::number(window.height())));
    // The buttons switch the pages, and follow a switch made elsewhere.
    QTest::mouseClick(buttons.at(3), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 3);
    tabs->setCurrentIndex(1);
    QVERIFY(buttons.at(1)->isChecked() && !buttons.at(3)->isChecked());
}

void TestMainWindow::pageButtonsWrapWithTheWidth()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *tabs = new QTabWidget;
    for (const char *name : { "Factors", "Narratives", "Questions", "Opportunities" })
        tabs->addTab(new QWidget, QString::fromLatin1(name));
    auto *rows = new views::TabRows(tabs);
    layout->addWidget(rows);
    layout->addWidget(tabs);
    host.resize(2000, 300);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY(rows->width() > 1000);
    const int oneRow = rows->height();
    const QList<QToolButton *> buttons = rows->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 4);
    for (QToolButton *b : buttons)
        QCOMPARE(b->y(), buttons.first()->y());
    // Narrower than the widest two names side by side: a button a row.
    const int widest = std::max({ buttons.at(0)->sizeHint().width(), buttons.at(1)->sizeHint().width(),
        buttons.at(2)->sizeHint().width(), buttons.at(3)->sizeHint().width() });
    host.resize(widest + 2 * layout->contentsMargins().left() + 2, 300);
    QTRY_VERIFY(rows->height() > 3 * oneRow);
    for (int i = 1; i < buttons.size(); ++i)
        QVERIFY(buttons.at(i)->y() > buttons.at(i - 1)->y());
    tabs->setTabText(2, QStringLiteral("Open questions"));
    rows->syncTexts();
    QCOMPARE(buttons.at(2)->text(), QStringLiteral("Open questions"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
