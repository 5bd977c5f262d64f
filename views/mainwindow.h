#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QTableView;

namespace faultless::model {
class BackgroundImport;
class EventTableModel;
class ReviewDocument;
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
    bool isImporting() const;
    void waitForImport(); // tests

    model::ReviewDocument &document() { return *m_document; }
    model::EventTableModel &eventModel() { return *m_eventModel; }
    EventSelection &selection() { return *m_selection; }
    QTableView *eventTable() const { return m_table; }
    QSplitter *centralSplitter() const { return m_splitter; }
    QMenu *menu(Menu which) const;
    // The window's status line for short messages.
    void showStatus(const QString &message, int timeoutMs = 5000);

signals:
    void reviewOpened();
    // After the interface language changed (QEvent::LanguageChange): feature areas retitle the
    // actions and docks they added, which the window cannot know.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &entry);
    void rebuildRecentMenu();
    void onNew();
    void onOpen();
    void onImport();
    void onImportFinished(const model::ImportResult &result);
    void showImportFailure(const model::ImportResult &result);
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
    QStringList m_importMessages;
    QHash<QString, QString> m_importPaths; // file name -> path, of the files of the running import
};

} // namespace faultless::views
