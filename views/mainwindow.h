#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTableView;
class QTimer;

namespace faultless::model {
class BackgroundImport;
class EventTableModel;
class ReviewDocument;
struct ImportRequest;
struct ImportResult;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;
class TeamServerSession;

// The review window. Feature areas (timeline, sense-making, export, practice) add their menus
// and panels through the accessors below from their own install() functions, called once at the
// end of the constructor, so that this file stays a thin frame.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Review, Help };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // `recentName` is what Open Recent keeps for it, if not the path (a team-server address).
    bool openReview(const QString &path, const QString &recentName = {});
    // Pulls the review at a team-server address into the cache and opens that copy.
    void openServerReview(const QString &address);
    TeamServerSession &teamServer() { return *m_teamServer; }
    // Adds a bar above the window's panels (the team-server banner).
    void addTopBar(QWidget *bar);
    bool newReview(const QString &path, const QString &title, const QString &zoneId);
    // Imports files into the open review on a worker thread, with progress and cancel.
    void importFiles(
        const QStringList &paths, const QString &formatId = {}, const QString &formatOption = {});
    // "Import again as…" (issue 20): checks that the source's file is still there, asks for a
    // format (ImportAsDialog) and reads the file again in it in place of the source: one import
    // with progress and cancel, one undo step (commands::recordReimport).
    void importSourceAgain(qint64 sourceId);
    // "Import as…": a file that no format recognised, read in the format the user chooses.
    void importFileAs(const QString &path);
    bool isImporting() const;
    void waitForImport(); // tests

    model::ReviewDocument &document() { return *m_document; }
    model::EventTableModel &eventModel() { return *m_eventModel; }
    EventSelection &selection() { return *m_selection; }
    QTableView *eventTable() const { return m_table; }
    QSplitter *centralSplitter() const { return m_splitter; }
    QMenu *menu(Menu which) const;
    // The import file dialog's filters; the first, the default, has every suffix an importer knows.
    static QString importFileFilter();
    // The window's status line for short messages.
    void showStatus(const QString &message, int timeoutMs = 5000);

signals:
    void reviewOpened();
    // An import of one or more files ended (finished, canceled or failed) and its summary is out;
    // `filesImported` of them added events (the timeline then fits all events).
    void importCompleted(int filesImported);
    // After the interface language changed (QEvent::LanguageChange): feature areas retitle the
    // actions and docks they added, which the window cannot know.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &entry);
    void rebuildRecentMenu();
    void onNew();
    void onOpen();
    void onImport();
    void startImport(const QList<model::ImportRequest> &requests);
    void onImportFinished(const model::ImportResult &result);
    void onTextIndexed(const model::ImportResult &result);
    void onImportProgress(qint64 done, qint64 total, int file, int files);
    void onImportDone();
    void showImportSummary();
    void showImportFailure(const model::ImportResult &result);
    void restoreWindowGeometry();
    void clampToScreen();
    // Dock layout (issue 21): the right column's first-start share, equal minimum widths so that
    // switching tabs does not change its width, dock tabs whose labels are never cut.
    void arrangeDocksOnFirstStart();
    void settleDocks();
    void tabHiddenDocksInRightColumn(const QList<QDockWidget *> &docks);
    void keepDockTabsReadable();
    QDockWidget *rightColumnDock() const;
    void teachFormat(const QString &path);
    void onAbout();
    void onPreferences();
    void askForAuthor();
    void retranslateMenus();
    void retitleUndoRedo();
    void installFeatures();

    model::ReviewDocument *m_document;
    model::EventTableModel *m_eventModel;
    EventSelection *m_selection;
    model::BackgroundImport *m_import;
    QPointer<QProgressDialog> m_progress;
    QSplitter *m_splitter;
    TeamServerSession *m_teamServer = nullptr;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_statusLabel; // messages: a widget of its own, left of the count, never under it
    QTimer *m_statusTimer;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu;
    QMenu *m_editMenu;
    QMenu *m_viewMenu;
    QMenu *m_reviewMenu;
    QMenu *m_helpMenu;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_importAction;
    QAction *m_openFromServerAction;
    QAction *m_publishAction;
    QAction *m_saveLocalCopyAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_highlightAction;
    QAction *m_preferencesAction;
    QAction *m_aboutAction;
    QList<QAction *> m_reviewActions; // enabled only with an open review
    QHash<QString, QString> m_importPaths; // file name -> path, of the files of the running import
    // The running import, one job whatever the number of files: each file's result (the summary),
    // the sizes of the files (one progress bar over all of them).
    QList<model::ImportResult> m_importResults;
    quint64 m_importJob = 0; // numbers the import jobs: the undo steps of one job's files merge
    QList<qint64> m_importSizes;
    bool m_docksArranged = false; // the first layout is done: resizes keep the right column's share
};

} // namespace faultless::views
