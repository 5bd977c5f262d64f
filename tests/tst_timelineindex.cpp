// TimelineIndex: loading in rowid order and sorting in memory, removed sources, spans, phases,
// notable rows, in-place refresh and the memory budget per event.
#include "testsupport.h"

#include "analysis/timelineindex.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "store/timelinerows.h"

#include <QDateTime>
#include <QtTest>

using namespace faultless;
using model::EventKind;
using model::EventRecord;
using model::Instant;
using model::Severity;
using model::TimelineIndex;

namespace {
qint64 addSource(model::ReviewStore &store, const QString &name, std::vector<EventRecord> events)
{
    model::ReviewStore::Transaction t(store);
    if (!store.exec(QStringLiteral(
                        "INSERT INTO sources(name, kind, format, imported_at) VALUES(?, 'log', 'jsonl', 0)"),
            { name }))
        return 0;
    const qint64 source = store.lastInsertId();
    model::EventWriter writer(store, source);
    QString error;
    if (!writer.begin(&error))
        return 0;
    for (EventRecord &e : events)
        writer.addEvent(std::move(e));
    if (!writer.finish(&error) || !t.commit())
        return 0;
    return source;
}

EventRecord record(Instant t, const char *text, const char *lane = "api", Severity s = Severity::Info,
    EventKind kind = EventKind::Log, Instant end = model::NoInstant)
{
    EventRecord e;
    e.instant = t;
    e.end = end;
    e.text = text;
    e.lane = lane;
    e.severity = s;
    e.kind = kind;
    return e;
}

constexpr Instant kBase = 1773496800000000; // 2026-03-14 14:00:00 UTC
constexpr Instant kSec = 1000000;
} // namespace

class TestTimelineIndex : public QObject
{
    Q_OBJECT
private slots:
    void sortsOutOfOrderInputByInstantThenId();
    void skipsRemovedSourcesAndKeepsSpans();
    void phasesNotableAndRefresh();
    void rowsOfEventsMapsManyAndFew();
    void memoryStaysUnderBudget();
    void twoReadersReadWhatOneReads();
};

void TestTimelineIndex::sortsOutOfOrderInputByInstantThenId()
{
    tests::TempReview review;
    // An audit log lists newest first; a second file interleaves with it.
    QVERIFY(addSource(review.store, QStringLiteral("audit.json"),
        { record(kBase + 30 * kSec, "c"), record(kBase + 10 * kSec, "a"), record(kBase + 20 * kSec, "b1") }));
    QVERIFY(addSource(review.store, QStringLiteral("app.jsonl"),
        { record(kBase + 20 * kSec, "b2", "db"), record(kBase + 40 * kSec, "d", "db") }));
    TimelineIndex index;
    QString error;
    QVERIFY2(index.load(review.store, &error), qPrintable(error));
    QCOMPARE(index.size(), 5);
    const QList<Instant> expected
        = { kBase + 10 * kSec, kBase + 20 * kSec, kBase + 20 * kSec, kBase + 30 * kSec, kBase + 40 * kSec };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(index.instant(i), expected[i]);
    // Ties keep id order: b1 (id 3) before b2 (id 4).
    QVERIFY(index.eventId(1) < index.eventId(2));
    QCOMPARE(index.eventId(0), 2); // "a" was the second record written
    for (int row = 0; row < 5; ++row)
        QCOMPARE(index.rowOfEvent(index.eventId(row)), row);
    QCOMPARE(index.rowOfEvent(999), -1);
    QCOMPARE(index.laneNames().value(int(index.lane(4))), QStringLiteral("db"));
    QCOMPARE(index.sourceNames().value(int(index.sourceIndex(0))), QStringLiteral("audit.json"));
    QCOMPARE(index.lowerBound(kBase + 20 * kSec), 1);
    QCOMPARE(index.lowerBound(kBase + 99 * kSec), 5);
}

void TestTimelineIndex::skipsRemovedSourcesAndKeepsSpans()
{
    tests::TempReview review;
    const qint64 removed = addSource(review.store, QStringLiteral("old.jsonl"), { record(kBase, "gone") });
    QVERIFY(addSource(review.store, QStringLiteral("chaos.json"),
        { record(kBase + kSec, "experiment", "inventory", Severity::Unknown, EventKind::Experiment,
              kBase + 600 * kSec),
            record(kBase + 2 * kSec, "log") }));
    QVERIFY(review.store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE id = ?"), { removed }));
    TimelineIndex index;
    QVERIFY(index.load(review.store));
    QCOMPARE(index.size(), 2);
    QCOMPARE(index.kind(0), EventKind::Experiment);
    QCOMPARE(index.end(0), kBase + 600 * kSec);
    QCOMPARE(index.end(1), model::NoInstant);
    QCOMPARE(index.last(), kBase + 600 * kSec);
    QCOMPARE(index.spans().size(), size_t(1));
    QCOMPARE(index.sourceIds().size(), 2); // [0] = none, then the live source only
}

void TestTimelineIndex::phasesNotableAndRefresh()
{
    tests::TempReview review;
    QVERIFY(addSource(review.store, QStringLiteral("app.jsonl"),
        { record(kBase, "one"), record(kBase + kSec, "two"), record(kBase + 2 * kSec, "three") }));
    QVERIFY(review.store.exec(
        QStringLiteral("UPDATE events SET phase = 'detection', highlighted = 1 WHERE id = 2")));
    QVERIFY(review.store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, "
                                             "edited) VALUES(3, 'Bob', 'saw it', 0, 0)")));
    TimelineIndex index;
    QVERIFY(index.load(review.store));
    QCOMPARE(index.phase(1), QStringLiteral("detection"));
    QVERIFY(index.phase(0).isEmpty());
    QCOMPARE(index.phases().size(), size_t(1));
    QVERIFY(index.flags(1) & TimelineIndex::Highlighted);
    QVERIFY(index.flags(2) & TimelineIndex::Annotated);
    QCOMPARE(index.notableRows(), (std::vector<quint32> { 1, 2 }));

    // An edit of one event, then refreshEvent() instead of a reload.
    QVERIFY(
        review.store.exec(QStringLiteral("UPDATE events SET phase = NULL, highlighted = 0 WHERE id = 2")));
    QVERIFY(review.store.exec(QStringLiteral("UPDATE events SET phase = 'repair' WHERE id = 1")));
    QVERIFY(index.refreshEvent(review.store, 2));
    QVERIFY(index.refreshEvent(review.store, 1));
    QVERIFY(!index.refreshEvent(review.store, 42));
    QVERIFY(!(index.flags(1) & TimelineIndex::Highlighted));
    QVERIFY(index.phase(1).isEmpty());
    QCOMPARE(index.phase(0), QStringLiteral("repair"));
    QCOMPARE(index.notableRows(), (std::vector<quint32> { 0, 2 }));
}

void TestTimelineIndex::rowsOfEventsMapsManyAndFew()
{
    tests::TempReview review;
    std::vector<EventRecord> events;
    for (int i = 0; i < 400; ++i)
        events.push_back(record(kBase + (400 - i) * kSec, "x")); // reversed: ids descend with time
    QVERIFY(addSource(review.store, QStringLiteral("app.jsonl"), std::move(events)));
    TimelineIndex index;
    QVERIFY(index.load(review.store));
    // Few ids: binary search each; many: merge walk. Both give ascending rows, unknown ids dropped.
    QCOMPARE(index.rowsOfEvents({ 400, 1, 9999 }), (std::vector<qint64> { 0, 399 }));
    std::vector<qint64> all;
    for (qint64 id = 1; id <= 400; ++id)
        all.push_back(id);
    const std::vector<qint64> rows = index.rowsOfEvents(all);
    QCOMPARE(rows.size(), size_t(400));
    QVERIFY(std::is_sorted(rows.begin(), rows.end()));
    QCOMPARE(rows.front(), 0);
    QCOMPARE(rows.back(), 399);
}

void TestTimelineIndex::memoryStaysUnderBudget()
{
    tests::TempReview review;
    std::vector<EventRecord> events;
    for (int i = 0; i < 20000; ++i)
        events.push_back(record(kBase + i * 1000, "x", i % 2 ? "api" : "db"));
    QVERIFY(addSource(review.store, QStringLiteral("app.jsonl"), std::move(events)));
    TimelineIndex index;
    QVERIFY(index.load(review.store));
    QCOMPARE(index.size(), 20000);
    QVERIFY2(index.memoryBytes() <= 64 * index.size(),
        qPrintable(QStringLiteral("%1 B/event").arg(double(index.memoryBytes()) / double(index.size()))));
}

QTEST_GUILESS_MAIN(TestTimelineIndex)
// A big review is read in two halves on two connections (TimelineRows::read): the rows, their
// order, the spans, phases, flags, lanes and sources must be those one reader gets, also with a
// removed source, events added by hand and rows in a team copy's block of ids.
void TestTimelineIndex::twoReadersReadWhatOneReads()
{
    tests::TempReview review;
    model::ReviewStore &store = review.store;
    const char *lanes[] = { "api", "db", "cache" };
    for (int source = 0; source < 3; ++source) {
        std::vector<EventRecord> events;
        for (int i = 0; i < 1500; ++i) {
            const Instant t = kBase + ((i * 37 + source * 11) % 1500) * kSec; // out of order
            events.push_back(record(t, "event", lanes[(i + source) % 3], Severity((i % 9) + 1),
                i % 7 ? EventKind::Log : EventKind::Alert, i % 50 ? model::NoInstant : t + 30 * kSec));
        }
        QVERIFY(addSource(store, QStringLiteral("s%1.jsonl").arg(source), events));
    }
    QVERIFY(store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE id = 2")));
    QVERIFY(store.exec(QStringLiteral("UPDATE events SET phase = 'diagnosis', highlighted = 1"
                                      " WHERE id IN (10, 2000, 4400)")));
    QVERIFY(store.exec(QStringLiteral("INSERT INTO events(id, instant, kind, text, manual)"
                                      " VALUES(?, ?, ?, 'by hand', 1), (?, ?, ?, 'by hand', 1)"),
        { 4600, kBase + 5 * kSec, int(EventKind::Note), model::schema::FirstBlockId + 3, kBase - kSec,
            int(EventKind::Note) }));
    const auto readWith = [&store](qint64 twoReadersFrom, model::TimelineRows::Columns &c) {
        model::TimelineRows::setTwoReadersFrom(twoReadersFrom);
        QString error;
        const bool ok = model::TimelineRows::read(store, c, &error);
        model::TimelineRows::setTwoReadersFrom(1000000);
        return ok;
    };
    model::TimelineRows::Columns one;
    model::TimelineRows::Columns two;
    QVERIFY(readWith(std::numeric_limits<qint64>::max(), one));
    QVERIFY(readWith(0, two));
    QCOMPARE(one.ids.size(), size_t(2 * 1500 + 2));
    QCOMPARE(two.ids, one.ids);
    QCOMPARE(two.instants, one.instants);
    QCOMPARE(two.lanes, one.lanes);
    QCOMPARE(two.sources, one.sources);
    QCOMPARE(two.kinds, one.kinds);
    QCOMPARE(two.severities, one.severities);
    QCOMPARE(two.flags, one.flags);
    QCOMPARE(two.ends, one.ends);
    QCOMPARE(two.phases.size(), one.phases.size());
    for (size_t i = 0; i < one.phases.size(); ++i) {
        QCOMPARE(two.phases[i].row, one.phases[i].row);
        QCOMPARE(two.phases[i].name, one.phases[i].name);
    }
    QCOMPARE(two.sorted, one.sorted);
    QCOMPARE(two.last, one.last);
    QCOMPARE(two.laneNames, one.laneNames);
    QCOMPARE(two.sourceIds, one.sourceIds);
    // The marks, read apart from the rows, land on their own events; a removed import's are left out.
    std::vector<qint64> highlighted;
    std::vector<qint64> manual;
    std::vector<qint64> phased;
    for (size_t i = 0; i < one.ids.size(); ++i) {
        if (one.flags[i] & model::TimelineRows::Highlighted)
            highlighted.push_back(one.ids[i]);
        if (one.flags[i] & model::TimelineRows::Manual)
            manual.push_back(one.ids[i]);
    }
    for (const model::TimelinePhase &phase : one.phases)
        phased.push_back(one.ids[phase.row]);
    QCOMPARE(highlighted, (std::vector<qint64> { 10, 4400 }));
    QCOMPARE(manual, (std::vector<qint64> { 4600, model::schema::FirstBlockId + 3 }));
    QCOMPARE(phased, (std::vector<qint64> { 10, 4400 }));
    // The store's connection is left without a transaction: it can write at once.
    QVERIFY(store.exec(QStringLiteral("UPDATE events SET highlighted = 0 WHERE id = 10")));
}

#include "tst_timelineindex.moc"
