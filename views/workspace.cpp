#include "workspace.h"

#include "analysis/timelineindex.h"
#include "charts/eventratechart.h"
#include "document/reviewdocument.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "mainwindow.h"
#include "search/searchbar.h"
#include "timeline/eventactions.h"
#include "timeline/overviewstrip.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace faultless::views {

using model::EventTableModel;
using model::ReviewDocument;

namespace {
const char kSplitterKey[] = "ui.splitter";
const char kHeaderKey[] = "ui.table.header";
const QString kSettingsSplitter = QStringLiteral("workspace/splitter");
const QString kSettingsHeader = QStringLiteral("workspace/tableHeader");

void setupTable(QTableView *table, EventTableModel *model)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSortIndicator(EventTableModel::TimeColumn, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    header->setSectionsMovable(true);
    // Columns the model cannot sort keep the indicator where the sort really is.
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, table, [header, model](int section) {
        if (!model->isSortable(section)) {
            const QSignalBlocker block(header);
            header->setSortIndicator(model->sortColumn(), model->sortOrder());
        }
    });
    table->setDragEnabled(true);
    table->setDragDropMode(QAbstractItemView::DragOnly);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, table, [table, header, model](const QPoint &pos) {
            QMenu menu(table);
            for (int c = 0; c < EventTableModel::ColumnCount; ++c) {
                QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString(), table,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(c));
                // The time column anchors every row: it stays.
                a->setEnabled(c != EventTableModel::TimeColumn);
            }
            menu.addSeparator();
            menu.addAction(QCoreApplication::translate("Workspace", "Show All Columns"), table, [header] {
                for (int c = 0; c < header->count(); ++c)
                    header->setSectionHidden(c, false);
            });
            menu.exec(header->viewport()->mapToGlobal(pos));
        });
}

// What the workspace is built from and wires together. Pointers, not references: the lambdas of
// the steps below capture them, and they outlive installWorkspace().
struct Workspace
{
    MainWindow *window;
    ReviewDocument *document;
    EventSelection *selection;
    EventTableModel *eventModel;
    QTableView *table;
    QSplitter *splitter;
    TimelinePanel *panel = nullptr;
    TimelineView *timeline = nullptr;
    SearchBar *searchBar = nullptr;
    QDockWidget *detailDock = nullptr;
    QDockWidget *chartDock = nullptr;
};

// The timeline above the event table.
void addTimeline(Workspace &w)
{
    w.panel = new TimelinePanel(*w.document, *w.selection, w.splitter);
    w.splitter->insertWidget(0, w.panel);
    w.splitter->setStretchFactor(0, 3);
    w.splitter->setStretchFactor(1, 2);
    w.splitter->setSizes({ 480, 320 });
    w.timeline = w.panel->view();
}

// The search bar in its own toolbar; its results filter the table and mark the timeline.
void addSearchBar(Workspace &w)
{
    auto *searchBar = new SearchBar(*w.document, *w.selection, w.window);
    auto *toolbar = w.window->addToolBar(QCoreApplication::translate("Workspace", "Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(searchBar);
    QObject::connect(searchBar, &SearchBar::resultsChanged, w.panel,
        [selection = w.selection, eventModel = w.eventModel, table = w.table, timeline = w.timeline,
            panel = w.panel](const std::vector<qint64> *rows) {
            const qint64 current = selection->currentEvent();
            eventModel->setRowFilter(rows ? std::optional<std::vector<qint64>>(*rows) : std::nullopt);
            timeline->setMatches(rows ? std::optional<std::vector<qint64>>(*rows) : std::nullopt);
            panel->overview()->setMatches(rows);
            // Keep the current event selected when it is still listed.
            const int row = eventModel->rowOfEvent(current);
            if (row >= 0) {
                table->setCurrentIndex(eventModel->index(row, 0));
                table->scrollTo(eventModel->index(row, 0), QAbstractItemView::PositionAtCenter);
            }
        });
    w.searchBar = searchBar;
}

// The table follows the timeline's range while nothing selected is in view.
void followTimelineInTable(const Workspace &w)
{
    auto *follow = new QTimer(w.panel);
    follow->setSingleShot(true);
    follow->setInterval(80);
    QObject::connect(w.timeline, &TimelineView::visibleRangeChanged, follow, qOverload<>(&QTimer::start));
    QObject::connect(follow, &QTimer::timeout, w.panel,
        [document = w.document, selection = w.selection, eventModel = w.eventModel, table = w.table,
            timeline = w.timeline] {
            const model::TimelineIndex &index = document->timeline();
            const qsizetype current = index.rowOfEvent(selection->currentEvent());
            if (current >= 0 && index.instant(current) >= timeline->visibleFrom()
                && index.instant(current) <= timeline->visibleTo())
                return;
            if (eventModel->sortColumn() != EventTableModel::TimeColumn
                || eventModel->sortOrder() != Qt::AscendingOrder)
                return;
            qsizetype row = index.lowerBound(timeline->visibleFrom());
            int tableRow = -1;
            for (; row < index.size() && tableRow < 0 && index.instant(row) <= timeline->visibleTo(); ++row) {
                tableRow = eventModel->rowOfTimelineRow(row);
                if (row > index.lowerBound(timeline->visibleFrom()) + 5000)
                    break; // filtered: the table keeps its place rather than scanning far
            }
            if (tableRow >= 0)
                table->scrollTo(eventModel->index(tableRow, 0), QAbstractItemView::PositionAtTop);
        });
}

void addDocks(Workspace &w)
{
    w.detailDock = new QDockWidget(QCoreApplication::translate("Workspace", "Event Details"), w.window);
    w.detailDock->setObjectName(QStringLiteral("eventDetailDock"));
    w.detailDock->setWidget(new EventDetailPane(*w.document, *w.selection, w.detailDock));
    w.window->addDockWidget(Qt::RightDockWidgetArea, w.detailDock);
    w.chartDock = new QDockWidget(QCoreApplication::translate("Workspace", "Event Rate"), w.window);
    w.chartDock->setObjectName(QStringLiteral("eventRateDock"));
    w.chartDock->setWidget(new EventRateChart(*w.document, *w.selection, w.chartDock));
    w.window->addDockWidget(Qt::BottomDockWidgetArea, w.chartDock);
    w.chartDock->hide();
}

void addViewActions(const Workspace &w)
{
    SearchBar *searchBar = w.searchBar;
    TimelineView *timeline = w.timeline;
    QTableView *table = w.table;
    QMenu *view = w.window->menu(MainWindow::Menu::View);
    QAction *find
        = view->addAction(QCoreApplication::translate("Workspace", "&Find Events…"), searchBar, [searchBar] {
              searchBar->lineEdit()->setFocus(Qt::ShortcutFocusReason);
              searchBar->lineEdit()->selectAll();
          });
    find->setShortcut(QKeySequence::Find);
    QAction *next = view->addAction(QCoreApplication::translate("Workspace", "&Next Event"), timeline,
        [timeline] { timeline->selectNext(+1, false); });
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = view->addAction(QCoreApplication::translate("Workspace", "&Previous Event"), timeline,
        [timeline] { timeline->selectNext(-1, false); });
    previous->setShortcut(QKeySequence::FindPrevious);
    view->addSeparator();
    QAction *zoomIn = view->addAction(QCoreApplication::translate("Workspace", "Zoom &In"), timeline,
        [timeline] { timeline->zoomBy(0.5); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(QCoreApplication::translate("Workspace", "Zoom &Out"), timeline,
        [timeline] { timeline->zoomBy(2.0); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(QCoreApplication::translate("Workspace", "Zoom to &Fit"), timeline,
        [timeline] { timeline->zoomToFit(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *focusTimeline = view->addAction(QCoreApplication::translate("Workspace", "Go to &Timeline"),
        timeline, [timeline] { timeline->setFocus(Qt::ShortcutFocusReason); });
    focusTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focusTable = view->addAction(QCoreApplication::translate("Workspace", "Go to Event &Table"),
        table, [table] { table->setFocus(Qt::ShortcutFocusReason); });
    focusTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *details = w.detailDock->toggleViewAction();
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(details);
    QAction *chart = w.chartDock->toggleViewAction();
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(chart);
}

// Layout: per review in the document, else the user's last layout.
void keepLayoutPerReview(const Workspace &w)
{
    QObject::connect(w.document, &ReviewDocument::opened, w.panel,
        [document = w.document, splitter = w.splitter, table = w.table] {
            const QSettings settings;
            const QByteArray split
                = QByteArray::fromBase64(document->store().meta(QLatin1String(kSplitterKey)).toLatin1());
            splitter->restoreState(split.isEmpty() ? settings.value(kSettingsSplitter).toByteArray() : split);
            const QByteArray header
                = QByteArray::fromBase64(document->store().meta(QLatin1String(kHeaderKey)).toLatin1());
            table->horizontalHeader()->restoreState(
                header.isEmpty() ? settings.value(kSettingsHeader).toByteArray() : header);
            // Restored states may carry a sort the model does not have yet.
            table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(),
                table->horizontalHeader()->sortIndicatorOrder());
        });
    QObject::connect(w.document, &ReviewDocument::aboutToClose, w.panel,
        [document = w.document, splitter = w.splitter, table = w.table] {
            const QByteArray split = splitter->saveState();
            const QByteArray header = table->horizontalHeader()->saveState();
            document->store().setMeta(QLatin1String(kSplitterKey), QString::fromLatin1(split.toBase64()));
            document->store().setMeta(QLatin1String(kHeaderKey), QString::fromLatin1(header.toBase64()));
            QSettings settings;
            settings.setValue(kSettingsSplitter, split);
            settings.setValue(kSettingsHeader, header);
        });
}

// For screenshots and demos (hidden): FAULTLESS_WORKSPACE="chart,select,search=TEXT" shows the
// chart dock, selects the first highlighted event and types a search once a review is open.
void showOnOpenForDemos(const Workspace &w)
{
    const QStringList show
        = qEnvironmentVariable("FAULTLESS_WORKSPACE").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (show.isEmpty())
        return;
    QObject::connect(w.document, &ReviewDocument::opened, w.panel,
        [show, document = w.document, selection = w.selection, chartDock = w.chartDock,
            searchBar = w.searchBar] {
            for (const QString &item : show) {
                if (item == QLatin1String("chart"))
                    chartDock->show();
                if (item.startsWith(QLatin1String("search=")))
                    searchBar->lineEdit()->setText(item.mid(7));
                if (item == QLatin1String("select")) {
                    const auto &notable = document->timeline().notableRows();
                    if (!notable.empty())
                        selection->setCurrentEvent(document->timeline().eventId(notable.front()));
                }
            }
        });
}
} // namespace

void installWorkspace(MainWindow &window)
{
    Workspace w { &window, &window.document(), &window.selection(), &window.eventModel(), window.eventTable(),
        window.centralSplitter() };
    addTimeline(w);
    setupTable(w.table, w.eventModel);
    addSearchBar(w);
    // After an import the view shows every event, not the first file's (issue 21).
    QObject::connect(
        &window, &MainWindow::importCompleted, w.timeline, [timeline = w.timeline](int filesImported) {
            if (filesImported > 0)
                timeline->zoomToFit();
        });
    followTimelineInTable(w);
    addDocks(w);
    addViewActions(w);
    // The per-review layout is restored before the demo settings act on the opened review.
    keepLayoutPerReview(w);
    showOnOpenForDemos(w);
}
// The window's part of the event menu: EventActions knows the document and the selection; here it
// is attached to the timeline and the event table, whose context menus then open it.
EventActions *installEventActions(MainWindow &window)
{
    auto *actions = new EventActions(window.document(), window.selection(), &window);
    QObject::connect(&window, &MainWindow::languageChanged, actions, &EventActions::retranslate);
    if (auto *timeline = window.findChild<TimelineView *>()) {
        actions->attachTo(timeline);
        QObject::connect(timeline, &TimelineView::eventMenuRequested, actions, &EventActions::popup);
    }
    QTableView *table = window.eventTable();
    actions->attachTo(table);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    EventSelection *selection = &window.selection();
    QObject::connect(
        table, &QWidget::customContextMenuRequested, actions, [actions, table, selection](const QPoint &pos) {
            const QModelIndex index = table->indexAt(pos);
            if (index.isValid())
                table->setCurrentIndex(index); // the selection makes the row's event current
            else if (!table->currentIndex().isValid())
                return;
            actions->popup(selection->currentEvent(), table->viewport()->mapToGlobal(pos));
        });
    return actions;
}

} // namespace faultless::views
