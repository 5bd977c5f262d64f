#include "workspace.h"

#include "analysis/timelineindex.h"
#include "charts/eventratechart.h"
#include "document/reviewdocument.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "mainwindow.h"
#include "search/searchbar.h"
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
} // namespace

void installWorkspace(MainWindow &window)
{
    // Pointers, not references, are captured by the lambdas below: they outlive this function.
    ReviewDocument *document = &window.document();
    EventSelection *selection = &window.selection();
    EventTableModel *eventModel = &window.eventModel();
    QTableView *table = window.eventTable();
    QSplitter *splitter = window.centralSplitter();

    auto *panel = new TimelinePanel(*document, *selection, splitter);
    splitter->insertWidget(0, panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 480, 320 });
    TimelineView *timeline = panel->view();
    setupTable(table, eventModel);

    // Search bar in its own toolbar.
    auto *searchBar = new SearchBar(*document, *selection, &window);
    auto *toolbar = window.addToolBar(QCoreApplication::translate("Workspace", "Search"));
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(searchBar);
    QObject::connect(searchBar, &SearchBar::resultsChanged, panel,
        [selection, eventModel, table, timeline, panel](const std::vector<qint64> *rows) {
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

    // After an import the view shows every event, not the first file's (issue 21).
    QObject::connect(&window, &MainWindow::importCompleted, timeline, [timeline](int filesImported) {
        if (filesImported > 0)
            timeline->zoomToFit();
    });

    // The table follows the timeline's range while nothing selected is in view.
    auto *follow = new QTimer(panel);
    follow->setSingleShot(true);
    follow->setInterval(80);
    QObject::connect(timeline, &TimelineView::visibleRangeChanged, follow, qOverload<>(&QTimer::start));
    QObject::connect(follow, &QTimer::timeout, panel, [document, selection, eventModel, table, timeline] {
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

    // Docks.
    auto *detailDock = new QDockWidget(QCoreApplication::translate("Workspace", "Event Details"), &window);
    detailDock->setObjectName(QStringLiteral("eventDetailDock"));
    detailDock->setWidget(new EventDetailPane(*document, *selection, detailDock));
    window.addDockWidget(Qt::RightDockWidgetArea, detailDock);
    auto *chartDock = new QDockWidget(QCoreApplication::translate("Workspace", "Event Rate"), &window);
    chartDock->setObjectName(QStringLiteral("eventRateDock"));
    chartDock->setWidget(new EventRateChart(*document, *selection, chartDock));
    window.addDockWidget(Qt::BottomDockWidgetArea, chartDock);
    chartDock->hide();

    // View menu.
    QMenu *view = window.menu(MainWindow::Menu::View);
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
    QAction *details = detailDock->toggleViewAction();
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(details);
    QAction *chart = chartDock->toggleViewAction();
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(chart);

    // Layout: per review in the document, else the user's last layout.
    QObject::connect(document, &ReviewDocument::opened, panel, [document, splitter, table] {
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
    // For screenshots and demos (hidden): FAULTLESS_WORKSPACE="chart,select,search=TEXT" shows the
    // chart dock, selects the first highlighted event and types a search once a review is open.
    const QStringList show
        = qEnvironmentVariable("FAULTLESS_WORKSPACE").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!show.isEmpty()) {
        QObject::connect(document, &ReviewDocument::opened, panel, [=] {
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
    QObject::connect(document, &ReviewDocument::aboutToClose, panel, [document, splitter, table] {
        const QByteArray split = splitter->saveState();
        const QByteArray header = table->horizontalHeader()->saveState();
        document->store().setMeta(QLatin1String(kSplitterKey), QString::fromLatin1(split.toBase64()));
        document->store().setMeta(QLatin1String(kHeaderKey), QString::fromLatin1(header.toBase64()));
        QSettings settings;
        settings.setValue(kSettingsSplitter, split);
        settings.setValue(kSettingsHeader, header);
    });
}

} // namespace faultless::views
