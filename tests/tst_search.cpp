// Search: FTS5 with phrases, AND/OR and prefixes plus every filter; the background search with its
// cancellation of superseded queries; event details and "Show in source".
#include "testsupport.h"

#include "commands/eventcommands.h"
#include "document/reviewdocument.h"
#include "search/eventdetails.h"
#include "search/eventsearch.h"
#include "search/sourceexcerpt.h"
#include "store/eventquery.h"
#include "store/eventstore.h"
#include "store/eventwriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

Q_DECLARE_METATYPE(faultless::model::SearchRequest)
Q_DECLARE_METATYPE(std::vector<qint64>)

using namespace faultless;
using model::EventKind;
using model::EventRecord;
using model::Instant;
using model::SearchRequest;
using model::Severity;

namespace {
constexpr Instant kBase = 1773496800000000; // 2026-03-14 14:00:00 UTC
constexpr Instant kSec = 1000000;

qint64 addSource(model::ReviewStore &store, const QString &name, const QList<EventRecord> &events)
{
    model::ReviewStore::Transaction t(store);
    store.exec(
        QStringLiteral("INSERT INTO sources(name, kind, format, imported_at) VALUES(?, 'log', 'jsonl', 0)"),
        { name });
    const qint64 source = store.lastInsertId();
    model::EventWriter writer(store, source);
    QString error;
    writer.begin(&error);
    for (EventRecord e : events)
        writer.addEvent(std::move(e));
    writer.finish(&error);
    t.commit();
    return source;
}

EventRecord record(int second, const char *text, const char *lane, Severity severity = Severity::Info,
    EventKind kind = EventKind::Log)
{
    EventRecord e;
    e.instant = kBase + second * kSec;
    e.text = text;
    e.lane = lane;
    e.severity = severity;
    e.kind = kind;
    return e;
}

// Ten events of a small incident; ids are 1..10 in this order.
void fill(model::ReviewStore &store)
{
    addSource(store, QStringLiteral("checkout.jsonl"),
        { record(0, "checkout completed p99=208ms", "checkout-api"),
            record(10, "checkout completed p99=950ms", "checkout-api", Severity::Warning),
            record(20, "connection pool exhausted: 64/64 in use", "checkout-api", Severity::Error),
            record(30, "pricing-db slow query 2.1s", "pricing-db", Severity::Warning),
            record(40, "disk-full on /var/lib/pricing", "pricing-db", Severity::Critical),
            record(50, "checkout completed p99=220ms", "checkout-api") });
    addSource(store, QStringLiteral("slack.json"),
        { record(15, "is the chaos experiment still running?", "#inc-checkout", Severity::Unknown,
              EventKind::Chat),
            record(25, "turning the pricing flag off", "#inc-checkout", Severity::Unknown, EventKind::Chat),
            record(
                26, "pricing-engine-v2 on -> off", "pricing-engine-v2", Severity::Unknown, EventKind::Flag),
            record(45, "latency back to 220ms", "#inc-checkout", Severity::Unknown, EventKind::Chat) });
}

// 1000 events, one a second: "common" in every third, "rare" in every 250th.
void fillMany(model::ReviewStore &store)
{
    QList<EventRecord> events;
    for (int i = 0; i < 1000; ++i) {
        QByteArray text = "request " + QByteArray::number(i);
        if (i % 3 == 0)
            text += " common";
        if (i % 250 == 0)
            text += " rare";
        EventRecord e = record(i, "", i % 2 ? "lane-a" : "lane-b");
        e.text = text;
        events << e;
    }
    addSource(store, QStringLiteral("many.jsonl"), events);
}

std::vector<qint64> ids(std::initializer_list<qint64> list)
{
    return list;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void query_data();
    void query();
    void removedSourcesAreNotFound();
    void backgroundSearchDropsSupersededQueries();
    void firstPageIsTheStartOfTheFullResult_data();
    void firstPageIsTheStartOfTheFullResult();
    void backgroundSearchShowsFirstPageThenTotal();
    void newerSearchCancelsTheOlderCount();
    void eventQueryListsManyAndFewHitsInTimeOrder();
    void eventQueryMergesSourcesInTimeOrder();
    void eventRateCountsEverySourcesBins();
    void detailsOfAnEvent();
    void sourceExcerpt_data();
    void sourceExcerpt();
    void sourceExcerptReportsMissingFile();

private:
    tests::TempReview m_review;
};

void TestSearch::initTestCase()
{
    fill(m_review.store);
    QVERIFY(m_review.store.exec(QStringLiteral("INSERT INTO tags(name) VALUES('surprise')")));
    QVERIFY(
        m_review.store.exec(QStringLiteral("INSERT INTO event_tags(event_id, tag_id) VALUES(3, 1), (7, 1)")));
    QVERIFY(m_review.store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, "
                                               "edited) VALUES(5, 'Carol', 'the disk alert', 1, 1)")));
    QVERIFY(m_review.store.exec(QStringLiteral("UPDATE events SET highlighted = 1 WHERE id IN (3, 9)")));
}

void TestSearch::query_data()
{
    QTest::addColumn<SearchRequest>("request");
    QTest::addColumn<std::vector<qint64>>("expected");
    auto text = [](const char *t) {
        SearchRequest r;
        r.text = QString::fromUtf8(t);
        return r;
    };
    QTest::newRow("word") << text("checkout") << ids({ 1, 2, 6 });
    QTest::newRow("phrase") << text("\"pool exhausted\"") << ids({ 3 });
    QTest::newRow("AND") << text("checkout AND completed AND 950ms") << ids({ 2 });
    QTest::newRow("OR") << text("exhausted OR disk") << ids({ 3, 5 });
    QTest::newRow("NOT") << text("pricing NOT disk") << ids({ 4, 8, 9 });
    QTest::newRow("prefix") << text("pric*") << ids({ 4, 5, 8, 9 });
    QTest::newRow("punctuation is quoted, not an FTS error") << text("disk-full") << ids({ 5 });
    QTest::newRow("nothing") << text("nonexistentword") << ids({});
    SearchRequest kinds;
    kinds.kinds = { EventKind::Chat, EventKind::Flag };
    QTest::newRow("kinds") << kinds << ids({ 7, 8, 9, 10 });
    SearchRequest severity = text("pricing*");
    severity.minSeverity = Severity::Error;
    QTest::newRow("text and severity") << severity << ids({ 5 });
    SearchRequest lanes;
    lanes.lanes = { QStringLiteral("pricing-db") };
    QTest::newRow("lane") << lanes << ids({ 4, 5 });
    SearchRequest tag;
    tag.tag = QStringLiteral("surprise");
    QTest::newRow("tag") << tag << ids({ 3, 7 });
    SearchRequest commented;
    commented.commentedOnly = true;
    QTest::newRow("commented only") << commented << ids({ 5 });
    SearchRequest highlighted;
    highlighted.highlightedOnly = true;
    QTest::newRow("highlighted only") << highlighted << ids({ 3, 9 });
    SearchRequest range;
    range.from = kBase + 20 * kSec;
    range.to = kBase + 26 * kSec;
    QTest::newRow("time range") << range << ids({ 3, 8, 9 });
    SearchRequest source;
    source.sourceIds = { 2 };
    source.text = QStringLiteral("pricing");
    QTest::newRow("source and text") << source << ids({ 8, 9 });
}

void TestSearch::query()
{
    QFETCH(SearchRequest, request);
    QFETCH(std::vector<qint64>, expected);
    const model::SearchResult result = model::EventSearch::run(m_review.store, request);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.eventIds, expected);
}

void TestSearch::removedSourcesAreNotFound()
{
    tests::TempReview review;
    fill(review.store);
    QVERIFY(review.store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE id = 2")));
    SearchRequest r;
    r.text = QStringLiteral("pricing");
    QCOMPARE(model::EventSearch::run(review.store, r).eventIds, ids({ 4, 5 }));
}

void TestSearch::backgroundSearchDropsSupersededQueries()
{
    model::ReviewDocument document;
    QVERIFY(document.open(m_review.path));
    model::EventSearch search(document);
    QSignalSpy finished(&search, &model::EventSearch::finished);
    // Typing "c", "ch", ... "checkout": each request supersedes the previous one.
    SearchRequest r;
    quint64 last = 0;
    for (const char *typed : { "c*", "ch*", "che*", "check*", "checkout" }) {
        r.text = QString::fromLatin1(typed);
        last = search.search(r);
    }
    QTRY_VERIFY(!finished.isEmpty());
    QTRY_VERIFY(!search.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // only the latest generation is reported
    const auto result = finished.first().first().value<model::SearchResult>();
    QCOMPARE(result.generation, last);
    QCOMPARE(result.eventIds, ids({ 1, 2, 6 }));
    // Rows are timeline rows in time order; chat (slack.json, imported second) interleaves.
    QCOMPARE(result.rows, (std::vector<qint64> { 0, 1, 9 }));
    QCOMPARE(document.timeline().eventId(result.rows[2]), 6);

    // A canceled search reports nothing; the next one reports again.
    r.text = QStringLiteral("pricing");
    search.search(r);
    search.cancel();
    QTRY_VERIFY(!search.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    r.text = QStringLiteral("zzz");
    search.search(r);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().first().value<model::SearchResult>().eventIds.empty());
}

void TestSearch::firstPageIsTheStartOfTheFullResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("total");
    QTest::newRow("common, one page of 200") << QStringLiteral("common") << 200 << 334;
    QTest::newRow("common, pages of 1") << QStringLiteral("common") << 1 << 334;
    QTest::newRow("common, page as large as the total") << QStringLiteral("common") << 334 << 334;
    QTest::newRow("rare, fewer than a page") << QStringLiteral("rare") << 200 << 4;
    QTest::newRow("nothing") << QStringLiteral("absent") << 200 << 0;
}

void TestSearch::firstPageIsTheStartOfTheFullResult()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(int, total);
    tests::TempReview review;
    fillMany(review.store);
    SearchRequest r;
    r.text = text;
    const model::SearchResult all = model::EventSearch::run(review.store, r);
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QCOMPARE(int(all.eventIds.size()), total);
    QVERIFY(std::is_sorted(all.eventIds.begin(), all.eventIds.end()));
    const model::SearchResult page = model::EventSearch::runFirstPage(review.store, r, limit);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    const size_t n = std::min(all.eventIds.size(), size_t(limit));
    QCOMPARE(page.eventIds, std::vector<qint64>(all.eventIds.begin(), all.eventIds.begin() + qsizetype(n)));
    // Complete only when the page was not full: a full page may have more after it.
    QCOMPARE(page.complete, total < limit);
    // With a filter besides the text, the page is still the start of the full list.
    r.lanes = { QStringLiteral("lane-a") };
    const model::SearchResult allA = model::EventSearch::run(review.store, r);
    const model::SearchResult pageA = model::EventSearch::runFirstPage(review.store, r, limit);
    const size_t nA = std::min(allA.eventIds.size(), size_t(limit));
    QCOMPARE(
        pageA.eventIds, std::vector<qint64>(allA.eventIds.begin(), allA.eventIds.begin() + qsizetype(nA)));
}

void TestSearch::backgroundSearchShowsFirstPageThenTotal()
{
    tests::TempReview review;
    fillMany(review.store);
    model::ReviewDocument document;
    QVERIFY(document.open(review.path));
    model::EventSearch search(document);
    QSignalSpy pages(&search, &model::EventSearch::firstPage);
    QSignalSpy finished(&search, &model::EventSearch::finished);
    SearchRequest r;
    r.text = QStringLiteral("common");
    const quint64 generation = search.search(r);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(pages.size(), 1);
    const auto page = pages.first().first().value<model::SearchResult>();
    const auto total = finished.first().first().value<model::SearchResult>();
    QCOMPARE(page.generation, generation);
    QCOMPARE(total.generation, generation);
    QVERIFY(!page.complete);
    QVERIFY(total.complete);
    QCOMPARE(int(page.eventIds.size()), model::EventSearch::FirstPage);
    QCOMPARE(int(page.rows.size()), model::EventSearch::FirstPage);
    // The lazy total is the whole synchronous result.
    QCOMPARE(total.eventIds, model::EventSearch::run(review.store, r).eventIds);
    QCOMPARE(total.eventIds.size(), size_t(334));
    QVERIFY(std::equal(page.eventIds.begin(), page.eventIds.end(), total.eventIds.begin()));

    // A search with fewer hits than a page answers once, with everything.
    r.text = QStringLiteral("rare");
    search.search(r);
    QTRY_COMPARE(finished.size(), 2);
    QTRY_VERIFY(!search.isRunning());
    QCOMPARE(pages.size(), 1);
    QCOMPARE(finished.last().first().value<model::SearchResult>().eventIds, ids({ 1, 251, 501, 751 }));
}

void TestSearch::newerSearchCancelsTheOlderCount()
{
    tests::TempReview review;
    fillMany(review.store);
    model::ReviewDocument document;
    QVERIFY(document.open(review.path));
    model::EventSearch search(document);
    QSignalSpy finished(&search, &model::EventSearch::finished);
    SearchRequest r;
    r.text = QStringLiteral("common");
    quint64 newer = 0;
    // As soon as the first page of the common word is shown, the user types on: its count must
    // never be reported, the newer search's must.
    connect(&search, &model::EventSearch::firstPage, this, [&](const model::SearchResult &page) {
        if (newer != 0)
            return;
        QCOMPARE(int(page.eventIds.size()), model::EventSearch::FirstPage);
        SearchRequest next;
        next.text = QStringLiteral("rare");
        newer = search.search(next);
    });
    const quint64 older = search.search(r);
    QTRY_VERIFY(newer != 0);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(!search.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<model::SearchResult>();
    QVERIFY(result.generation != older);
    QCOMPARE(result.generation, newer);
    QCOMPARE(result.eventIds, ids({ 1, 251, 501, 751 }));
}

// More hits than EventQuery sorts (10,000) are streamed, each source in time order and merged;
// fewer are looked up and sorted. Both print every hit once, in time order, which here is the
// reverse of id order.
void TestSearch::eventQueryListsManyAndFewHitsInTimeOrder()
{
    tests::TempReview review;
    QList<EventRecord> events;
    const int count = 12000;
    for (int i = 0; i < count; ++i) {
        EventRecord e = record(count - i, "", "lane");
        e.text = i % 2000 == 0 ? "request common rare" : "request common";
        events << e;
    }
    addSource(review.store, QStringLiteral("reverse.jsonl"), events);
    for (const auto &[word, expected] : { std::pair { "common", count }, std::pair { "rare", 6 } }) {
        model::EventFilter filter;
        filter.search = QString::fromLatin1(word);
        std::vector<Instant> instants;
        QString error;
        QVERIFY2(model::EventQuery::forEach(
                     review.store, filter,
                     [&](const model::EventRow &row) {
                         instants.push_back(row.instant);
                         return true;
                     },
                     &error),
            qPrintable(error));
        QCOMPARE(int(instants.size()), expected);
        QVERIFY(std::is_sorted(instants.begin(), instants.end()));
        QVERIFY(std::adjacent_find(instants.begin(), instants.end()) == instants.end());
    }
}

// With no index of every event by instant (schema version 6), the events of several sources, of
// none (added by hand) and of a removed one must still come in the order of (instant, id), the
// order SQLite gives when it sorts them itself: with and without a word of many hits, with
// filters, and when the visitor stops early.
// Four sources of 4,000 events (the fourth removed) and four events added by hand.
static void fillFourSources(model::ReviewStore &store)
{
    for (int source = 0; source < 4; ++source) {
        QList<EventRecord> events;
        for (int i = 0; i < 4000; ++i) {
            // Equal instants across sources, and each source's own events out of file order.
            EventRecord e = record((i * 7919 + source) % 4000 / (source + 1), "", "lane",
                i % 5 ? Severity::Info : Severity::Error, i % 3 ? EventKind::Log : EventKind::Alert);
            e.text = "request " + QByteArray::number(i) + (i % 4 ? " common" : "");
            events << e;
        }
        addSource(store, QStringLiteral("s%1.jsonl").arg(source), events);
    }
    QVERIFY(store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE id = 4")));
    for (int second : { 0, 17, 17, 3999 }) {
        QVERIFY(
            store.exec(QStringLiteral("INSERT INTO events(instant, kind, text, manual) VALUES(?, ?, ?, 1)"),
                { kBase + second * kSec, int(EventKind::Note), QStringLiteral("noted by hand, common") }));
        QVERIFY(
            store.exec(QStringLiteral("INSERT INTO events_fts(rowid, body) SELECT id, body FROM events_search"
                                      " WHERE id = ?"),
                { store.lastInsertId() }));
    }
}

void TestSearch::eventQueryMergesSourcesInTimeOrder()
{
    tests::TempReview review;
    model::ReviewStore &store = review.store;
    fillFourSources(store);
    const auto sortedBySqlite = [&store](const QString &where) {
        std::vector<qint64> expected;
        for (QSqlQuery q = store.read(QStringLiteral("SELECT id FROM live_events e WHERE ") + where
                 + QStringLiteral(" ORDER BY e.instant, e.id"));
             q.next();)
            expected.push_back(q.value(0).toLongLong());
        return expected;
    };
    const auto listed = [&store](const model::EventFilter &filter, size_t stopAfter) {
        std::vector<qint64> seen;
        QString error;
        const bool ok = model::EventQuery::forEach(
            store, filter,
            [&](const model::EventRow &row) {
                seen.push_back(row.id);
                return seen.size() < stopAfter;
            },
            &error);
        return ok ? seen : std::vector<qint64> { -1 };
    };
    const QString hits
        = QStringLiteral("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'common')");
    model::EventFilter all;
    QCOMPARE(listed(all, SIZE_MAX), sortedBySqlite(QStringLiteral("1")));
    QCOMPARE(sortedBySqlite(QStringLiteral("1")).size(), size_t(3 * 4000 + 4));
    model::EventFilter common;
    common.search = QStringLiteral("common");
    QCOMPARE(listed(common, SIZE_MAX), sortedBySqlite(hits));
    QVERIFY(sortedBySqlite(hits).size() > 9000); // many hits: the merged plan, not the sorted one
    std::vector<qint64> firstTen = sortedBySqlite(hits);
    firstTen.resize(10);
    QCOMPARE(listed(common, 10), firstTen);
    model::EventFilter filtered = common;
    filtered.kind = EventKind::Alert;
    filtered.from = kBase + 100 * kSec;
    filtered.to = kBase + 1500 * kSec;
    QCOMPARE(listed(filtered, SIZE_MAX),
        sortedBySqlite(hits
            + QStringLiteral(" AND e.kind = %1 AND e.instant BETWEEN %2 AND %3")
                  .arg(int(EventKind::Alert))
                  .arg(filtered.from)
                  .arg(filtered.to)));
    model::EventFilter oneSource;
    oneSource.sourceId = 2;
    QCOMPARE(listed(oneSource, SIZE_MAX), sortedBySqlite(QStringLiteral("e.source_id = 2")));
    oneSource.sourceId = 4; // removed
    QCOMPARE(listed(oneSource, SIZE_MAX), std::vector<qint64> {});
}

// The briefing's event rate, counted source by source and bin by bin, is what one GROUP BY over
// the live events gives: removed sources left out, events added by hand in, the bins' edges
// (start in, end out) kept.
void TestSearch::eventRateCountsEverySourcesBins()
{
    tests::TempReview review;
    model::ReviewStore &store = review.store;
    fillFourSources(store);
    const Instant start = kBase + 13 * kSec;
    const Instant end = kBase + 3000 * kSec;
    const auto counted = [&](qint64 width) {
        QString error;
        QStringList bins;
        for (const model::EventStore::RateBin &b :
            model::EventStore::liveRate(store, start, end, width, Severity::Error, &error))
            bins << QStringLiteral("%1:%2/%3").arg(b.bin).arg(b.events).arg(b.atLeastSeverity);
        return error.isEmpty() ? bins : QStringList { error };
    };
    const auto grouped = [&](qint64 width) {
        QStringList bins;
        for (QSqlQuery q = store.read(QStringLiteral("SELECT (instant - ?) / ?, count(*), sum(severity >= ?)"
                                                     " FROM live_events WHERE instant >= ? AND instant < ?"
                                                     " GROUP BY 1 ORDER BY 1"),
                 { start, width, int(Severity::Error), start, end });
             q.next();)
            bins << QStringLiteral("%1:%2/%3")
                        .arg(q.value(0).toInt())
                        .arg(q.value(1).toInt())
                        .arg(q.value(2).toInt());
        return bins;
    };
    QCOMPARE(counted(97 * kSec), grouped(97 * kSec)); // bin by bin
    QCOMPARE(counted(97 * kSec).size(), 31); // every bin has events
    QCOMPARE(counted(kSec / 2), grouped(kSec / 2)); // 5,974 bins: one GROUP BY per source
    // A window past every event has no bins.
    QVERIFY(
        model::EventStore::liveRate(store, kBase + 5000 * kSec, kBase + 6000 * kSec, kSec, Severity::Error)
            .isEmpty());
}

void TestSearch::detailsOfAnEvent()
{
    model::ReviewDocument document;
    QVERIFY(document.open(m_review.path));
    std::optional<model::EventDetails> d = model::EventDetails::load(document.store(), 5);
    QVERIFY(d);
    QCOMPARE(d->event.text, QStringLiteral("disk-full on /var/lib/pricing"));
    QCOMPARE(d->annotations.size(), 1);
    QCOMPARE(d->annotations.first().author, QStringLiteral("Carol"));
    QVERIFY(d->tags.isEmpty());
    QVERIFY(model::commands::addTag(document, 5, QStringLiteral("storage")));
    d = model::EventDetails::load(document.store(), 5);
    QCOMPARE(d->tags, QStringList { QStringLiteral("storage") });
    QCOMPARE(model::EventDetails::allTags(document.store()),
        (QStringList { QStringLiteral("storage"), QStringLiteral("surprise") }));
    document.undoStack()->undo();
    QVERIFY(model::EventDetails::load(document.store(), 5)->tags.isEmpty());
    QVERIFY(!model::EventDetails::load(document.store(), 999));
}

void TestSearch::sourceExcerpt_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << tests::dataPath(QStringLiteral("timeline/checkout-excerpt.jsonl"));
    QTest::newRow("gzip") << tests::dataPath(QStringLiteral("timeline/checkout-excerpt.jsonl.gz"));
}

void TestSearch::sourceExcerpt()
{
    QFETCH(QString, file);
    QFile plain(tests::dataPath(QStringLiteral("timeline/checkout-excerpt.jsonl")));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = plain.readAll().split('\n');
    qint64 offsetOfLine4 = 0;
    for (int i = 0; i < 3; ++i)
        offsetOfLine4 += lines[i].size() + 1;

    model::SourceExcerpt excerpt;
    QVERIFY2(excerpt.read(file, offsetOfLine4, 4, 2), qPrintable(excerpt.errorString()));
    QCOMPARE(excerpt.lines().size(), 5);
    QCOMPARE(excerpt.lines()[0].number, 2);
    QCOMPARE(excerpt.lines()[2].number, 4);
    QVERIFY(excerpt.lines()[2].isRecord);
    QVERIFY(!excerpt.lines()[1].isRecord);
    QCOMPARE(excerpt.lines()[2].text, QString::fromUtf8(lines[3]));
    // By line number when the importer recorded no offset.
    QVERIFY(excerpt.read(file, 0, 7, 3));
    QCOMPARE(excerpt.lines().last().number, 7);
    QVERIFY(excerpt.lines().last().isRecord);
    // Past the end: the file changed since the import.
    QVERIFY(!excerpt.read(file, 1000000, 0, 2));
    QVERIFY(excerpt.errorString().contains(QStringLiteral("shorter")));
}

void TestSearch::sourceExcerptReportsMissingFile()
{
    model::SourceExcerpt excerpt;
    QVERIFY(!excerpt.read(QStringLiteral("/nonexistent/app.jsonl"), 10, 1));
    QVERIFY(excerpt.errorString().contains(QStringLiteral("/nonexistent/app.jsonl")));
    QVERIFY(!excerpt.read(QString(), 0, 0));
    QVERIFY(excerpt.errorString().contains(QStringLiteral("reviewer")));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
