// Acting on events where they are (issue 21): the event menu on a real imported review (its
// factor and narrative lists, Annotate and Cite as one undo step each, the keys, a right click on
// a timeline mark), the wheel guard, and narrative steps selected on adding and reordered by drag.

#include "guisupport.h"
#include "testsupport.h"

#include "analysis/timelineindex.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "import/importsummarydialog.h"
#include "items/eventtablemodel.h"
#include "items/narrativestepmodel.h"
#include "mainwindow.h"
#include "practice/manualeventdialog.h"
#include "search/eventdetails.h"
#include "sensemaking/narrativespanel.h"
#include "store/annotationstore.h"
#include "store/eventquery.h"
#include "store/factorstore.h"
#include "timeline/eventactions.h"
#include "timeline/timelineview.h"
#include "wheelguard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>
#include <qtestspontaneevent.h>

#include <functional>

using namespace faultless;

namespace {
using tests::closeMessageBoxes;
using tests::whenShown;

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts << a->text().remove(QLatin1Char('&'));
    }
    return texts;
}

// Shows `widget` wherever the window keeps it: its dock shown, its tab or page made current.
void bringIntoView(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (auto *tabs = qobject_cast<QTabWidget *>(parent->parentWidget()); tabs && tabs->indexOf(w) >= 0)
            tabs->setCurrentWidget(w);
        else if (auto *stack = qobject_cast<QStackedWidget *>(parent))
            stack->setCurrentWidget(w);
        else if (auto *dock = qobject_cast<QDockWidget *>(parent))
            dock->show();
    }
}

// Counts the wheel events a widget receives.
class WheelCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel)
            ++count;
        return false;
    }
};

void wheel(QWidget *widget, int delta)
{
    const QPointF pos = QPointF(widget->rect().center());
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    // As from the window system: only such wheel events go on to the parent when refused.
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestEventActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOnImportedReview();
    void keysInTheTimelineAndTable();
    void rightClickOnAMarkOpensTheMenu();
    void wheelOverUnfocusedBoxChangesNothing();
    void newNarrativeStepIsSelectedAndEdited();
    void dragReorderIsUndoable();
    void handAddedEventStartsInTheIncident();
    void showInSourceOpensTheZipEntry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<views::MainWindow> m_window;
    views::EventActions *m_actions = nullptr;
    qint64 m_factor = 0;
    qint64 m_narrative = 0;
};

void TestEventActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// A review of the game day: the checkout service's log and LaunchDarkly's audit log, one factor and
// one narrative to cite the events in.
void TestEventActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<views::MainWindow>();
    closeMessageBoxes(m_window.get());
    QVERIFY(m_window->newReview(
        m_dir->filePath(QStringLiteral("g.faultless")), QStringLiteral("Game day"), QStringLiteral("UTC")));
    m_window->importFiles({ tests::dataPath(QStringLiteral("gameday/checkout.jsonl")),
        tests::dataPath(QStringLiteral("gameday/launchdarkly-auditlog.json")) });
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 20000);
    QVERIFY(m_window->eventModel().rowCount() > 40);
    model::ReviewDocument &doc = m_window->document();
    m_factor = model::commands::addFactor(doc, QStringLiteral("Rollout steps were not announced in chat"));
    m_narrative = model::commands::addNarrative(
        doc, QStringLiteral("From the on-call seat"), QStringLiteral("on-call"));
    QVERIFY(m_factor > 0 && m_narrative > 0);
    m_actions = m_window->findChild<views::EventActions *>();
    QVERIFY(m_actions);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEventActions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestEventActions::menuOnImportedReview()
{
    model::ReviewDocument &doc = m_window->document();
    m_window->selection().setCurrentEvent(0);
    QVERIFY(m_actions->createMenu(m_window.get()) == nullptr); // no current event, no menu
    const qint64 event = m_window->eventModel().eventId(3);
    m_window->selection().setCurrentEvent(event);

    std::unique_ptr<QMenu> menu(m_actions->createMenu(m_window.get()));
    QVERIFY(menu);
    const QStringList texts = actionTexts(menu.get());
    for (const QString &text : { QStringLiteral("Annotate…"), QStringLiteral("Tag…"),
             QStringLiteral("Highlight"), QStringLiteral("Mark Disputed/Uncertain…"),
             QStringLiteral("Show in Source"), QStringLiteral("Copy") })
        QVERIFY2(texts.contains(text), qPrintable(texts.join(QLatin1String(" | "))));
    auto *cite = menu->findChild<QMenu *>(QStringLiteral("citeMenu"));
    auto *narrative = menu->findChild<QMenu *>(QStringLiteral("narrativeMenu"));
    QVERIFY(cite && narrative);
    QVERIFY(cite->title().startsWith(QStringLiteral("&Cite as Evidence for\t")));
    QCOMPARE(actionTexts(cite), QStringList { QStringLiteral("Rollout steps were not announced in chat") });
    QCOMPARE(actionTexts(narrative), QStringList { QStringLiteral("From the on-call seat (on-call)") });
    // The keys are shown next to the entries.
    QCOMPARE(m_actions->action(views::EventActions::Annotate)->shortcut(), QKeySequence(Qt::Key_A));
    QCOMPARE(m_actions->action(views::EventActions::Copy)->shortcut(), QKeySequence(QKeySequence::Copy));

    // Cite: one evidence row, one undo step.
    const int steps = doc.undoStack()->count();
    cite->actions().constFirst()->trigger();
    QCOMPARE(model::FactorStore::evidenceRows(doc.store(), m_factor).size(), 1);
    QCOMPARE(model::FactorStore::evidenceRows(doc.store(), m_factor).constFirst().eventId, event);
    QCOMPARE(doc.undoStack()->count(), steps + 1);

    // Annotate: the dialog's text becomes one annotation, one undo step.
    whenShown([] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("annotateDialog"))
            return false;
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("annotationText"))
            ->setPlainText(QStringLiteral("The on-call saw this and expected a retry"));
        dialog->accept();
        return true;
    });
    m_actions->action(views::EventActions::Annotate)->trigger();
    const auto annotations = model::AnnotationStore::ofEvent(doc.store(), event);
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.constFirst().text, QStringLiteral("The on-call saw this and expected a retry"));
    QCOMPARE(doc.undoStack()->count(), steps + 2);

    // Add to narrative: a step citing the event.
    narrative->actions().constFirst()->trigger();
    QCOMPARE(model::commands::stepOrder(doc, m_narrative).size(), 1);
    QCOMPARE(doc.undoStack()->count(), steps + 3);

    // Undo takes them back one at a time.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(model::AnnotationStore::ofEvent(doc.store(), event).isEmpty());
    QCOMPARE(model::FactorStore::evidenceRows(doc.store(), m_factor).size(), 1);
}

void TestEventActions::keysInTheTimelineAndTable()
{
    model::ReviewDocument &doc = m_window->document();
    auto *timeline = m_window->findChild<views::TimelineView *>();
    QVERIFY(timeline);
    const qint64 event = m_window->eventModel().eventId(5);
    m_window->selection().setCurrentEvent(event);
    timeline->setFocus();
    QTRY_VERIFY(timeline->hasFocus());
    const int steps = doc.undoStack()->count();
    QTest::keyClick(timeline, Qt::Key_H);
    QVERIFY(model::EventQuery::fetchOne(doc.store(), event)->highlighted);
    QCOMPARE(doc.undoStack()->count(), steps + 1);

    // Ctrl+C in the table copies the event: time, origin and text.
    QTableView *table = m_window->eventTable();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    const auto row = model::EventQuery::fetchOne(doc.store(), event);
    QVERIFY2(copied.contains(row->sourceName) && copied.contains(row->text), qPrintable(copied));
    QVERIFY(copied.startsWith(model::timestamps::toDisplay(row->instant, doc.timeZone())));

    // E opens the factors at the event; choosing one cites it.
    whenShown([] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return false;
        menu->actions().constFirst()->trigger();
        menu->close();
        return true;
    });
    QTest::keyClick(table, Qt::Key_E);
    QTRY_COMPARE(model::FactorStore::evidenceRows(doc.store(), m_factor).size(), 1);

    // Typing in a text field is not a shortcut.
    auto *pane = m_window->findChild<views::EventDetailPane *>();
    m_window->activateWindow(); // back from the popup
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    pane->annotationEditor()->setFocus();
    QTRY_VERIFY(pane->annotationEditor()->hasFocus());
    const int before = doc.undoStack()->count();
    QTest::keyClicks(pane->annotationEditor(), QStringLiteral("hand"));
    QCOMPARE(pane->annotationEditor()->toPlainText(), QStringLiteral("hand"));
    QCOMPARE(doc.undoStack()->count(), before);
}

void TestEventActions::rightClickOnAMarkOpensTheMenu()
{
    auto *timeline = m_window->findChild<views::TimelineView *>();
    timeline->zoomToFit();
    const qint64 event = m_window->eventModel().eventId(10);
    const auto at = timeline->positionOfEvent(event);
    QVERIFY(at);
    const qint64 hit = timeline->eventAt(*at);
    QVERIFY(hit > 0);
    QString shown;
    whenShown([&shown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return false;
        shown = menu->objectName();
        menu->close();
        return true;
    });
    QTest::mouseClick(timeline, Qt::RightButton, Qt::NoModifier, *at);
    QTRY_COMPARE(shown, QStringLiteral("eventMenu"));
    QCOMPARE(m_window->selection().currentEvent(), hit); // the mark clicked became current

    // A right drag still zooms to the dragged range, without a menu.
    const qint64 span = timeline->visibleTo() - timeline->visibleFrom();
    const QPoint from = timeline->plotRect().center() - QPoint(100, 0);
    QTest::mousePress(timeline, Qt::RightButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(60, 0)),
        QPointF(timeline->mapToGlobal(from + QPoint(60, 0))), Qt::NoButton, Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(timeline, &move);
    QTest::mouseRelease(timeline, Qt::RightButton, Qt::NoModifier, from + QPoint(60, 0));
    QVERIFY(timeline->visibleTo() - timeline->visibleFrom() < span / 2);
    QVERIFY(!QApplication::activePopupWidget());
}

void TestEventActions::wheelOverUnfocusedBoxChangesNothing()
{
    model::ReviewDocument &doc = m_window->document();
    m_window->selection().setCurrentEvent(m_window->eventModel().eventId(2));
    auto *pane = m_window->findChild<views::EventDetailPane *>();
    QComboBox *phase = nullptr;
    for (QComboBox *box : pane->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Phase"))
            phase = box;
    }
    QVERIFY(phase && phase->isVisible());
    QCOMPARE(phase->focusPolicy(), Qt::StrongFocus); // a wheel gives it no focus
    m_window->eventTable()->setFocus();
    QTRY_VERIFY(!phase->hasFocus());
    WheelCounter parent;
    phase->parentWidget()->installEventFilter(&parent);
    const int steps = doc.undoStack()->count();
    const int index = phase->currentIndex();
    for (int notch = 0; notch < 4; ++notch)
        wheel(phase, -120);
    QCOMPARE(phase->currentIndex(), index);
    QCOMPARE(doc.undoStack()->count(), steps); // no "Set phase" steps
    QCOMPARE(parent.count, 4); // the pane around it got the wheel to scroll
    QVERIFY(views::WheelGuard::isGuarded(phase));

    // Once the user has chosen the box, the wheel changes it as before.
    phase->setFocus();
    QTRY_VERIFY(phase->hasFocus());
    wheel(phase, -120);
    QCOMPARE(phase->currentIndex(), index + 1);

    // Any spin box, also one made after the guard was installed.
    auto *spin = new QSpinBox(pane);
    spin->setRange(0, 10);
    spin->show();
    QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
    wheel(spin, 120);
    QCOMPARE(spin->value(), 0);
}

void TestEventActions::newNarrativeStepIsSelectedAndEdited()
{
    model::ReviewDocument &doc = m_window->document();
    auto *narratives = m_window->findChild<views::NarrativesPanel *>();
    QVERIFY(narratives);
    bringIntoView(narratives);
    narratives->setCurrentNarrative(m_narrative);
    QCOMPARE(narratives->currentNarrative(), m_narrative);
    QTableView *steps = narratives->stepView();
    auto *text = narratives->findChild<QPlainTextEdit *>(QStringLiteral("stepText"));
    // The list shows several steps, not the two a splitter leaves: three at least, so that the
    // right column with its page buttons still fits an 800-pixel screen; it takes the rest.
    QVERIFY(steps->minimumHeight() >= steps->horizontalHeader()->sizeHint().height()
            + 3 * steps->verticalHeader()->defaultSectionSize());

    const QStringList typed
        = { QStringLiteral("The deploy went out"), QStringLiteral("Errors rose at once") };
    for (int i = 0; i < 2; ++i) {
        m_window->selection().setCurrentEvent(m_window->eventModel().eventId(i * 7));
        narratives->addCurrentEvent();
        QCOMPARE(narratives->stepModel()->rowCount(), i + 1);
        QCOMPARE(steps->currentIndex().row(), i); // the new step is the current one
        QTRY_VERIFY(text->hasFocus());
        QVERIFY(text->isEnabled() && text->toPlainText().isEmpty());
        QTest::keyClicks(text, typed.at(i));
    }
    // What was typed landed in the step just added, each time.
    QCOMPARE(narratives->stepModel()->textAt(0), typed.at(0));
    QCOMPARE(narratives->stepModel()->textAt(1), typed.at(1));
    QCOMPARE(narratives->stepModel()->eventAt(1), m_window->eventModel().eventId(7));
    // Typing a step is one undo step, not one per key.
    const int count = doc.undoStack()->count();
    doc.undoStack()->undo();
    QCOMPARE(narratives->stepModel()->textAt(1), QString());
    QCOMPARE(doc.undoStack()->index(), count - 1);
}

void TestEventActions::dragReorderIsUndoable()
{
    model::ReviewDocument &doc = m_window->document();
    auto *narratives = m_window->findChild<views::NarrativesPanel *>();
    narratives->setCurrentNarrative(m_narrative);
    const QList<qint64> events = { m_window->eventModel().eventId(1), m_window->eventModel().eventId(2),
        m_window->eventModel().eventId(3) };
    QCOMPARE(model::commands::addStepsForEvents(doc, m_narrative, events), 3);
    model::NarrativeStepModel *model = narratives->stepModel();
    QCOMPARE(model->rowCount(), 3);
    const QList<qint64> order = model::commands::stepOrder(doc, m_narrative);

    // The list's own drag: the last step's mime data dropped before the first.
    std::unique_ptr<QMimeData> drag(model->mimeData({ model->index(2, 0) }));
    const int steps = doc.undoStack()->count();
    QVERIFY(model->canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(model->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(model::commands::stepOrder(doc, m_narrative), (QList<qint64> { order[2], order[0], order[1] }));
    QCOMPARE(model->eventAt(0), events.at(2));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(model::commands::stepOrder(doc, m_narrative), order);
    QCOMPARE(model->eventAt(0), events.at(0));
    doc.undoStack()->redo();
    QCOMPARE(model::commands::stepOrder(doc, m_narrative), (QList<qint64> { order[2], order[0], order[1] }));
}

void TestEventActions::handAddedEventStartsInTheIncident()
{
    // Nothing selected: Add Event by Hand opens at the first event, not at today.
    m_window->selection().setCurrentEvent(0);
    auto *add = m_window->findChild<QAction *>(QStringLiteral("addManualEventAction"));
    QVERIFY(add);
    model::Instant shown = model::NoInstant;
    whenShown([&shown] {
        auto *dialog = qobject_cast<views::ManualEventDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return false;
        shown = dialog->event().instant;
        dialog->reject();
        return true;
    });
    add->trigger();
    const model::Instant first = m_window->document().timeline().first();
    // The dialog edits to the millisecond.
    QVERIFY2(std::abs(shown - first) < 1000, qPrintable(QString::number(shown - first)));
}

// Show in Source for a message of a Slack export zip (issue 21) opens the day file inside the
// archive at the message, named "archive.zip › channel/day.json", not the zip's first bytes.
void TestEventActions::showInSourceOpensTheZipEntry()
{
    const QString zip = tests::dataPath(QStringLiteral("activity/slack-hfaran-testarchive.zip"));
    m_window->importFiles({ zip });
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 20000);
    for (auto *summary : m_window->findChildren<views::ImportSummaryDialog *>())
        summary->close();
    // The last message of one day: far from the entry's start.
    model::ReviewDocument &doc = m_window->document();
    const QString day = QStringLiteral("enrique/2016-03-28.json");
    std::optional<model::EventDetails> message;
    QVERIFY(model::EventQuery::forEach(doc.store(), model::EventFilter(), [&](const model::EventRow &row) {
        auto details = model::EventDetails::load(doc.store(), row.id);
        if (details && details->originEntry == day
            && (!message || row.byteOffset > message->event.byteOffset))
            message = details;
        return true;
    }));
    QVERIFY(message && message->event.byteOffset > 1000);
    const QString ts = QJsonDocument::fromJson(message->event.attributesJson.toUtf8())
                           .object()
                           .value(QLatin1String("ts"))
                           .toString();
    QVERIFY(!ts.isEmpty());
    m_window->selection().setCurrentEvent(message->event.id);

    QString title, path, lines;
    whenShown([&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("sourceDialog"))
            return false;
        title = dialog->windowTitle();
        path = dialog->findChild<QLabel *>(QStringLiteral("sourcePath"))->text();
        lines = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sourceLines"))->toPlainText();
        dialog->reject();
        return true;
    });
    m_actions->action(views::EventActions::ShowInSource)->trigger();
    QCOMPARE(title, QStringLiteral("Source: slack-hfaran-testarchive.zip › ") + day);
    QCOMPARE(path, zip + QStringLiteral(" › ") + day);
    // The message's first line is marked, and its own ts follows within the excerpt.
    const qsizetype marked = lines.indexOf(QStringLiteral("▶"));
    QVERIFY2(marked >= 0, qPrintable(lines));
    QVERIFY2(lines.indexOf(QStringLiteral("\"ts\": \"%1\"").arg(ts), marked) > marked, qPrintable(lines));
    QVERIFY(!lines.contains(QStringLiteral("PK"))); // not the zip's bytes
}

QTEST_MAIN(TestEventActions)
#include "tst_eventactions.moc"
