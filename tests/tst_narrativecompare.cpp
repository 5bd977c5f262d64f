// Narrative comparison on a small review: shared and diverging events, omissions, the first
// divergence, the factors each narrative relies on (directly or through an annotation), every
// step on one time axis (steps citing nothing placed by their order), the list of divergences,
// and the briefing's divergence section following the same rules.
#include "testsupport.h"

#include "analysis/narrativecompare.h"
#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "export/briefingdata.h"
#include "export/briefingoptions.h"
#include "items/itemroles.h"
#include "items/narrativecomparemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace faultless::model;
namespace cmd = faultless::model::commands;

class TestNarrativeCompare : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void comparesTwoNarratives();
    void factorsReliedOn();
    void modelShowsSideBySide();
    void emptyAndSingle();
    void contestedStepsAndAnnotations();
    void stepsWithoutEvidenceOnTheAxis();
    void divergenceList();
    void briefingUsesTheSameRules();

private:
    qint64 event(const QString &text, qint64 minute);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReviewDocument> m_doc;
    qint64 m_alert = 0, m_timeout = 0, m_chat = 0, m_flagOff = 0, m_budget = 0;
    qint64 m_oncall = 0, m_director = 0;
};

qint64 TestNarrativeCompare::event(const QString &text, qint64 minute)
{
    m_doc->store().exec(QStringLiteral("INSERT INTO events(instant, kind, text) VALUES(?, 0, ?)"),
        { minute * 60'000'000LL, text });
    return m_doc->store().lastInsertId();
}

void TestNarrativeCompare::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_doc = std::make_unique<ReviewDocument>();
    QVERIFY(m_doc->create(
        m_dir->filePath(QStringLiteral("c.faultless")), QStringLiteral("Compare"), QStringLiteral("UTC")));
    connect(
        m_doc.get(), &ReviewDocument::errorOccurred, this, [](const QString &m) { QFAIL(qPrintable(m)); });
    m_budget = event(QStringLiteral("load-test budget cut"), 1);
    m_alert = event(QStringLiteral("checkout p99 alert"), 10);
    m_timeout = event(QStringLiteral("inventory timed out"), 11);
    m_chat = event(QStringLiteral("chaos experiment running"), 20);
    m_flagOff = event(QStringLiteral("pricing-engine flag off"), 41);
    m_doc->timeline().load(m_doc->store());

    // Sharp end: alert, timeout, chat, flag off. Blunt end: budget, chat, flag off.
    m_oncall = cmd::addNarrative(
        *m_doc, QStringLiteral("From the on-call seat"), QStringLiteral("On-call engineer"));
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Paged in a meeting"), m_alert);
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Looked at inventory first"), m_timeout);
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Heard of the experiment"), m_chat);
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Thought about the options"));
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Flag off"), m_flagOff);
    m_director
        = cmd::addNarrative(*m_doc, QStringLiteral("How two good practices met"), QStringLiteral("Director"));
    cmd::addStep(*m_doc, m_director, QStringLiteral("Load testing lost its budget"), m_budget);
    cmd::addStep(*m_doc, m_director, QStringLiteral("Experiments and rollouts kept apart"), m_chat);
    cmd::addStep(*m_doc, m_director, QStringLiteral("Flag made it reversible"), m_flagOff);
    cmd::addStep(*m_doc, m_director, QStringLiteral("Flag again"), m_flagOff); // cited twice: counted once
}

void TestNarrativeCompare::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestNarrativeCompare::comparesTwoNarratives()
{
    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    QCOMPARE(c.narratives().size(), 2);
    QCOMPARE(c.narratives().at(0).id, m_oncall);
    QCOMPARE(c.narratives().at(0).steps.size(), 5);
    QCOMPARE(c.narratives().at(1).citedEvents, (QList<qint64> { m_budget, m_chat, m_flagOff }));
    // Union of cited events in time order.
    QList<qint64> rows;
    for (const auto &row : c.rows())
        rows << row.eventId;
    QCOMPARE(rows, (QList<qint64> { m_budget, m_alert, m_timeout, m_chat, m_flagOff }));
    QCOMPARE(c.rows().at(0).stepNumbers, (QList<int> { 0, 1 }));
    QCOMPARE(c.rows().at(4).stepNumbers, (QList<int> { 5, 3 }));
    QCOMPARE(c.rows().at(4).citedBy, 2);
    QCOMPARE(c.sharedEvents(), (QList<qint64> { m_chat, m_flagOff }));
    QCOMPARE(c.onlyIn(0), (QList<qint64> { m_alert, m_timeout }));
    QCOMPARE(c.onlyIn(1), (QList<qint64> { m_budget }));
    QCOMPARE(c.omittedBy(0), (QList<qint64> { m_budget }));
    QCOMPARE(c.omittedBy(1), (QList<qint64> { m_alert, m_timeout }));
    QCOMPARE(c.firstDivergence(0, 1), m_budget);
    QCOMPARE(c.firstDivergence(0, 0), qint64(0));
    QCOMPARE(c.onlyIn(7), QList<qint64>());
    // Only the chosen narratives, in the order asked.
    const NarrativeCompare one = NarrativeCompare::compute(m_doc->store(), { m_director });
    QCOMPARE(one.narratives().size(), 1);
    QCOMPARE(one.sharedEvents(), (QList<qint64> { m_budget, m_chat, m_flagOff }));
}

void TestNarrativeCompare::factorsReliedOn()
{
    const qint64 coordination = cmd::addFactor(*m_doc, QStringLiteral("Experiment and rollout overlapped"));
    cmd::addEventEvidence(*m_doc, coordination, { m_chat });
    const qint64 pool = cmd::addFactor(*m_doc, QStringLiteral("Connection per line item"));
    cmd::addEventEvidence(*m_doc, pool, { m_timeout });
    const qint64 budget = cmd::addFactor(*m_doc, QStringLiteral("Load tests unfunded"));
    // Evidence through an annotation on the budget event.
    m_doc->store().exec(
        QStringLiteral("INSERT INTO annotations(event_id, text, created, edited) VALUES(?, 'Q1 plan', 0, 0)"),
        { m_budget });
    QVERIFY(cmd::addAnnotationEvidence(*m_doc, budget, m_doc->store().lastInsertId()));
    const qint64 unused = cmd::addFactor(*m_doc, QStringLiteral("Alert fatigue"));

    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    QCOMPARE(c.narratives().at(0).factors, (QList<qint64> { pool, coordination }));
    QCOMPARE(c.narratives().at(1).factors, (QList<qint64> { coordination, budget }));
    QCOMPARE(c.sharedFactors(), (QList<qint64> { coordination }));
    QCOMPARE(c.factorsOnlyIn(0), (QList<qint64> { pool }));
    QCOMPARE(c.factorsOnlyIn(1), (QList<qint64> { budget }));
    QCOMPARE(c.unusedFactors(), (QList<qint64> { unused }));
    QCOMPARE(c.factorTitle(pool), QStringLiteral("Connection per line item"));
}

void TestNarrativeCompare::modelShowsSideBySide()
{
    NarrativeCompareModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNarratives({});
    // Five cited events, the on-call step that cites nothing, the director's second citation of
    // the flag.
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), NarrativeCompareModel::FirstNarrativeColumn + 2);
    QVERIFY(model.headerData(NarrativeCompareModel::FirstNarrativeColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("From the on-call seat")));
    QCOMPARE(model.headerData(NarrativeCompareModel::FirstNarrativeColumn + 1, Qt::Horizontal, ItemIdRole)
                 .toLongLong(),
        m_director);
    const QModelIndex budgetOnCall = model.index(0, NarrativeCompareModel::FirstNarrativeColumn);
    const QModelIndex budgetDirector = model.index(0, NarrativeCompareModel::FirstNarrativeColumn + 1);
    QCOMPARE(budgetOnCall.data().toString(), QString());
    QCOMPARE(budgetDirector.data().toString(), QStringLiteral("1. Load testing lost its budget"));
    QCOMPARE(budgetDirector.data(CitedByRole).toInt(), 1);
    // The step without evidence sits between "Heard of the experiment" and "Flag off".
    const QModelIndex uncited = model.index(4, NarrativeCompareModel::FirstNarrativeColumn);
    QVERIFY(uncited.data().toString().startsWith(QStringLiteral("4. Thought about the options")));
    QVERIFY(uncited.data().toString().contains(QStringLiteral("no evidence")));
    QVERIFY(uncited.data(WithoutEvidenceRole).toBool());
    QCOMPARE(uncited.data(CitedByRole).toInt(), -1);
    QCOMPARE(model.index(4, NarrativeCompareModel::EventColumn).data().toString(), QString());
    QCOMPARE(model.index(4, NarrativeCompareModel::FirstNarrativeColumn + 1).data().toString(), QString());
    QCOMPARE(model.index(5, NarrativeCompareModel::EventColumn).data().toString(),
        QStringLiteral("pricing-engine flag off"));
    QCOMPARE(model.index(5, 0).data(CitedByRole).toInt(), 2);
    QCOMPARE(model.index(6, NarrativeCompareModel::FirstNarrativeColumn + 1).data().toString(),
        QStringLiteral("4. Flag again"));
    QVERIFY(
        !model.index(6, NarrativeCompareModel::FirstNarrativeColumn + 1).data(WithoutEvidenceRole).toBool());
    QCOMPARE(model.rowOfStep(0, 3), 4);
    QCOMPARE(model.rowOfEvent(m_flagOff), 5);
    // An edit of a narrative refreshes the comparison.
    cmd::addStep(*m_doc, m_oncall, QStringLiteral("Budget came up in the review"), m_budget, 0);
    QCOMPARE(model.index(0, 0).data(CitedByRole).toInt(), 2);
    QCOMPARE(model.index(0, NarrativeCompareModel::FirstNarrativeColumn).data().toString(),
        QStringLiteral("1. Budget came up in the review"));
}

void TestNarrativeCompare::emptyAndSingle()
{
    const NarrativeCompare none = NarrativeCompare::compute(m_doc->store(), { 424242 });
    QVERIFY(none.narratives().isEmpty());
    QVERIFY(none.rows().isEmpty());
    QVERIFY(none.sharedEvents().isEmpty());
    QVERIFY(none.sharedFactors().isEmpty());
}

// Disputed and uncertain steps, events and annotations are carried into the comparison, so the
// view can make them stand out; nothing else about the comparison changes.
void TestNarrativeCompare::contestedStepsAndAnnotations()
{
    const NarrativeCompare before = NarrativeCompare::compute(m_doc->store());
    QVERIFY(before.contestedSteps().isEmpty());
    QVERIFY(before.contestedEvents().isEmpty());
    const qint64 step
        = before.narratives().at(1).steps.at(1).id; // director: "Experiments and rollouts kept apart"
    QVERIFY(cmd::addDispute(*m_doc, QStringLiteral("step"), step, QStringLiteral("disputed"),
                QStringLiteral("ines"), QStringLiteral("they shared one calendar"))
        > 0);
    const qint64 annotation = cmd::addAnnotation(*m_doc, m_timeout, QStringLiteral("the pool was exhausted"));
    QVERIFY(
        cmd::addDispute(*m_doc, QStringLiteral("annotation"), annotation, QStringLiteral("uncertain"), {}, {})
        > 0);
    QVERIFY(
        cmd::addDispute(*m_doc, QStringLiteral("event"), m_alert, QStringLiteral("uncertain"), {}, {}) > 0);

    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    QCOMPARE(c.narratives().at(1).steps.at(1).certainty, Disputes::State::Disputed);
    QCOMPARE(c.narratives().at(1).steps.at(0).certainty, Disputes::State::None);
    QCOMPARE(c.contestedSteps(), (QList<QPair<int, int>> { { 1, 1 } }));
    QCOMPARE(c.contestedEvents(), (QList<qint64> { m_alert, m_timeout }));
    for (const NarrativeCompare::Row &row : c.rows()) {
        QCOMPARE(
            row.eventCertainty, row.eventId == m_alert ? Disputes::State::Uncertain : Disputes::State::None);
        QCOMPARE(row.annotationCertainty,
            row.eventId == m_timeout ? Disputes::State::Uncertain : Disputes::State::None);
    }
    QCOMPARE(c.sharedEvents(), before.sharedEvents());
    QCOMPARE(c.firstDivergence(0, 1), before.firstDivergence(0, 1));
}

// Every step is on the axis once; steps citing nothing follow the narrative's previous cited step
// (or precede its first), and narratives with such steps between the same events share lines.
void TestNarrativeCompare::stepsWithoutEvidenceOnTheAxis()
{
    // The director opens with a thought, and adds one after the experiment: both without evidence.
    cmd::addStep(*m_doc, m_director, QStringLiteral("Two teams, one quarter"), 0, 0);
    cmd::addStep(*m_doc, m_director, QStringLiteral("Nobody owned the calendar"), 0, 3);
    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    QCOMPARE(c.stepsWithoutEvidence(0), (QList<int> { 3 }));
    QCOMPARE(c.stepsWithoutEvidence(1), (QList<int> { 0, 3 }));
    QCOMPARE(c.stepsWithoutEvidence(2), QList<int>());

    QList<int> eventRows;
    QList<QList<int>> steps;
    for (const NarrativeCompare::AxisRow &line : c.axis()) {
        eventRows << line.eventRow;
        steps << line.steps;
    }
    // Before the budget: the director's opening thought. Between the experiment and the flag:
    // the on-call seat's and the director's steps without evidence, on one shared line.
    QCOMPARE(eventRows, (QList<int> { -1, 0, 1, 2, 3, -1, 4, -1 }));
    QCOMPARE(steps,
        (QList<QList<int>> {
            { -1, 0 }, { -1, 1 }, { 0, -1 }, { 1, -1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { -1, 5 } }));
    // Each step of each narrative appears exactly once.
    for (int n = 0; n < c.narratives().size(); ++n) {
        QList<int> seen;
        for (const QList<int> &line : std::as_const(steps)) {
            if (line.at(n) >= 0)
                seen << line.at(n);
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen.size(), c.narratives().at(n).steps.size());
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i);
    }

    // A narrative that cites nothing: all its steps before the first event.
    const qint64 thoughts = cmd::addNarrative(*m_doc, QStringLiteral("Afterthoughts"), QString());
    cmd::addStep(*m_doc, thoughts, QStringLiteral("We were tired"));
    const NarrativeCompare three = NarrativeCompare::compute(m_doc->store());
    QCOMPARE(three.axis().first().steps.at(2), 0);
    QCOMPARE(three.stepsWithoutEvidence(2), (QList<int> { 0 }));
    // It cites nothing, so it leaves out every cited event and shares none.
    QCOMPARE(three.omittedBy(2).size(), three.rows().size());
    QVERIFY(three.sharedEvents().isEmpty());
}

// The divergences the workspace lists: events only one narrative cites, steps citing nothing,
// shared events told in another order — and none of the first or last kind for one narrative.
void TestNarrativeCompare::divergenceList()
{
    // The director tells the flag before the experiment: a different order from the on-call seat.
    const QList<qint64> order = cmd::stepOrder(*m_doc, m_director);
    QVERIFY(cmd::moveStep(*m_doc, order.at(2), 1));
    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    using Kind = NarrativeCompare::Divergence::Kind;
    QStringList found;
    for (const NarrativeCompare::Divergence &d : c.divergences()) {
        switch (d.kind) {
        case Kind::OnlyIn:
            found << QStringLiteral("only %1 %2").arg(d.narrative).arg(c.rowOf(d.eventId)->text);
            break;
        case Kind::WithoutEvidence:
            found << QStringLiteral("uncited %1 %2").arg(d.narrative).arg(d.step);
            break;
        case Kind::Order:
            found << QStringLiteral("order %1/%2 %3 < %4")
                         .arg(d.narrative)
                         .arg(d.other)
                         .arg(c.rowOf(d.eventId)->text, c.rowOf(d.otherEventId)->text);
            break;
        }
    }
    QCOMPARE(found,
        (QStringList { QStringLiteral("only 0 checkout p99 alert"),
            QStringLiteral("only 0 inventory timed out"), QStringLiteral("uncited 0 3"),
            QStringLiteral("only 1 load-test budget cut"),
            QStringLiteral("order 0/1 chaos experiment running < pricing-engine flag off") }));
    QCOMPARE(c.orderDifferences().size(), 1);

    // One narrative alone diverges from nothing, but its steps without evidence still show.
    const NarrativeCompare one = NarrativeCompare::compute(m_doc->store(), { m_oncall });
    QCOMPARE(one.divergences().size(), 1);
    QCOMPARE(one.divergences().at(0).kind, Kind::WithoutEvidence);
}

// The briefing's "Where the narratives diverge" is computed by the same rules as the workspace.
void TestNarrativeCompare::briefingUsesTheSameRules()
{
    const QList<qint64> order = cmd::stepOrder(*m_doc, m_director);
    QVERIFY(cmd::moveStep(*m_doc, order.at(2), 1));
    const NarrativeCompare c = NarrativeCompare::compute(m_doc->store());
    BriefingOptions options;
    options.audience = BriefingAudience::Practitioner;
    QString error;
    const std::optional<BriefingData> data = BriefingData::gather(m_doc->store(), options, &error);
    QVERIFY2(data, qPrintable(error));
    const BriefingDivergence &d = data->divergence;
    QCOMPARE(d.onlyIn.size(), 2);
    for (int n = 0; n < 2; ++n) {
        QCOMPARE(d.onlyIn.at(n).narrativeId, c.narratives().at(n).id);
        QList<qint64> ids;
        for (const BriefingCitation &citation : d.onlyIn.at(n).events)
            ids << citation.eventId;
        QCOMPARE(ids, c.onlyIn(n));
    }
    QList<qint64> shared;
    for (const BriefingCitation &citation : d.shared)
        shared << citation.eventId;
    QCOMPARE(shared, c.sharedEvents());
    QCOMPARE(d.orderDifferences.size(), c.orderDifferences().size());
    QCOMPARE(d.orderDifferences.at(0).a.eventId, c.orderDifferences().at(0).earlier);
    QCOMPARE(d.orderDifferences.at(0).b.eventId, c.orderDifferences().at(0).later);
    QCOMPARE(d.withoutEvidence.size(), 1);
    QCOMPARE(d.withoutEvidence.at(0).narrativeId, m_oncall);
    QCOMPARE(d.withoutEvidence.at(0).stepNumber, c.stepsWithoutEvidence(0).at(0) + 1);
    QCOMPARE(d.withoutEvidence.at(0).text, QStringLiteral("Thought about the options"));
}

QTEST_GUILESS_MAIN(TestNarrativeCompare)
#include "tst_narrativecompare.moc"
