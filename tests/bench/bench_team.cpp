// Benchmark of team reviews on PostgreSQL (docs/team-server.md, budgets in docs/budgets.md).
// Not a test: it prints figures. Needs a server: run it inside pg_virtualenv, which sets the PG*
// variables, e.g.
//   pg_virtualenv -v 15 build/tests/bench_team [EVENTS] [REVIEWERS] [EDITS]
// It measures, in one run:
//   1. importing a generated EVENTS-line JSON-lines log into a new .faultless (the local
//      baseline), then publishing that review to the server, and the ratio (budget <= 3x);
//      beside it the peer: the same events exported by sqlite3 to CSV and loaded by psql's
//      \copy into a bare table (PostgreSQL's own bulk path, no Faultless code);
//   2. opening the review from the server the first time (a pull into a new file and the timeline
//      index, budget <= 3 s; the text for search indexed after it, as the app does)
//      and again from that local copy (open + timeline index, budget <= 1 s);
//   3. REVIEWERS simulated reviewers, each on its own connection and thread, each making EDITS
//      edits (one annotation INSERT, one transaction) with 50-250 ms of think time, each
//      watching the review with a ServerWatcher: the delay from an edit's commit to every other
//      reviewer's watcher reporting it (p50/p95/max), and edits lost (must be 0).
//   5. search, decided by this measurement: the local copy's FTS5 index (what the app uses) beside
//      PostgreSQL's own full-text search (a GIN index on to_tsvector) on the server, for a word
//      every event holds and one that one event holds; with the time to build the GIN index.
//   4. beside them, one window of the app (a document on a pulled copy, kept live by LiveEditing
//      as the window keeps it): the delay from an edit's commit to that window's copy holding it
//      and its document announcing the change its models refresh on (p50/p95/max).
#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/searchstore.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serverwatcher.h"
#include "teamserver/liveediting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <sys/resource.h>

using namespace faultless::model;
namespace views = faultless::views;

namespace {

QElapsedTimer g_clock;

QString address(const QString &review)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?review=%5")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
            qEnvironmentVariable("PGPORT", QStringLiteral("5432")), qEnvironmentVariable("PGDATABASE"),
            review);
}

bool writeLog(const QString &path, int events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk;
    for (int i = 0; i < events; ++i) {
        chunk += QStringLiteral("{\"ts\":\"2026-03-14T%1:%2:%3.%4Z\",\"level\":\"%5\",\"service\":\"svc-%6\","
                                "\"msg\":\"request %7 to /checkout took %8 ms\",\"trace\":\"%9\"}\n")
                     .arg(9 + i / 360000 % 10, 2, 10, QLatin1Char('0'))
                     .arg(i / 6000 % 60, 2, 10, QLatin1Char('0'))
                     .arg(i / 100 % 60, 2, 10, QLatin1Char('0'))
                     .arg(i % 100 * 10, 3, 10, QLatin1Char('0'))
                     .arg(i % 97 == 0 ? QStringLiteral("error") : QStringLiteral("info"))
                     .arg(i % 12)
                     .arg(i)
                     .arg(i % 900 + 12)
                     .arg(quint64(i) * 2654435761u, 16, 16, QLatin1Char('0'))
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

// CPU seconds of this process, all its threads: beside a wall time on a shared machine, where
// other work stretches the wall time but not this.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// PostgreSQL's own bulk path for the same events: sqlite3 writes them as CSV, psql \copy loads
// them into a bare table of the same columns. No Faultless code runs.
double peerCopy(const QString &review, const QString &dir)
{
    const QString csv = dir + QStringLiteral("/events.csv");
    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.setStandardOutputFile(csv);
    sqlite.start(QStringLiteral("sqlite3"),
        { QStringLiteral("-csv"), review,
            QStringLiteral("SELECT id, instant, end_instant, kind, lane_id, severity,"
                           " actor, text, attrs, source_id, line, byte_offset,"
                           " fingerprint FROM events") });
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        return -1;
    const QString sql = QStringLiteral(
        "SET client_min_messages TO warning; DROP TABLE IF EXISTS bench_peer_events; CREATE TABLE "
        "bench_peer_events(id BIGINT PRIMARY KEY,"
        " instant BIGINT, end_instant BIGINT, kind INT, lane_id BIGINT, severity INT, actor TEXT, text TEXT,"
        " attrs TEXT, source_id BIGINT, line BIGINT, byte_offset BIGINT, fingerprint BIGINT);"
        " CREATE INDEX ON bench_peer_events(instant);");
    if (QProcess::execute(QStringLiteral("psql"), { QStringLiteral("-qc"), sql }) != 0)
        return -1;
    const QString copy = QStringLiteral("\\copy bench_peer_events FROM '%1' WITH (FORMAT csv)").arg(csv);
    if (QProcess::execute(QStringLiteral("psql"), { QStringLiteral("-qc"), copy }) != 0)
        return -1;
    return seconds(t.nsecsElapsed());
}

// One simulated reviewer: its own connection for edits, its own watcher, on its own thread.
class Reviewer : public QObject
{
    Q_OBJECT
public:
    Reviewer(int number, qint64 reviewId, int edits)
        : m_number(number)
        , m_reviewId(reviewId)
        , m_edits(edits)
    { }

    // counter -> when its edit committed (ns on g_clock), from all reviewers.
    static inline QMutex mutex;
    static inline std::map<qint64, qint64> committed;
    static inline std::map<qint64, int> editor;

    std::map<qint64, qint64> received; // counter -> when this reviewer's watcher reported it
    qint64 seen = 0;
    int failures = 0;

public slots:
    void begin()
    {
        QString error;
        m_watcher = new ServerWatcher(*ServerLocation::parse(address(QStringLiteral("team")), &error), this);
        connect(m_watcher, &ServerWatcher::changed, this, [this](qint64 counter) {
            const qint64 now = g_clock.nsecsElapsed();
            for (qint64 c = seen + 1; c <= counter; ++c)
                received[c] = now;
            seen = counter;
            if (m_done == m_edits && seen >= m_target)
                thread()->quit();
        });
        m_watcher->start(0);
        m_db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reviewer-%1").arg(m_number));
        m_db.setHostName(qEnvironmentVariable("PGHOST"));
        m_db.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
        m_db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
        m_db.setUserName(qEnvironmentVariable("PGUSER"));
        if (!m_db.open())
            std::fprintf(stderr, "reviewer %d: %s\n", m_number, qPrintable(m_db.lastError().text()));
        scheduleEdit();
    }

    void setTarget(qint64 target) { m_target = target; }

private:
    void scheduleEdit()
    {
        QTimer::singleShot(50 + QRandomGenerator::global()->bounded(200), this, &Reviewer::edit);
    }

    void edit()
    {
        QSqlQuery q(m_db);
        const bool ok = m_db.transaction()
            && q.exec(
                QStringLiteral("INSERT INTO review_%1.annotations(event_id, author, text, created, edited)"
                               " VALUES(%2, 'reviewer %3', 'edit %4', 0, 0)")
                    .arg(m_reviewId)
                    .arg(1 + m_done * 37 + m_number)
                    .arg(m_number)
                    .arg(m_done))
            && q.exec(QStringLiteral("SELECT changes FROM faultless.reviews WHERE id = %1").arg(m_reviewId))
            && q.next();
        const qint64 counter = ok ? q.value(0).toLongLong() : 0;
        q.finish();
        if (!ok || !m_db.commit()) {
            ++failures;
            m_db.rollback();
        } else {
            QMutexLocker lock(&mutex);
            committed[counter] = g_clock.nsecsElapsed();
            editor[counter] = m_number;
        }
        if (++m_done < m_edits)
            scheduleEdit();
        else if (seen >= m_target)
            thread()->quit();
    }

    int m_number;
    qint64 m_reviewId;
    int m_edits;
    int m_done = 0;
    qint64 m_target = 0;
    ServerWatcher *m_watcher = nullptr;
    QSqlDatabase m_db;
};

void printPercentiles(const char *what, QList<qint64> delays)
{
    std::sort(delays.begin(), delays.end());
    auto at = [&](double p) {
        return delays.isEmpty() ? 0.0 : double(delays.at(int(p * (delays.size() - 1)))) / 1e6;
    };
    std::printf("  edit -> %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%lld deliveries)\n", what, at(0.5),
        at(0.95), at(1.0), qlonglong(delays.size()));
}

// Step 5: the same two searches in the local copy and on the server.
void measureSearch(const ReviewStore &copy, QSqlDatabase &server, qint64 reviewId)
{
    QElapsedTimer t;
    QSqlQuery q(server);
    t.start();
    const bool indexed = q.exec(QStringLiteral("CREATE INDEX events_text_search ON review_%1.events USING gin"
                                               " (to_tsvector('simple', text || ' ' || coalesce(actor, '')))")
                                    .arg(reviewId));
    const double indexSeconds = seconds(t.nsecsElapsed());
    std::printf("5. search (FTS5 in the local copy | PostgreSQL tsvector + GIN on the server):\n");
    std::printf("   GIN index built on the server in %.2f s%s\n", indexSeconds, indexed ? "" : " (failed)");
    for (const QString &word : { QStringLiteral("took"), QStringLiteral("4242") }) {
        SearchRequest request;
        request.text = word;
        t.restart();
        const SearchMatches local = SearchStore::matchingEvents(copy, request);
        const double localMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        qint64 remote = 0;
        if (q.exec(QStringLiteral("SELECT id FROM review_%1.events WHERE to_tsvector('simple', text || ' ' ||"
                                  " coalesce(actor, '')) @@ plainto_tsquery('simple', '%2') ORDER BY id")
                       .arg(reviewId)
                       .arg(word))) {
            while (q.next())
                ++remote;
        }
        std::printf("   \"%s\": local %.1f ms (%zu events) | server %.1f ms (%lld events, ids fetched)\n",
            qPrintable(word), localMs, local.eventIds.size(), double(t.nsecsElapsed()) / 1e6,
            qlonglong(remote));
    }
}

// The app's side: one window's document on a pulled copy, kept live as the window keeps it.
struct Window
{
    ReviewDocument document;
    std::unique_ptr<views::LiveEditing> live;
    std::unique_ptr<ServerWatcher> watcher;
    std::map<qint64, qint64> updated; // counter -> when the copy held it and the document said so
    qint64 applied = 0;

    bool open(const QString &path, const ServerLocation &location, qint64 seen)
    {
        if (!document.open(path))
            return false;
        live = std::make_unique<views::LiveEditing>(document, nullptr);
        watcher = std::make_unique<ServerWatcher>(location);
        applied = seen;
        QObject::connect(watcher.get(), &ServerWatcher::changed, watcher.get(),
            [this](qint64 counter, const QStringList &tables) {
                live->takeIn(counter, tables);
                const qint64 now = g_clock.nsecsElapsed();
                for (qint64 c = applied + 1; c <= counter; ++c)
                    updated[c] = now;
                applied = counter;
            });
        return live->start(location, seen) && watcher->start(seen);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int reviewers = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    const int edits = argc > 3 ? QByteArray(argv[3]).toInt() : 100;
    if (qEnvironmentVariableIsEmpty("PGHOST") || events < 1000 || reviewers < 2 || edits < 1) {
        std::fprintf(
            stderr, "usage: pg_virtualenv -v 15 bench_team [EVENTS>=1000] [REVIEWERS>=2] [EDITS>=1]\n");
        return 1;
    }
    g_clock.start();
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("events.jsonl"));
    const QString local = dir.filePath(QStringLiteral("local.faultless"));
    if (!writeLog(log, events))
        return 2;
    std::printf("bench_team: %d events, %d reviewers x %d edits\n", events, reviewers, edits);

    QElapsedTimer t;
    t.start();
    {
        ReviewStore store;
        const ImporterRegistry registry;
        ImportRequest request;
        request.path = log;
        if (!store.create(local)
            || ImportJob::run(store, registry, request).status != ImportResult::Status::Imported)
            return 2;
    }
    const double importSeconds = seconds(t.nsecsElapsed());

    QString error;
    ServerReview server;
    if (!server.connect(*ServerLocation::parse(address(QStringLiteral("team")), &error)))
        return std::fprintf(stderr, "%s\n", qPrintable(server.errorString())), 2;
    t.restart();
    {
        ReviewStore store;
        if (!store.open(local) || !server.publish(store))
            return std::fprintf(stderr, "%s\n", qPrintable(server.errorString())), 2;
    }
    const double publishSeconds = seconds(t.nsecsElapsed());
    const double peerSeconds = peerCopy(local, dir.path());
    std::printf("1. import into a .faultless: %.2f s\n", importSeconds);
    std::printf("   publish to the server:     %.2f s = %.2f x the import (budget <= 3x)\n", publishSeconds,
        publishSeconds / importSeconds);
    std::printf("   peer, sqlite3 -csv | psql \\copy of the events alone: %.2f s\n", peerSeconds);

    // The first open as the app makes it: the pull leaves the text for search pending, the
    // window shows the review (timeline index loaded), and the text is indexed after that.
    const QString pulled = dir.filePath(QStringLiteral("pulled.faultless"));
    const double cpuBefore = cpuSeconds();
    t.restart();
    if (!server.pull(pulled, {}, ReviewStore::PendingText::Leave))
        return std::fprintf(stderr, "%s\n", qPrintable(server.errorString())), 2;
    const double pullSeconds = seconds(t.nsecsElapsed());
    double indexSeconds = 0;
    {
        ReviewStore store;
        TimelineIndex index;
        if (!store.open(pulled, ReviewStore::PendingText::Leave) || !index.load(store))
            return 2;
        const double usableSeconds = seconds(t.nsecsElapsed());
        std::printf("2. open from the server, first time: %.2f s to the timeline (budget <= 3 s;"
                    " pull %.2f s; CPU of this process %.2f s)\n",
            usableSeconds, pullSeconds, cpuSeconds() - cpuBefore);
        t.restart();
        bool remaining = true;
        QString error;
        while (remaining) {
            if (!EventWriter::indexPendingText(store, &error, {}, 100000, &remaining))
                return std::fprintf(stderr, "%s\n", qPrintable(error)), 2;
        }
        indexSeconds = seconds(t.nsecsElapsed());
    }
    std::printf("   then its text indexed for search, in the background: %.2f s\n", indexSeconds);
    const QString peerPulled = dir.filePath(QStringLiteral("peer.faultless"));
    t.restart();
    if (!server.pull(peerPulled))
        return std::fprintf(stderr, "%s\n", qPrintable(server.errorString())), 2;
    std::printf(
        "   a whole pull with its text indexed (faultless-cli pull): %.2f s\n", seconds(t.nsecsElapsed()));
    t.restart();
    {
        ReviewStore store;
        TimelineIndex index;
        if (!store.open(pulled) || !index.load(store))
            return 2;
    }
    std::printf("   open again from the local copy (+ timeline index): %.2f s (budget <= 1 s)\n",
        seconds(t.nsecsElapsed()));

    ServerReviewInfo info;
    server.info(&info);
    QList<QThread *> threads;
    QList<Reviewer *> people;
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setHostName(qEnvironmentVariable("PGHOST"));
    admin.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
    admin.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
    admin.setUserName(qEnvironmentVariable("PGUSER"));
    QSqlQuery q(admin);
    if (!admin.open() || !q.exec(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = 'team'"))
        || !q.next())
        return 2;
    const qint64 reviewId = q.value(0).toLongLong();
    for (int i = 0; i < reviewers; ++i) {
        auto *thread = new QThread;
        auto *person = new Reviewer(i, reviewId, edits);
        person->setTarget(qint64(reviewers) * edits);
        person->moveToThread(thread);
        QObject::connect(thread, &QThread::started, person, &Reviewer::begin);
        threads.append(thread);
        people.append(person);
    }
    Window window;
    if (!window.open(pulled, *ServerLocation::parse(address(QStringLiteral("team")), &error), info.changes))
        return std::fprintf(stderr, "window: %s\n", qPrintable(window.live->errorString())), 2;
    t.restart();
    for (QThread *thread : threads)
        thread->start();
    // The window lives on this thread: its event loop runs until the reviewers are done and it
    // has taken in their last edit. Ten minutes is far beyond any plausible run; a reviewer whose
    // edit failed never sees the last counter, so its thread is ended then and the failure is
    // printed below.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const bool reviewersDone
            = std::all_of(threads.cbegin(), threads.cend(), [](QThread *th) { return th->isFinished(); });
        const bool windowDone = window.applied >= info.changes + qint64(reviewers) * edits;
        if ((reviewersDone && windowDone) || t.elapsed() > 600000)
            app.quit();
    });
    poll.start(50);
    app.exec();
    for (QThread *thread : threads) {
        thread->quit();
        thread->wait();
    }
    QList<qint64> delays;
    int failures = 0;
    qint64 missing = 0;
    for (Reviewer *person : std::as_const(people)) {
        failures += person->failures;
        for (const auto &[counter, at] : Reviewer::committed) {
            if (Reviewer::editor[counter] == people.indexOf(person))
                continue;
            const auto got = person->received.find(counter);
            if (got == person->received.end())
                ++missing;
            else
                delays.append(std::max<qint64>(0, got->second - at));
        }
    }
    q.exec(QStringLiteral("SELECT count(*) FROM review_%1.annotations WHERE author LIKE 'reviewer %'")
               .arg(reviewId));
    q.next();
    const qint64 stored = q.value(0).toLongLong();
    std::printf("3. %d reviewers x %d edits in %.1f s:\n", reviewers, edits, seconds(t.nsecsElapsed()));
    printPercentiles("other reviewer's watcher", delays);
    QList<qint64> windowDelays;
    qint64 windowMissing = 0;
    for (const auto &[counter, at] : Reviewer::committed) {
        const auto got = window.updated.find(counter);
        if (got == window.updated.end())
            ++windowMissing;
        else
            windowDelays.append(std::max<qint64>(0, got->second - at));
    }
    const qint64 inWindow
        = window.document.store()
              .scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE author LIKE 'reviewer %'"))
              .toLongLong();
    std::printf("4. the app's window on a live copy:\n");
    printPercentiles("the window's copy and models", windowDelays);
    std::printf("  edits in the window's copy %lld of %lld, deliveries missing %lld\n", qlonglong(inWindow),
        qlonglong(qint64(reviewers) * edits), qlonglong(windowMissing));
    missing += windowMissing + (qint64(reviewers) * edits - inWindow);
    std::printf("  edits failed %d, stored %lld of %lld, lost %lld, deliveries missing %lld\n", failures,
        qlonglong(stored), qlonglong(qint64(reviewers) * edits),
        qlonglong(qint64(reviewers) * edits - stored), qlonglong(missing));
    measureSearch(window.document.store(), admin, reviewId);
    // The reviewers' connections and watchers belong to their finished threads; the process
    // ends here rather than tearing them down from this one.
    return failures == 0 && stored == qint64(reviewers) * edits && missing == 0 ? 0 : 3;
}

#include "bench_team.moc"
