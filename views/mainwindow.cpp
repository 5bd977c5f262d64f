#include "mainwindow.h"

#include "authordialog.h"
#include "commands/eventcommands.h"
#include "commands/reimportcommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "export/exportdialog.h"
#include "import/backgroundimport.h"
#include "import/importasdialog.h"
#include "import/importerregistry.h"
#include "import/importsummarydialog.h"
#include "import/teachformatdialog.h"
#include "items/eventtablemodel.h"
#include "items/itemroles.h"
#include "newreviewdialog.h"
#include "practice/installpractice.h"
#include "preferencesdialog.h"
#include "sensemaking/installsensemaking.h"
#include "store/serverlocation.h"
#include "teamserver/teamserversession.h"
#include "timeline/eventtableview.h"
#include "wheelguard.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace faultless::views {

using model::ReviewDocument;

namespace {
constexpr int kMaxRecentFiles = 10;
const char kRecentKey[] = "recentFiles";
const QString kReviewSuffix = QStringLiteral("faultless");

// The first window takes 90% of the screen, on a 1280x800 laptop as on a large screen, so that
// the timeline and the table get the room there is and the frame stays on the screen.
QRect firstStartGeometry()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return QRect(0, 0, 1280, 800);
    const QRect available = screen->availableGeometry();
    QRect window(QPoint(), available.size() * 0.9);
    window.moveCenter(available.center());
    return window;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReviewDocument(this))
    , m_eventModel(new model::EventTableModel(*m_document, this))
    , m_selection(new EventSelection(this))
    , m_import(new model::BackgroundImport(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new EventTableView(this))
    , m_countLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    WheelGuard::install(); // no value changes from a wheel that only passes over a box
    const QString author = AuthorDialog::knownAuthor();
    m_document->setAuthor(author.isEmpty() ? AuthorDialog::accountName() : author);
    if (author.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::askForAuthor); // once the window is up

    // EventTableView sets itself up for a million rows (shared with bench_timeline).
    m_table->setModel(m_eventModel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_selection->setCurrentEvent(current.isValid() ? m_eventModel->eventId(current.row()) : 0);
        });
    connect(m_selection, &EventSelection::currentEventChanged, this, [this](qint64 eventId) {
        const int row = m_eventModel->rowOfEvent(eventId);
        if (row < 0)
            return;
        const QModelIndex index = m_eventModel->index(row, 0);
        if (m_table->currentIndex().row() != row) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    });

    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_table);
    // A column, so that bars such as the team-server banner can sit above the panels.
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // Messages in a label of their own, stretched left of the count: QStatusBar's own message
    // ran under the count when long (issue 21). Ignored width: a long message is cut, never
    // widens the window; its tooltip has it whole.
    m_statusLabel->setObjectName(QStringLiteral("statusMessage"));
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    m_countLabel->setObjectName(QStringLiteral("eventCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, m_statusLabel, [this] {
        m_statusLabel->clear();
        m_statusLabel->setToolTip(QString());
    });

    createActions();
    m_teamServer = new TeamServerSession(*this);
    connect(m_teamServer, &TeamServerSession::currentChanged, this, &MainWindow::updateActions);
    connect(m_document, &ReviewDocument::opened, this, [this] {
        updateTitle();
        updateActions();
        emit reviewOpened();
    });
    connect(m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Meta || area == ReviewDocument::Area::Events)
            updateTitle();
    });
    // Also reported when background work ends (the search index of a pull): shown without a
    // nested event loop, so the handler returns at once.
    connect(m_document, &ReviewDocument::errorOccurred, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Faultless"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_import, &model::BackgroundImport::fileFinished, this, &MainWindow::onImportFinished);
    connect(m_import, &model::BackgroundImport::textIndexed, this, &MainWindow::onTextIndexed);
    connect(m_import, &model::BackgroundImport::progress, this, &MainWindow::onImportProgress);
    connect(m_import, &model::BackgroundImport::finished, this, &MainWindow::onImportDone);

    installFeatures();
    updateTitle();
    updateActions();
    settleDocks();
    restoreWindowGeometry();
    if (!QSettings().contains(QStringLiteral("window/state")))
        QTimer::singleShot(0, this, &MainWindow::arrangeDocksOnFirstStart);
    else
        m_docksArranged = true;
}

QDockWidget *MainWindow::rightColumnDock() const
{
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isVisible() && !dock->isFloating() && dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            return dock;
    }
    return nullptr;
}

// First start: the right column takes 30% of the width (about 380 px on a 1280x800 laptop, more
// on a large screen), and the details of the selected event as much height as the sense-making
// tabs rather than the few lines a dock's size hint gives them.
void MainWindow::arrangeDocksOnFirstStart()
{
    // Docks take sizes only once the window is shown and has laid them out.
    if (!isVisible()) {
        QTimer::singleShot(100, this, &MainWindow::arrangeDocksOnFirstStart);
        return;
    }
    m_docksArranged = true;
    if (QDockWidget *right = rightColumnDock())
        resizeDocks({ right }, { std::max(340, width() * 3 / 10) }, Qt::Horizontal);
    auto *details = findChild<QDockWidget *>(QStringLiteral("eventDetailDock"));
    auto *sensemaking = findChild<QDockWidget *>(QStringLiteral("sensemakingDock"));
    if (details && sensemaking && dockWidgetArea(details) == dockWidgetArea(sensemaking))
        resizeDocks({ details, sensemaking }, { height() * 2 / 5, height() * 3 / 5 }, Qt::Vertical);
}

// Docks that share a column as tabs each ask for their own minimum width, so switching tabs
// widened the column to the widest and it stayed there: every dock of the side columns gets the
// same minimum (the widest of theirs, at most 300 pixels so that a 1280-pixel screen has room for
// the timeline beside them), and none jumps.
void MainWindow::settleDocks()
{
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    int widest = 0;
    for (QDockWidget *dock : docks) {
        if (dock->widget())
            widest = std::max(widest, dock->widget()->minimumSizeHint().width());
    }
    const int common = std::clamp(widest, 260, 300);
    for (QDockWidget *dock : docks) {
        if (dock->widget() && dock->objectName() != QLatin1String("compareDock"))
            dock->widget()->setMinimumWidth(common);
        // The selected event's details stay readable beside the other docks of the column (they
        // were squeezed to about 70 pixels at 1280x800).
        if (dock->widget() && dock->objectName() == QLatin1String("eventDetailDock"))
            dock->widget()->setMinimumHeight(std::max(dock->widget()->minimumHeight(), 140));
        // Tab bars come and go as docks are shown, moved and tabified.
        connect(dock, &QDockWidget::visibilityChanged, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::keepDockTabsReadable); });
        connect(dock, &QDockWidget::dockLocationChanged, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::keepDockTabsReadable); });
    }
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks);
    tabHiddenDocksInRightColumn(docks);
    keepDockTabsReadable();
}

// Docks shown only when asked for (Sources, Disputes, Agreed Timeline…) open as tabs of the right
// column's last shown dock (sense-making): as a row of their own below it they made the column,
// and the window, taller than a 1280x800 screen once Mark Timeline Agreed showed its dock.
void MainWindow::tabHiddenDocksInRightColumn(const QList<QDockWidget *> &docks)
{
    QDockWidget *host = nullptr;
    for (QDockWidget *dock : docks) {
        if (!dock->isHidden() && !dock->isFloating() && dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            host = dock;
    }
    for (QDockWidget *dock : docks) {
        if (host && dock->isHidden() && !dock->isFloating()
            && dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            tabifyDockWidget(host, dock);
    }
}

// Tab labels are never cut ("Sour…", "Dispu…" at 1280x800): too many tabs for the column scroll
// instead, and every tab names its dock or page in a tooltip.
void MainWindow::keepDockTabsReadable()
{
    for (QTabBar *bar : findChildren<QTabBar *>()) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabToolTip(i).isEmpty())
                bar->setTabToolTip(i, bar->tabText(i).remove(QLatin1Char('&')));
        }
    }
}

// The right column keeps its share of the width when the window grows or shrinks (maximised on a
// large screen it grows with the window instead of leaving all the room to the table).
void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const int oldWidth = event->oldSize().width();
    const int newWidth = event->size().width();
    QDockWidget *right = rightColumnDock();
    if (!m_docksArranged || !isVisible() || !right || oldWidth <= 0 || std::abs(newWidth - oldWidth) < 40)
        return;
    const double share = std::clamp(double(right->width()) / double(oldWidth), 0.15, 0.5);
    const int wanted = int(share * newWidth);
    QTimer::singleShot(0, this, [this, wanted] {
        if (QDockWidget *dock = rightColumnDock())
            resizeDocks({ dock }, { wanted }, Qt::Horizontal);
    });
}

MainWindow::~MainWindow()
{
    // Close the review while the window is still whole. The document is our child, so otherwise
    // ~QWidget deletes it only after ~MainWindow has run, and its close() (aboutToClose, the undo
    // stack's clear()) would call our slots on a half-destroyed window: undefined behaviour that
    // UBSan reported in every GUI test that closes a window with a review open.
    m_document->close();
}

QMenu *MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Edit:
        return m_editMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Review:
        return m_reviewMenu;
    case Menu::Help:
        return m_helpMenu;
    }
    return nullptr;
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    m_statusLabel->setText(message);
    m_statusLabel->setToolTip(message);
    if (timeoutMs > 0)
        m_statusTimer->start(timeoutMs);
    else
        m_statusTimer->stop(); // stays until the next message
}

// The geometry of the last run, moved and shrunk into the screen it is on now: a window saved on
// a larger screen (or with a larger resolution) came back larger than a 1280x800 screen.
void MainWindow::restoreWindowGeometry()
{
    // The minimum size the layout last worked out may still count docks that the feature areas
    // have hidden since; a stale one made a 1280x800 window 844 pixels high.
    layout()->invalidate();
    layout()->activate();
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        setGeometry(firstStartGeometry());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    clampToScreen();
    // Again once shown, when the frame's margins are known; unless the window was given another
    // size meanwhile (by a caller or a test).
    QTimer::singleShot(0, this, [this, restored = size()] {
        if (size() == restored)
            clampToScreen();
    });
}

void MainWindow::clampToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) counts: without a window manager yet, assume none.
    const QRect frame = frameGeometry();
    const QMargins margins(geometry().left() - frame.left(), geometry().top() - frame.top(),
        frame.right() - geometry().right(), frame.bottom() - geometry().bottom());
    const QSize room = available.size().shrunkBy(margins);
    QRect inner = geometry();
    inner.setSize(inner.size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room)));
    QRect outer = inner.marginsAdded(margins);
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    outer.moveLeft(std::max(outer.left(), available.left()));
    outer.moveTop(std::max(outer.top(), available.top()));
    setGeometry(outer.marginsRemoved(margins));
}

void MainWindow::createActions()
{
    // Texts are set in retranslateMenus(), which a language change calls again.
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::onNew);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::onOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openFromServerAction
        = m_fileMenu->addAction(QString(), this, [this] { m_teamServer->openFromServer(); });
    m_openFromServerAction->setObjectName(QStringLiteral("openFromServerAction"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    rebuildRecentMenu();
    m_fileMenu->addSeparator();
    // Before Import: feature areas add their file commands next to Import, before the separator
    // that leads to Close.
    m_publishAction = m_fileMenu->addAction(QString(), this, [this] { m_teamServer->publishToServer(); });
    m_reviewActions << m_publishAction;
    m_saveLocalCopyAction = m_fileMenu->addAction(QString(), this, [this] { m_teamServer->saveLocalCopy(); });
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::onImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reviewActions << m_importAction;
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, [this] {
        m_document->close();
        updateTitle();
        updateActions();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_reviewActions << m_closeAction;
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    // Own actions rather than QUndoStack::createUndoAction(), whose "&Undo" prefix is fixed at
    // creation: these retitle with the command's text in the current language.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = m_editMenu->addAction(QString(), stack, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retitleUndoRedo);
    m_redoAction = m_editMenu->addAction(QString(), stack, &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retitleUndoRedo);
    m_editMenu->addSeparator();
    m_highlightAction = m_editMenu->addAction(QString(), this, [this] {
        const qint64 id = m_selection->currentEvent();
        if (id == 0)
            return;
        const int row = m_eventModel->rowOfEvent(id);
        const bool on = row >= 0 && m_eventModel->index(row, 0).data(model::HighlightedRole).toBool();
        model::commands::setHighlighted(*m_document, id, !on);
    });
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_reviewActions << m_highlightAction;
    m_editMenu->addSeparator();
    m_preferencesAction = m_editMenu->addAction(QString(), this, &MainWindow::onPreferences);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_reviewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::onAbout);
    retranslateMenus();
}

void MainWindow::installFeatures()
{
    // Feature areas add their panels and menu entries here, one line each.
    installWorkspace(*this);
    installEventActions(*this); // the event menu on the timeline and the table
    installExport(*this);
    installPractice(*this);
    installSensemaking(*this);
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Faultless"));
        setWindowFilePath(QString());
        m_countLabel->clear();
        return;
    }
    setWindowTitle((m_document->isReadOnly() ? tr("%1 (read-only) — Faultless") : tr("%1 — Faultless"))
                       .arg(m_document->title()));
    setWindowFilePath(m_document->path());
    m_countLabel->setText(tr("%n event(s)", nullptr, int(m_document->timeline().size())));
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen() && !m_import->isRunning();
    for (QAction *action : std::as_const(m_reviewActions))
        action->setEnabled(open);
    if (!m_teamServer)
        return;
    const bool serverIdle = !m_teamServer->isBusy() && !m_import->isRunning();
    m_openFromServerAction->setEnabled(serverIdle);
    m_publishAction->setEnabled(open && serverIdle);
    m_saveLocalCopyAction->setEnabled(open && serverIdle && m_teamServer->current().has_value());
}

void MainWindow::addTopBar(QWidget *bar)
{
    auto *column = static_cast<QVBoxLayout *>(centralWidget()->layout());
    column->insertWidget(column->count() - 1, bar);
}

void MainWindow::openServerReview(const QString &address)
{
    QString error;
    const auto location = model::ServerLocation::parse(address, &error);
    if (!location) {
        QMessageBox::warning(this, tr("Cannot open review"), error);
        return;
    }
    m_teamServer->open(*location);
}

bool MainWindow::openReview(const QString &path, const QString &recentName)
{
    if (m_import->isRunning())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_document->open(path);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Cannot open review"), m_document->errorString());
        updateTitle();
        updateActions();
        return false;
    }
    addRecentFile(recentName.isEmpty() ? path : recentName);
    if (m_document->isReadOnly())
        showStatus(m_document->readOnlyReason(), 0); // stays until the next message: edits will not save
    else
        showStatus(tr("Opened %1").arg(recentName.isEmpty() ? QFileInfo(path).fileName() : recentName));
    return true;
}

bool MainWindow::newReview(const QString &path, const QString &title, const QString &zoneId)
{
    if (!m_document->create(path, title, zoneId)) {
        QMessageBox::warning(this, tr("Cannot create review"), m_document->errorString());
        return false;
    }
    addRecentFile(path);
    return true;
}

void MainWindow::onNew()
{
    NewReviewDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    newReview(dialog.path(), dialog.title(), dialog.zoneId());
}

void MainWindow::onOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Review"), QString(), tr("Faultless reviews (*.faultless);;All files (*)"));
    if (!path.isEmpty())
        openReview(path);
}

void MainWindow::onImport()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import Events"), QString(), importFileFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

bool MainWindow::isImporting() const
{
    return m_import->isRunning();
}

void MainWindow::waitForImport()
{
    m_import->wait();
}

// The file dialog's filters, the first (the default) every suffix an importer knows (issue 21: a
// hand-made list hid .logfmt and .syslog files).
QString MainWindow::importFileFilter()
{
    QStringList patterns;
    for (const QString &suffix : model::ImporterRegistry().supportedSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    return tr("All supported files (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;")
        + tr("All files (*)");
}

// However many files, one import: one worker, one progress dialog with one Cancel, one summary
// at the end (showImportSummary()) and one undo step for all of them unless the user edits
// between two files (onImportFinished()).
void MainWindow::importFiles(const QStringList &paths, const QString &formatId, const QString &formatOption)
{
    QList<model::ImportRequest> requests;
    for (const QString &path : paths) {
        model::ImportRequest request;
        request.path = path;
        request.formatId = formatId;
        request.formatOption = formatOption;
        requests << request;
    }
    startImport(requests);
}

void MainWindow::startImport(const QList<model::ImportRequest> &requests)
{
    if (!m_document->isOpen() || m_import->isRunning() || requests.isEmpty())
        return;
    m_importPaths.clear();
    m_importResults.clear();
    m_importSizes.clear();
    ++m_importJob; // the files of this job merge into one undo step (onImportFinished())
    for (const model::ImportRequest &request : requests) {
        // Keyed as the results name the file: by its source name when the request gives one.
        m_importPaths.insert(
            request.sourceName.isEmpty() ? QFileInfo(request.path).fileName() : request.sourceName,
            request.path);
        m_importSizes << std::max<qint64>(0, QFileInfo(request.path).size());
    }
    m_progress = new QProgressDialog(
        tr("Importing %1…").arg(QFileInfo(requests.first().path).fileName()), tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(true);
    m_progress->setAutoReset(false); // one bar over every file: it must not reset at a file's end
    connect(m_progress, &QProgressDialog::canceled, m_import, &model::BackgroundImport::cancel);
    m_teamServer->importStarting();
    m_import->start(m_document->path(), requests);
    updateActions();
}

void MainWindow::importSourceAgain(qint64 sourceId)
{
    if (!m_document->isOpen() || m_import->isRunning())
        return;
    model::commands::Reimport plan = model::commands::planReimport(*m_document, sourceId);
    // A team review's copy sends an import's new rows to the server, not the old source hidden by
    // the same transaction (that happens on the import's own connection, which is not recorded).
    if (plan.problem.isEmpty() && m_teamServer->current())
        plan.problem = tr("%1 cannot be imported again in a team review yet: the team server would keep "
                          "the old reading. Remove the source, then import the file with "
                          "\"faultless-cli import --format\" instead.")
                           .arg(plan.sourceName);
    if (!plan.problem.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Cannot Import Again"), plan.problem, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("reimportRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog = new ImportAsDialog(plan.path, plan.formatId, plan.sourceName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, plan] {
        model::ImportRequest request;
        request.path = plan.path;
        request.sourceName = plan.sourceName;
        request.formatId = dialog->formatId();
        request.replaceSourceId = plan.sourceId;
        startImport({ request });
    });
    dialog->open();
}

void MainWindow::importFileAs(const QString &path)
{
    auto *dialog = new ImportAsDialog(path, QString(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, path] { importFiles({ path }, dialog->formatId()); });
    dialog->open();
}

void MainWindow::onImportProgress(qint64 done, qint64 total, int file, int files)
{
    if (!m_progress || file < 0 || file >= m_importSizes.size())
        return;
    // Bytes over all the files: the bar runs once from start to end, not once per file.
    qint64 all = 0, before = 0;
    for (int i = 0; i < m_importSizes.size(); ++i) {
        all += m_importSizes.at(i);
        if (i < file)
            before += m_importSizes.at(i);
    }
    const qint64 current = total > 0 ? std::min(done, total) : 0;
    m_progress->setMaximum(1000);
    m_progress->setValue(all > 0 ? int(std::min<qint64>(999, (before + current) * 1000 / all)) : 0);
    if (files > 1)
        m_progress->setLabelText(tr("Importing file %1 of %2…").arg(file + 1).arg(files));
}

// One file's outcome. Its events are committed: they are shown now, and the file goes on the undo
// stack now, merging into the step of the job's earlier files unless the user edited something
// since (see commands::recordImportedFile). A file imported again in place of a source is a step
// of its own that also brings that source back on undo.
void MainWindow::onImportFinished(const model::ImportResult &result)
{
    m_importResults << result;
    if (result.status != model::ImportResult::Status::Imported)
        return;
    // A team review's copy sends the import on to the server first (or says why not).
    m_teamServer->importFinished(result.sourceName);
    if (!m_document->isOpen())
        return;
    // The step's first redo shows the events.
    if (result.replacedSourceId)
        model::commands::recordReimport(
            *m_document, result.sourceId, result.replacedSourceId, result.sourceName);
    else
        model::commands::recordImportedFile(*m_document, m_importJob, result.sourceId, result.sourceName);
    if (result.textIndexPending)
        showStatus(tr("%1: events shown; indexing their text for search…").arg(result.sourceName), 0);
}

// The text of a file's events is searchable (or could not be indexed: said in the summary).
void MainWindow::onTextIndexed(const model::ImportResult &result)
{
    for (model::ImportResult &r : m_importResults) {
        if (r.status == model::ImportResult::Status::Imported && r.sourceId == result.sourceId)
            r.textIndexError = result.textIndexError;
    }
    if (result.textIndexError.isEmpty() && m_document->isOpen())
        m_document->refresh(ReviewDocument::Area::SearchIndex);
}

void MainWindow::onImportDone()
{
    if (m_progress)
        m_progress->reset();
    // Each file went on the undo stack as it was committed (onImportFinished()).
    int imported = 0;
    for (const model::ImportResult &result : std::as_const(m_importResults))
        imported += result.status == model::ImportResult::Status::Imported;
    QStringList lines;
    for (const model::ImportResult &result : std::as_const(m_importResults))
        lines << result.summary();
    if (m_importResults.size() > 1)
        showStatus(ImportSummaryDialog::headline(m_importResults), 15000);
    else if (!lines.isEmpty())
        showStatus(lines.join(QStringLiteral("; ")), 15000);
    updateActions();
    showImportSummary();
    emit importCompleted(imported);
}

// One summary for the whole import: a table when several files were read or one has something to
// say (skipped records, notes, an incomplete search index); a single file that could not be read
// gets the box that offers to teach its format; a clean single file only the status line.
void MainWindow::showImportSummary()
{
    using Status = model::ImportResult::Status;
    if (m_importResults.isEmpty())
        return;
    if (m_importResults.size() == 1) {
        const model::ImportResult &result = m_importResults.first();
        if (result.status == Status::Failed || result.status == Status::NothingUsable) {
            showImportFailure(result);
            return;
        }
        if (result.rejected == 0 && result.notes.isEmpty() && result.textIndexError.isEmpty())
            return;
    }
    auto *dialog = new ImportSummaryDialog(m_importResults, m_importPaths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSummaryDialog::teachRequested, this, &MainWindow::teachFormat);
    connect(dialog, &ImportSummaryDialog::importAsRequested, this, &MainWindow::importFileAs);
    connect(dialog, &ImportSummaryDialog::importAgainRequested, this, &MainWindow::importSourceAgain);
    dialog->open();
}

// Shown without a nested event loop (results of further files keep arriving). A file that no
// importer read can be taught to Faultless from here (issue 20, TeachFormatDialog).
void MainWindow::showImportFailure(const model::ImportResult &result)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Import failed"), result.summary(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("importFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_importPaths.value(result.sourceName);
    if (!path.isEmpty() && QFileInfo(path).isFile() && QFileInfo(path).isReadable()) {
        QPushButton *teach = box->addButton(tr("&Teach Faultless this format…"), QMessageBox::ActionRole);
        teach->setObjectName(QStringLiteral("teachFormat"));
        connect(teach, &QPushButton::clicked, this, [this, path] { teachFormat(path); });
        QPushButton *importAs = box->addButton(tr("Import &As…"), QMessageBox::ActionRole);
        importAs->setObjectName(QStringLiteral("importAs"));
        importAs->setToolTip(tr("Choose the format to read the file with"));
        connect(importAs, &QPushButton::clicked, this, [this, path] { importFileAs(path); });
    }
    box->open();
}

void MainWindow::teachFormat(const QString &path)
{
    auto *dialog = new TeachFormatDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, path] { importFiles({ path }, dialog->formatId()); });
    dialog->open();
}

// An entry is a file's absolute path or a team-server address (ServerLocation::toString(),
// which never holds a password).
void MainWindow::addRecentFile(const QString &entry)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kRecentKey)).toStringList();
    const QString absolute
        = model::ServerLocation::isServerName(entry) ? entry : QFileInfo(entry).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    int n = 0;
    for (const QString &file : files) {
        if (model::ServerLocation::isServerName(file)) {
            // Shown whole: host, database and review together tell one server review from another.
            ++n;
            QAction *action
                = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(
                                              QString(file).replace(QLatin1Char('&'), QStringLiteral("&&"))),
                    this, [this, file] { openServerReview(file); });
            action->setToolTip(file);
            action->setData(file);
            continue;
        }
        if (!QFileInfo::exists(file))
            continue;
        ++n;
        QAction *action
            = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(file).fileName()), this,
                [this, file] { openReview(file); });
        action->setToolTip(file);
        action->setData(file);
    }
    m_recentMenu->setEnabled(n > 0);
    if (n > 0) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QLatin1String(kRecentKey));
            rebuildRecentMenu();
        });
    }
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Faultless"),
        tr("<h3>Faultless %1</h3><p>Blameless incident learning reviews: one timeline from what "
           "systems and people left behind, contributing factors with evidence, and several "
           "narratives from different vantage points.</p>")
            .arg(QApplication::applicationVersion()));
}

// First run: no name chosen yet. Not modal to the application (open(), not exec()): nothing
// waits on it, and the account's name is used until it is answered.
void MainWindow::askForAuthor()
{
    static bool asked = false; // once per run, not once per window
    if (asked || !AuthorDialog::knownAuthor().isEmpty())
        return;
    asked = true;
    auto *dialog = new AuthorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AuthorDialog::store(dialog->name());
        m_document->setAuthor(dialog->name());
    });
    dialog->open();
}

void MainWindow::onPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply();
    m_document->setAuthor(dialog.authorName());
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Review…"));
    m_openAction->setText(tr("&Open Review…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openFromServerAction->setText(tr("Open from &Team Server…"));
    m_publishAction->setText(tr("&Publish to Team Server…"));
    m_saveLocalCopyAction->setText(tr("Save a &Local Copy…"));
    m_saveLocalCopyAction->setToolTip(
        tr("Pull the team-server review shown here into a file of your choice"));
    m_importAction->setText(tr("&Import Events…"));
    m_closeAction->setText(tr("&Close Review"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    retitleUndoRedo();
    m_highlightAction->setText(tr("&Highlight Event"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_viewMenu->setTitle(tr("&View"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Faultless"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setAccessibleDescription(
        tr("Every event of the review in time order; Ctrl+B highlights the current one"));
    rebuildRecentMenu(); // "Clear Menu"
    updateTitle();
}

void MainWindow::retitleUndoRedo()
{
    const QUndoStack *stack = m_document->undoStack();
    //: %1 is what the last edit did, e.g. "Annotate Event"
    m_undoAction->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    //: %1 is what the undone edit did, e.g. "Annotate Event"
    m_redoAction->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslateMenus();
        emit languageChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        if (QMessageBox::question(this, tr("Import in progress"),
                tr("An import is running. Cancel it and quit? The review stays as it was before "
                   "the import."))
            != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
        m_import->wait();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).suffix() == kReviewSuffix)
            openReview(path);
        else
            imports << path;
    }
    if (!imports.isEmpty()) {
        if (!m_document->isOpen())
            QMessageBox::information(this, tr("No review open"),
                tr("Open or create a review first, then drop files to import them."));
        else
            importFiles(imports);
    }
    event->acceptProposedAction();
}

} // namespace faultless::views
