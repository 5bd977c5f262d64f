#include "installsensemaking.h"

#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "editablelistpanel.h"
#include "facilitatormode.h"
#include "factorspanel.h"
#include "items/categorymodel.h"
#include "items/factormodel.h"
#include "items/participantmodel.h"
#include "languagehighlighter.h"
#include "mainwindow.h"
#include "narrativecompareview.h"
#include "narrativespanel.h"
#include "opportunitiespanel.h"
#include "questionspanel.h"
#include "sensemaking/participantspanel.h"
#include "tabrows.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace faultless::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Sensemaking)
};

// The comparison and the meeting want all the room there is: a window of the meeting opens
// maximized on the screen the main window is on (its available area, frame included, when no
// window manager maximizes it: the main window's frame stands for its own, not known before it is
// shown).
void showOnScreenOf(QWidget &meetingWindow, const QWidget &window)
{
    if (!meetingWindow.isVisible()) {
        const QRect frame = window.frameGeometry();
        const QRect inner = window.geometry();
        const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(),
            frame.right() - inner.right(), frame.bottom() - inner.bottom());
        meetingWindow.setGeometry(window.screen()->availableGeometry().marginsRemoved(margins));
        meetingWindow.showMaximized();
    }
    meetingWindow.show();
    meetingWindow.raise();
    meetingWindow.activateWindow();
}

// The parts of sense-making that the steps below create and wire together; all are children of
// the window, so the lambdas that capture these pointers never outlive them.
struct Sensemaking
{
    QDockWidget *dock = nullptr;
    QTabWidget *tabs = nullptr;
    TabRows *tabRows = nullptr;
    FactorsPanel *factors = nullptr;
    NarrativesPanel *narratives = nullptr;
    QuestionsPanel *questions = nullptr;
    OpportunitiesPanel *opportunities = nullptr;
    ParticipantsPanel *participants = nullptr;
    EditableListPanel *categories = nullptr;
    NarrativeCompareView *compare = nullptr;
    // Review menu
    QAction *addFactor = nullptr;
    QAction *addNarrative = nullptr;
    QAction *compareAction = nullptr;
    QAction *questionAction = nullptr;
    QAction *facilitate = nullptr;

    void showTab(QWidget *tab) const
    {
        dock->show();
        dock->raise();
        tabs->setCurrentWidget(tab);
    }
};

// The "Sense-making" dock with one tab per panel (titles in retranslate()).
void addPanels(MainWindow &window, Sensemaking &s)
{
    model::ReviewDocument &document = window.document();
    s.dock = new QDockWidget(&window);
    s.dock->setObjectName(QStringLiteral("sensemakingDock"));
    s.tabs = new QTabWidget(s.dock);
    s.tabs->setObjectName(QStringLiteral("sensemakingTabs"));
    s.tabs->setDocumentMode(true);
    s.factors = new FactorsPanel(document, window.selection(), s.tabs);
    s.narratives = new NarrativesPanel(document, window.selection(), s.tabs);
    s.questions = new QuestionsPanel(document, *s.factors->factorModel(), s.tabs);
    s.opportunities = new OpportunitiesPanel(document, *s.factors->factorModel(), s.tabs);
    // The participants, with the people the sources name to confirm or merge (issue 19).
    s.participants = new ParticipantsPanel(document, s.tabs);
    s.participants->setObjectName(QStringLiteral("participantsTab"));
    s.categories = new EditableListPanel(
        new model::CategoryModel(document), QString(), QString(),
        [&document] { return model::commands::addCategory(document, Text::tr("New category")); },
        [&document](qint64 id) { return model::commands::deleteCategory(document, id); }, s.tabs);
    s.categories->setObjectName(QStringLiteral("categoriesPanel"));
    for (QWidget *tab : std::initializer_list<QWidget *> {
             s.factors, s.narratives, s.questions, s.opportunities, s.participants, s.categories })
        s.tabs->addTab(tab, QString());
    // The pages' names in rows of buttons above the pages, every name whole (TabRows).
    auto *pages = new QWidget(s.dock);
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 2, 0, 0);
    pagesLayout->setSpacing(2);
    s.tabRows = new TabRows(s.tabs, pages);
    pagesLayout->addWidget(s.tabRows);
    pagesLayout->addWidget(s.tabs, 1);
    s.dock->setWidget(pages);
    window.addDockWidget(Qt::RightDockWidgetArea, s.dock);

    // The comparison is a workspace of its own window: side by side needs the whole width.
    s.compare
        = new NarrativeCompareView(document, *s.narratives->narrativeModel(), window.selection(), &window);
    s.compare->setWindowFlag(Qt::Window);
    QObject::connect(&document, &model::ReviewDocument::aboutToClose, s.compare, &QWidget::close);
}

// Opens the comparison maximized on the window's screen (as a compare action does).
void openCompare(MainWindow &window, NarrativeCompareView *compare)
{
    compare->refresh();
    showOnScreenOf(*compare, window);
}

// Review menu entries (texts in retranslate()), enabled while a review is open.
void addReviewActions(MainWindow &window, Sensemaking &s)
{
    model::ReviewDocument &document = window.document();
    QMenu *review = window.menu(MainWindow::Menu::Review);
    review->addSeparator();
    const Sensemaking parts = s; // the panels and the dock, by value for the lambdas
    s.addFactor = review->addAction(QString(), &window, [parts] {
        parts.showTab(parts.factors);
        parts.factors->addFactor();
    });
    s.addFactor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    s.addNarrative = review->addAction(QString(), &window, [parts] {
        parts.showTab(parts.narratives);
        parts.narratives->addNarrative();
    });
    s.addNarrative->setShortcut(
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)); // Ctrl+Shift+N adds an event by hand
    auto compare = [&window, view = s.compare] { openCompare(window, view); };
    s.compareAction = review->addAction(QString(), &window, compare);
    s.compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QObject::connect(s.narratives, &NarrativesPanel::compareRequested, &window, compare);
    s.questionAction = review->addAction(QString(), &window, [parts] { parts.showTab(parts.questions); });
    s.questionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    QPointer<FacilitatorMode> session;
    s.facilitate = review->addAction(QString(), &window, [&window, &document, session]() mutable {
        if (!document.isOpen())
            return;
        if (!session) {
            // The meeting starts where the facilitator prepared it: the main timeline's span, not
            // every year the sources cover. Found before the meeting adds a timeline of its own.
            const auto *main = window.findChild<TimelineView *>(QStringLiteral("timelineView"));
            session = new FacilitatorMode(document, &window);
            if (main && main->visibleTo() > main->visibleFrom())
                session->timeline()->setVisibleRange(main->visibleFrom(), main->visibleTo());
        }
        showOnScreenOf(*session, window);
    });
    s.facilitate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *action : { s.addFactor, s.addNarrative, s.compareAction, s.questionAction, s.facilitate }) {
        action->setEnabled(document.isOpen());
        QObject::connect(
            &document, &model::ReviewDocument::opened, action, [action] { action->setEnabled(true); });
        QObject::connect(
            &document, &model::ReviewDocument::aboutToClose, action, [action] { action->setEnabled(false); });
    }
    QMenu *view = window.menu(MainWindow::Menu::View);
    view->addAction(s.dock->toggleViewAction());
}

// Every text of the dock, its tabs and the menu entries, named here so that a language change
// renames it live.
void retranslate(const Sensemaking &s)
{
    s.dock->setWindowTitle(Text::tr("Sense-making"));
    s.tabs->setAccessibleName(Text::tr("Sense-making"));
    // Mnemonics chosen not to collide with the menu bar (F E V R H) nor with the panels' own.
    s.tabs->setTabText(s.tabs->indexOf(s.factors), Text::tr("Fac&tors"));
    s.tabs->setTabText(s.tabs->indexOf(s.narratives), Text::tr("&Narratives"));
    s.tabs->setTabText(s.tabs->indexOf(s.questions), Text::tr("&Questions"));
    s.tabs->setTabText(s.tabs->indexOf(s.opportunities), Text::tr("&Opportunities"));
    s.tabs->setTabText(s.tabs->indexOf(s.participants), Text::tr("&Participants"));
    s.tabs->setTabText(s.tabs->indexOf(s.categories), Text::tr("&Categories"));
    s.tabRows->syncTexts();
    s.participants->list()->setTexts(Text::tr("Participants"),
        Text::tr("People in the review. Exports show the pseudonym where one is set."));
    s.categories->setTexts(Text::tr("Factor categories"),
        Text::tr("The categories offered for contributing factors in this review. Their order "
                 "is not an order of importance."));
    s.addFactor->setText(Text::tr("Add Contributing &Factor"));
    s.addNarrative->setText(Text::tr("New &Narrative"));
    s.compareAction->setText(Text::tr("&Compare Narratives"));
    s.questionAction->setText(Text::tr("Open &Questions"));
    s.facilitate->setText(Text::tr("Facilitator &Mode"));
}

// For screenshots and demos: open one panel when a review opens.
void showPanelOnOpenForDemos(MainWindow &window, const Sensemaking &s)
{
    const QString panel = qEnvironmentVariable("FAULTLESS_SENSEMAKING_PANEL");
    if (panel.isEmpty())
        return;
    QObject::connect(&window, &MainWindow::reviewOpened, &window, [=, &window] {
        QTimer::singleShot(0, &window, [=, &window] {
            if (panel == QLatin1String("compare")) {
                openCompare(window, s.compare);
            } else if (panel == QLatin1String("facilitator")) {
                s.facilitate->trigger();
            } else {
                const QHash<QString, QWidget *> byName { { QStringLiteral("factors"), s.factors },
                    { QStringLiteral("narratives"), s.narratives },
                    { QStringLiteral("questions"), s.questions },
                    { QStringLiteral("opportunities"), s.opportunities },
                    { QStringLiteral("participants"), s.participants },
                    { QStringLiteral("categories"), s.categories } };
                if (QWidget *tab = byName.value(panel)) {
                    s.showTab(tab);
                    window.resizeDocks({ s.dock }, { window.width() / 2 }, Qt::Horizontal);
                }
            }
        });
    });
}

} // namespace

void installSensemaking(MainWindow &window)
{
    Sensemaking s;
    addPanels(window, s);
    addReviewActions(window, s);
    retranslate(s);
    QObject::connect(&window, &MainWindow::languageChanged, s.dock, [s] { retranslate(s); });

    // The annotation editor of the event detail pane (installed before us) gets the assistant too;
    // found by its object name so that the two features stay independent.
    for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>(QStringLiteral("annotationEditor"))) {
        if (!edit->document()->findChild<LanguageHighlighter *>())
            LanguageHighlighter::attach(edit)->followPeople(window.document());
    }

    showPanelOnOpenForDemos(window, s);
}

} // namespace faultless::views
