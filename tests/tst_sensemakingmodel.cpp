// Sense-making model: the default taxonomy, factors with evidence and merge, narratives with
// ordered steps and drops of event ids, questions/answers/opportunities, every edit undoable and
// on disk after each command, and the item models under QAbstractItemModelTester.
#include "testsupport.h"

#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "items/categorymodel.h"
#include "items/evidencemodel.h"
#include "items/factormodel.h"
#include "items/itemroles.h"
#include "items/narrativemodel.h"
#include "items/narrativestepmodel.h"
#include "items/opportunitymodel.h"
#include "items/participantmodel.h"
#include "items/questionmodel.h"
#include "store/narrativestore.h"
#include "store/schema.h"
#include "store/taxonomy.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;
using namespace faultless::model;
namespace cmd = faultless::model::commands;

class TestSensemaking : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void taxonomyIsSeeded();
    void categoriesAreEditable();
    void factorWithEvidence();
    void factorModelSortsByCategoryThenTitle();
    void typingMergesIntoOneStep();
    void deleteFactorRestoresLinks();
    void mergeFactors();
    void narrativeStepsOrderAndMove();
    void dropEventIdsAddsSteps();
    void dropStepMovesIt();
    void stepsRecordTheirAuthor();
    void questionsAnswersOpportunities();
    void participants();
    void reopenedReviewHasEveryCompletedEdit();
    void noRankingAnywhere();

private:
    qint64 addEvent(const QString &text, qint64 instantUs);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReviewDocument> m_doc;
};

void TestSensemaking::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = std::make_unique<ReviewDocument>();
    QVERIFY(m_doc->create(
        m_dir->filePath(QStringLiteral("r.faultless")), QStringLiteral("Test"), QStringLiteral("UTC")));
    m_doc->setAuthor(QStringLiteral("Dana"));
    // Any error a command reports fails the test.
    connect(
        m_doc.get(), &ReviewDocument::errorOccurred, this, [](const QString &m) { QFAIL(qPrintable(m)); });
}

void TestSensemaking::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

qint64 TestSensemaking::addEvent(const QString &text, qint64 instantUs)
{
    m_doc->store().exec(QStringLiteral("INSERT INTO events(instant, kind, text, manual) VALUES(?, 0, ?, 1)"),
        { instantUs, text });
    return m_doc->store().lastInsertId();
}

void TestSensemaking::taxonomyIsSeeded()
{
    CategoryModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(Taxonomy::defaults().size()));
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CategoryModel::NameColumn).data(Qt::EditRole).toString();
    // The demo review's categories must be among the defaults, spelled exactly so.
    for (const char *needed : { "Coordination and communication", "Safety margin unknown", "Reversibility",
             "Production pressure", "Surprising interactions between components" })
        QVERIFY2(names.contains(QLatin1String(needed)), needed);
    QVERIFY(!model.index(0, CategoryModel::DescriptionColumn).data().toString().isEmpty());
    // Seeding again adds nothing.
    QVERIFY(seedDefaultTaxonomy(m_doc->store()));
    QCOMPARE(m_doc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM factor_categories")).toInt(),
        names.size());
}

void TestSensemaking::categoriesAreEditable()
{
    CategoryModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    const qint64 id = cmd::addCategory(*m_doc, QStringLiteral("Alert fatigue"));
    QVERIFY(id > 0);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(before, 0).data().toString(), QStringLiteral("Alert fatigue"));
    QVERIFY(model.setData(model.index(before, 0), QStringLiteral("Alert volume")));
    QCOMPARE(model.index(before, 0).data().toString(), QStringLiteral("Alert volume"));
    const qint64 factor = cmd::addFactor(*m_doc, QStringLiteral("Pages every night"), {}, id);
    QVERIFY(cmd::deleteCategory(*m_doc, id));
    QCOMPARE(model.rowCount(), before);
    QVERIFY(m_doc->store()
                .scalar(QStringLiteral("SELECT category_id FROM factors WHERE id = ?"), { factor })
                .isNull());
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT category_id FROM factors WHERE id = ?"), { factor })
                 .toLongLong(),
        id);
    QVERIFY(!cmd::addCategory(*m_doc, QStringLiteral("   ")));
}

void TestSensemaking::factorWithEvidence()
{
    const qint64 e1 = addEvent(QStringLiteral("latency injection active"), 1000);
    const qint64 e2 = addEvent(QStringLiteral("flag pricing-engine on"), 2000);
    m_doc->store().exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, edited) "
                                       "VALUES(?, 'Bob', 'Saw it late', 0, 0)"),
        { e2 });
    const qint64 annotation = m_doc->store().lastInsertId();
    m_doc->timeline().load(m_doc->store());

    FactorModel factors(*m_doc);
    EvidenceModel evidence(*m_doc);
    QAbstractItemModelTester t1(&factors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 category
        = m_doc->store()
              .scalar(QStringLiteral(
                  "SELECT id FROM factor_categories WHERE name = 'Coordination and communication'"))
              .toLongLong();
    const qint64 f = cmd::addFactor(*m_doc, QStringLiteral("Experiment and rollout overlapped"),
        QStringLiteral("Two plans, two places."), category);
    QVERIFY(f > 0);
    QCOMPARE(factors.rowCount(), 1);
    QCOMPARE(factors.index(0, FactorModel::CategoryColumn).data().toString(),
        QStringLiteral("Coordination and communication"));
    QCOMPARE(cmd::addEventEvidence(*m_doc, f, { e1, e2, e1, 999999 }), 2);
    // Already cited: nothing new, no undo step.
    const int steps = m_doc->undoStack()->count();
    QCOMPARE(cmd::addEventEvidence(*m_doc, f, { e1 }), 0);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QVERIFY(cmd::addAnnotationEvidence(*m_doc, f, annotation));
    QCOMPARE(factors.index(0, FactorModel::EvidenceColumn).data().toInt(), 3);

    evidence.setFactor(f);
    QCOMPARE(evidence.rowCount(), 3);
    QCOMPARE(evidence.index(0, EvidenceModel::EvidenceColumn).data().toString(),
        QStringLiteral("latency injection active"));
    QCOMPARE(evidence.index(0, 0).data(EventIdRole).toLongLong(), e1);
    QStringList texts;
    for (int r = 0; r < 3; ++r)
        texts << evidence.index(r, EvidenceModel::EvidenceColumn).data().toString();
    QVERIFY(texts.contains(QStringLiteral("Annotation by Bob: Saw it late")));

    QVERIFY(cmd::removeEvidence(*m_doc, evidence.index(0, 0).data(ItemIdRole).toLongLong()));
    QCOMPARE(evidence.rowCount(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(evidence.rowCount(), 3);
    // Undo everything: no factor, no evidence.
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(factors.rowCount(), 0);
    QCOMPARE(m_doc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence")).toInt(), 0);
    // Redo everything (the removal of one piece of evidence included): the factor comes back
    // with its id and the rest of its evidence.
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(factors.idAt(0), f);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ?"), { f })
                 .toInt(),
        2);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral(
                             "SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ? AND event_id = ?"),
                     { f, e1 })
                 .toInt(),
        0);
}

void TestSensemaking::factorModelSortsByCategoryThenTitle()
{
    auto category = [this](const char *name) {
        return m_doc->store()
            .scalar(QStringLiteral("SELECT id FROM factor_categories WHERE name = ?"),
                { QString::fromLatin1(name) })
            .toLongLong();
    };
    cmd::addFactor(*m_doc, QStringLiteral("Zebra"), {}, category("Workload"));
    cmd::addFactor(*m_doc, QStringLiteral("Alpha"), {}, category("Workload"));
    cmd::addFactor(*m_doc, QStringLiteral("Middle"), {}, category("Environment"));
    cmd::addFactor(*m_doc, QStringLiteral("Uncategorised"));
    FactorModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList order;
    for (int r = 0; r < model.rowCount(); ++r)
        order << model.title(r);
    QCOMPARE(order,
        (QStringList { QStringLiteral("Middle"), QStringLiteral("Alpha"), QStringLiteral("Zebra"),
            QStringLiteral("Uncategorised") }));
}

void TestSensemaking::typingMergesIntoOneStep()
{
    const qint64 f = cmd::addFactor(*m_doc, QStringLiteral("Pool size"));
    const int base = m_doc->undoStack()->count();
    QVERIFY(cmd::setFactorDescription(*m_doc, f, QStringLiteral("T")));
    QVERIFY(cmd::setFactorDescription(*m_doc, f, QStringLiteral("Th")));
    QVERIFY(cmd::setFactorDescription(*m_doc, f, QStringLiteral("The pool")));
    QCOMPARE(m_doc->undoStack()->count(), base + 1);
    QVERIFY(cmd::setFactorTitle(*m_doc, f, QStringLiteral("Pool size fixed at 64")));
    QCOMPARE(m_doc->undoStack()->count(), base + 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT description FROM factors WHERE id = ?"), { f })
                 .toString(),
        QString());
    QCOMPARE(
        m_doc->store().scalar(QStringLiteral("SELECT title FROM factors WHERE id = ?"), { f }).toString(),
        QStringLiteral("Pool size"));
}

void TestSensemaking::deleteFactorRestoresLinks()
{
    const qint64 e = addEvent(QStringLiteral("pool exhausted"), 10);
    const qint64 f = cmd::addFactor(*m_doc, QStringLiteral("Connection per line item"));
    cmd::addEventEvidence(*m_doc, f, { e });
    const qint64 q = cmd::addQuestion(*m_doc, QStringLiteral("How was the pool size chosen?"));
    const qint64 o = cmd::addOpportunity(*m_doc, QStringLiteral("Load-test with slow upstreams"));
    QVERIFY(cmd::setQuestionFactors(*m_doc, q, { f }));
    QVERIFY(cmd::setOpportunityFactors(*m_doc, o, { f }));
    QVERIFY(cmd::deleteFactor(*m_doc, f));
    QCOMPARE(m_doc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM question_factors")).toInt(), 0);
    QCOMPARE(m_doc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM opportunity_factors")).toInt(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral(
                             "SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ? AND event_id = ?"),
                     { f, e })
                 .toInt(),
        1);
    QCOMPARE(
        m_doc->store()
            .scalar(QStringLiteral("SELECT factor_id FROM question_factors WHERE question_id = ?"), { q })
            .toLongLong(),
        f);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT factor_id FROM opportunity_factors WHERE opportunity_id = ?"),
                     { o })
                 .toLongLong(),
        f);
}

void TestSensemaking::mergeFactors()
{
    const qint64 e1 = addEvent(QStringLiteral("a"), 1);
    const qint64 e2 = addEvent(QStringLiteral("b"), 2);
    const qint64 e3 = addEvent(QStringLiteral("c"), 3);
    const qint64 a = cmd::addFactor(
        *m_doc, QStringLiteral("Calendars apart"), QStringLiteral("Chaos calendar elsewhere."));
    const qint64 b = cmd::addFactor(*m_doc, QStringLiteral("Nobody knew of the experiment"),
        QStringLiteral("Rollout view shows no experiments."));
    const qint64 c = cmd::addFactor(*m_doc, QStringLiteral("Same thing again"));
    cmd::addEventEvidence(*m_doc, a, { e1, e2 });
    cmd::addEventEvidence(*m_doc, b, { e2, e3 });
    const qint64 o = cmd::addOpportunity(*m_doc, QStringLiteral("One calendar"));
    cmd::setOpportunityFactors(*m_doc, o, { b, c });
    FactorModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    const int steps = m_doc->undoStack()->count();

    QVERIFY(cmd::mergeFactors(*m_doc, a, { b, c }, QStringLiteral("Experiment and rollout overlapped")));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.title(0), QStringLiteral("Experiment and rollout overlapped"));
    QVERIFY(model.description(0).contains(QStringLiteral("Chaos calendar elsewhere.")));
    QVERIFY(model.description(0).contains(QStringLiteral("Rollout view shows no experiments.")));
    // Evidence is the union, without duplicates.
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ?"), { a })
                 .toInt(),
        3);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM opportunity_factors WHERE opportunity_id = ?"),
                     { o })
                 .toInt(),
        1);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT factor_id FROM opportunity_factors WHERE opportunity_id = ?"),
                     { o })
                 .toLongLong(),
        a);

    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(
        m_doc->store().scalar(QStringLiteral("SELECT title FROM factors WHERE id = ?"), { a }).toString(),
        QStringLiteral("Calendars apart"));
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ?"), { a })
                 .toInt(),
        2);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence WHERE factor_id = ?"), { b })
                 .toInt(),
        2);
    QCOMPARE(m_doc->store()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM opportunity_factors WHERE opportunity_id = ?"),
                     { o })
                 .toInt(),
        2);
    m_doc->undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    // Nothing to merge, or a missing factor: refused, no undo step.
    QVERIFY(!cmd::mergeFactors(*m_doc, a, { a }));
    QVERIFY(!cmd::mergeFactors(*m_doc, a, { b }));
}

void TestSensemaking::narrativeStepsOrderAndMove()
{
    NarrativeModel narratives(*m_doc);
    NarrativeStepModel steps(*m_doc);
    QAbstractItemModelTester t1(&narratives, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 n = cmd::addNarrative(
        *m_doc, QStringLiteral("From the on-call seat"), QStringLiteral("On-call engineer"));
    QVERIFY(n > 0);
    QCOMPARE(narratives.rowCount(), 1);
    QCOMPARE(narratives.index(0, NarrativeModel::AuthorColumn).data().toString(), QStringLiteral("Dana"));
    QVERIFY(NarrativeModel::suggestedVantagePoints().size() >= 5);
    steps.setNarrative(n);
    const qint64 s1 = cmd::addStep(*m_doc, n, QStringLiteral("paged"));
    const qint64 s2 = cmd::addStep(*m_doc, n, QStringLiteral("looked at inventory"));
    const qint64 s3 = cmd::addStep(*m_doc, n, QStringLiteral("first"), 0, 0);
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s3, s1, s2 }));
    QCOMPARE(steps.rowCount(), 3);
    QCOMPARE(steps.index(0, NarrativeStepModel::TextColumn).data().toString(), QStringLiteral("first"));
    QCOMPARE(steps.index(2, NarrativeStepModel::NumberColumn).data().toInt(), 3);
    QCOMPARE(narratives.index(0, NarrativeModel::StepsColumn).data().toInt(), 3);

    QVERIFY(cmd::moveStep(*m_doc, s3, 2));
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s1, s2, s3 }));
    m_doc->undoStack()->undo();
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s3, s1, s2 }));
    m_doc->undoStack()->redo();
    QVERIFY(cmd::moveStep(*m_doc, s2, -5)); // clamped to the top
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s2, s1, s3 }));
    QVERIFY(cmd::deleteStep(*m_doc, s1));
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s2, s3 }));
    m_doc->undoStack()->undo();
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s2, s1, s3 }));
    QVERIFY(steps.setData(
        steps.index(0, NarrativeStepModel::TextColumn), QStringLiteral("looked at inventory first")));
    QCOMPARE(steps.textAt(0), QStringLiteral("looked at inventory first"));

    QVERIFY(cmd::deleteNarrative(*m_doc, n));
    QCOMPARE(narratives.rowCount(), 0);
    QCOMPARE(steps.rowCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { s2, s1, s3 }));
    QCOMPARE(steps.rowCount(), 3);
}

void TestSensemaking::dropEventIdsAddsSteps()
{
    const qint64 e1 = addEvent(QStringLiteral("alert fired"), 100);
    const qint64 e2 = addEvent(QStringLiteral("flag off"), 200);
    m_doc->timeline().load(m_doc->store());
    const qint64 n = cmd::addNarrative(
        *m_doc, QStringLiteral("Director's view"), QStringLiteral("Director (blunt end)"));
    const qint64 existing = cmd::addStep(*m_doc, n, QStringLiteral("budget cut in January"));
    NarrativeStepModel steps(*m_doc);
    QAbstractItemModelTester tester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    steps.setNarrative(n);
    QVERIFY(steps.mimeTypes().contains(QStringLiteral("application/x-faultless-event-ids")));
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-faultless-event-ids"),
        QByteArray::number(e1) + "\n" + QByteArray::number(e2) + "\nnot-a-number\n");
    QVERIFY(steps.canDropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
    const int undoBefore = m_doc->undoStack()->count();
    QVERIFY(steps.dropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1); // one drop, one undo step
    QCOMPARE(steps.rowCount(), 3);
    QCOMPARE(steps.eventAt(0), e1);
    QCOMPARE(steps.eventAt(1), e2);
    QCOMPARE(steps.idAt(2), existing);
    QVERIFY(steps.index(0, NarrativeStepModel::TextColumn)
                .data()
                .toString()
                .contains(QStringLiteral("alert fired")));
    QVERIFY(steps.index(0, NarrativeStepModel::EventColumn)
                .data()
                .toString()
                .contains(QStringLiteral("alert fired")));
    QMimeData other;
    other.setText(QStringLiteral("12"));
    QVERIFY(!steps.canDropMimeData(&other, Qt::CopyAction, 0, 0, {}));
    m_doc->undoStack()->undo();
    QCOMPARE(steps.rowCount(), 1);
}

void TestSensemaking::stepsRecordTheirAuthor()
{
    const qint64 e1 = addEvent(QStringLiteral("alert fired"), 100);
    m_doc->timeline().load(m_doc->store());
    const qint64 n
        = cmd::addNarrative(*m_doc, QStringLiteral("From the on-call seat"), QStringLiteral("On-call"));
    m_doc->setAuthor(QStringLiteral("Ravi")); // another reviewer writes the steps
    const qint64 typed = cmd::addStep(*m_doc, n, QStringLiteral("paged"));
    QCOMPARE(cmd::addStepsForEvents(*m_doc, n, { e1 }), 1);
    const QList<qint64> ids = cmd::stepOrder(*m_doc, n);
    QCOMPARE(ids.size(), 2);
    const qint64 dropped = ids.at(1);
    QCOMPARE(NarrativeStore::findStep(m_doc->store(), typed)->author, QStringLiteral("Ravi"));
    QCOMPARE(NarrativeStore::findStep(m_doc->store(), dropped)->author, QStringLiteral("Ravi"));

    // Undo and redo bring the steps back with their author, even when someone else is at the keys.
    m_doc->setAuthor(QStringLiteral("Dana"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(!NarrativeStore::findStep(m_doc->store(), typed));
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(NarrativeStore::findStep(m_doc->store(), typed)->author, QStringLiteral("Ravi"));
    QCOMPARE(NarrativeStore::findStep(m_doc->store(), dropped)->author, QStringLiteral("Ravi"));

    NarrativeStepModel steps(*m_doc);
    steps.setNarrative(n);
    QVERIFY(steps.index(0, NarrativeStepModel::TextColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Ravi")));
    QCOMPARE(steps.index(0, NarrativeStepModel::TextColumn).data().toString(), QStringLiteral("paged"));
}

void TestSensemaking::dropStepMovesIt()
{
    const qint64 n = cmd::addNarrative(*m_doc, QStringLiteral("N"), {});
    const qint64 a = cmd::addStep(*m_doc, n, QStringLiteral("a"));
    const qint64 b = cmd::addStep(*m_doc, n, QStringLiteral("b"));
    const qint64 c = cmd::addStep(*m_doc, n, QStringLiteral("c"));
    NarrativeStepModel steps(*m_doc);
    steps.setNarrative(n);
    std::unique_ptr<QMimeData> mime(steps.mimeData({ steps.index(0, 1) }));
    QVERIFY(mime);
    QVERIFY(steps.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {})); // to the end
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { b, c, a }));
    mime.reset(steps.mimeData({ steps.index(2, 1) }));
    QVERIFY(steps.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(cmd::stepOrder(*m_doc, n), (QList<qint64> { b, a, c }));
}

void TestSensemaking::questionsAnswersOpportunities()
{
    QuestionModel questions(*m_doc);
    AnswerModel answers(*m_doc);
    OpportunityModel opportunities(*m_doc);
    QAbstractItemModelTester t1(&questions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&answers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&opportunities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 q1 = cmd::addQuestion(*m_doc, QStringLiteral("What did the checklist ask for?"));
    const qint64 q2 = cmd::addQuestion(*m_doc, QStringLiteral("How did on-call choose to wait?"));
    QVERIFY(!cmd::addQuestion(*m_doc, QStringLiteral("  ")));
    QVERIFY(cmd::setQuestionExplored(*m_doc, q1, true));
    // Open questions first.
    QCOMPARE(questions.idAt(0), q2);
    QCOMPARE(questions.index(1, QuestionModel::StatusColumn).data().toString(), QStringLiteral("Explored"));
    answers.setQuestion(q1);
    QVERIFY(
        cmd::addAnswer(*m_doc, q1, QStringLiteral("Alice"), QStringLiteral("Error rate and p99 for 48 h.")));
    QVERIFY(cmd::addAnswer(
        *m_doc, q1, QStringLiteral("Bob"), QStringLiteral("Also a sign-off from the team lead.")));
    QCOMPARE(answers.rowCount(), 2);
    QCOMPARE(answers.index(1, AnswerModel::AuthorColumn).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(questions.index(1, QuestionModel::AnswersColumn).data().toInt(), 2);
    QVERIFY(cmd::deleteQuestion(*m_doc, q1));
    QCOMPARE(answers.rowCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(answers.rowCount(), 2);

    const qint64 f = cmd::addFactor(*m_doc, QStringLiteral("Calendars apart"));
    const qint64 o = cmd::addOpportunity(*m_doc, QStringLiteral("One calendar"),
        QStringLiteral("Show experiments in the rollout view"), QStringLiteral("SRE"));
    QVERIFY(cmd::setOpportunityFactors(*m_doc, o, { f }));
    QCOMPARE(opportunities.index(0, OpportunityModel::FactorsColumn).data().toString(),
        QStringLiteral("Calendars apart"));
    QCOMPARE(
        opportunities.index(0, OpportunityModel::StatusColumn).data().toString(), QStringLiteral("Proposed"));
    QVERIFY(cmd::setOpportunityField(*m_doc, o, QStringLiteral("status"), QStringLiteral("agreed")));
    QCOMPARE(
        opportunities.index(0, OpportunityModel::StatusColumn).data().toString(), QStringLiteral("Agreed"));
    QVERIFY(!cmd::setOpportunityField(*m_doc, o, QStringLiteral("id"), QStringLiteral("7")));
    QVERIFY(cmd::setQuestionFactors(*m_doc, q2, { f, f, 424242 }));
    QCOMPARE(
        m_doc->store()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM question_factors WHERE question_id = ?"), { q2 })
            .toInt(),
        1);
}

void TestSensemaking::participants()
{
    ParticipantModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 p
        = cmd::addParticipant(*m_doc, QStringLiteral("Alice Moreau"), QStringLiteral("Checkout engineer"));
    QVERIFY(p > 0);
    QVERIFY(model.setData(model.index(0, ParticipantModel::PseudonymColumn), QStringLiteral("Engineer A")));
    QCOMPARE(
        model.index(0, ParticipantModel::PseudonymColumn).data().toString(), QStringLiteral("Engineer A"));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(cmd::deleteParticipant(*m_doc, p));
    QCOMPARE(model.rowCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(
        model.index(0, ParticipantModel::PseudonymColumn).data().toString(), QStringLiteral("Engineer A"));
}

void TestSensemaking::reopenedReviewHasEveryCompletedEdit()
{
    const qint64 f = cmd::addFactor(*m_doc, QStringLiteral("Saved at once"));
    const qint64 n = cmd::addNarrative(*m_doc, QStringLiteral("Customer view"), QStringLiteral("Customer"));
    cmd::addStep(*m_doc, n, QStringLiteral("carts were slow"));
    // A second connection (another process after a kill would see the same) reads it all back
    // without this document closing or flushing anything.
    ReviewStore other;
    QVERIFY(other.open(m_doc->path()));
    QCOMPARE(other.scalar(QStringLiteral("SELECT title FROM factors WHERE id = ?"), { f }).toString(),
        QStringLiteral("Saved at once"));
    QCOMPARE(other.scalar(QStringLiteral("SELECT text FROM narrative_steps WHERE narrative_id = ?"), { n })
                 .toString(),
        QStringLiteral("carts were slow"));
}

void TestSensemaking::noRankingAnywhere()
{
    // Principle 1: no column of the sense-making models offers a rank, a "primary" or a cause.
    ReviewDocument &doc = *m_doc;
    FactorModel factors(doc);
    NarrativeModel narratives(doc);
    OpportunityModel opportunities(doc);
    QuestionModel questions(doc);
    const QList<QAbstractItemModel *> models { &factors, &narratives, &opportunities, &questions };
    for (QAbstractItemModel *model : models) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString().toLower();
            for (const QString &word :
                { QStringLiteral("root"), QStringLiteral("primary"), QStringLiteral("rank"),
                    QStringLiteral("severity"), QStringLiteral("cause"), QStringLiteral("priority") })
                QVERIFY2(!header.contains(word), qPrintable(header));
        }
    }
    for (const Taxonomy::Category &c : Taxonomy::defaults()) {
        for (const QString &word : schema::forbiddenNameFragments())
            QVERIFY2(!QString::fromLatin1(c.name).toLower().contains(word), c.name);
    }
}

QTEST_GUILESS_MAIN(TestSensemaking)
#include "tst_sensemakingmodel.moc"
