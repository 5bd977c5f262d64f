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
#include "items/narrativecomparemodel.h"
#include "items/narrativestepmodel.h"
#include "mainwindow.h"
#include "practice/learningspanel.h"
#include "sensemaking/facilitatormode.h"
#include "sensemaking/factorspanel.h"
#include "sensemaking/languagehighlighter.h"
#include "sensemaking/narrativecompareview.h"
#include "sensemaking/narrativespanel.h"
#include "sensemaking/participantspanel.h"
#include "store/participantstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
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
    void facilitatorModeWalksThrough();
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

void TestSensemakingGui::facilitatorModeWalksThrough()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(
        dir.filePath(QStringLiteral("f.faultless")), QStringLiteral("F"), QStringLiteral("UTC")));
    model::commands::ManualEvent e;
    e.instant = 1'773'500'000'000'000LL;
    e.text = QStringLiteral("flag on");
    const qint64 id = model::commands::addManualEvent(window.document(), e);
    window.document().store().exec(QStringLiteral("UPDATE events SET highlighted = 1 WHERE id = ?"), { id });
    window.document().store().exec(
        QStringLiteral("INSERT INTO questions(text, created) VALUES('How did we decide?', 0)"));
    findAction(&window, QStringLiteral("Facilitator Mode"))->trigger();
    auto *mode = window.findChild<views::FacilitatorMode *>();
    QVERIFY(mode && mode->isVisible());
    QCOMPARE(mode->slides().size(), 2);
    QCOMPARE(mode->slides().at(0).body, QStringLiteral("flag on"));
    QTest::keyClick(mode, Qt::Key_Right);
    QCOMPARE(mode->current(), 1);
    QCOMPARE(mode->slides().at(1).title, QStringLiteral("How did we decide?"));
    QTest::keyClick(mode, Qt::Key_Right); // stays on the last slide
    QCOMPARE(mode->current(), 1);
    QTest::keyClick(mode, Qt::Key_Left);
    QCOMPARE(mode->current(), 0);
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
