// Sense-making in the main window on the offscreen platform: build a factor with evidence and
// two narratives through the panels (typing, citing the current event, a drop of event ids,
// Alt+Down), compare them, and see the blameless-language assistant underline and reframe.
#include "gameday.h"
#include "testsupport.h"

#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/factormodel.h"
#include "items/itemroles.h"
#include "items/narrativecomparemodel.h"
#include "items/narrativestepmodel.h"
#include "items/questionmodel.h"
#include "mainwindow.h"
#include "practice/agreementpanel.h"
#include "practice/learningspanel.h"
#include "sensemaking/facilitatormode.h"
#include "sensemaking/factorspanel.h"
#include "sensemaking/languagehighlighter.h"
#include "sensemaking/narrativecompareview.h"
#include "sensemaking/narrativespanel.h"
#include "sensemaking/participantspanel.h"
#include "store/agreementstore.h"
#include "store/participantstore.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;

class TestSensemakingGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void factorNarrativesAndCompare();
    void compareWorkspaceShowsEveryStep();
    void facilitatorModeRecordsLive();
    void participantsConfirmedAndMergedFromSources();
    void everyWritingPlaceIsChecked();
};

void TestSensemakingGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

static QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

void TestSensemakingGui::factorNarrativesAndCompare()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("g.faultless")), QStringLiteral("GUI"), QStringLiteral("UTC")));
    window.show();
    model::ReviewDocument &doc = window.document();
    QList<qint64> events;
    for (const auto &[minute, text] :
        QList<QPair<int, QString>> { { 1, QStringLiteral("load-test budget cut") },
            { 10, QStringLiteral("checkout p99 alert") }, { 20, QStringLiteral("chaos experiment running") },
            { 41, QStringLiteral("pricing-engine flag off") } }) {
        model::commands::ManualEvent e;
        e.instant = 1'773'500'000'000'000LL + minute * 60'000'000LL;
        e.text = text;
        events << model::commands::addManualEvent(doc, e);
        QVERIFY(events.last() > 0);
    }

    // A factor, typed into the panel, with the current event cited as evidence.
    auto *factors = window.findChild<views::FactorsPanel *>();
    QVERIFY(factors);
    QAction *addFactor = findAction(&window, QStringLiteral("Add Contributing Factor"));
    QVERIFY(addFactor && addFactor->isEnabled());
    addFactor->trigger();
    QVERIFY(factors->currentFactor() > 0);
    auto *title = factors->findChild<QLineEdit *>(QStringLiteral("factorTitle"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Experiment and rollout overlapped"));
    QCOMPARE(
        doc.store()
            .scalar(QStringLiteral("SELECT title FROM factors WHERE id = ?"), { factors->currentFactor() })
            .toString(),
        QStringLiteral("Experiment and rollout overlapped"));
    auto *category = factors->findChild<QComboBox *>(QStringLiteral("factorCategory"));
    const int coordination = category->findText(QStringLiteral("Coordination and communication"));
    QVERIFY(coordination > 0);
    category->setCurrentIndex(coordination);
    emit category->activated(coordination);
    auto *description = factors->findChild<QPlainTextEdit *>(QStringLiteral("factorDescription"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("The root cause was Bob, who should have known."));
    QCOMPARE(doc.store()
                 .scalar(QStringLiteral("SELECT description FROM factors WHERE id = ?"),
                     { factors->currentFactor() })
                 .toString(),
        QStringLiteral("The root cause was Bob, who should have known."));
    // Typing merged into few undo steps, not one per key.
    QVERIFY(doc.undoStack()->count() < 10);
    // The assistant underlines both phrases and never blocks saving.
    const QList<QTextLayout::FormatRange> formats = description->document()->firstBlock().layout()->formats();
    QCOMPARE(formats.size(), 2);
    QCOMPARE(formats.at(0).start, 4);
    QCOMPARE(formats.at(0).length, 10);
    QCOMPARE(formats.at(0).format.underlineStyle(), QTextCharFormat::WaveUnderline);
    auto *highlighter = description->document()->findChild<views::LanguageHighlighter *>();
    QVERIFY(highlighter);
    const auto flag = highlighter->flagAt(6);
    QVERIFY(flag && flag->entryId == QLatin1String("root-cause"));
    QVERIFY(!highlighter->flagAt(1));

    // The event detail pane's annotation editor (when the workspace is installed) gets it too.
    if (auto *annotation = window.findChild<QPlainTextEdit *>(QStringLiteral("annotationEditor")))
        QVERIFY(annotation->document()->findChild<views::LanguageHighlighter *>());

    window.selection().setCurrentEvent(events.at(2));
    factors->citeCurrentEvent();
    auto *evidence = factors->findChild<QTableView *>(QStringLiteral("factorEvidence"));
    QCOMPARE(evidence->model()->rowCount(), 1);
    QCOMPARE(evidence->model()->index(0, 1).data().toString(), QStringLiteral("chaos experiment running"));
    QCOMPARE(factors->factorModel()->index(0, model::FactorModel::CategoryColumn).data().toString(),
        QStringLiteral("Coordination and communication"));

    // Two narratives: steps from a drop of event ids and from the current event.
    auto *narratives = window.findChild<views::NarrativesPanel *>();
    QVERIFY(narratives);
    findAction(&window, QStringLiteral("New Narrative"))->trigger();
    const qint64 first = narratives->currentNarrative();
    QVERIFY(first > 0);
    auto *vantage = narratives->findChild<QComboBox *>(QStringLiteral("narrativeVantagePoint"));
    QVERIFY(vantage->count() >= 5); // suggestions offered
    vantage->setCurrentIndex(0);
    QMimeData drop;
    drop.setData(QStringLiteral("application/x-faultless-event-ids"),
        QByteArray::number(events.at(1)) + '\n' + QByteArray::number(events.at(2)) + '\n'
            + QByteArray::number(events.at(3)));
    QVERIFY(narratives->stepModel()->dropMimeData(&drop, Qt::CopyAction, -1, -1, {}));
    QCOMPARE(narratives->stepModel()->rowCount(), 3);
    // Alt+Down moves the first step down.
    QTableView *steps = narratives->stepView();
    steps->setFocus();
    steps->setCurrentIndex(narratives->stepModel()->index(0, 1));
    QTest::keyClick(steps, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(narratives->stepModel()->eventAt(0), events.at(2));
    QCOMPARE(narratives->stepModel()->eventAt(1), events.at(1));
    QCOMPARE(steps->currentIndex().row(), 1); // the moved step stays current
    QTest::keyClick(steps, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(narratives->stepModel()->eventAt(0), events.at(1));

    narratives->addNarrative();
    const qint64 second = narratives->currentNarrative();
    QVERIFY(second > 0 && second != first);
    auto *narrativeTitle = narratives->findChild<QLineEdit *>(QStringLiteral("narrativeTitle"));
    narrativeTitle->selectAll();
    QTest::keyClicks(narrativeTitle, QStringLiteral("How two good practices met"));
    for (int i : { 0, 2 }) {
        window.selection().setCurrentEvent(events.at(i));
        narratives->addCurrentEvent();
    }
    QCOMPARE(narratives->stepModel()->rowCount(), 2);

    // Compare them.
    QAction *compare = findAction(&window, QStringLiteral("Compare Narratives"));
    QVERIFY(compare);
    compare->trigger();
    auto *view = window.findChild<views::NarrativeCompareView *>();
    QVERIFY(view && view->isVisible());
    model::NarrativeCompareModel *cmp = view->compareModel();
    QCOMPARE(cmp->columnCount(), model::NarrativeCompareModel::FirstNarrativeColumn + 2);
    QCOMPARE(cmp->rowCount(), 4); // every event is cited by one of them
    QCOMPARE(cmp->comparison().sharedEvents(), (QList<qint64> { events.at(2) }));
    QCOMPARE(cmp->comparison().sharedFactors(), (QList<qint64> { factors->currentFactor() }));
    const QString summary = view->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Only this narrative mentions")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("load-test budget cut")));
    QVERIFY(summary.contains(QStringLiteral("Experiment and rollout overlapped")));
    for (const QString &word :
        { QStringLiteral("correct narrative"), QStringLiteral("root cause"), QStringLiteral("winner") })
        QVERIFY(!summary.contains(word, Qt::CaseInsensitive));

    // Undo the last step (the shared event leaves the second narrative): the comparison follows.
    doc.undoStack()->undo();
    QCOMPARE(cmp->rowCount(), 4);
    QVERIFY(cmp->comparison().sharedEvents().isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(cmp->rowCount(), 3);
}

// Issue 21: the comparison is a workspace of its own window, every step on one time axis — the
// step that cites nothing too, between its cited neighbours — with the divergences listed.
void TestSensemakingGui::compareWorkspaceShowsEveryStep()
{
    QTemporaryDir dir;
    views::MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("c.faultless")), QStringLiteral("C"), QStringLiteral("UTC")));
    model::ReviewDocument &doc = window.document();
    QList<qint64> events;
    for (const QString &text : { QStringLiteral("checkout p99 alert"), QStringLiteral("inventory timed out"),
             QStringLiteral("chaos experiment running"), QStringLiteral("pricing-engine flag off") }) {
        model::commands::ManualEvent e;
        e.instant = 1'773'500'000'000'000LL + events.size() * 60'000'000LL;
        e.text = text;
        events << model::commands::addManualEvent(doc, e);
    }
    namespace cmd = model::commands;
    const qint64 oncall = cmd::addNarrative(doc, QStringLiteral("From the on-call seat"), QString());
    cmd::addStep(doc, oncall, QStringLiteral("Paged"), events.at(0));
    cmd::addStep(doc, oncall, QStringLiteral("Looked at inventory"), events.at(1));
    cmd::addStep(doc, oncall, QStringLiteral("Weighed rollback against waiting"));
    cmd::addStep(doc, oncall, QStringLiteral("Flag off"), events.at(3));
    const qint64 director = cmd::addNarrative(doc, QStringLiteral("How two good practices met"), QString());
    cmd::addStep(doc, director, QStringLiteral("Alert"), events.at(0));
    cmd::addStep(doc, director, QStringLiteral("Experiment ran"), events.at(2));
    cmd::addStep(doc, director, QStringLiteral("Flag off"), events.at(3));

    findAction(&window, QStringLiteral("Compare Narratives"))->trigger();
    auto *view = window.findChild<views::NarrativeCompareView *>();
    QVERIFY(view && view->isVisible() && view->isWindow());
    QVERIFY(view->windowTitle().contains(QStringLiteral("Compare Narratives")));
    model::NarrativeCompareModel *cmp = view->compareModel();
    QCOMPARE(cmp->columnCount(), model::NarrativeCompareModel::FirstNarrativeColumn + 2);
    // Four cited events and the step without evidence, between "Looked at inventory" and the
    // experiment the other narrative tells.
    QCOMPARE(cmp->rowCount(), 5);
    QStringList eventColumn, onCallColumn, directorColumn;
    for (int r = 0; r < cmp->rowCount(); ++r) {
        eventColumn << cmp->index(r, model::NarrativeCompareModel::EventColumn).data().toString();
        onCallColumn << cmp->index(r, model::NarrativeCompareModel::FirstNarrativeColumn).data().toString();
        directorColumn
            << cmp->index(r, model::NarrativeCompareModel::FirstNarrativeColumn + 1).data().toString();
    }
    QCOMPARE(eventColumn,
        (QStringList { QStringLiteral("checkout p99 alert"), QStringLiteral("inventory timed out"), QString(),
            QStringLiteral("chaos experiment running"), QStringLiteral("pricing-engine flag off") }));
    QCOMPARE(onCallColumn.at(2), QStringLiteral("3. Weighed rollback against waiting\n(no evidence)"));
    QVERIFY(cmp->index(2, model::NarrativeCompareModel::FirstNarrativeColumn)
                .data(model::WithoutEvidenceRole)
                .toBool());
    QCOMPARE(onCallColumn.at(3), QString()); // the experiment: not mentioned
    QCOMPARE(directorColumn,
        (QStringList { QStringLiteral("1. Alert"), QString(), QString(), QStringLiteral("2. Experiment ran"),
            QStringLiteral("3. Flag off") }));

    // The divergences: two events one narrative alone cites, the step without evidence.
    QListWidget *list = view->divergenceList();
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("inventory timed out")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("cites no event")));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("chaos experiment running")));
    list->setCurrentRow(1); // shows its line in the columns
    QCOMPARE(view->table()->currentIndex().row(), 2);
    // The summary no longer says the on-call seat mentions nothing the others leave out.
    const QString summary = view->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("step 3 (no evidence): Weighed rollback against waiting")),
        qPrintable(summary));

    // At 1280×800 every line is in view without scrolling.
    view->resize(1280, 800);
    QCoreApplication::processEvents();
    QTableView *table = view->table();
    const int last = cmp->rowCount() - 1;
    QVERIFY(table->rowViewportPosition(last) + table->rowHeight(last) <= table->viewport()->height());
    QVERIFY(list->isVisible() && list->height() > 60);

    // The comparison follows an undo.
    doc.undoStack()->undo(); // the director's "Flag off"
    QCOMPARE(
        cmp->index(4, model::NarrativeCompareModel::FirstNarrativeColumn + 1).data().toString(), QString());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isVisible());
}

// Issue 21: facilitator mode is the meeting view — the timeline, the current question, factors,
// narratives and who is present — where answers, questions and factors are recorded live as undo
// steps, and edits made elsewhere appear.
void TestSensemakingGui::facilitatorModeRecordsLive()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("f.faultless")), QStringLiteral("F"), QStringLiteral("UTC")));
    model::ReviewDocument &doc = window.document();
    namespace cmd = model::commands;
    cmd::ManualEvent e;
    e.instant = 1'773'500'000'000'000LL;
    e.text = QStringLiteral("flag on");
    const qint64 event = cmd::addManualEvent(doc, e);
    doc.store().exec(QStringLiteral("UPDATE events SET highlighted = 1 WHERE id = ?"), { event });
    const qint64 question = cmd::addQuestion(doc, QStringLiteral("How did we decide?"));
    const qint64 ana = cmd::addParticipant(doc, QStringLiteral("Ana"));
    findAction(&window, QStringLiteral("Facilitator Mode"))->trigger();
    auto *mode = window.findChild<views::FacilitatorMode *>();
    QVERIFY(mode && mode->isVisible());
    QVERIFY(mode->timeline() && mode->timeline()->isVisible());
    QCOMPARE(mode->currentQuestion(), question);

    // An answer, typed and recorded with Return: one undo step.
    const int steps = doc.undoStack()->count();
    auto *answer = mode->findChild<QLineEdit *>(QStringLiteral("facilitatorAnswerEdit"));
    QVERIFY(answer && answer->isEnabled());
    answer->setFocus();
    QTest::keyClicks(answer, QStringLiteral("We waited for the experiment to end"));
    QTest::keyClick(answer, Qt::Key_Return);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(mode->answers()->rowCount(), 1);
    QCOMPARE(mode->answers()->index(0, 0).data().toString(),
        QStringLiteral("We waited for the experiment to end"));
    QVERIFY(answer->text().isEmpty());

    // A factor: one more undo step, and undone it leaves the list.
    auto *factor = mode->findChild<QLineEdit *>(QStringLiteral("facilitatorFactorEdit"));
    factor->setFocus();
    QTest::keyClicks(factor, QStringLiteral("Experiment and rollout overlapped"));
    QTest::keyClick(factor, Qt::Key_Return);
    QCOMPARE(doc.undoStack()->count(), steps + 2);
    QCOMPARE(mode->factors()->rowCount(), 1);
    doc.undoStack()->undo();
    QCOMPARE(mode->factors()->rowCount(), 0);
    doc.undoStack()->redo();
    QCOMPARE(mode->factors()->rowCount(), 1);

    // A new question becomes the current one.
    auto *newQuestion = mode->findChild<QLineEdit *>(QStringLiteral("facilitatorQuestionEdit"));
    newQuestion->setFocus();
    QTest::keyClicks(newQuestion, QStringLiteral("Who knew of the experiment?"));
    QTest::keyClick(newQuestion, Qt::Key_Return);
    QVERIFY(mode->currentQuestion() != question);
    QCOMPARE(mode->answers()->rowCount(), 0);
    QTest::keyClick(mode, Qt::Key_PageUp);
    QCOMPARE(mode->currentQuestion(), question);

    // Ticking who is present fills sign-off's list.
    QListWidget *present = mode->presentList();
    QCOMPARE(present->count(), 1);
    present->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(model::ParticipantStore::present(doc.store()), (QList<qint64> { ana }));
    doc.undoStack()->undo();
    QVERIFY(model::ParticipantStore::present(doc.store()).isEmpty());
    QCOMPARE(mode->presentList()->item(0)->checkState(), Qt::Unchecked);
    doc.undoStack()->redo();
    QCOMPARE(mode->presentList()->item(0)->checkState(), Qt::Checked);
    // Someone else joins by name, present at once; a third participant is not in the room.
    auto *person = mode->findChild<QLineEdit *>(QStringLiteral("facilitatorPersonEdit"));
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("Bo"));
    QTest::keyClick(person, Qt::Key_Return);
    cmd::addParticipant(doc, QStringLiteral("Cy"));
    QCOMPARE(mode->presentList()->count(), 3);
    QCOMPARE(model::ParticipantStore::present(doc.store()).size(), 2);
    // Sign-off offers exactly those present.
    auto *agreement = window.findChild<views::AgreementPanel *>();
    QVERIFY(agreement);
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *names = dialog->findChild<QListWidget *>();
        for (int i = 0; i < names->count(); ++i) {
            if (names->item(i)->checkState() == Qt::Checked)
                offered << names->item(i)->text();
        }
        dialog->accept();
    });
    agreement->markAgreed();
    QCOMPARE(offered, (QStringList { QStringLiteral("Ana"), QStringLiteral("Bo") }));
    QCOMPARE(model::AgreementStore::latest(doc.store())->present, offered);
    // The panel knows the document, not the window: its message reaches the status line by the
    // signal installPractice() connects.
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusMessage"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("The timeline is marked as agreed by the room"));

    // Edits made elsewhere (another panel, or someone on the team server) appear.
    cmd::addFactor(doc, QStringLiteral("Alert fatigue"));
    QCOMPARE(mode->factors()->rowCount(), 2);
    const qint64 narrative = cmd::addNarrative(doc, QStringLiteral("From the on-call seat"), QString());
    cmd::addStep(doc, narrative, QStringLiteral("Thought it over"));
    QVERIFY2(mode->narrativesText().contains(QStringLiteral("Thought it over")),
        qPrintable(mode->narrativesText()));
    QVERIFY(mode->narrativesText().contains(QStringLiteral("no evidence")));

    QTest::keyClick(mode, Qt::Key_F11);
    QVERIFY(mode->isFullScreen());
    QTest::keyClick(mode, Qt::Key_Escape);
    QVERIFY(!mode->isFullScreen());
    QPointer<views::FacilitatorMode> guard(mode);
    QTest::keyClick(mode, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

// Issue 19: the participants panel lists who the sources name, once each; confirming and merging
// are undoable steps and the list follows.
void TestSensemakingGui::participantsConfirmedAndMergedFromSources()
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
    QVERIFY(window.openReview(path));
    auto *panel = window.findChild<views::ParticipantsPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->suggestions().size(), 4);
    QCOMPARE(panel->suggestionView()->topLevelItemCount(), 4);
    auto rowOf = [&](const QString &name) {
        for (int i = 0; i < panel->suggestions().size(); ++i) {
            if (panel->suggestions().at(i).name == name)
                return i;
        }
        return -1;
    };
    QVERIFY(panel->confirmSuggestion(rowOf(QStringLiteral("Ana Lima"))));
    QCOMPARE(panel->suggestions().size(), 3);
    const qint64 ana = window.document()
                           .store()
                           .scalar(QStringLiteral("SELECT id FROM participants WHERE name = 'Ana Lima'"))
                           .toLongLong();
    QVERIFY(model::ParticipantStore::aliases(window.document().store())
                .value(ana)
                .contains(QStringLiteral("U01ANA")));
    // Dana is the same person as Ana for the sake of the test: merged, Dana's spelling joins Ana's.
    QVERIFY(panel->mergeSuggestion(rowOf(QStringLiteral("Dana Reyes")), ana));
    QCOMPARE(panel->suggestions().size(), 2);
    QVERIFY(model::ParticipantStore::aliases(window.document().store())
                .value(ana)
                .contains(QStringLiteral("Dana Reyes")));
    window.document().undoStack()->undo();
    QCOMPARE(panel->suggestions().size(), 3);
    window.document().undoStack()->undo();
    QCOMPARE(panel->suggestions().size(), 4);
    QCOMPARE(
        window.document().store().scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt(), 0);
}

// Issue 22: the language check runs wherever people write, the Surprise dialog included, and
// knows the review's participants as people.
void TestSensemakingGui::everyWritingPlaceIsChecked()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("w.faultless")), QStringLiteral("GUI"), QStringLiteral("UTC")));
    window.show();

    // The Surprise dialog: its editor underlines "should have".
    auto *add = window.findChild<QPushButton *>(QStringLiteral("surpriseAdd"));
    QVERIFY(add);
    bool checked = false;
    QTimer::singleShot(0, &window, [&checked] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *edit = dialog ? dialog->findChild<QPlainTextEdit *>() : nullptr;
        if (edit) {
            QTest::keyClicks(edit, QStringLiteral("Jun should have waited for the canary."));
            auto *highlighter = edit->document()->findChild<views::LanguageHighlighter *>();
            checked = highlighter && !edit->document()->firstBlock().layout()->formats().isEmpty()
                && highlighter->flagAt(6).has_value();
        }
        if (auto *input = qobject_cast<QDialog *>(dialog))
            input->reject();
    });
    add->click();
    QVERIFY(checked);

    // A new question, on one line, is checked too.
    auto *question = window.findChild<QLineEdit *>(QStringLiteral("newQuestion"));
    QVERIFY(question);
    auto *hint = question->findChild<views::LanguageLineHint *>();
    QVERIFY(hint);
    question->setText(QStringLiteral("Why didn't Jun roll back?"));
    QCOMPARE(hint->flags().size(), 1);
    QVERIFY(question->toolTip().contains(QStringLiteral("Jun")));
    question->clear();
    QVERIFY(hint->flags().isEmpty());

    // A participant's pseudonym becomes a person to the check as soon as it is added.
    question->setText(QStringLiteral("Then kiwi ignored the slow responses."));
    QVERIFY(hint->flags().isEmpty());
    QVERIFY(model::commands::addParticipant(
        window.document(), QStringLiteral("Jun Park"), QString(), QStringLiteral("Kiwi")));
    question->setText(QStringLiteral("Then kiwi ignored the slow responses"));
    QCOMPARE(hint->flags().size(), 1);
}

QTEST_MAIN(TestSensemakingGui)
#include "tst_sensemaking.moc"
