// The timeline workspace on the offscreen platform with the demo review: zoom, keyboard
// navigation, search and filters, selection across timeline/table/detail pane, annotate, undo,
// redo, sorting, drag data and saved lane state.
#include "gameday.h"
#include "testsupport.h"

#include "analysis/timelineindex.h"
#include "commands/practicecommands.h"
#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "items/annotationlistmodel.h"
#include "items/eventtablemodel.h"
#include "items/itemroles.h"
#include "mainwindow.h"
#include "search/eventdetails.h"
#include "search/eventsearch.h"
#include "search/searchbar.h"
#include "store/eventquery.h"
#include "timeline/eventtableview.h"
#include "timeline/overviewstrip.h"
#include "timeline/timeaxis.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QGestureEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPlainTextEdit>
#include <QPointingDevice>
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
    void disputedEventsStandOut();
    void flagChangeTooltipsTellTheReversal();
    void accessibleTimeline();
    void axisFollowsDaylightSaving_data();
    void axisFollowsDaylightSaving();
    void pinchZoomsAroundTheFingers();
    void overviewStripByKeyboard();
    void laneHeadersFollowLanesAndPalette();
    void eventTableIsSetUpForManyRows();

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
    QAbstractItemModelTester tableTester(
        &window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openReview(m_demo));
    model::ReviewDocument &document = window.document();
    const model::TimelineIndex &index = document.timeline();
    QVERIFY(index.size() > 100);

    auto *timeline = window.findChild<views::TimelineView *>();
    auto *searchBar = window.findChild<views::SearchBar *>();
    auto *pane = window.findChild<views::EventDetailPane *>();
    QVERIFY(timeline && searchBar && pane);
    QAbstractItemModelTester annotationTester(
        pane->annotationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

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
    pane->annotationEditor()->setPlainText(
        QStringLiteral("The pricing engine opened one connection per line item."));
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
    QAbstractItemModelTester tester(
        &window.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    std::unique_ptr<QMimeData> mime(m.mimeData({ m.index(0, 0), m.index(0, 3), m.index(1, 0) }));
    QVERIFY(mime);
    QCOMPARE(QString::fromUtf8(mime->data(model::EventTableModel::eventIdsMimeType())),
        QStringLiteral("%1\n%2").arg(m.eventId(0)).arg(m.eventId(1)));
    QVERIFY(m.flags(m.index(0, 0)) & Qt::ItemIsDragEnabled);

    window.eventTable()->sortByColumn(model::EventTableModel::TimeColumn, Qt::AscendingOrder);
    for (int row = 1; row < m.rowCount(); ++row)
        QVERIFY(m.index(row - 1, 0).data(model::InstantRole).toLongLong()
            <= m.index(row, 0).data(model::InstantRole).toLongLong());
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

// A disputed event gets a marker of its own on the timeline (at every zoom, from the few disputed
// rows), the tooltip at its place says who disputes it and why, and settling it (undo) removes both.
void TestTimeline::disputedEventsStandOut()
{
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(m_demo));
    model::ReviewDocument &document = window.document();
    const model::TimelineIndex &index = document.timeline();
    auto *timeline = window.findChild<views::TimelineView *>();
    QVERIFY(timeline);
    timeline->zoomToFit();

    // An event in the middle that nobody disputes yet.
    qint64 id = 0;
    for (qsizetype row = index.size() / 2; row < index.size() && !id; ++row) {
        if (timeline->disputeStateOf(index.eventId(row)) == model::Disputes::State::None)
            id = index.eventId(row);
    }
    QVERIFY(id > 0);
    QVERIFY(!timeline->grab().isNull());
    const auto &painted = timeline->lastFrameDisputedEvents();
    QVERIFY(std::find(painted.begin(), painted.end(), id) == painted.end());

    const qint64 dispute
        = model::commands::addDispute(document, QStringLiteral("event"), id, QStringLiteral("disputed"),
            QStringLiteral("Dana"), QStringLiteral("the pricing host's clock was two minutes late"));
    QVERIFY(dispute > 0);
    QCOMPARE(timeline->disputeStateOf(id), model::Disputes::State::Disputed);
    QVERIFY(!timeline->grab().isNull());
    QVERIFY(std::find(painted.begin(), painted.end(), id) != painted.end());
    const std::optional<QPoint> at = timeline->positionOfEvent(id);
    QVERIFY(at);
    // The disputed mark wins the hit test at its place, and its tooltip names who and why.
    QCOMPARE(timeline->eventAt(*at), id);
    const QString tip = timeline->toolTipAt(*at);
    QVERIFY2(
        tip.contains(QStringLiteral("Disputed by Dana: the pricing host&#x27;s clock was two minutes late"))
            || tip.contains(
                QStringLiteral("Disputed by Dana: the pricing host's clock was two minutes late")),
        qPrintable(tip));

    // Zoomed far out the events are bins, the disputed one is still marked on its own.
    timeline->setVisibleRange(
        index.first() - (index.last() - index.first()), index.last() + (index.last() - index.first()));
    QVERIFY(!timeline->grab().isNull());
    QVERIFY(std::find(painted.begin(), painted.end(), id) != painted.end());

    document.undoStack()->undo();
    QCOMPARE(timeline->disputeStateOf(id), model::Disputes::State::None);
    QVERIFY(!timeline->grab().isNull());
    QVERIFY(std::find(painted.begin(), painted.end(), id) == painted.end());
    timeline->zoomToFit();
    QVERIFY(!timeline->toolTipAt(*timeline->positionOfEvent(id)).contains(QStringLiteral("Dana")));
}

// Issue 19: a flag change's tooltip says the change in words and when it was reversed; the span
// from the change to its reversal has the same in its own tooltip; the event details say it too.
void TestTimeline::flagChangeTooltipsTellTheReversal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gameday.faultless"));
    {
        model::ReviewStore store;
        QVERIFY(store.create(path, QStringLiteral("Game day"), QStringLiteral("UTC")));
        const QString error = tests::importGameDay(store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(path));
    model::ReviewDocument &document = window.document();
    auto *timeline = window.findChild<views::TimelineView *>();
    QVERIFY(timeline);
    const qint64 raised
        = document.store()
              .scalar(QStringLiteral("SELECT event_id FROM flag_changes WHERE after_value = 'rollout 50%'"))
              .toLongLong();
    QVERIFY(raised > 0);
    const model::Instant changedAt
        = document.store()
              .scalar(QStringLiteral("SELECT instant FROM events WHERE id = ?"), { raised })
              .toLongLong();
    timeline->setVisibleRange(changedAt - 10 * 60000000LL, changedAt + 30 * 60000000LL);
    QVERIFY(!timeline->grab().isNull());
    const std::optional<QPoint> at = timeline->positionOfEvent(raised);
    QVERIFY(at);
    const QString tip = timeline->toolTipAt(*at);
    QVERIFY2(tip.contains(QStringLiteral("rollout 10% → 50%")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("reversed after 18 min by Ben Okafor")), qPrintable(tip));
    // Halfway along the span, on its line near the bottom of the lane.
    const int lane = timeline->laneAt(at->y());
    const int laneHeight = 2 * (at->y() - timeline->laneTop(lane));
    const QPoint onSpan(at->x() + 40, timeline->laneTop(lane) + laneHeight - 6);
    const QString spanTip = timeline->flagSpanTipAt(onSpan);
    QVERIFY2(spanTip.contains(QStringLiteral("checkout-v2"))
            && spanTip.contains(QStringLiteral("rollout 10% → 50%"))
            && spanTip.contains(QStringLiteral("reversed after 18 min by Ben Okafor")),
        qPrintable(spanTip));
    QVERIFY(timeline->flagSpanTipAt(QPoint(onSpan.x(), onSpan.y() - laneHeight / 2 + 2)).isEmpty());

    // The event details say it too, and the reversal names what it took back.
    const std::optional<model::EventDetails> details = model::EventDetails::load(document.store(), raised);
    QVERIFY(details && details->flagReversal);
    QCOMPARE(details->flagChange, QStringLiteral("rollout 10% → 50%"));
    const std::optional<model::EventDetails> back
        = model::EventDetails::load(document.store(), details->flagReversal->reversalEventId);
    QVERIFY(back);
    QCOMPARE(back->reverses.size(), 1);
    QCOMPARE(back->reverses.first().changeEventId, raised);
}

// The timeline tells assistive technology which event is current: focus it, move with the arrow
// keys, and its accessible name and value carry the event's text. The other parts of the
// workspace have accessible names.
void TestTimeline::accessibleTimeline()
{
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(m_demo));
    model::ReviewDocument &document = window.document();
    auto *timeline = window.findChild<views::TimelineView *>();
    QVERIFY(timeline);
    QVERIFY(timeline->focusPolicy() & Qt::TabFocus);
    timeline->zoomToFit();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    timeline->setFocus(Qt::TabFocusReason);
    QVERIFY(timeline->hasFocus());
    QTest::keyClick(timeline, Qt::Key_Right);
    QTest::keyClick(timeline, Qt::Key_Right);
    const qint64 id = window.selection().currentEvent();
    QVERIFY(id > 0);
    const std::optional<model::EventRow> row = model::EventQuery::fetchOne(document.store(), id);
    QVERIFY(row);
    const QString text = row->text.left(60).simplified();
    QVERIFY(!text.isEmpty());

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(iface);
    QVERIFY2(iface->text(QAccessible::Value).contains(text), qPrintable(iface->text(QAccessible::Value)));
    QVERIFY(iface->text(QAccessible::Name).startsWith(timeline->accessibleName()));
    QVERIFY(iface->text(QAccessible::Name).contains(text));
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    QVERIFY(iface->state().focusable);

    // The next event: the interface follows.
    QTest::keyClick(timeline, Qt::Key_Right);
    const qint64 next = window.selection().currentEvent();
    QVERIFY(next != id);
    const QString nextText = model::EventQuery::fetchOne(document.store(), next)->text.left(60).simplified();
    QVERIFY(iface->text(QAccessible::Value).contains(nextText));

    // A visible focus indicator: the focused timeline paints a frame in the accent colour.
    const QImage focused = timeline->grab().toImage();
    QCOMPARE(focused.pixelColor(1, timeline->height() / 2).rgb(),
        timeline->palette().color(QPalette::Highlight).rgb());

    // The parts around it are named for assistive technology.
    auto *overview = window.findChild<views::OverviewStrip *>();
    auto *searchBar = window.findChild<views::SearchBar *>();
    auto *pane = window.findChild<views::EventDetailPane *>();
    QVERIFY(overview && searchBar && pane);
    for (QWidget *w : std::initializer_list<QWidget *> { overview, searchBar->lineEdit(), pane })
        QVERIFY2(!w->accessibleName().isEmpty() && !w->accessibleDescription().isEmpty(),
            w->metaObject()->className());
    QWidget *chart = window.findChild<QWidget *>(QStringLiteral("eventRateChart"));
    if (chart)
        QVERIFY(!chart->accessibleName().isEmpty() && !chart->accessibleDescription().isEmpty());
}

void TestTimeline::axisFollowsDaylightSaving_data()
{
    QTest::addColumn<QString>("fromUtc");
    QTest::addColumn<QString>("toUtc");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("mustShow");
    QTest::addColumn<QString>("mustNotShow");
    QTest::addColumn<int>("times"); // how often mustShow appears
    // Berlin springs forward on 29 March 2026 at 01:00 UTC: 02:00 CET becomes 03:00 CEST.
    QTest::newRow("spring, 15 min") << "2026-03-29T00:00:00Z"
                                    << "2026-03-29T03:00:00Z" << 1200 << "03:00"
                                    << "02:15" << 1;
    QTest::newRow("spring, hours") << "2026-03-28T20:00:00Z"
                                   << "2026-03-29T08:00:00Z" << 1200 << "03:00"
                                   << "02:00" << 1;
    QTest::newRow("spring, 1 min") << "2026-03-29T00:50:00Z"
                                   << "2026-03-29T01:10:00Z" << 1400 << "03:04"
                                   << "02:04" << 1;
    // And falls back on 25 October 2026 at 01:00 UTC: 03:00 CEST becomes 02:00 CET, twice 02:15.
    QTest::newRow("autumn, 15 min") << "2026-10-24T23:30:00Z"
                                    << "2026-10-25T02:30:00Z" << 1200 << "02:15"
                                    << "" << 2;
}

// Ticks are placed in the review's zone with the offset in force at each tick: a DST change inside
// the view neither shifts the later labels by an hour nor leaves a gap in the grid.
void TestTimeline::axisFollowsDaylightSaving()
{
    QFETCH(QString, fromUtc);
    QFETCH(QString, toUtc);
    QFETCH(int, width);
    QFETCH(QString, mustShow);
    QFETCH(QString, mustNotShow);
    QFETCH(int, times);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const model::Instant from = model::timestamps::fromDateTime(QDateTime::fromString(fromUtc, Qt::ISODate));
    const model::Instant to = model::timestamps::fromDateTime(QDateTime::fromString(toUtc, Qt::ISODate));
    const QList<views::TimeAxis::Tick> ticks = views::TimeAxis::ticks(from, to, width, berlin, 96);
    QVERIFY(ticks.size() >= 4);
    int shown = 0;
    model::Instant spacing = 0;
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const views::TimeAxis::Tick &tick = ticks[i];
        QVERIFY(tick.instant >= from && tick.instant <= to);
        if (i > 0) {
            // Evenly spaced in real time across the change.
            const model::Instant d = tick.instant - ticks[i - 1].instant;
            QVERIFY(d > 0);
            if (spacing == 0)
                spacing = d;
            QCOMPARE(d, spacing);
        }
        // Each label is the wall-clock time of its own instant in Berlin.
        const QDateTime local = model::timestamps::toDateTime(tick.instant).toTimeZone(berlin);
        if (tick.label.contains(QLatin1Char(':'))) {
            const QString expected
                = local.time().toString(tick.label.count(QLatin1Char(':')) == 2 ? QStringLiteral("HH:mm:ss")
                                                                                : QStringLiteral("HH:mm"));
            QCOMPARE(tick.label, expected);
        }
        shown += tick.label == mustShow;
        if (!mustNotShow.isEmpty())
            QVERIFY2(tick.label != mustNotShow, qPrintable(tick.label));
    }
    QCOMPARE(shown, times);
}

// A pinch (native zoom gesture, as macOS and Wayland touchpads send) zooms around the fingers.
void TestTimeline::pinchZoomsAroundTheFingers()
{
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(m_demo));
    auto *timeline = window.findChild<views::TimelineView *>();
    QVERIFY(timeline);
    timeline->zoomToFit();
    const QRect plot = timeline->plotRect();
    const QPoint at(plot.left() + plot.width() * 3 / 4, plot.center().y());
    const model::Instant spanBefore = timeline->visibleTo() - timeline->visibleFrom();
    const model::Instant under = timeline->visibleFrom() + model::Instant(double(spanBefore) * 0.75);
    const QPointingDevice *device = QPointingDevice::primaryPointingDevice();
    // Fingers apart (positive value): zoom in.
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, device, 2, QPointF(at), QPointF(at),
        QPointF(timeline->mapToGlobal(at)), 1.0, QPointF(), 0);
    QApplication::sendEvent(timeline, &pinch);
    const model::Instant spanAfter = timeline->visibleTo() - timeline->visibleFrom();
    QVERIFY2(
        spanAfter < spanBefore * 6 / 10, qPrintable(QString::number(double(spanAfter) / double(spanBefore))));
    const model::Instant underAfter = timeline->visibleFrom() + model::Instant(double(spanAfter) * 0.75);
    QVERIFY(std::abs(underAfter - under) < spanBefore / 200);
    // Fingers together: zoom out again.
    QNativeGestureEvent apart(Qt::ZoomNativeGesture, device, 2, QPointF(at), QPointF(at),
        QPointF(timeline->mapToGlobal(at)), -0.5, QPointF(), 0);
    QApplication::sendEvent(timeline, &apart);
    QVERIFY(timeline->visibleTo() - timeline->visibleFrom() > spanAfter);

    // A touchscreen pinch arrives as a QPinchGesture: a scale of 2 halves the span around its centre.
    timeline->zoomToFit();
    const model::Instant spanFit = timeline->visibleTo() - timeline->visibleFrom();
    const model::Instant underFit = timeline->visibleFrom() + model::Instant(double(spanFit) * 0.75);
    QPinchGesture gesture;
    gesture.setChangeFlags(QPinchGesture::ScaleFactorChanged);
    gesture.setScaleFactor(2.0);
    gesture.setCenterPoint(QPointF(timeline->mapToGlobal(at)));
    QGestureEvent gestureEvent({ &gesture });
    QApplication::sendEvent(timeline, &gestureEvent);
    const model::Instant spanPinched = timeline->visibleTo() - timeline->visibleFrom();
    QVERIFY2(std::abs(double(spanPinched) / double(spanFit) - 0.5) < 0.01,
        qPrintable(QString::number(double(spanPinched) / double(spanFit))));
    const model::Instant underPinch = timeline->visibleFrom() + model::Instant(double(spanPinched) * 0.75);
    QVERIFY(std::abs(underPinch - underFit) < spanFit / 200);
}

// The overview strip takes the keyboard focus (Tab, right before the timeline), shows it, and its
// keys move the timeline's window: arrows a tenth of its width, Page Up/Down its whole width,
// Home/End to the ends of the review, without changing its width. Its accessible description says
// which keys do that.
void TestTimeline::overviewStripByKeyboard()
{
    views::MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReview(m_demo));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const model::TimelineIndex &index = window.document().timeline();
    auto *overview = window.findChild<views::OverviewStrip *>();
    auto *timeline = window.findChild<views::TimelineView *>();
    QVERIFY(overview && timeline);
    QVERIFY(overview->focusPolicy() & Qt::TabFocus);

    // In the tab chain, right before the timeline it steers.
    timeline->setFocus(Qt::TabFocusReason);
    QTest::keyClick(timeline, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), overview);
    QTest::keyClick(overview, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), timeline);
    QTest::keyClick(timeline, Qt::Key_Backtab);
    QVERIFY(overview->hasFocus());

    // A window of a tenth of the review in its middle.
    const model::Instant total = index.last() - index.first();
    const model::Instant middle = index.first() + total / 2;
    timeline->setVisibleRange(middle - total / 20, middle + total / 20);
    const model::Instant from = timeline->visibleFrom();
    const model::Instant width = timeline->visibleTo() - from;
    auto near = [](model::Instant a, model::Instant b) { return std::abs(a - b) <= 2; };
    QTest::keyClick(overview, Qt::Key_Right);
    QVERIFY(near(timeline->visibleFrom(), from + width / 10));
    QCOMPARE(timeline->visibleTo() - timeline->visibleFrom(), width);
    QTest::keyClick(overview, Qt::Key_Left);
    QVERIFY(near(timeline->visibleFrom(), from));
    QTest::keyClick(overview, Qt::Key_PageDown);
    QVERIFY(near(timeline->visibleFrom(), from + width));
    QTest::keyClick(overview, Qt::Key_PageUp);
    QVERIFY(near(timeline->visibleFrom(), from));
    QTest::keyClick(overview, Qt::Key_Home);
    QCOMPARE(timeline->visibleFrom(), index.first());
    QCOMPARE(timeline->visibleTo() - timeline->visibleFrom(), width);
    QTest::keyClick(overview, Qt::Key_End);
    QCOMPARE(timeline->visibleTo(), index.last());
    QCOMPARE(timeline->visibleTo() - timeline->visibleFrom(), width);
    QTest::keyClick(overview, Qt::Key_Plus);
    QVERIFY(timeline->visibleTo() - timeline->visibleFrom() < width);
    QVERIFY(overview->hasFocus()); // the keys kept the focus where it was

    // A visible focus indicator: a frame in the accent colour that goes when the focus leaves.
    const QImage focused = overview->grab().toImage();
    QCOMPARE(focused.pixelColor(1, overview->height() / 2).rgb(),
        overview->palette().color(QPalette::Highlight).rgb());
    timeline->setFocus(Qt::TabFocusReason);
    QVERIFY(!overview->hasFocus());
    const QImage unfocused = overview->grab().toImage();
    QVERIFY(unfocused.pixelColor(1, overview->height() / 2).rgb()
        != overview->palette().color(QPalette::Highlight).rgb());

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(overview);
    QVERIFY(iface);
    QVERIFY(iface->state().focusable);
    const QString description = iface->text(QAccessible::Description);
    for (const char *key : { "Left", "Right", "Page Up", "Page Down", "Home", "End" })
        QVERIFY2(description.contains(QLatin1String(key)), qPrintable(description));
}

// The lane header column is drawn from a cached pixmap: it must still show every change of the
// lanes (collapsing, grouping) and of the palette at once, and look like a freshly drawn one.
void TestTimeline::laneHeadersFollowLanesAndPalette()
{
    model::ReviewDocument document;
    QVERIFY(document.open(m_demo));
    views::EventSelection selection;
    views::TimelineView view(document, selection);
    view.resize(900, 400);
    const QRect header(
        0, view.plotRect().top(), view.plotRect().left() - 1, view.height() - view.plotRect().top());
    auto headerImage = [&] { return view.grab().toImage().copy(header); };
    const QImage before = headerImage();
    QCOMPARE(headerImage(), before); // a repaint of the same lanes: the same pixels

    // A fresh view over the same lanes draws the same column.
    {
        views::TimelineView fresh(document, selection);
        fresh.resize(view.size());
        QCOMPARE(fresh.grab().toImage().copy(header), before);
    }

    view.laneLayout().setCollapsed(0, true);
    view.laneLayoutChanged();
    const QImage collapsed = headerImage();
    QVERIFY(collapsed != before);
    view.laneLayout().setCollapsed(0, false);
    view.laneLayoutChanged();
    QCOMPARE(headerImage(), before);

    view.setGrouping(views::LaneLayout::Grouping::Kind);
    QVERIFY(headerImage() != before);
    view.setGrouping(views::LaneLayout::Grouping::Lane);

    // Dark palette: the column's background follows.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 34));
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    view.setPalette(dark);
    const QImage darkHeader = headerImage();
    QCOMPARE(darkHeader.pixelColor(2, 5).rgb(), QColor(30, 30, 34).rgb()); // left of the first lane's name
}

// The main window's event table is the EventTableView the benchmark measures: no row numbers,
// fixed row heights, the time column sized and the text column stretched once a model is set.
void TestTimeline::eventTableIsSetUpForManyRows()
{
    views::MainWindow window;
    QTableView *table = window.eventTable();
    QVERIFY(qobject_cast<views::EventTableView *>(table));
    QCOMPARE(table->objectName(), QStringLiteral("eventTable"));
    QVERIFY(!table->verticalHeader()->isVisibleTo(table));
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(table->verticalHeader()->defaultSectionSize(), table->fontMetrics().height() + 6);
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(model::EventTableModel::TextColumn),
        QHeaderView::Stretch);
    QVERIFY(table->columnWidth(model::EventTableModel::TimeColumn)
        >= table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")));
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(!table->tabKeyNavigation());

    // The same set-up on a view made elsewhere (the benchmark's): set before or after the model.
    model::ReviewDocument document;
    QVERIFY(document.open(m_demo));
    model::EventTableModel model(document);
    views::EventTableView view;
    view.setModel(&model);
    QCOMPARE(view.columnWidth(model::EventTableModel::TimeColumn),
        table->columnWidth(model::EventTableModel::TimeColumn));
    QCOMPARE(
        view.horizontalHeader()->sectionResizeMode(model::EventTableModel::TextColumn), QHeaderView::Stretch);
    QCOMPARE(view.verticalHeader()->defaultSectionSize(), table->verticalHeader()->defaultSectionSize());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
