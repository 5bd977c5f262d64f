// EventDensity: counts per bin and group, severity and kind per bin, bounds, row subsets.
#include "testsupport.h"

#include "analysis/eventdensity.h"
#include "analysis/timelineindex.h"
#include "store/eventwriter.h"

#include <QRandomGenerator>
#include <QtTest>

#include <numeric>

using namespace faultless;
using model::EventDensity;
using model::EventKind;
using model::EventRecord;
using model::Instant;
using model::Severity;

namespace {
constexpr Instant kBase = 1773496800000000; // 2026-03-14 14:00:00 UTC
constexpr Instant kSec = 1000000;

struct Fixture
{
    tests::TempReview review;
    model::TimelineIndex index;

    // Events at the given seconds after kBase: (second, lane, severity, kind).
    explicit Fixture(const QList<std::tuple<int, const char *, Severity, EventKind>> &events)
    {
        model::ReviewStore::Transaction t(review.store);
        review.store.exec(QStringLiteral(
            "INSERT INTO sources(name, kind, format, imported_at) VALUES('f', 'log', 'jsonl', 0)"));
        model::EventWriter writer(review.store, review.store.lastInsertId());
        QString error;
        writer.begin(&error);
        int n = 0;
        for (const auto &[second, lane, severity, kind] : events) {
            EventRecord e;
            e.instant = kBase + second * kSec;
            e.lane = lane;
            e.severity = severity;
            e.kind = kind;
            e.text = QByteArray("event ") + QByteArray::number(n++);
            writer.addEvent(std::move(e));
        }
        writer.finish(&error);
        t.commit();
        index.load(review.store);
    }

    // `count` events at pseudo-random milliseconds of ten minutes over five lanes, every
    // severity and three kinds: dense enough that the binning walks the strata.
    explicit Fixture(int count)
    {
        model::ReviewStore::Transaction t(review.store);
        review.store.exec(QStringLiteral(
            "INSERT INTO sources(name, kind, format, imported_at) VALUES('f', 'log', 'jsonl', 0)"));
        model::EventWriter writer(review.store, review.store.lastInsertId());
        QString error;
        writer.begin(&error);
        QRandomGenerator rng(11);
        static const char *const lanes[] = { "api", "db", "cache", "edge", "" };
        const EventKind kinds[] = { EventKind::Log, EventKind::Flag, EventKind::Alert };
        for (int i = 0; i < count; ++i) {
            EventRecord e;
            // Out of order on purpose, and some on the same instant.
            e.instant = kBase + Instant(rng.bounded(600000)) * 1000;
            e.lane = lanes[rng.bounded(5)];
            e.severity = Severity(rng.bounded(model::SeverityCount));
            e.kind = kinds[rng.bounded(3)];
            e.text = QByteArray("event ") + QByteArray::number(i);
            writer.addEvent(std::move(e));
        }
        writer.finish(&error);
        t.commit();
        index.load(review.store);
    }
};

void compareBins(const EventDensity::Bins &a, const EventDensity::Bins &b)
{
    QCOMPARE(a.binCount, b.binCount);
    QCOMPARE(a.groupCount, b.groupCount);
    QCOMPARE(a.total, b.total);
    QVERIFY(a.counts == b.counts);
    QVERIFY(a.maxSeverity == b.maxSeverity);
    QVERIFY(a.kinds == b.kinds);
    QVERIFY(a.urgent == b.urgent);
}

// Every row of the index, ascending: computeRows() over them is the row scan the strata walk of
// compute() must agree with.
std::vector<qint64> allRows(const model::TimelineIndex &index)
{
    std::vector<qint64> rows(size_t(index.size()));
    std::iota(rows.begin(), rows.end(), qint64(0));
    return rows;
}

// compute() (the strata walk where the range is dense) against the row scan over `all`; the
// walked bins are returned for further checks.
EventDensity::Bins walkedMatchingScan(const model::TimelineIndex &index, const std::vector<qint64> &all,
    Instant from, Instant to, int binCount, EventDensity::Key key, const std::vector<int> &groupOf,
    int groups)
{
    EventDensity::Bins walked = EventDensity::compute(index, from, to, binCount, key, groupOf, groups);
    const EventDensity::Bins scanned
        = EventDensity::computeRows(index, all, from, to, binCount, key, groupOf, groups);
    compareBins(walked, scanned);
    return walked;
}
} // namespace

class TestEventDensity : public QObject
{
    Q_OBJECT
private slots:
    void countsPerBinAndLane();
    void rangeIsHalfOpenAndClamped();
    void rowSubset();
    void emptyInputs_data();
    void emptyInputs();
    void strataMatchRowScan_data();
    void strataMatchRowScan();
    void strataEdgesMatchRowScan_data();
    void strataEdgesMatchRowScan();
    void strataBurstsMatchRowScan_data();
    void strataBurstsMatchRowScan();
    void strataMatchRowScanAtRandom();
};

void TestEventDensity::countsPerBinAndLane()
{
    Fixture f({ { 0, "api", Severity::Info, EventKind::Log }, { 1, "api", Severity::Error, EventKind::Log },
        { 5, "db", Severity::Warning, EventKind::Log }, { 9, "api", Severity::Unknown, EventKind::Flag } });
    // Lanes are numbered by name: "" = 0, api = 1, db = 2. Show db first, api second.
    const std::vector<int> laneOfKey = { -1, 1, 0 };
    const EventDensity::Bins bins
        = EventDensity::compute(f.index, kBase, kBase + 10 * kSec, 5, EventDensity::Key::Lane, laneOfKey, 2);
    QCOMPARE(bins.total, quint64(4));
    // api: [0,2) has two events, the worst an error; [8,10) has the flag change.
    QCOMPARE(bins.count(1, 0), 2u);
    QCOMPARE(bins.maxSeverity[size_t(1 * 5 + 0)], quint8(Severity::Error));
    QCOMPARE(bins.urgent[size_t(1 * 5 + 0)], 1u); // the error, not the info line
    QCOMPARE(bins.urgent[size_t(0 * 5 + 2)], 1u); // db's warning
    QCOMPARE(bins.count(1, 4), 1u);
    QCOMPARE(bins.kinds[size_t(1 * 5 + 4)], quint8(1u << int(EventKind::Flag)));
    QCOMPARE(bins.count(0, 2), 1u); // db at 5 s
    QCOMPARE(bins.maxCount(1), 2u);
    QCOMPARE(bins.binOf(kBase + 5 * kSec), 2);
    QCOMPARE(bins.binStart(2), kBase + 4 * kSec);

    // Grouped by severity into two bands: below warning, warning and worse.
    std::vector<int> band(model::SeverityCount, 0);
    for (int s = int(Severity::Warning); s < model::SeverityCount; ++s)
        band[size_t(s)] = 1;
    const EventDensity::Bins bySeverity
        = EventDensity::compute(f.index, kBase, kBase + 10 * kSec, 1, EventDensity::Key::Severity, band, 2);
    QCOMPARE(bySeverity.count(0, 0), 2u);
    QCOMPARE(bySeverity.count(1, 0), 2u);
}

void TestEventDensity::rangeIsHalfOpenAndClamped()
{
    Fixture f({ { 0, "a", Severity::Info, EventKind::Log }, { 10, "a", Severity::Info, EventKind::Log } });
    // [0 s, 10 s) excludes the event at exactly 10 s.
    EventDensity::Bins bins
        = EventDensity::compute(f.index, kBase, kBase + 10 * kSec, 4, EventDensity::Key::None, {}, 1);
    QCOMPARE(bins.total, quint64(1));
    QCOMPARE(bins.count(0, 0), 1u);
    // A hidden group (-1) is not counted.
    bins
        = EventDensity::compute(f.index, kBase, kBase + 20 * kSec, 4, EventDensity::Key::Lane, { -1, -1 }, 1);
    QCOMPARE(bins.total, quint64(0));
}

void TestEventDensity::rowSubset()
{
    Fixture f({ { 0, "a", Severity::Info, EventKind::Log }, { 3, "a", Severity::Info, EventKind::Log },
        { 6, "a", Severity::Info, EventKind::Log }, { 30, "a", Severity::Info, EventKind::Log } });
    const EventDensity::Bins bins = EventDensity::computeRows(
        f.index, { 1, 2, 3 }, kBase, kBase + 10 * kSec, 2, EventDensity::Key::None, {}, 1);
    QCOMPARE(bins.total, quint64(2)); // row 3 (30 s) is outside the range
    QCOMPARE(bins.count(0, 0), 1u);
    QCOMPARE(bins.count(0, 1), 1u);
}

void TestEventDensity::emptyInputs_data()
{
    QTest::addColumn<int>("binCount");
    QTest::addColumn<int>("groupCount");
    QTest::newRow("no bins") << 0 << 1;
    QTest::newRow("no groups") << 10 << 0;
    QTest::newRow("both") << 0 << 0;
}

void TestEventDensity::emptyInputs()
{
    QFETCH(int, binCount);
    QFETCH(int, groupCount);
    Fixture f({ { 0, "a", Severity::Info, EventKind::Log } });
    const EventDensity::Bins bins = EventDensity::compute(
        f.index, kBase, kBase + kSec, binCount, EventDensity::Key::None, {}, groupCount);
    QCOMPARE(bins.total, quint64(0));
    QCOMPARE(bins.counts.size(), size_t(binCount * groupCount));
    QCOMPARE(bins.maxCount(0), 0u);
}

void TestEventDensity::strataMatchRowScan_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("binCount");
    QTest::addColumn<int>("fromMs");
    QTest::addColumn<int>("toMs");
    QTest::newRow("lane, everything") << int(EventDensity::Key::Lane) << 40 << -5000 << 610000;
    QTest::newRow("lane, a slice") << int(EventDensity::Key::Lane) << 37 << 123457 << 345679;
    QTest::newRow("source") << int(EventDensity::Key::Source) << 50 << 0 << 600000;
    QTest::newRow("kind") << int(EventDensity::Key::Kind) << 64 << 1 << 599999;
    QTest::newRow("severity") << int(EventDensity::Key::Severity) << 13 << 250000 << 600001;
    QTest::newRow("none") << int(EventDensity::Key::None) << 100 << 0 << 300000;
}

// The strata walk (dense ranges) and the row scan (computeRows over every row) must give the
// same bins, including bin edges, hidden groups and the half-open range.
void TestEventDensity::strataMatchRowScan()
{
    QFETCH(int, key);
    QFETCH(int, binCount);
    QFETCH(int, fromMs);
    QFETCH(int, toMs);
    static Fixture f(20000);
    QVERIFY(!f.index.strata().empty());
    const auto k = EventDensity::Key(key);
    std::vector<int> groupOf;
    int groups = 1;
    if (k != EventDensity::Key::None) {
        // Every third key hidden, the others in two groups.
        for (int i = 0; i < 64; ++i)
            groupOf.push_back(i % 3 == 2 ? -1 : i % 2);
        groups = 2;
    }
    const Instant from = kBase + Instant(fromMs) * 1000;
    const Instant to = kBase + Instant(toMs) * 1000;
    const std::vector<qint64> all = allRows(f.index);
    const EventDensity::Bins walked
        = walkedMatchingScan(f.index, all, from, to, binCount, k, groupOf, groups);
    QVERIFY(walked.total > 0);
}

void TestEventDensity::strataEdgesMatchRowScan_data()
{
    // Range in milliseconds after kBase; the data are 3000 events on 300 whole seconds [0, 299],
    // ten at each instant.
    QTest::addColumn<int>("binCount");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::newRow("exactly first to last (last excluded)") << 100 << qint64(0) << qint64(299000);
    QTest::newRow("first to just past last") << 100 << qint64(0) << qint64(299001);
    QTest::newRow("widest, one bin") << 1 << qint64(-1000) << qint64(300000);
    QTest::newRow("widest, two bins") << 2 << qint64(-1000) << qint64(300000);
    QTest::newRow("bin edges on equal instants") << 30 << qint64(0) << qint64(300000);
    QTest::newRow("uneven bins") << 97 << qint64(-12345) << qint64(311111);
    QTest::newRow("more bins than seconds") << 350 << qint64(0) << qint64(300000);
    QTest::newRow("starts on the last instant") << 1 << qint64(299000) << qint64(400000);
    QTest::newRow("ends on the first instant") << 3 << qint64(-100000) << qint64(0);
    QTest::newRow("empty range") << 5 << qint64(150000) << qint64(150000);
    QTest::newRow("before the data") << 10 << qint64(-600000) << qint64(-1000);
    QTest::newRow("after the data") << 10 << qint64(300000) << qint64(900000);
    QTest::newRow("far wider than the data") << 200 << qint64(-3600000000) << qint64(3600000000);
    QTest::newRow("microsecond bins") << 40 << qint64(149999) << qint64(150001);
}

// The run lookup of the strata path at the edges: the first and last instant, ten events on
// every instant (bin edges fall between equal instants or on them), empty ranges and ranges
// outside the data. Where the range is too sparse for the strata path both sides scan rows,
// which still checks the bounds.
void TestEventDensity::strataEdgesMatchRowScan()
{
    QFETCH(int, binCount);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    static const auto events = [] {
        QList<std::tuple<int, const char *, Severity, EventKind>> list;
        const char *const lanes[] = { "a", "b", "c" };
        const Severity severities[] = { Severity::Debug, Severity::Info, Severity::Warning, Severity::Error };
        for (int i = 0; i < 3000; ++i)
            list.append({ i / 10, lanes[i % 3], severities[(i / 3) % 4],
                i % 7 == 0 ? EventKind::Chat : EventKind::Log });
        return list;
    }();
    static Fixture f(events);
    QVERIFY(!f.index.strata().empty());
    const Instant from = kBase + fromMs * 1000;
    const Instant to = kBase + toMs * 1000;
    const std::vector<qint64> all = allRows(f.index);
    for (const auto k : { EventDensity::Key::Lane, EventDensity::Key::Severity, EventDensity::Key::None }) {
        const std::vector<int> groupOf
            = k == EventDensity::Key::None ? std::vector<int> {} : std::vector<int> { 0, 1, 2, 3, 4 };
        const int groups = k == EventDensity::Key::None ? 1 : 5;
        const EventDensity::Bins walked
            = walkedMatchingScan(f.index, all, from, to, binCount, k, groupOf, groups);
        if (k == EventDensity::Key::None)
            QCOMPARE(qint64(walked.total),
                qint64(f.index.lowerBound(walked.to) - f.index.lowerBound(walked.from)));
    }
}

void TestEventDensity::strataBurstsMatchRowScan_data()
{
    // Range in seconds after kBase. The data: ten minutes of steady traffic in lane "api" (20 info
    // and 3 debug events each second, a warning every 7 s), a burst of 3000 info events at 300 s,
    // one of 3000 errors in lane "db" at 450 s and one of 500 warnings in lane "cache" at 200 s.
    QTest::addColumn<int>("binCount");
    QTest::addColumn<int>("fromS");
    QTest::addColumn<int>("toS");
    QTest::newRow("burst inside a bin") << 100 << -1 << 601;
    QTest::newRow("burst on a bin edge") << 60 << 0 << 600;
    QTest::newRow("many bins") << 1000 << 0 << 600;
    QTest::newRow("more bins than instants") << 1500 << 0 << 600;
    QTest::newRow("burst first in the range") << 50 << 300 << 600;
    QTest::newRow("burst last in the range") << 50 << 0 << 301;
    QTest::newRow("two bins") << 2 << 0 << 600;
    QTest::newRow("burst alone") << 20 << 300 << 301;
}

// Runs of every length for the strata path: far longer than the window it bisects (a burst),
// windows that reach the end of a group, groups shorter than their window, and cells that
// stay empty between filled ones.
void TestEventDensity::strataBurstsMatchRowScan()
{
    QFETCH(int, binCount);
    QFETCH(int, fromS);
    QFETCH(int, toS);
    static const auto events = [] {
        QList<std::tuple<int, const char *, Severity, EventKind>> list;
        for (int second = 0; second < 600; ++second) {
            for (int i = 0; i < 20; ++i)
                list.append({ second, "api", Severity::Info, EventKind::Log });
            for (int i = 0; i < 3; ++i)
                list.append({ second, "api", Severity::Debug, EventKind::Log });
            if (second % 7 == 0)
                list.append({ second, "api", Severity::Warning, EventKind::Alert });
        }
        for (int i = 0; i < 3000; ++i)
            list.append({ 300, "api", Severity::Info, EventKind::Log });
        for (int i = 0; i < 3000; ++i)
            list.append({ 450, "db", Severity::Error, EventKind::Log });
        for (int i = 0; i < 500; ++i)
            list.append({ 200, "cache", Severity::Warning, EventKind::Log });
        return list;
    }();
    static Fixture f(events);
    QVERIFY(!f.index.strata().empty());
    const Instant from = kBase + fromS * kSec;
    const Instant to = kBase + toS * kSec;
    const std::vector<qint64> all = allRows(f.index);
    for (const auto k : { EventDensity::Key::Lane, EventDensity::Key::Severity, EventDensity::Key::None }) {
        const std::vector<int> groupOf
            = k == EventDensity::Key::None ? std::vector<int> {} : std::vector<int> { 0, 1, 2, 3, 4, 5, 6 };
        const int groups = k == EventDensity::Key::None ? 1 : 7;
        const EventDensity::Bins walked
            = walkedMatchingScan(f.index, all, from, to, binCount, k, groupOf, groups);
        QCOMPARE(
            qint64(walked.total), qint64(f.index.lowerBound(walked.to) - f.index.lowerBound(walked.from)));
    }
}

// Ranges, bin counts, keys and group maps drawn at random (a fixed seed, so a failure repeats):
// the cases above are the ones reasoned out, these are the ones nobody thought of.
void TestEventDensity::strataMatchRowScanAtRandom()
{
    static Fixture f(20000);
    QVERIFY(!f.index.strata().empty());
    const std::vector<qint64> all = allRows(f.index);
    QRandomGenerator rng(2026);
    const EventDensity::Key keys[] = { EventDensity::Key::Lane, EventDensity::Key::Source,
        EventDensity::Key::Kind, EventDensity::Key::Severity, EventDensity::Key::None };
    int walkedCases = 0;
    for (int i = 0; i < 300; ++i) {
        // Milliseconds around the data's ten minutes, often wider or narrower than them.
        const qint64 a = qint64(rng.bounded(800000)) - 100000;
        const qint64 b = qint64(rng.bounded(800000)) - 100000;
        const Instant from = kBase + std::min(a, b) * 1000;
        const Instant to = kBase + std::max(a, b) * 1000 + qint64(rng.bounded(1000));
        const int binCount = 1 + int(rng.bounded(i % 3 == 0 ? 2000 : 300));
        const EventDensity::Key k = keys[rng.bounded(5)];
        std::vector<int> groupOf;
        int groups = 1;
        if (k != EventDensity::Key::None) {
            groups = 1 + int(rng.bounded(4));
            for (int key = 0; key < 64; ++key)
                groupOf.push_back(int(rng.bounded(groups + 1)) - 1); // -1: hidden
        }
        walkedMatchingScan(f.index, all, from, to, binCount, k, groupOf, groups);
        if (f.index.lowerBound(to) - f.index.lowerBound(from) > 8 * binCount)
            ++walkedCases;
    }
    // Most cases must have taken the strata path, or this compared the row scan with itself.
    QVERIFY2(walkedCases > 150, qPrintable(QString::number(walkedCases)));
}

QTEST_GUILESS_MAIN(TestEventDensity)
#include "tst_eventdensity.moc"
