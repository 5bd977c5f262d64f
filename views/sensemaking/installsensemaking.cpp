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

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

namespace faultless::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Sensemaking)
};

// The comparison and the meeting want all the room there is: a window of the meeting opens
// maximized on the screen the main window is on (its available area when no window manager
// maximizes it).
void showOnScreenOf(QWidget &meetingWindow, const QWidget &window)
{
    if (!meetingWindow.isVisible()) {
        meetingWindow.setGeometry(window.screen()->availableGeometry());
        meetingWindow.showMaximized();
    }
    meetingWindow.show();
    meetingWindow.raise();
    meetingWindow.activateWindow();
}

} // namespace

void installSensemaking(MainWindow &window)
{
    model::ReviewDocument &document = window.document();
    auto *dock = new QDockWidget(&window);
    dock->setObjectName(QStringLiteral("sensemakingDock"));
    auto *tabs = new QTabWidget(dock);
    tabs->setObjectName(QStringLiteral("sensemakingTabs"));
    tabs->setDocumentMode(true);
    auto *factors = new FactorsPanel(document, window.selection(), tabs);
    auto *narratives = new NarrativesPanel(document, window.selection(), tabs);
    auto *questions = new QuestionsPanel(document, *factors->factorModel(), tabs);
    auto *opportunities = new OpportunitiesPanel(document, *factors->factorModel(), tabs);
    // The participants, with the people the sources name to confirm or merge (issue 19).
    auto *participants = new ParticipantsPanel(document, tabs);
    participants->setObjectName(QStringLiteral("participantsTab"));
    auto *categories = new EditableListPanel(
        new model::CategoryModel(document), QString(), QString(),
        [&document] { return model::commands::addCategory(document, Text::tr("New category")); },
        [&document](qint64 id) { return model::commands::deleteCategory(document, id); }, tabs);
    categories->setObjectName(QStringLiteral("categoriesPanel"));
    for (QWidget *tab : std::initializer_list<QWidget *> {
             factors, narratives, questions, opportunities, participants, categories })
        tabs->addTab(tab, QString()); // titles in retranslate() below
    dock->setWidget(tabs);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);

    // The comparison is a workspace of its own window: side by side needs the whole width.
    auto *compare
        = new NarrativeCompareView(document, *narratives->narrativeModel(), window.selection(), &window);
    compare->setWindowFlag(Qt::Window);
    QObject::connect(&document, &model::ReviewDocument::aboutToClose, compare, &QWidget::close);

    QMenu *review = window.menu(MainWindow::Menu::Review);
    review->addSeparator();
    auto showTab = [dock, tabs](QWidget *tab) {
        dock->show();
        dock->raise();
        tabs->setCurrentWidget(tab);
    };
    QAction *addFactor = review->addAction(QString(), &window, [=] {
        showTab(factors);
        factors->addFactor();
    });
    addFactor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *addNarrative = review->addAction(QString(), &window, [=] {
        showTab(narratives);
        narratives->addNarrative();
    });
    addNarrative->setShortcut(
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)); // Ctrl+Shift+N adds an event by hand
    auto openCompare = [compare, &window] {
        compare->refresh();
        showOnScreenOf(*compare, window);
    };
    QAction *compareAction = review->addAction(QString(), &window, openCompare);
    compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QObject::connect(narratives, &NarrativesPanel::compareRequested, &window, openCompare);
    QAction *questionAction = review->addAction(QString(), &window, [=] { showTab(questions); });
    questionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    QPointer<FacilitatorMode> session;
    QAction *facilitate = review->addAction(QString(), &window, [&window, &document, session]() mutable {
        if (!document.isOpen())
            return;
        if (!session)
            session = new FacilitatorMode(document, &window);
        showOnScreenOf(*session, window);
    });
    facilitate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *action : { addFactor, addNarrative, compareAction, questionAction, facilitate }) {
        action->setEnabled(document.isOpen());
        QObject::connect(
            &document, &model::ReviewDocument::opened, action, [action] { action->setEnabled(true); });
        QObject::connect(
            &document, &model::ReviewDocument::aboutToClose, action, [action] { action->setEnabled(false); });
    }
    QMenu *view = window.menu(MainWindow::Menu::View);
    view->addAction(dock->toggleViewAction());

    // Every text above, named here so that a language change renames it live.
    auto retranslate = [=] {
        dock->setWindowTitle(Text::tr("Sense-making"));
        tabs->setAccessibleName(Text::tr("Sense-making"));
        // Mnemonics chosen not to collide with the menu bar (F E V R H) nor with the panels' own.
        tabs->setTabText(tabs->indexOf(factors), Text::tr("Fac&tors"));
        tabs->setTabText(tabs->indexOf(narratives), Text::tr("&Narratives"));
        tabs->setTabText(tabs->indexOf(questions), Text::tr("&Questions"));
        tabs->setTabText(tabs->indexOf(opportunities), Text::tr("&Opportunities"));
        tabs->setTabText(tabs->indexOf(participants), Text::tr("&Participants"));
        tabs->setTabText(tabs->indexOf(categories), Text::tr("&Categories"));
        participants->list()->setTexts(Text::tr("Participants"),
            Text::tr("People in the review. Exports show the pseudonym where one is set."));
        categories->setTexts(Text::tr("Factor categories"),
            Text::tr("The categories offered for contributing factors in this review. Their order "
                     "is not an order of importance."));
        addFactor->setText(Text::tr("Add Contributing &Factor"));
        addNarrative->setText(Text::tr("New &Narrative"));
        compareAction->setText(Text::tr("&Compare Narratives"));
        questionAction->setText(Text::tr("Open &Questions"));
        facilitate->setText(Text::tr("Facilitator &Mode"));
    };
    retranslate();
    QObject::connect(&window, &MainWindow::languageChanged, dock, retranslate);

    // The annotation editor of the event detail pane (installed before us) gets the assistant too;
    // found by its object name so that the two features stay independent.
    for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>(QStringLiteral("annotationEditor"))) {
        if (!edit->document()->findChild<LanguageHighlighter *>())
            LanguageHighlighter::attach(edit)->followPeople(window.document());
    }

    // For screenshots and demos: open one panel when a review opens.
    const QString panel = qEnvironmentVariable("FAULTLESS_SENSEMAKING_PANEL");
    if (!panel.isEmpty()) {
        QObject::connect(&window, &MainWindow::reviewOpened, &window, [=, &window] {
            QTimer::singleShot(0, &window, [=, &window] {
                if (panel == QLatin1String("compare")) {
                    openCompare();
                } else if (panel == QLatin1String("facilitator")) {
                    facilitate->trigger();
                } else {
                    const QHash<QString, QWidget *> byName { { QStringLiteral("factors"), factors },
                        { QStringLiteral("narratives"), narratives },
                        { QStringLiteral("questions"), questions },
                        { QStringLiteral("opportunities"), opportunities },
                        { QStringLiteral("participants"), participants },
                        { QStringLiteral("categories"), categories } };
                    if (QWidget *tab = byName.value(panel)) {
                        showTab(tab);
                        window.resizeDocks({ dock }, { window.width() / 2 }, Qt::Horizontal);
                    }
                }
            });
        });
    }
}

} // namespace faultless::views
