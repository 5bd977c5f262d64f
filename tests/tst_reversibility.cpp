// Reversibility of flag changes: whether, when and by whom each change was undone.
#include "testsupport.h"

#include "analysis/reversibility.h"
#include "domain/timestamps.h"
#include "gameday.h"
#include "import/importerregistry.h"
#include "import/importjob.h"

#include <QTest>

using namespace faultless;
using namespace faultless::model;

namespace {

constexpr Instant kBase = 1714557600000000; // 2024-05-01T10:00:00Z
constexpr qint64 kMinute = 60000000;

// "1@0 checkout prod off>on ana; 2@5 ..." -> changes: id@minute flag environment before>after actor.
// "-" stands for an empty environment or actor; an empty side of '>' is an unknown value; in a
// value '_' stands for a space and '|' for the "; " between phrases ("rollout_10%|on").
QList<Reversibility::Change> parseChanges(const QString &spec)
{
    QList<Reversibility::Change> changes;
    for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.trimmed().split(QLatin1Char(' '));
        Q_ASSERT(f.size() == 5);
        Reversibility::Change c;
        c.eventId = f.at(0).section(QLatin1Char('@'), 0, 0).toLongLong();
        c.instant = kBase + qint64(f.at(0).section(QLatin1Char('@'), 1, 1).toDouble() * kMinute);
        c.flagKey = f.at(1);
        c.environment = f.at(2) == QLatin1String("-") ? QString() : f.at(2);
        auto value = [](QString v) {
            return v.replace(QLatin1Char('_'), QLatin1Char(' '))
                .replace(QLatin1Char('|'), QStringLiteral("; "));
        };
        c.before = value(f.at(3).section(QLatin1Char('>'), 0, 0));
        c.after = value(f.at(3).section(QLatin1Char('>'), 1, 1));
        c.actor = f.at(4) == QLatin1String("-") ? QString() : f.at(4);
        changes.append(c);
    }
    return changes;
}

const FlagReversal *find(const QList<FlagReversal> &list, qint64 id)
{
    for (const FlagReversal &r : list) {
        if (r.changeEventId == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestReversibility : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void orderedByInstant();
    void fromReview();
    void describe_data();
    void describe();
    void gameDay();
};

void TestReversibility::compute_data()
{
    QTest::addColumn<QString>("changes");
    QTest::addColumn<qint64>("changeId"); // the change looked at
    QTest::addColumn<qint64>("reversalId"); // 0: not reversed
    QTest::addColumn<double>("minutesToReverse");
    QTest::addColumn<QString>("reversedBy");
    QTest::addColumn<bool>("someoneElse");

    QTest::newRow("on->off reversed")
        << QStringLiteral("1@0 checkout prod on>off ana; 2@5 checkout prod off>on ana") << qint64(1)
        << qint64(2) << 5.0 << QStringLiteral("ana") << false;
    QTest::newRow("off->on not reversed") << QStringLiteral("1@0 checkout prod off>on ana") << qint64(1)
                                          << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("re-enabled by someone else")
        << QStringLiteral("1@0 checkout prod on>off ana; 2@3 checkout prod off>on ben") << qint64(1)
        << qint64(2) << 3.0 << QStringLiteral("ben") << true;
    QTest::newRow("different environment is not a reversal")
        << QStringLiteral("1@0 checkout prod off>on ana; 2@2 checkout staging on>off ben") << qint64(1)
        << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("different flag is not a reversal")
        << QStringLiteral("1@0 checkout prod off>on ana; 2@2 search prod on>off ben") << qint64(1)
        << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("out-of-order audit entries")
        << QStringLiteral("3@9.5 checkout prod on>off ben; 1@2 checkout prod off>on ana") << qint64(1)
        << qint64(3) << 7.5 << QStringLiteral("ben") << true;
    QTest::newRow("an earlier opposite change is no reversal")
        << QStringLiteral("1@5 checkout prod off>on ana; 2@1 checkout prod on>off ben") << qint64(1)
        << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("back to the earlier value through a step")
        << QStringLiteral(
               "1@0 rollout prod 10%>50% ana; 2@2 rollout prod 50%>100% ana; 3@4 rollout prod 100%>10% ben")
        << qint64(1) << qint64(3) << 4.0 << QStringLiteral("ben") << true;
    QTest::newRow("the first return counts")
        << QStringLiteral("1@0 checkout prod off>on ana; 2@1 checkout prod on>off ben; 3@2 checkout prod "
                          "off>on ana; 4@3 checkout prod on>off ben")
        << qint64(1) << qint64(2) << 1.0 << QStringLiteral("ben") << true;
    QTest::newRow("a reversal is itself reversed")
        << QStringLiteral(
               "1@0 checkout prod off>on ana; 2@1 checkout prod on>off ben; 3@4 checkout prod off>on ana")
        << qint64(2) << qint64(3) << 3.0 << QStringLiteral("ana") << true;
    QTest::newRow("unknown earlier value, never turned off")
        << QStringLiteral("1@0 checkout prod >rules ana; 2@1 checkout prod rules>rules2 ben") << qint64(1)
        << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("unknown earlier value, then turned off")
        << QStringLiteral("1@0 checkout prod >rules ana; 2@1 checkout prod rules>off ben") << qint64(1)
        << qint64(2) << 1.0 << QStringLiteral("ben") << true;
    // Partial changes (issue 19): one aspect of the flag, set back or taken back by turning off.
    QTest::newRow("rollout brought back") << QStringLiteral(
        "1@0 checkout prod rollout_10%>rollout_50% ana; 2@18 checkout prod rollout_50%>rollout_10% ben")
                                          << qint64(1) << qint64(2) << 18.0 << QStringLiteral("ben") << true;
    QTest::newRow("rollout brought back through a step")
        << QStringLiteral("1@0 c prod rollout_10%>rollout_50% ana; 2@3 c prod rollout_50%>rollout_100% ana;"
                          " 3@9 c prod rollout_100%>rollout_10% ana")
        << qint64(1) << qint64(3) << 9.0 << QStringLiteral("ana") << false;
    QTest::newRow("another aspect changing is no reversal")
        << QStringLiteral(
               "1@0 c prod rollout_10%>rollout_50% ana; 2@3 c prod rule_1_serve_false>rule_1_serve_true ben")
        << qint64(1) << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("rollout taken back by turning the flag off")
        << QStringLiteral("1@0 c prod rollout_10%>rollout_50% ana; 2@4 c prod on>off ben") << qint64(1)
        << qint64(2) << 4.0 << QStringLiteral("ben") << true;
    QTest::newRow("a segment override turned off is not the flag off")
        << QStringLiteral(
               "1@0 c prod rollout_10%>rollout_50% ana; 2@4 c prod segment_beta:_on>segment_beta:_off ben")
        << qint64(1) << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("two aspects must both come back")
        << QStringLiteral(
               "1@0 c prod rollout_10%|rule_1_rollout_5%>rollout_50%|rule_1_rollout_20% ana;"
               " 2@2 c prod rollout_50%>rollout_10% ben; 3@5 c prod rule_1_rollout_20%>rule_1_rollout_5% ben")
        << qint64(1) << qint64(3) << 5.0 << QStringLiteral("ben") << true;
    QTest::newRow("turning off is not taken back by turning off")
        << QStringLiteral("1@0 c prod on>off ana; 2@4 c prod rollout_10%>off ben") << qint64(1) << qint64(0)
        << 0.0 << QString() << false;
    QTest::newRow("no change in value")
        << QStringLiteral("1@0 checkout prod on>on ana; 2@1 checkout prod off>on ben") << qint64(1)
        << qint64(0) << 0.0 << QString() << false;
    QTest::newRow("same instant, later id")
        << QStringLiteral("2@0 checkout prod on>off ben; 1@0 checkout prod off>on ana") << qint64(1)
        << qint64(2) << 0.0 << QStringLiteral("ben") << true;
    QTest::newRow("unknown actor is not someone else")
        << QStringLiteral("1@0 checkout - off>on -; 2@1 checkout - on>off ben") << qint64(1) << qint64(2)
        << 1.0 << QStringLiteral("ben") << false;
}

void TestReversibility::compute()
{
    QFETCH(QString, changes);
    QFETCH(qint64, changeId);
    QFETCH(qint64, reversalId);
    QFETCH(double, minutesToReverse);
    QFETCH(QString, reversedBy);
    QFETCH(bool, someoneElse);
    const QList<Reversibility::Change> input = parseChanges(changes);
    const QList<FlagReversal> result = Reversibility::compute(input);
    QCOMPARE(result.size(), input.size());
    const FlagReversal *r = find(result, changeId);
    QVERIFY(r);
    QCOMPARE(r->reversalEventId, reversalId);
    QCOMPARE(r->isReversed(), reversalId != 0);
    QCOMPARE(r->reversedBy, reversedBy);
    QCOMPARE(r->reversedBySomeoneElse(), someoneElse);
    if (reversalId) {
        QCOMPARE(*r->timeToReverse(), qint64(minutesToReverse * kMinute));
        QCOMPARE(*r->reversedAt, r->changedAt + qint64(minutesToReverse * kMinute));
    } else {
        QVERIFY(!r->timeToReverse());
    }
}

void TestReversibility::orderedByInstant()
{
    const QList<FlagReversal> result = Reversibility::compute(
        parseChanges(QStringLiteral("3@9 a - on>off x; 1@2 a - off>on x; 2@5 b - off>on y")));
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(0).changeEventId, qint64(1));
    QCOMPARE(result.at(1).changeEventId, qint64(2));
    QCOMPARE(result.at(2).changeEventId, qint64(3));
}

// From the review document: flag_changes joined with events, removed sources left out.
void TestReversibility::fromReview()
{
    tests::TempReview review;
    ImporterRegistry registry;
    for (const char *file :
        { "activity/launchdarkly-rest-out-of-order.json", "activity/unleash-events-out-of-order.json" }) {
        ImportRequest request;
        request.path = tests::dataPath(QString::fromLatin1(file));
        const ImportResult result = ImportJob::run(review.store, registry, request);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
    }
    QString error;
    const QList<FlagReversal> all = Reversibility::compute(review.store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 10);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).changedAt <= all.at(i).changedAt);

    auto at = [&](const QString &flag, const QString &env, const char *iso) -> const FlagReversal * {
        const Instant t = timestamps::parseIso8601(QByteArrayView(iso));
        for (const FlagReversal &r : all) {
            if (r.flagKey == flag && r.environment == env && r.changedAt == t)
                return &r;
        }
        return nullptr;
    };
    // LaunchDarkly: turned on by Ana at 10:02, turned off by Ben at 10:09:30.
    const FlagReversal *on
        = at(QStringLiteral("checkout-v2"), QStringLiteral("production"), "2024-05-01T10:02:00Z");
    QVERIFY(on);
    QCOMPARE(on->before, QStringLiteral("off"));
    QCOMPARE(on->after, QStringLiteral("on"));
    QCOMPARE(on->actor, QStringLiteral("Ana Lima"));
    QVERIFY(on->isReversed());
    QCOMPARE(on->reversedBy, QStringLiteral("Ben Okafor"));
    QCOMPARE(*on->timeToReverse(), qint64(7.5 * kMinute));
    QVERIFY(on->reversalEventId > 0);
    QCOMPARE(review.store
                 .scalar(QStringLiteral("SELECT after_value FROM flag_changes WHERE event_id = ?"),
                     { on->reversalEventId })
                 .toString(),
        QStringLiteral("off"));
    // ... and Ben's turning off was undone by Ana's second try at 10:25, past the rules update.
    const FlagReversal *off
        = at(QStringLiteral("checkout-v2"), QStringLiteral("production"), "2024-05-01T10:09:30Z");
    QVERIFY(off && off->isReversed());
    QCOMPARE(off->reversedBy, QStringLiteral("Ana Lima"));
    QCOMPARE(*off->timeToReverse(), qint64(15.5 * kMinute));
    // Staging was never turned off.
    const FlagReversal *staging
        = at(QStringLiteral("checkout-v2"), QStringLiteral("staging"), "2024-05-01T09:55:00Z");
    QVERIFY(staging && !staging->isReversed());
    // Unleash: enabled 10:05 by ana, disabled 10:17:12.5 by ben; rollout 25 -> 100 -> 25.
    const FlagReversal *enabled
        = at(QStringLiteral("new-search"), QStringLiteral("production"), "2024-05-01T10:05:00Z");
    QVERIFY(enabled && enabled->isReversed());
    QCOMPARE(enabled->reversedBy, QStringLiteral("ben@example.com"));
    QCOMPARE(*enabled->timeToReverse(), qint64(732500000)); // 12 min 12.5 s
    const FlagReversal *widened
        = at(QStringLiteral("new-search"), QStringLiteral("production"), "2024-05-01T11:00:00Z");
    QVERIFY(widened && widened->isReversed());
    QCOMPARE(*widened->timeToReverse(), qint64(6 * kMinute));

    // Removing the LaunchDarkly import (undo) removes its changes from the analysis.
    QVERIFY(
        review.store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE format = 'launchdarkly'")));
    QCOMPARE(Reversibility::compute(review.store).size(), 5);
}

void TestReversibility::describe_data()
{
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("text");
    QTest::newRow("reversed") << QStringLiteral("1@0 f - on>off ana; 2@7.5 f - off>on ben")
                              << QStringLiteral("reversed after 7 min by ben");
    QTest::newRow("seconds") << QStringLiteral("1@0 f - on>off ana; 2@0.5 f - off>on -")
                             << QStringLiteral("reversed after 30 s");
    QTest::newRow("not reversed") << QStringLiteral("1@0 f - on>off ana") << QStringLiteral("not reversed");
    QTest::newRow("unknown") << QStringLiteral("1@0 f - >off ana")
                             << QStringLiteral("earlier value unknown; reversal cannot be told");
    QTest::newRow("turned off") << QStringLiteral("1@0 f - rollout_10%>rollout_50% ana; 2@12 f - on>off ben")
                                << QStringLiteral("reversed after 12 min by ben (flag turned off)");
}

void TestReversibility::describe()
{
    QFETCH(QString, changes);
    QFETCH(QString, text);
    const QList<FlagReversal> result = Reversibility::compute(parseChanges(changes));
    QCOMPARE(Reversibility::describe(result.first()), text);
}

// Issue 19: partial changes on a realistic incident. The LaunchDarkly rollout raised to 50% at
// 10:05 is set back to 10% by Ben at 10:23 (read from the entry's description); Unleash's widening
// at 10:08 comes back at 10:31; the Flagsmith segment override stands.
void TestReversibility::gameDay()
{
    tests::TempReview review;
    const QString error = tests::importGameDay(review.store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<FlagReversal> all = Reversibility::compute(review.store);
    auto at = [&](const char *flag, const char *iso) -> const FlagReversal * {
        const Instant t = timestamps::parseIso8601(QByteArrayView(iso));
        for (const FlagReversal &r : all) {
            if (r.flagKey == QLatin1String(flag) && r.changedAt == t)
                return &r;
        }
        return nullptr;
    };
    const FlagReversal *raised = at("checkout-v2", "2024-05-01T10:05:00Z");
    QVERIFY(raised);
    QCOMPARE(raised->before, QStringLiteral("rollout 10%"));
    QCOMPARE(raised->after, QStringLiteral("rollout 50%"));
    QVERIFY(raised->isReversed());
    QCOMPARE(raised->reversedBy, QStringLiteral("Ben Okafor"));
    QCOMPARE(*raised->timeToReverse(), qint64(18 * kMinute));
    QVERIFY(!raised->reversedByTurningOff);
    QCOMPARE(Reversibility::describe(*raised), QStringLiteral("reversed after 18 min by Ben Okafor"));
    QCOMPARE(Reversibility::forEvent(review.store, raised->changeEventId)->reversalEventId,
        raised->reversalEventId);
    QCOMPARE(Reversibility::reversedBy(review.store, raised->reversalEventId).size(), 1);

    const FlagReversal *widened = at("new-search", "2024-05-01T10:08:00Z");
    QVERIFY(widened && widened->isReversed());
    QCOMPARE(*widened->timeToReverse(), qint64(23 * kMinute));

    const FlagReversal *segment = at("payment_retry", "2024-05-01T10:10:00Z");
    QVERIFY(segment && !segment->isReversed());
    QCOMPARE(Reversibility::describe(*segment), QStringLiteral("not reversed"));
    // The staging switch-off is another environment: it reverses nothing in production.
    const FlagReversal *rule = at("checkout-v2", "2024-05-01T09:40:00Z");
    QVERIFY(rule && !rule->isReversed());
}

QTEST_GUILESS_MAIN(TestReversibility)
#include "tst_reversibility.moc"
