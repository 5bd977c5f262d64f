// The timeline workspace on the offscreen platform with the demo review: zoom, keyboard
// navigation, search and filters, selection across timeline/table/detail pane, annotate, undo,
// redo, sorting, drag data and saved lane state.
#include "testsupport.h"

#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "eventdetail/annotationlistmodel.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "items/itemroles.h"
#include "items/timelineindex.h"
#include "mainwindow.h"
#include "search/eventsearch.h"
#include "search/searchbar.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace faultless;

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void workspaceOnTheDemoReview();
    void tableSortsAndDrags();
    void laneStateIsSavedInTheReview();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.faultless"));
    QString error;
    QVERIFY2(model::DemoReview::build(m_demo, &error), qPrintable(error));
}

void TestTimeline::workspaceOnTheDemoReview()
{
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tableTester(&window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openReview(m_demo));
    model::ReviewDocument &document = window.document();
    const model::TimelineIndex &index = document.timeline();
    QVERIFY(index.size() > 100);

    auto *timeline = window.findChild<views::TimelineView *>();
    auto *searchBar = window.findChild<views::SearchBar *>();
    auto *pane = window.findChild<views::EventDetailPane *>();
    QVERIFY(timeline && searchBar && pane);
    QAbstractItemModelTester annotationTester(pane->annotationModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Opened zoomed to fit, with the range shared through the selection.
    QVERIFY(timeline->visibleFrom() <= index.first());
    QVERIFY(timeline->visibleTo() >= index.last());
    QCOMPARE(window.selection().visibleFrom(), timeline->visibleFrom());
    QVERIFY(!timeline->grab().isNull());
    QVERIFY(!timeline->lastFrameUsedBins()); // a few hundred events: drawn one by one
    QVERIFY(timeline->laneLayout().count() >= 4);

    // Zoom with the wheel around the cursor: the instant under the cursor stays put.
    const QRect plot = timeline->plotRect();
    const QPoint at(plot.left() + plot.width() / 4, plot.top() + 10);
    const model::Instant spanBefore = timeline->visibleTo() - timeline->visibleFrom();
    const double fraction = 0.25;
    const model::Instant under = timeline->visibleFrom() + model::Instant(double(spanBefore) * fraction);
    QWheelEvent wheel(QPointF(at), QPointF(timeline->mapToGlobal(at)), QPoint(), QPoint(0, 360), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(timeline, &wheel);
    const model::Instant spanAfter = timeline->visibleTo() - timeline->visibleFrom();
    QVERIFY(spanAfter < spanBefore * 6 / 10);
    const model::Instant underAfter = timeline->visibleFrom() + model::Instant(double(spanAfter) * fraction);
    QVERIFY(std::abs(underAfter - under) < spanBefore / 200);
    QCOMPARE(window.selection().visibleTo(), timeline->visibleTo());
    timeline->zoomToFit();

    // Keyboard: → selects the first event in view, Ctrl+→ the next one in the same lane.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);
    const qint64 first = window.selection().currentEvent();
    QCOMPARE(first, index.eventId(index.lowerBound(timeline->visibleFrom())));
    QTest::keyClick(timeline, Qt::Key_Right, Qt::ControlModifier);
    const qint64 second = window.selection().currentEvent();
    QVERIFY(second != first);
    QCOMPARE(timeline->laneLayout().laneOfRow(index, index.rowOfEvent(second)),
             timeline->laneLayout().laneOfRow(index, index.rowOfEvent(first)));
    // The table follows the selection.
    QCOMPARE(window.eventModel().eventId(window.eventTable()->currentIndex().row()), second);

    // Search: the table lists the matches, the timeline marks them.
    model::SearchRequest request;
    request.text = QStringLiteral("pricing*");
    const auto expected = model::EventSearch::run(document.store(), request);
    QVERIFY(expected.eventIds.size() >= 3);
    searchBar->lineEdit()->setFocus();
    QTest::keyClicks(searchBar->lineEdit(), QStringLiteral("pricing*"));
    QTRY_VERIFY(window.eventModel().isFiltered() && !searchBar->isSearching());
    QCOMPARE(size_t(window.eventModel().rowCount()), expected.eventIds.size());
    QVERIFY(timeline->hasMatches());
    for (int row = 0; row < window.eventModel().rowCount(); ++row) {
        const qint64 id = window.eventModel().eventId(row);
        QVERIFY(std::binary_search(expected.eventIds.begin(), expected.eventIds.end(), id));
    }
    // F3 steps through the matches.
    timeline->setFocus();
    window.selection().setCurrentEvent(window.eventModel().eventId(0));
    timeline->selectNext(+1, false);
    QCOMPARE(window.selection().currentEvent(), window.eventModel().eventId(1));

    // Select an event in the table; the detail pane shows it.
    QTableView *table = window.eventTable();
    table->setCurrentIndex(window.eventModel().index(2, model::EventTableModel::TextColumn));
    const qint64 selected = window.eventModel().eventId(2);
    QCOMPARE(window.selection().currentEvent(), selected);
    QCOMPARE(pane->eventId(), selected);
    const int before = pane->annotationModel()->rowCount();

    // Annotate through the pane's button, then undo and redo.
    pane->annotationEditor()->setPlainText(QStringLiteral("The pricing engine opened one connection per line item."));
    QPushButton *add = nullptr;
    for (QPushButton *b : pane->findChildren<QPushButton *>()) {
        if (b->text() == QObject::tr("&Add Annotation"))
            add = b;
    }
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(pane->annotationModel()->rowCount(), before + 1);
    QCOMPARE(pane->annotationModel()->annotations().last().text,
             QStringLiteral("The pricing engine opened one connection per line item."));
    QVERIFY(index.flags(index.rowOfEvent(selected)) & model::TimelineIndex::Annotated);
    QVERIFY(pane->annotationEditor()->toPlainText().isEmpty());
    document.undoStack()->undo();
    QCOMPARE(pane->annotationModel()->rowCount(), before);
    document.undoStack()->redo();
    QCOMPARE(pane->annotationModel()->rowCount(), before + 1);

    // "Commented only" on top of the text search narrows the list to annotated matches.
    searchBar->setCommentedOnly(true);
    QTRY_VERIFY(!searchBar->isSearching() && window.eventModel().rowOfEvent(selected) >= 0);
    for (int row = 0; row < window.eventModel().rowCount(); ++row) {
        const qsizetype t = window.eventModel().timelineRow(row);
        QVERIFY(index.flags(t) & model::TimelineIndex::Annotated);
    }
    // Clearing shows every event again.
    searchBar->clear();
    QTRY_VERIFY(!window.eventModel().isFiltered());
    QCOMPARE(qsizetype(window.eventModel().rowCount()), index.size());
    QVERIFY(!timeline->hasMatches());

    // Highlight through the pane is an undo step that the timeline index sees.
    const qsizetype row = index.rowOfEvent(selected);
    const bool wasHighlighted = index.flags(row) & model::TimelineIndex::Highlighted;
    window.selection().setCurrentEvent(selected);
    auto *highlight = pane->findChild<QCheckBox *>();
    QVERIFY(highlight);
    highlight->click();
    QCOMPARE(bool(index.flags(row) & model::TimelineIndex::Highlighted), !wasHighlighted);
    document.undoStack()->undo();
    QCOMPARE(bool(index.flags(row) & model::TimelineIndex::Highlighted), wasHighlighted);
}

void TestTimeline::tableSortsAndDrags()
{
    views::MainWindow window;
    QAbstractItemModelTester tester(&window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openReview(m_demo));
    model::EventTableModel &m = window.eventModel();
    const qint64 current = m.eventId(10);
    window.eventTable()->setCurrentIndex(m.index(10, 0));
    window.eventTable()->sortByColumn(model::EventTableModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(m.sortColumn(), int(model::EventTableModel::SeverityColumn));
    int previous = 1000;
    for (int row = 0; row < m.rowCount(); ++row) {
        const int severity = m.index(row, 0).data(model::SeverityRole).toInt();
        QVERIFY(severity <= previous);
        previous = severity;
    }
    // The selection stays on the same event through the sort.
    QCOMPARE(m.eventId(window.eventTable()->currentIndex().row()), current);
    QCOMPARE(m.rowOfEvent(current), window.eventTable()->currentIndex().row());
    // Text cannot be sorted without reading every row: the sort stays where it was.
    window.eventTable()->sortByColumn(model::EventTableModel::TextColumn, Qt::AscendingOrder);
    QCOMPARE(m.sortColumn(), int(model::EventTableModel::SeverityColumn));

    std::unique_ptr<QMimeData> mime(m.mimeData({m.index(0, 0), m.index(0, 3), m.index(1, 0)}));
    QVERIFY(mime);
    QCOMPARE(QString::fromUtf8(mime->data(model::EventTableModel::eventIdsMimeType())),
             QStringLiteral("%1\n%2").arg(m.eventId(0)).arg(m.eventId(1)));
    QVERIFY(m.flags(m.index(0, 0)) & Qt::ItemIsDragEnabled);

    window.eventTable()->sortByColumn(model::EventTableModel::TimeColumn, Qt::AscendingOrder);
    for (int row = 1; row < m.rowCount(); ++row)
        QVERIFY(m.index(row - 1, 0).data(model::InstantRole).toLongLong() <= m.index(row, 0).data(model::InstantRole).toLongLong());
}

void TestTimeline::laneStateIsSavedInTheReview()
{
    QString name0;
    {
        views::MainWindow window;
        QVERIFY(window.openReview(m_demo));
        auto *timeline = window.findChild<views::TimelineView *>();
        QVERIFY(timeline);
        views::LaneLayout &layout = timeline->laneLayout();
        QVERIFY(layout.count() >= 2);
        name0 = layout.lane(1).name;
        layout.move(1, 0);
        layout.setCollapsed(0, true);
        timeline->laneLayoutChanged();
        window.document().close();
    }
    views::MainWindow window;
    QVERIFY(window.openReview(m_demo));
    auto *timeline = window.findChild<views::TimelineView *>();
    QCOMPARE(timeline->laneLayout().lane(0).name, name0);
    QVERIFY(timeline->laneLayout().lane(0).collapsed);
    QVERIFY(!timeline->laneLayout().lane(1).collapsed);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
