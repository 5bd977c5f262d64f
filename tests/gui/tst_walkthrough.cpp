// Issue 21, done when: the review of a nine-source incident runs end to end — import, find the key
// moments, annotate from the timeline, cite evidence, write and compare two narratives, run
// facilitator mode, sign off — at 1280x800 and at 1920x1080, through the widgets a facilitator
// uses (drops, menus, context menus, buttons, keys), and every control used is reachable without
// scrolling a pane. With FAULTLESS_WALKTHROUGH_SHOTS naming a folder, a picture of the screen is
// saved there after each step (<size>-<nn>-<step>.png).
#include "gameday.h"
#include "guisupport.h"
#include "testsupport.h"

#include "analysis/agreementdiff.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "import/importsummarydialog.h"
#include "items/eventtablemodel.h"
#include "items/factormodel.h"
#include "items/narrativecomparemodel.h"
#include "items/narrativemodel.h"
#include "items/narrativestepmodel.h"
#include "items/questionmodel.h"
#include "mainwindow.h"
#include "search/searchbar.h"
#include "sensemaking/facilitatormode.h"
#include "sensemaking/factorspanel.h"
#include "sensemaking/narrativecompareview.h"
#include "sensemaking/narrativespanel.h"
#include "store/annotationstore.h"
#include "store/eventquery.h"
#include "store/factorstore.h"
#include "store/participantstore.h"
#include "store/tagstore.h"
#include "timeline/timelineview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;

namespace {

// A control as a failure message names it: its object name, else its text or accessible name,
// and its class.
QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty()) {
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            name = button->text().remove(QLatin1Char('&'));
        else if (auto *edit = qobject_cast<const QLineEdit *>(widget))
            name = edit->placeholderText();
    }
    if (name.isEmpty())
        name = widget->accessibleName();
    return QStringLiteral("\"%1\" (%2)").arg(name, QLatin1String(widget->metaObject()->className()));
}

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString screenText(const QWidget *widget)
{
    const QSize size = widget->screen() ? widget->screen()->size() : QSize();
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Whether `rect` of `widget` (its own coordinates) can be seen without scrolling any pane: it lies
// inside every widget around it, so inside its window and inside the viewport of every scroll area
// around it at the position that area is at now (the one the user starts from), and the window
// lies on the screen. `why` names the control, what is wrong and the screen's size.
bool inView(const QWidget *widget, const QRect &rect, QString *why)
{
    const QString where = QStringLiteral(" (screen %1)").arg(screenText(widget));
    if (!widget->isVisible()) {
        *why = describe(widget) + QStringLiteral(" is not shown") + where;
        return false;
    }
    for (const QWidget *inner = widget; !inner->isWindow(); inner = inner->parentWidget()) {
        const QWidget *parent = inner->parentWidget();
        const QRect inParent = rect.translated(widget->mapTo(parent, QPoint(0, 0)));
        if (parent->rect().contains(inParent))
            continue;
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        const bool viewport = area && area->viewport() == parent;
        *why = describe(widget) + QStringLiteral(" at %1 ").arg(rectText(inParent))
            + (viewport ? QStringLiteral("needs scrolling in ") + describe(area)
                        : QStringLiteral("is cut off by ") + describe(parent))
            + QStringLiteral(" of %1").arg(rectText(parent->rect())) + where;
        return false;
    }
    const QWidget *top = widget->window();
    if (const QScreen *screen = top->screen();
        screen && !screen->availableGeometry().contains(top->geometry())) {
        *why = QStringLiteral("the window of %1 at %2 is not whole on the screen %3")
                   .arg(describe(widget), rectText(top->geometry()), rectText(screen->availableGeometry()));
        return false;
    }
    return true;
}

// Whether the user can use `widget` without scrolling a pane to reach it: all of it in view.
bool reachableWithoutScrolling(const QWidget *widget, QString *why)
{
    if (!widget) {
        *why = QStringLiteral("the control does not exist");
        return false;
    }
    if (!inView(widget, widget->rect(), why))
        return false;
    // A button narrower than its text needs shows it cut ("d current ev").
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (button && !button->text().isEmpty() && button->width() < button->sizeHint().width()) {
        *why = QStringLiteral("%1 is %2 pixels wide, its text needs %3 (screen %4)")
                   .arg(describe(widget))
                   .arg(button->width())
                   .arg(button->sizeHint().width())
                   .arg(screenText(widget));
        return false;
    }
    return true;
}

// The same for a row of an item view: the start of its first line is in view (a list longer than
// its view scrolls, and long texts run out of it).
bool reachableWithoutScrolling(const QAbstractItemView *view, const QModelIndex &index, QString *why)
{
    if (!view || !index.isValid()) {
        *why = QStringLiteral("the row does not exist");
        return false;
    }
    const QRect cell = view->visualRect(index);
    const QRect start(cell.topLeft(),
        QSize(std::min(cell.width(), 40), std::min(cell.height(), view->fontMetrics().height())));
    if (inView(view->viewport(), start, why))
        return true;
    *why = QStringLiteral("row %1 of %2: ").arg(index.row()).arg(describe(view)) + *why;
    return false;
}

// An entry of a popup menu: the menu is reachable and the entry inside it (a long menu scrolls).
bool reachableWithoutScrolling(const QMenu *menu, const QAction *action, QString *why)
{
    if (!reachableWithoutScrolling(menu, why))
        return false;
    if (!menu->actions().contains(action)
        || !menu->rect().contains(menu->actionGeometry(const_cast<QAction *>(action)))) {
        *why = QStringLiteral("the entry \"%1\" of %2 is not in view").arg(action->text(), describe(menu));
        return false;
    }
    return true;
}

} // namespace

#define VERIFY_REACHABLE(...)                                                                                \
    do {                                                                                                     \
        QString why;                                                                                         \
        QVERIFY2(reachableWithoutScrolling(__VA_ARGS__, &why), qPrintable(why));                             \
    } while (false)

// After a step: on with the next only when it passed.
#define STEP(call)                                                                                           \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class TestWalkthrough : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void review_data();
    void review();
    void cleanup();

private:
    // The review, step by step as the facilitator takes them.
    void openWindow(const QSize &screenSize);
    void importNineFilesAsOneDrop();
    void findTheRollout();
    void annotateFromTheTimeline();
    void annotateInlineTagAndHighlight();
    void citeAsEvidence();
    void writeTwoNarratives();
    void compareNarratives();
    void runFacilitatorMode();
    void signOff();
    void newNarrative(const QString &title, const QString &vantagePoint);

    // Ways of using the window, each checking that the control it uses is reachable.
    void click(QWidget *widget, const QPoint &at = {});
    void typeInto(QWidget *widget, const QString &text);
    void shortcut(const QKeySequence &keys); // to the main window
    void activate(QWidget *window);
    // A right click on the event's row of the table (the menu is acted on by actOnMenu()).
    void contextMenuOnRow(qint64 eventId);
    void triggerFromMenuBar(views::MainWindow::Menu menu, const QString &text);
    // Types `query` in the search box and clicks the listed event whose text contains `text`.
    void searchAndSelect(const QString &query, const QString &text, qint64 *eventId);
    QAbstractButton *buttonIn(QWidget *parent, const QString &text) const;
    // In a popup menu or a modal dialog, whose exec() blocks the test: acted on once it is up.
    // Where a control there is out of reach, m_problem says so, for the step to fail on.
    void actOnMenu(const QString &menuName, const QString &actionName, const QString &shotName);
    void actOnSubmenu(
        const QString &menuName, const QString &submenuName, const QString &entry, const QString &shotName);
    void actOnDialog(std::function<bool(QWidget *)> act);
    bool checkReachable(const QWidget *widget);
    bool checkReachable(const QMenu *menu, const QAction *action);
    void showSensemakingPage(const QString &name);
    void shot(const QString &step);

    QString m_size;
    QString m_problem; // the first control out of reach in a menu or dialog
    int m_shot = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<views::MainWindow> m_window;
    qint64 m_rollout = 0; // the flag change the review turns on: 10% -> 50%
    qint64 m_alert = 0;
    qint64 m_rollback = 0;
    qint64 m_factor = 0;
};

void TestWalkthrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("FAULTLESS_AUTHOR")) // ctest sets it; a run by hand may not
        qputenv("FAULTLESS_AUTHOR", "Test Reviewer");
}

void TestWalkthrough::review_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestWalkthrough::review()
{
    QFETCH(QSize, screen);
    m_size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
    m_shot = 0;
    STEP(openWindow(screen));
    STEP(importNineFilesAsOneDrop());
    STEP(findTheRollout());
    STEP(annotateFromTheTimeline());
    STEP(annotateInlineTagAndHighlight());
    STEP(citeAsEvidence());
    STEP(writeTwoNarratives());
    STEP(compareNarratives());
    STEP(runFacilitatorMode());
    STEP(signOff());
}

void TestWalkthrough::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

// A first start on a screen of that size, the window maximized there, and a new review.
void TestWalkthrough::openWindow(const QSize &screenSize)
{
    QSettings().clear();
    QScreen *screen = nullptr;
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->size() == screenSize)
            screen = s;
    }
    QVERIFY2(screen, qPrintable(m_size));
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<views::MainWindow>();
    m_window->setScreen(screen);
    m_window->setGeometry(screen->availableGeometry());
    m_window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->screen(), screen);
    QVERIFY(m_window->newReview(m_dir->filePath(QStringLiteral("gameday.faultless")),
        QStringLiteral("Checkout game day"), QStringLiteral("UTC")));
    QTest::qWait(300); // the docks take their first-start shares once the window is shown
    QTRY_VERIFY(screen->availableGeometry().contains(m_window->geometry()));
    shot(QStringLiteral("empty-review"));
}

// 1. The nine files dropped on the window at once: one import, one summary, closed.
void TestWalkthrough::importNineFilesAsOneDrop()
{
    auto *timeline = m_window->findChild<views::TimelineView *>();
    VERIFY_REACHABLE(timeline);
    QList<QUrl> urls;
    for (const QString &file : tests::nineFormatFiles())
        urls << QUrl::fromLocalFile(file);
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = timeline->mapTo(m_window.get(), timeline->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy completed(m_window.get(), &views::MainWindow::importCompleted);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
    QCOMPARE(completed.first().first().toInt(), urls.size());

    auto *summary = m_window->findChild<views::ImportSummaryDialog *>();
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    QCOMPARE(summary->table()->topLevelItemCount(), urls.size());
    QAbstractButton *close = summary->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    VERIFY_REACHABLE(summary->table());
    VERIFY_REACHABLE(close);
    // Import Again As… shows its whole text too (it changes with the row chosen).
    VERIFY_REACHABLE(summary->findChild<QPushButton *>(QStringLiteral("importAs")));
    shot(QStringLiteral("import-summary"));
    STEP(click(close));
    QTRY_VERIFY(!summary->isVisible());
    m_window->activateWindow(); // offscreen, no window manager gives it back
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    shot(QStringLiteral("imported"));
}

// 2. The key moment, the rollout's step to 50%, found with the search box and selected.
void TestWalkthrough::findTheRollout()
{
    STEP(searchAndSelect(
        QStringLiteral("\"game day step 2\""), QStringLiteral("rollout 10% → 50%"), &m_rollout));
    auto *timeline = m_window->findChild<views::TimelineView *>();
    QVERIFY(timeline->hasMatches());
    shot(QStringLiteral("found-rollout"));
}

// 3a. On the timeline: zoomed to the event (Ctrl+1, Return), a right click on its mark, Annotate….
void TestWalkthrough::annotateFromTheTimeline()
{
    auto *timeline = m_window->findChild<views::TimelineView *>();
    STEP(shortcut(QKeySequence(Qt::CTRL | Qt::Key_1)));
    QTRY_VERIFY(timeline->hasFocus());
    // Return zooms in around the current event, a quarter of the span each time: down to an hour.
    for (int press = 0; press < 20 && timeline->visibleTo() - timeline->visibleFrom() > 3600'000'000; ++press)
        QTest::keyClick(timeline, Qt::Key_Return);
    const auto at = timeline->positionOfEvent(m_rollout);
    QVERIFY(at);
    VERIFY_REACHABLE(timeline);
    QVERIFY2(timeline->plotRect().contains(*at),
        qPrintable(QStringLiteral("the mark at %1,%2 is outside the plot %3 (screen %4)")
                       .arg(at->x())
                       .arg(at->y())
                       .arg(rectText(timeline->plotRect()), m_size)));
    QCOMPARE(timeline->eventAt(*at), m_rollout);

    const QString text
        = QStringLiteral("Ana raised the rollout to 50% as planned; the dashboard looked normal");
    actOnMenu(
        QStringLiteral("eventMenu"), QStringLiteral("annotateEventAction"), QStringLiteral("timeline-menu"));
    actOnDialog([this, text](QWidget *dialog) {
        if (dialog->objectName() != QLatin1String("annotateDialog"))
            return false;
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationText"));
        QAbstractButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!checkReachable(edit) || !checkReachable(ok))
            return true;
        QTest::keyClicks(edit, text);
        shot(QStringLiteral("annotate-dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        return true;
    });
    QTest::mouseClick(timeline, Qt::RightButton, Qt::NoModifier, *at);
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    const auto annotations = model::AnnotationStore::ofEvent(m_window->document().store(), m_rollout);
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.constFirst().text, text);
}

// 3b. In Event Details: an annotation typed in the inline box (Ctrl+Return), a tag from the
// table row's context menu, the highlight ticked.
void TestWalkthrough::annotateInlineTagAndHighlight()
{
    model::ReviewDocument &document = m_window->document();
    auto *pane = m_window->findChild<views::EventDetailPane *>();
    QCOMPARE(pane->eventId(), m_rollout);
    STEP(typeInto(pane->annotationEditor(), QStringLiteral("Nobody in chat knew step 2 had started")));
    QTest::keyClick(pane->annotationEditor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(model::AnnotationStore::ofEvent(document.store(), m_rollout).size(), 2);
    auto *annotations = pane->findChild<QListView *>(QStringLiteral("annotationList"));
    QTRY_COMPARE(annotations->model()->rowCount(), 2);
    VERIFY_REACHABLE(annotations, annotations->model()->index(0, 0));

    actOnMenu(QStringLiteral("eventMenu"), QStringLiteral("tagEventAction"), QStringLiteral("table-menu"));
    actOnDialog([this](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return false;
        // A line edit, or the editable box of the tags there are (a combo box's line edit).
        QLineEdit *edit = nullptr;
        for (QLineEdit *line : input->findChildren<QLineEdit *>()) {
            if (line->isVisible())
                edit = line;
        }
        if (!edit)
            return false; // not laid out yet
        QAbstractButton *ok = input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!checkReachable(edit) || !checkReachable(ok))
            return true;
        QTest::keyClicks(edit, QStringLiteral("rollout"));
        QTest::mouseClick(ok, Qt::LeftButton);
        return true;
    });
    STEP(contextMenuOnRow(m_rollout));
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    QCOMPARE(model::TagStore::namesOfEvent(document.store(), m_rollout),
        QStringList { QStringLiteral("rollout") });

    // Highlight from the row's menu; Event Details' own box follows, and it and the phase sit on
    // the Annotations heading's line, in view in the short dock at both sizes.
    actOnMenu(QStringLiteral("eventMenu"), QStringLiteral("highlightEventAction"), QString());
    STEP(contextMenuOnRow(m_rollout));
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    QVERIFY(model::EventQuery::fetchOne(document.store(), m_rollout)->highlighted);
    auto *highlighted = qobject_cast<QCheckBox *>(buttonIn(pane, QStringLiteral("Highlighted")));
    QTRY_VERIFY(highlighted->isChecked());
    VERIFY_REACHABLE(highlighted);
    VERIFY_REACHABLE(pane->findChild<QComboBox *>(QStringLiteral("phaseCombo")));
    shot(QStringLiteral("annotated-tagged-highlighted"));
}

// 4. A contributing factor (Review ▸ Add Contributing Factor, Ctrl+Shift+F), the rollout cited
// for it from the table row's "Cite as Evidence for ▸".
void TestWalkthrough::citeAsEvidence()
{
    model::ReviewDocument &document = m_window->document();
    STEP(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
    auto *factors = m_window->findChild<views::FactorsPanel *>();
    auto *title = factors->findChild<QLineEdit *>(QStringLiteral("factorTitle"));
    QTRY_VERIFY(title->hasFocus());
    VERIFY_REACHABLE(title);
    const QString factor = QStringLiteral("Rollout steps were not announced in chat");
    QTest::keyClicks(title, factor);
    m_factor = factors->currentFactor();
    QVERIFY(m_factor > 0);

    actOnSubmenu(
        QStringLiteral("eventMenu"), QStringLiteral("citeMenu"), factor, QStringLiteral("cite-menu"));
    STEP(contextMenuOnRow(m_rollout));
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    QTRY_COMPARE(model::FactorStore::evidenceRows(document.store(), m_factor).size(), 1);
    QCOMPARE(model::FactorStore::evidenceRows(document.store(), m_factor).constFirst().eventId, m_rollout);
    auto *evidence = factors->findChild<QTableView *>(QStringLiteral("factorEvidence"));
    VERIFY_REACHABLE(evidence);
    QTRY_COMPARE(evidence->model()->rowCount(), 1);
    VERIFY_REACHABLE(evidence, evidence->model()->index(0, 0));
    shot(QStringLiteral("cited"));
}

// 5. Two narratives, from two seats: steps added from the current event, from the table row's
// "Add to Narrative ▸" and typed without evidence; one step moved up.
void TestWalkthrough::writeTwoNarratives()
{
    auto *narratives = m_window->findChild<views::NarrativesPanel *>();
    auto *stepText = narratives->findChild<QPlainTextEdit *>(QStringLiteral("stepText"));
    STEP(newNarrative(QStringLiteral("From the on-call seat"), QStringLiteral("On-call engineer")));
    // The rollout is still the current event.
    STEP(click(buttonIn(narratives, QStringLiteral("Add current event"))));
    QTRY_VERIFY(stepText->hasFocus());
    QTest::keyClicks(stepText, QStringLiteral("Ana raised the rollout to 50%"));
    STEP(searchAndSelect(
        QStringLiteral("CheckoutLatencyHigh"), QStringLiteral("CheckoutLatencyHigh:"), &m_alert));
    STEP(click(buttonIn(narratives, QStringLiteral("Add current event"))));
    QTRY_VERIFY(stepText->hasFocus());
    QTest::keyClicks(stepText, QStringLiteral("The latency alert paged Ben"));
    STEP(click(buttonIn(narratives, QStringLiteral("Add step"))));
    QTRY_VERIFY(stepText->hasFocus());
    QTest::keyClicks(stepText, QStringLiteral("Checkout felt slow to the on-call before any alert"));
    // That came before the alert: moved up one.
    STEP(click(buttonIn(narratives, QStringLiteral("Up"))));
    model::NarrativeStepModel *steps = narratives->stepModel();
    QTRY_COMPARE(steps->rowCount(), 3);
    QCOMPARE(steps->textAt(1), QStringLiteral("Checkout felt slow to the on-call before any alert"));
    QCOMPARE(steps->eventAt(2), m_alert);
    VERIFY_REACHABLE(narratives->stepView(), steps->index(2, 0));
    shot(QStringLiteral("first-narrative"));

    const QString release = QStringLiteral("From the release seat");
    STEP(newNarrative(release, QStringLiteral("Release manager")));
    STEP(click(buttonIn(narratives, QStringLiteral("Add current event")))); // the alert
    QTRY_VERIFY(stepText->hasFocus());
    QTest::keyClicks(stepText, QStringLiteral("The alert was the first sign"));
    STEP(
        searchAndSelect(QStringLiteral("\"back to 10%\""), QStringLiteral("rollout 50% → 10%"), &m_rollback));
    actOnSubmenu(QStringLiteral("eventMenu"), QStringLiteral("narrativeMenu"),
        release + QStringLiteral(" (Release manager)"), QStringLiteral("narrative-menu"));
    STEP(contextMenuOnRow(m_rollback));
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    QTRY_COMPARE(steps->rowCount(), 2);
    QCOMPARE(steps->eventAt(1), m_rollback);
    STEP(click(buttonIn(narratives, QStringLiteral("Add step"))));
    QTRY_VERIFY(stepText->hasFocus());
    QTest::keyClicks(stepText, QStringLiteral("Ben asked in chat before rolling back"));
    QTRY_COMPARE(steps->rowCount(), 3);
    shot(QStringLiteral("second-narrative"));
}

// Review ▸ New Narrative (Ctrl+Alt+N): its title typed, its vantage point chosen.
void TestWalkthrough::newNarrative(const QString &title, const QString &vantagePoint)
{
    STEP(shortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)));
    auto *narratives = m_window->findChild<views::NarrativesPanel *>();
    auto *titleEdit = narratives->findChild<QLineEdit *>(QStringLiteral("narrativeTitle"));
    QTRY_VERIFY(titleEdit->hasFocus());
    VERIFY_REACHABLE(titleEdit);
    QTest::keyClicks(titleEdit, title);
    auto *vantage = narratives->findChild<QComboBox *>(QStringLiteral("narrativeVantagePoint"));
    STEP(typeInto(vantage, vantagePoint));
    QTRY_COMPARE(narratives->narrativeModel()->rowCount() > 0, true);
    QCOMPARE(model::commands::stepOrder(m_window->document(), narratives->currentNarrative()).size(), 0);
}

// 6. Compare Narratives (Ctrl+Shift+C): both narratives' steps, cited or not, and divergences.
void TestWalkthrough::compareNarratives()
{
    STEP(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)));
    auto *compare = m_window->findChild<views::NarrativeCompareView *>();
    QVERIFY(compare);
    QTRY_VERIFY(compare->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(compare));
    QAbstractItemModel *model = compare->compareModel();
    QCOMPARE(model->columnCount(), int(model::NarrativeCompareModel::FirstNarrativeColumn) + 2);
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
    }
    const QString all = cells.join(QLatin1Char('\n'));
    for (const char *step : { "Ana raised the rollout to 50%", "The latency alert paged Ben",
             "Checkout felt slow to the on-call before any alert", "The alert was the first sign",
             "Ben asked in chat before rolling back" })
        QVERIFY2(all.contains(QLatin1String(step)), step);
    VERIFY_REACHABLE(compare->table());
    QListWidget *divergences = compare->divergenceList();
    QVERIFY(divergences->count() > 0);
    VERIFY_REACHABLE(divergences, divergences->model()->index(0, 0));
    STEP(click(divergences->viewport(), divergences->visualItemRect(divergences->item(0)).center()));
    shot(QStringLiteral("compare"));
    QTest::keyClick(compare, Qt::Key_Escape);
    QTRY_VERIFY(!compare->isVisible());
}

// 7. Facilitator Mode (Ctrl+Shift+M): two questions asked, back to the first, an answer and a new
// factor recorded live, who is in the room added and ticked.
void TestWalkthrough::runFacilitatorMode()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    STEP(shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)));
    views::FacilitatorMode *meeting = nullptr;
    QTRY_VERIFY((meeting = m_window->findChild<views::FacilitatorMode *>()) && meeting->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(meeting));
    VERIFY_REACHABLE(meeting->timeline());
    // The meeting opens on the span the facilitator zoomed to (the rollout), not on all the years
    // the sources cover.
    const auto *prepared = m_window->findChild<views::TimelineView *>(QStringLiteral("timelineView"));
    QVERIFY(prepared && prepared != meeting->timeline());
    QCOMPARE(meeting->timeline()->visibleFrom(), prepared->visibleFrom());
    QCOMPARE(meeting->timeline()->visibleTo(), prepared->visibleTo());

    auto *question = meeting->findChild<QLineEdit *>(QStringLiteral("facilitatorQuestionEdit"));
    const QString first = QStringLiteral("What did the rollout dashboard show at 10:05?");
    STEP(typeInto(question, first));
    STEP(click(buttonIn(meeting, QStringLiteral("Add Question"))));
    STEP(typeInto(question, QStringLiteral("Who could roll back, and how did they know?")));
    STEP(click(buttonIn(meeting, QStringLiteral("Add Question"))));
    QTRY_COMPARE(meeting->questions()->rowCount(), 2);
    STEP(click(buttonIn(meeting, QStringLiteral("◀ Previous"))));
    auto *shown = meeting->findChild<QLabel *>(QStringLiteral("facilitatorQuestion"));
    VERIFY_REACHABLE(shown);
    QCOMPARE(shown->text(), first);

    STEP(typeInto(meeting->findChild<QLineEdit *>(QStringLiteral("facilitatorAnswerEdit")),
        QStringLiteral("It showed the 10% cohort only")));
    STEP(click(buttonIn(meeting, QStringLiteral("Record Answer"))));
    QTRY_COMPARE(meeting->answers()->rowCount(), 1);
    VERIFY_REACHABLE(meeting->findChild<QListView *>(QStringLiteral("facilitatorAnswers")));

    STEP(typeInto(meeting->findChild<QLineEdit *>(QStringLiteral("facilitatorFactorEdit")),
        QStringLiteral("The dashboard did not split by rollout cohort")));
    STEP(click(buttonIn(meeting, QStringLiteral("Add Factor"))));
    QTRY_COMPARE(meeting->factors()->rowCount(), 2);
    VERIFY_REACHABLE(meeting->findChild<QListView *>(QStringLiteral("facilitatorFactors")));

    auto *person = meeting->findChild<QLineEdit *>(QStringLiteral("facilitatorPersonEdit"));
    for (const QString &name : { QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor") }) {
        STEP(typeInto(person, name));
        STEP(click(buttonIn(meeting, QStringLiteral("Add Person"))));
    }
    QListWidget *present = meeting->presentList();
    QTRY_COMPARE(present->count(), 2);
    for (int i = 0; i < present->count(); ++i) {
        QCOMPARE(present->item(i)->checkState(), Qt::Checked);
        VERIFY_REACHABLE(present, present->model()->index(i, 0));
    }
    auto *narratives = meeting->findChild<QWidget *>(QStringLiteral("facilitatorNarratives"));
    VERIFY_REACHABLE(narratives);
    QVERIFY(meeting->narrativesText().contains(QStringLiteral("Checkout felt slow to the on-call")));
    shot(QStringLiteral("facilitator"));
    const QPointer<views::FacilitatorMode> open = meeting;
    QTest::keyClick(meeting, Qt::Key_Escape);
    QTRY_VERIFY(!open || !open->isVisible());
}

// 8. Review ▸ Mark Timeline Agreed…: the two in the room offered as present, and recorded.
void TestWalkthrough::signOff()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QStringList offered;
    actOnDialog([this, &offered](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>();
        if (!list)
            return false;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                offered << list->item(i)->text();
        }
        QAbstractButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!checkReachable(list) || !checkReachable(ok))
            return true;
        shot(QStringLiteral("sign-off-dialog"));
        QTest::mouseClick(ok, Qt::LeftButton);
        return true;
    });
    STEP(triggerFromMenuBar(views::MainWindow::Menu::Review, QStringLiteral("Mark Timeline Agreed…")));
    QVERIFY2(m_problem.isEmpty(), qPrintable(m_problem));
    const QStringList room = { QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor") };
    QCOMPARE(offered, room);
    const auto agreement = model::Agreement::latest(m_window->document().store());
    QVERIFY(agreement);
    QCOMPARE(agreement->present, room);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("agreementDock"));
    VERIFY_REACHABLE(dock);
    QLabel *status = nullptr;
    for (QLabel *label : dock->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Ana Lima, Ben Okafor")))
            status = label;
    }
    VERIFY_REACHABLE(status);
    shot(QStringLiteral("signed-off"));
}

// --- ways of using the window

void TestWalkthrough::click(QWidget *widget, const QPoint &at)
{
    VERIFY_REACHABLE(widget);
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, at.isNull() ? widget->rect().center() : at);
}

void TestWalkthrough::typeInto(QWidget *widget, const QString &text)
{
    STEP(activate(widget->window()));
    STEP(click(widget));
    QTRY_VERIFY(widget->hasFocus() || widget->isAncestorOf(QApplication::focusWidget()));
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier); // over what was there
    QTest::keyClicks(target, text);
}

// Offscreen, no window manager gives the focus back to a window after a menu or a dialog closed.
void TestWalkthrough::activate(QWidget *window)
{
    if (!window->isActiveWindow()) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
}

void TestWalkthrough::shortcut(const QKeySequence &keys)
{
    STEP(activate(m_window.get()));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keySequence(target, keys);
}

void TestWalkthrough::triggerFromMenuBar(views::MainWindow::Menu which, const QString &text)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = m_window->menu(which);
    const QRect title = bar->actionGeometry(menu->menuAction());
    VERIFY_REACHABLE(bar);
    QVERIFY2(bar->rect().contains(title), qPrintable(menu->title()));
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, title.center());
    QTRY_VERIFY(menu->isVisible());
    QAction *action = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            action = a;
    }
    QVERIFY2(action, qPrintable(text));
    VERIFY_REACHABLE(menu, action);
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
}

void TestWalkthrough::contextMenuOnRow(qint64 eventId)
{
    QTableView *table = m_window->eventTable();
    const int row = m_window->eventModel().rowOfEvent(eventId);
    QVERIFY(row >= 0);
    const QModelIndex index = m_window->eventModel().index(row, model::EventTableModel::TextColumn);
    VERIFY_REACHABLE(table, index);
    const QPoint at = table->visualRect(index).center();
    QTest::mousePress(table->viewport(), Qt::RightButton, Qt::NoModifier, at);
    QTest::mouseRelease(table->viewport(), Qt::RightButton, Qt::NoModifier, at);
    // What the window system sends after a right click.
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
}

void TestWalkthrough::searchAndSelect(const QString &query, const QString &text, qint64 *eventId)
{
    auto *bar = m_window->findChild<views::SearchBar *>();
    STEP(typeInto(bar->lineEdit(), query));
    QTRY_VERIFY(!bar->isSearching() && bar->rows());
    model::EventTableModel &events = m_window->eventModel();
    int row = -1;
    for (int r = 0; r < events.rowCount() && row < 0; ++r) {
        if (events.index(r, model::EventTableModel::TextColumn).data().toString().contains(text))
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(text));
    QTableView *table = m_window->eventTable();
    const QModelIndex index = events.index(row, model::EventTableModel::TextColumn);
    VERIFY_REACHABLE(table, index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(index).center());
    *eventId = events.eventId(row);
    QCOMPARE(m_window->selection().currentEvent(), *eventId);
}

QAbstractButton *TestWalkthrough::buttonIn(QWidget *parent, const QString &text) const
{
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text || button->accessibleName() == text)
            return button;
    }
    return nullptr;
}

// --- menus and dialogs that block the test while they are up

bool TestWalkthrough::checkReachable(const QWidget *widget)
{
    QString why;
    if (reachableWithoutScrolling(widget, &why))
        return true;
    if (m_problem.isEmpty())
        m_problem = why;
    return false;
}

bool TestWalkthrough::checkReachable(const QMenu *menu, const QAction *action)
{
    QString why;
    if (reachableWithoutScrolling(menu, action, &why))
        return true;
    if (m_problem.isEmpty())
        m_problem = why;
    return false;
}

namespace {
// Closes the menus and dialogs that are up, so that a step that failed in one does not hang.
void closeWhatBlocks()
{
    for (QWidget *popup = QApplication::activePopupWidget(); popup; popup = QApplication::activePopupWidget())
        popup->close();
    while (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
}

// Runs `act` on every tick until it returns true, or gives up after ten seconds (the step then
// fails on what `act` did not do).
void untilDone(std::function<bool()> act)
{
    tests::whenShown([act, ticks = 0]() mutable {
        if (act())
            return true;
        if (++ticks <= 500)
            return false;
        closeWhatBlocks();
        return true;
    });
}

QAction *entry(const QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0) == text)
            return a;
    }
    return nullptr;
}
} // namespace

void TestWalkthrough::actOnMenu(const QString &menuName, const QString &actionName, const QString &shotName)
{
    m_problem.clear();
    untilDone([this, menuName, actionName, shotName] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != menuName)
            return false;
        QAction *action = m_window->findChild<QAction *>(actionName);
        if (!action || !checkReachable(menu, action)) {
            if (m_problem.isEmpty())
                m_problem = actionName + QStringLiteral(" is not in the menu");
            closeWhatBlocks();
            return true;
        }
        if (!shotName.isEmpty())
            shot(shotName);
        QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
        return true;
    });
}

void TestWalkthrough::actOnSubmenu(
    const QString &menuName, const QString &submenuName, const QString &text, const QString &shotName)
{
    m_problem.clear();
    untilDone([this, menuName, submenuName, text, shotName] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return false;
        if (menu->objectName() == menuName) { // open the submenu by clicking its entry
            auto *submenu = menu->findChild<QMenu *>(submenuName);
            if (!submenu || !checkReachable(menu, submenu->menuAction())) {
                closeWhatBlocks();
                return true;
            }
            QTest::mouseClick(
                menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(submenu->menuAction()).center());
            return false;
        }
        if (menu->objectName() != submenuName)
            return false;
        QAction *action = entry(menu, text);
        if (!action || !checkReachable(menu, action)) {
            if (m_problem.isEmpty())
                m_problem = text + QStringLiteral(" is not in the submenu");
            closeWhatBlocks();
            return true;
        }
        shot(shotName);
        QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
        return true;
    });
}

void TestWalkthrough::actOnDialog(std::function<bool(QWidget *)> act)
{
    m_problem.clear();
    untilDone([this, act] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible() || !act(dialog))
            return false;
        if (!m_problem.isEmpty())
            closeWhatBlocks();
        return true;
    });
}

// The screen as the user sees it: the main window and, above it, every other window shown on the
// same screen (the comparison, the meeting, a dialog or a menu).
void TestWalkthrough::shot(const QString &step)
{
    const QString folder = qEnvironmentVariable("FAULTLESS_WALKTHROUGH_SHOTS");
    if (folder.isEmpty() || !m_window)
        return;
    const QRect screen = m_window->screen()->geometry();
    QImage image(screen.size(), QImage::Format_RGB32);
    image.fill(Qt::darkGray);
    QPainter painter(&image);
    QList<QWidget *> windows = { m_window.get() };
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && w->isVisible() && !(w->windowType() == Qt::ToolTip)
            && screen.intersects(w->geometry()))
            windows << w;
    }
    // Popups last: they are above everything.
    std::stable_partition(
        windows.begin(), windows.end(), [](QWidget *w) { return w->windowType() != Qt::Popup; });
    for (QWidget *w : windows)
        painter.drawPixmap(w->geometry().topLeft() - screen.topLeft(), w->grab());
    painter.end();
    QDir().mkpath(folder);
    const QString name
        = QStringLiteral("%1-%2-%3.png").arg(m_size).arg(++m_shot, 2, 10, QLatin1Char('0')).arg(step);
    QVERIFY2(image.save(QDir(folder).filePath(name)), qPrintable(name));
}

// Two screens side by side, one of each size the review is run at.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    if (!tests::useOffscreenScreens(dir, { QSize(1280, 800), QSize(1920, 1080) }))
        return 1;
    QApplication app(argc, argv);
    TestWalkthrough test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walkthrough.moc"
