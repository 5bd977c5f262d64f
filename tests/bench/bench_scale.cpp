// Benchmark of the costs that must follow the work rather than the review (issue 25, deliverables
// 1, 2 and 6). Not a test: it prints figures. Builds reviews of 1M and 3M events (10M with
// `--sizes 1M,3M,10M`; slow on a small machine) from generated JSON lines, and prints for each:
//   1. a 2,000-line logfmt import (faultless-cli, a child process) into that review beside the
//      same import into an empty review (the ratio; the budget is 2x at 10M), with the
//      import's peak RSS (/usr/bin/time -f %M);
//   2. `faultless-cli info` beside `sqlite3 REVIEW 'SELECT count(*) FROM events'` and beside the
//      GROUP BY over live_events that `info` ran before the counts were kept, all in this run;
//   3. `faultless-cli events --search` for a rare, a less rare and a common word (in every event):
//      the first rows it prints and, unless the word is common, all of them, beside `sqlite3`
//      counting the same FTS5 match;
//   4. opening the review as the window does (ReviewDocument, in this process), and `faultless-cli
//      export` of a Markdown briefing with its peak RSS (the window's memory: bench_timeline);
//   5. with --counting, a 1M JSON-lines import into a new review with event_counts kept by the
//      writer and by the triggers (FAULTLESS_COUNT_BY_TRIGGER=1), to show which is cheaper.
// Usage: bench_scale [--sizes 1M,3M[,10M]] [--keep DIR] [--counting]
#include "document/reviewdocument.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace faultless::model;

namespace {
constexpr qint64 ChunkRecords = 1000000;
constexpr int SmallLines = 2000;
const qint64 BaseSeconds = 1714550400; // 2024-05-01T08:00:00Z

// JSON lines of a service mesh, ~200 B a record, `first` numbering the records so that every
// chunk is new to the review (no duplicates, no content already imported).
bool writeJsonChunk(const QString &path, qint64 first, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    static const char *const services[] = { "api", "auth", "billing", "search", "checkout", "gateway" };
    static const char *const levels[] = { "debug", "info", "info", "info", "warn", "error" };
    QByteArray buffer;
    buffer.reserve(1 << 22);
    char line[512];
    for (qint64 i = first; i < first + count; ++i) {
        const qint64 us = BaseSeconds * 1000000 + i * 1000; // 1,000 events a second
        const qint64 seconds = us / 1000000;
        const int micro = int(us % 1000000);
        const int day = int(seconds / 86400 - BaseSeconds / 86400 + 1);
        const int hms = int(seconds % 86400);
        const int n = std::snprintf(line, sizeof line,
            "{\"ts\":\"2024-05-%02dT%02d:%02d:%02d.%06dZ\",\"level\":\"%s\",\"service\":\"%s\","
            "\"msg\":\"request %lld handled for tenant %lld\",\"duration_ms\":%lld,\"status\":%d}\n",
            day, hms / 3600, hms / 60 % 60, hms % 60, micro, levels[i % 6], services[i % 6],
            static_cast<long long>(i), static_cast<long long>(i % 977), static_cast<long long>(i % 350),
            i % 50 == 0 ? 500 : 200);
        buffer.append(line, n);
        if (buffer.size() > (1 << 22) - 512) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.error() == QFile::NoError;
}

bool writeLogfmt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < SmallLines; ++i)
        f.write(QStringLiteral("ts=2024-05-01T09:%1:%2.%3Z level=info service=deploy msg=\"step %4 of the "
                               "rollout\" host=web%5 duration_ms=%6\n")
                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 1000, 3, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 8)
                    .arg(i % 97)
                    .toUtf8());
    return true;
}

struct Run
{
    double seconds = -1;
    qint64 maxRssKiB = -1;
    int exitCode = -1;
    QByteArray out;
};

// Runs a program under /usr/bin/time (when there) for its peak RSS.
Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    static const QString time = QStandardPaths::findExecutable(QStringLiteral("time"), { "/usr/bin" });
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    QStringList args = arguments;
    QString command = program;
    if (!time.isEmpty()) {
        args = QStringList { QStringLiteral("-f"), QStringLiteral("@@rss %M") } + QStringList { program }
            + arguments;
        command = time;
    }
    QElapsedTimer timer;
    timer.start();
    process.start(command, args);
    process.waitForFinished(-1);
    Run r;
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    const qsizetype at = err.lastIndexOf("@@rss ");
    if (at >= 0)
        r.maxRssKiB = err.mid(at + 6).trimmed().toLongLong();
    return r;
}

QString cli()
{
    return QStringLiteral(FAULTLESS_CLI_PATH);
}

bool importChunk(ReviewStore &store, const QString &dir, qint64 first, qint64 count)
{
    const QString path = dir + QStringLiteral("/chunk-%1.jsonl").arg(first);
    if (!writeJsonChunk(path, first, count))
        return false;
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    request.formatId = QStringLiteral("jsonl");
    const ImportResult r = ImportJob::run(store, registry, request);
    ImportJob::checkpoint(store);
    QFile::remove(path);
    if (r.status != ImportResult::Status::Imported || r.accepted != count) {
        std::fprintf(stderr, "import of %lld records failed: %s\n", static_cast<long long>(count),
            qPrintable(r.summary()));
        return false;
    }
    return true;
}

qint64 parseSize(QString text)
{
    text = text.trimmed().toUpper();
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('M'))) {
        factor = 1000000;
        text.chop(1);
    } else if (text.endsWith(QLatin1Char('K'))) {
        factor = 1000;
        text.chop(1);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n * factor : 0;
}

// A copy of the review to measure on, so that the next size grows from the untouched one.
QString copyOf(const QString &review, const QString &dir, const QString &name)
{
    const QString copy = dir + QLatin1Char('/') + name;
    QFile::remove(copy);
    return QFile::copy(review, copy) ? copy : QString();
}

void smallImport(const QString &review, const QString &logfmt, const char *label, double *emptySeconds)
{
    const Run r = run(cli(),
        { QStringLiteral("import"), review, logfmt, QStringLiteral("--format"), QStringLiteral("logfmt") });
    if (r.exitCode != 0) {
        std::printf("  %-34s failed (exit %d)\n", label, r.exitCode);
        return;
    }
    if (*emptySeconds < 0)
        *emptySeconds = r.seconds;
    std::printf("  %-34s %8.3f s  peak RSS %7.1f MB  %5.2fx the empty review\n", label, r.seconds,
        double(r.maxRssKiB) / 1024.0, r.seconds / *emptySeconds);
}

void infoBesideSqlite(const QString &review)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const Run version = run(cli(), { QStringLiteral("--version") });
    const Run info = run(cli(), { QStringLiteral("info"), review, QStringLiteral("--json") });
    std::printf("  faultless-cli info --json          %8.3f s (exit %d; --version alone %.3f s)\n",
        info.seconds, info.exitCode, version.seconds);
    {
        // The same in this process: what info costs beyond starting a program.
        QElapsedTimer timer;
        timer.start();
        ReviewStore store;
        const bool opened = store.open(review);
        const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const ReviewSummary summary = ReviewSummary::read(store);
        std::printf("  in process: open %.4f s, ReviewSummary::read %.4f s (%lld events)%s\n", openSeconds,
            double(timer.nsecsElapsed()) / 1e9, static_cast<long long>(summary.events),
            opened ? "" : " (open failed)");
    }
    if (sqlite3.isEmpty()) {
        std::printf("  sqlite3 not found: no peer figure\n");
        return;
    }
    const Run count = run(sqlite3, { review, QStringLiteral("SELECT count(*) FROM events") });
    std::printf("  sqlite3 'SELECT count(*) FROM events' %5.3f s (%s rows)\n", count.seconds,
        count.out.trimmed().constData());
    const Run grouped = run(sqlite3,
        { review,
            QStringLiteral("SELECT kind, COUNT(*), MIN(instant), MAX(COALESCE(end_instant, instant))"
                           " FROM live_events GROUP BY kind") });
    std::printf("  sqlite3, info's query before v5    %8.3f s\n", grouped.seconds);
}

// How long `faultless-cli events REVIEW --search WORD` takes to print its first `rows` lines, and
// (when `all`) every line, read as they come.
void searchBesideSqlite(const QString &review, const char *word, bool all)
{
    constexpr int FirstRows = 100;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(
        cli(), { QStringLiteral("events"), review, QStringLiteral("--search"), QLatin1String(word) });
    qint64 lines = 0;
    double first = -1;
    QByteArray pending;
    while (process.waitForReadyRead(-1) || process.bytesAvailable() > 0) {
        pending += process.readAllStandardOutput();
        lines += pending.count('\n');
        pending = pending.mid(pending.lastIndexOf('\n') + 1);
        if (first < 0 && lines >= FirstRows)
            first = double(timer.nsecsElapsed()) / 1e9;
        if (!all && lines >= FirstRows)
            break;
    }
    if (!all)
        process.kill();
    process.waitForFinished(-1);
    const double whole = double(timer.nsecsElapsed()) / 1e9;
    if (first < 0)
        first = whole;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const Run count = sqlite3.isEmpty()
        ? Run()
        : run(sqlite3,
            { review,
                QStringLiteral("SELECT count(*) FROM events_fts WHERE events_fts"
                               " MATCH '%1'")
                    .arg(QLatin1String(word)) });
    std::printf(
        "  events --search %-10s first %d rows %6.3f s; %s; sqlite3 count(*) MATCH %.3f s (%s hits)\n", word,
        FirstRows, first,
        all ? qPrintable(QStringLiteral("all %1 rows %2 s").arg(lines).arg(whole, 0, 'f', 3))
            : "stopped there",
        count.seconds, count.out.trimmed().constData());
}

void openAndExport(const QString &review, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    {
        ReviewDocument document;
        const bool opened = document.open(review);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("  open as the window does         %8.3f s%s\n", seconds, opened ? "" : " (failed)");
    }
    const QString briefing = dir + QStringLiteral("/briefing.md");
    const Run exported = run(cli(),
        { QStringLiteral("export"), review, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--output"), briefing });
    std::printf("  export --format md              %8.3f s (exit %d, peak RSS %.1f MB)\n", exported.seconds,
        exported.exitCode, double(exported.maxRssKiB) / 1024.0);
    QFile::remove(briefing);
    QFile::remove(dir + QStringLiteral("/briefing-chart.png"));
}

void compareCounting(const QString &dir)
{
    const QString chunk = dir + QStringLiteral("/counting.jsonl");
    if (!writeJsonChunk(chunk, 50 * ChunkRecords, ChunkRecords))
        return;
    std::printf("\ncounting: a 1M JSON-lines import into a new review (faultless-cli import)\n");
    for (int round = 0; round < 2; ++round) {
        for (const bool byTrigger : { false, true }) {
            const QString review
                = dir + QStringLiteral("/counting-%1-%2.faultless").arg(round).arg(byTrigger);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (byTrigger)
                env.insert(QStringLiteral("FAULTLESS_COUNT_BY_TRIGGER"), QStringLiteral("1"));
            if (run(cli(), { QStringLiteral("new"), review }).exitCode != 0)
                return;
            const Run r = run(cli(),
                { QStringLiteral("import"), review, chunk, QStringLiteral("--format"),
                    QStringLiteral("jsonl") },
                env);
            std::printf("  %-30s %8.3f s (exit %d)\n",
                byTrigger ? "counted by the triggers" : "counted by the writer", r.seconds, r.exitCode);
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(review + QLatin1String(suffix));
        }
    }
    QFile::remove(chunk);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes { 1000000, 3000000 };
    QString keep;
    bool counting = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sizes") && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args.at(++i).split(QLatin1Char(','))) {
                if (const qint64 n = parseSize(s))
                    sizes.append(n);
            }
        } else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size()) {
            keep = args.at(++i);
        } else if (args.at(i) == QLatin1String("--counting")) {
            counting = true;
        } else {
            std::fprintf(stderr, "usage: bench_scale [--sizes 1M,3M[,10M]] [--keep DIR] [--counting]\n");
            return 1;
        }
    }
    std::sort(sizes.begin(), sizes.end());
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    const QString logfmt = dir + QStringLiteral("/deploy.logfmt");
    if (!writeLogfmt(logfmt))
        return 2;

    std::printf("bench_scale: %d-line logfmt import and info against the size of the review\n", SmallLines);
    double emptySeconds = -1;
    {
        const QString empty = dir + QStringLiteral("/empty.faultless");
        for (const char *suffix : { "", "-wal", "-shm" }) // a --keep folder of an earlier run
            QFile::remove(empty + QLatin1String(suffix));
        ReviewStore store;
        if (!store.create(empty, QStringLiteral("empty"), QStringLiteral("UTC"))) {
            std::fprintf(stderr, "bench_scale: %s\n", qPrintable(store.errorString()));
            return 2;
        }
        store.close();
        std::printf("\nempty review\n");
        smallImport(empty, logfmt, "2,000-line logfmt import", &emptySeconds);
        infoBesideSqlite(empty);
    }

    const QString growing = dir + QStringLiteral("/growing.faultless");
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(growing + QLatin1String(suffix));
    ReviewStore store;
    if (!store.create(growing, QStringLiteral("bench"), QStringLiteral("UTC")))
        return 2;
    qint64 events = 0;
    for (const qint64 size : std::as_const(sizes)) {
        QElapsedTimer built;
        built.start();
        while (events < size) {
            const qint64 count = std::min(ChunkRecords, size - events);
            if (!importChunk(store, dir, events, count))
                return 2;
            events += count;
        }
        store.close(); // the whole review in the main file, for the copy
        std::printf("\n%lld events (built in %.1f s, %.1f MB on disk)\n", static_cast<long long>(size),
            double(built.nsecsElapsed()) / 1e9, double(QFileInfo(growing).size()) / 1048576.0);
        const QString copy = copyOf(growing, dir, QStringLiteral("measured.faultless"));
        if (copy.isEmpty())
            return 2;
        infoBesideSqlite(copy);
        smallImport(copy, logfmt, "2,000-line logfmt import", &emptySeconds);
        infoBesideSqlite(copy);
        // A request number (one event), a number in ~1 event in 1,000 (tenants and requests),
        // and a word of every event.
        searchBesideSqlite(copy, "4242", true);
        searchBesideSqlite(copy, "tenant 5", true);
        searchBesideSqlite(copy, "handled", false);
        openAndExport(copy, dir);
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(copy + QLatin1String(suffix));
        if (!store.open(growing))
            return 2;
    }
    store.close();
    if (counting)
        compareCounting(dir);
    return 0;
}
