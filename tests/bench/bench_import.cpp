// Benchmark of the log import path (docs/budgets.md; issue 3). Not a test: it prints
// figures. Generates a realistic 1,000,000-line JSON-lines log (~235 B a record) in a temporary
// folder, then measures
//   1. the parse stage alone (ImportInput + JsonLinesImporter into a counting sink), records/s;
//   2. ISO-8601 timestamp parsing, ns per timestamp;
//   3. a full import through ImportJob::run into a new review (time index and FTS5 included);
//   3b. the app's import (text indexed after the events are committed): until the events are
//       committed, until another connection has loaded the timeline index (the timeline is
//       visible), and until the text is searchable;
//   4. lnav indexing the same file in the same run, and the ratio.
// Usage: bench_import [RECORDS] [--keep DIR] [--no-lnav] [--parse-only]
// --parse-only stops after stage 1 (for profiling the parser under callgrind or perf).
#include "analysis/timelineindex.h"
#include "bench/benchclock.h"
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/jsonlinesimporter.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonrecordscanner.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <random>
#include <sys/resource.h>
#include <thread>

using namespace faultless::model;
using namespace faultless::bench;

namespace {
// Does what the import job's sink (QueueSink in importjob.cpp) does on the parser's thread,
// minus the queue and the fingerprints: records go into batches of 4096 through the same
// RecyclingBatch, and each full batch is given back as the writer gives it back, so that its
// records' buffers are reused exactly as the real import reuses them. Each record is read (the
// sums below) when it is delivered.
class CountingSink : public EventSink
{
public:
    static constexpr size_t BatchSize = 4096;
    CountingSink() { m_records.events.reserve(BatchSize); }
    void addEvent(EventRecord &&e) override
    {
        m_records.addEvent(std::move(e));
        committed();
    }
    EventRecord &newEvent() override { return m_records.newEvent(); }
    void commitEvent() override
    {
        m_records.commitEvent();
        committed();
    }
    void addRejected(RejectedRecord &&) override { ++rejects; }
    void flush()
    {
        m_records.recycle(m_records.take());
        m_records.events.reserve(BatchSize);
    }
    qint64 events = 0, rejects = 0, bytes = 0, checksum = 0;

private:
    // Reads each record as it is delivered, as the sink of earlier versions of this benchmark did.
    void committed()
    {
        const EventRecord &e = m_records.last();
        ++events;
        bytes += e.text.size() + e.attributesJson.size() + e.actor.size() + e.lane.size();
        checksum += e.instant;
        if (m_records.size() >= BatchSize)
            flush();
    }
    RecyclingBatch m_records;
};

// A realistic service log: a handful of services and hosts, mostly info, some warnings and
// errors, trace ids, HTTP routes, durations and user ids.
bool generate(const QString &path, qint64 records)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(42);
    const char *services[]
        = { "checkout", "payment", "cart", "search", "auth", "inventory", "shipping", "gateway" };
    const char *levels[]
        = { "info", "info", "info", "info", "info", "info", "debug", "warn", "error", "info" };
    const char *routes[] = { "/api/v1/cart", "/api/v1/orders", "/api/v1/search", "/api/v1/login",
        "/api/v1/items", "/healthz" };
    const char *messages[]
        = { "request completed", "upstream timeout, retrying", "cache miss for key", "order placed",
              "payment authorised", "connection pool exhausted", "slow query detected", "token refreshed" };
    QByteArray buffer;
    buffer.reserve(8 << 20);
    qint64 t = 1714566896000000ll; // 2024-05-01T12:34:56Z in µs
    char line[512];
    for (qint64 i = 0; i < records; ++i) {
        t += qint64(rng() % 2000);
        const qint64 s = t / 1000000, us = t % 1000000;
        int y, mo, d;
        timestamps::civilFromDays(s / 86400, y, mo, d);
        const int sod = int(s % 86400);
        const unsigned r = unsigned(rng());
        const int n = std::snprintf(line, sizeof line,
            "{\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%06dZ\",\"level\":\"%s\",\"service\":\"%s\",\"host\":"
            "\"web-%02u\","
            "\"trace_id\":\"%016llx%016llx\",\"msg\":\"%s %s/%u\",\"status\":%u,\"duration_ms\":%u.%03u,"
            "\"user\":\"u-%05u\"}\n",
            y, mo, d, sod / 3600, (sod / 60) % 60, sod % 60, int(us), levels[r % 10], services[(r >> 4) % 8],
            (r >> 8) % 16, (unsigned long long)rng(), (unsigned long long)rng(), messages[(r >> 12) % 8],
            routes[(r >> 16) % 6], unsigned(rng() % 1000000), (r >> 20) % 7 == 0 ? 500u : 200u,
            unsigned(rng() % 900), unsigned(rng() % 1000), unsigned(rng() % 100000));
        buffer.append(line, n);
        if (buffer.size() > (7 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return true;
}

// A review document with its write-ahead log and shared-memory files.
void removeReview(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 records = 1000000;
    QString keepDir;
    bool runLnav = true;
    bool parseOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keepDir = args[++i];
        else if (args[i] == QLatin1String("--no-lnav"))
            runLnav = false;
        else if (args[i] == QLatin1String("--parse-only"))
            parseOnly = true;
        else
            records = args[i].toLongLong();
    }
    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    const QString logPath = dir + QStringLiteral("/bench-%1.jsonl").arg(records);

    QElapsedTimer timer;
    if (!QFileInfo::exists(logPath)) {
        timer.start();
        if (!generate(logPath, records)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(logPath));
            return 1;
        }
        std::printf("generated %lld records in %.2f s\n", (long long)records, seconds(timer));
    }
    const qint64 size = QFileInfo(logPath).size();
    std::printf("input: %s, %lld records, %.1f MB (%.0f B/record)\n", qPrintable(logPath), (long long)records,
        size / 1e6, double(size) / double(records));
    std::printf("simdjson kernel: %s\n", JsonRecordScanner::implementationName());

    // Warm the page cache so that every stage below reads the same, cached file.
    {
        QFile f(logPath);
        f.open(QIODevice::ReadOnly);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        while (f.read(chunk.data(), chunk.size()) > 0) { }
    }

    // 1. Parse stage alone, one thread.
    std::printf(
        "load average (1 min) at start: %.1f on %d cores\n", loadAverage(), QThread::idealThreadCount());
    double parseBest = 1e9, parseCpuBest = 1e9;
    for (int round = 0; round < 3; ++round) {
        ImportInput input;
        input.open(logPath);
        JsonLinesImporter importer;
        ImportContext context;
        CountingSink sink;
        QString error;
        timer.start();
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        importer.read(input, sink, context, &error);
        sink.flush();
        const double s = seconds(timer);
        parseBest = std::min(parseBest, s);
        parseCpuBest = std::min(parseCpuBest, cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0);
        if (round == 0)
            std::printf(
                "parse: %lld events, %lld rejected\n", (long long)sink.events, (long long)sink.rejects);
    }
    std::printf(
        "parse stage: wall %.3f s = %.2f M records/s (%.0f MB/s); thread CPU %.3f s = %.2f M records/s"
        "   [budget >= 5 M/s]\n",
        parseBest, records / parseBest / 1e6, size / parseBest / 1e6, parseCpuBest,
        records / parseCpuBest / 1e6);
    if (parseOnly)
        return 0;

    // 2. Timestamp parsing.
    {
        std::vector<QByteArray> stamps;
        std::mt19937 rng(7);
        for (int i = 0; i < 4096; ++i) {
            char b[40];
            std::snprintf(b, sizeof b, "2024-%02d-%02dT%02d:%02d:%02d.%06dZ", 1 + int(rng() % 12),
                1 + int(rng() % 28), int(rng() % 24), int(rng() % 60), int(rng() % 60), int(rng() % 1000000));
            stamps.emplace_back(b);
        }
        const int n = 10000000;
        qint64 sum = 0;
        timer.start();
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        for (int i = 0; i < n; ++i)
            sum += timestamps::parseIso8601(stamps[size_t(i) & 4095]);
        const double ns = double(timer.nsecsElapsed()) / n;
        const double cpuNs = (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0) * 1e9 / n;
        std::printf("timestamp parse: wall %.1f ns, thread CPU %.1f ns per ISO-8601 timestamp (checksum %lld)"
                    "   [budget <= 40 ns]\n",
            ns, cpuNs, (long long)(sum & 0xffff));
    }

    // 3. Full import into a new review.
    double importSeconds = 0, importCpu = 0;
    {
        const QString reviewPath = dir + QStringLiteral("/bench-review.faultless");
        removeReview(reviewPath);
        ReviewStore store;
        if (!store.create(reviewPath, QStringLiteral("bench"), QStringLiteral("UTC"))) {
            std::fprintf(stderr, "cannot create review: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        ImporterRegistry registry;
        ImportRequest request;
        request.path = logPath;
        timer.start();
        const double cpu0 = cpuSeconds();
        const ImportResult result = ImportJob::run(store, registry, request);
        importSeconds = seconds(timer);
        importCpu = cpuSeconds() - cpu0;
        std::printf("import: %s\n", qPrintable(result.summary()));
        const qint64 events = store.scalar(QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong();
        const qint64 fts = store
                               .scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'exhausted'"))
                               .toLongLong();
        std::printf(
            "full import (ImportJob::run, time index + FTS5): wall %.2f s = %.2f M records/s, process CPU"
            " %.2f s (all threads); %lld events, FTS hits for 'exhausted': %lld   [budget <= 5 s]\n",
            importSeconds, records / importSeconds / 1e6, importCpu, (long long)events, (long long)fts);
        // What the import leaves to do after its results are out (ImportJob::checkpoint): not in
        // the figure above, printed so that nothing is hidden.
        timer.restart();
        ImportJob::checkpoint(store);
        const double checkpointSeconds = seconds(timer);
        std::printf("WAL checkpoint after the import (worker thread, review already usable): wall %.2f s;"
                    " import + checkpoint %.2f s\n",
            checkpointSeconds, importSeconds + checkpointSeconds);
        store.close();
        if (keepDir.isEmpty())
            removeReview(reviewPath);
    }

    // 3b. The app's import (BackgroundImport): the events are committed first and their text is
    // indexed in a second transaction; meanwhile the GUI's own connection loads the timeline.
    double visibleSeconds = 0;
    {
        const QString reviewPath = dir + QStringLiteral("/bench-review-deferred.faultless");
        removeReview(reviewPath);
        {
            ReviewStore created;
            if (!created.create(reviewPath, QStringLiteral("bench"), QStringLiteral("UTC"))) {
                std::fprintf(stderr, "cannot create review: %s\n", qPrintable(created.errorString()));
                return 1;
            }
        }
        // The "GUI" thread: its connection is open before the import starts, as the app's is, and
        // it loads the index as soon as the events are committed.
        std::mutex mutex;
        std::condition_variable wake;
        bool opened = false;
        bool committed = false;
        double loadedAt = 0;
        qint64 loadedEvents = 0;
        QElapsedTimer clock;
        std::thread gui([&] {
            ReviewStore view;
            const bool ok = view.open(reviewPath);
            std::unique_lock<std::mutex> lock(mutex);
            opened = true;
            wake.notify_all();
            if (!ok)
                return;
            wake.wait(lock, [&] { return committed; });
            lock.unlock();
            TimelineIndex index;
            index.load(view);
            loadedAt = seconds(clock);
            loadedEvents = index.size();
        });
        {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait(lock, [&] { return opened; });
        }
        ReviewStore store;
        if (!store.open(reviewPath)) {
            std::fprintf(stderr, "cannot open review: %s\n", qPrintable(store.errorString()));
            {
                std::lock_guard<std::mutex> lock(mutex);
                committed = true;
                wake.notify_all();
            }
            gui.join();
            return 1;
        }
        ImporterRegistry registry;
        ImportRequest request;
        request.path = logPath;
        double committedAt = 0;
        clock.start();
        const ImportResult result
            = ImportJob::run(store, registry, request, nullptr, nullptr, [&](const ImportResult &) {
                  committedAt = seconds(clock);
                  std::lock_guard<std::mutex> lock(mutex);
                  committed = true;
                  wake.notify_all();
              });
        const double searchableAt = seconds(clock);
        {
            std::lock_guard<std::mutex> lock(mutex);
            committed = true; // also when the import failed before its events were committed
            wake.notify_all();
        }
        gui.join();
        visibleSeconds = loadedAt;
        const qint64 fts = store
                               .scalar(QStringLiteral(
                                   "SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'exhausted'"))
                               .toLongLong();
        std::printf(
            "app import (%s): events committed %.2f s; timeline index loaded by another connection %.2f s"
            " (%lld events)   [budget: timeline visible <= 2 s]; text searchable %.2f s (FTS hits for"
            " 'exhausted': %lld)\n",
            qPrintable(result.summary()), committedAt, loadedAt, (long long)loadedEvents, searchableAt,
            (long long)fts);
        ImportJob::checkpoint(store);
        store.close();
        if (keepDir.isEmpty())
            removeReview(reviewPath);
    }

    // 4. lnav on the same file.
    const QString lnav = QStandardPaths::findExecutable(QStringLiteral("lnav"));
    if (runLnav && !lnav.isEmpty()) {
        // lnav 0.11 has no built-in format for these key names and would index the file as plain
        // text; a format definition in a private HOME makes it parse every line as JSON, as we do.
        // Headless (-n); the query counts the parsed records, so lnav must index all of them.
        const QString home = dir + QStringLiteral("/lnav-home");
        const QString formats = home + QStringLiteral("/.config/lnav/formats/installed");
        QDir().mkpath(formats);
        QFile format(formats + QStringLiteral("/bench_json_log.json"));
        if (format.open(QIODevice::WriteOnly)) {
            format.write(R"({
    "$schema": "https://lnav.org/schemas/format-v1.schema.json",
    "bench_json_log": {
        "title": "Faultless benchmark JSON log",
        "json": true,
        "file-pattern": "\\.jsonl$",
        "timestamp-field": "ts",
        "level-field": "level",
        "body-field": "msg",
        "value": {
            "service": {"kind": "string", "identifier": true},
            "host": {"kind": "string", "identifier": true},
            "trace_id": {"kind": "string"},
            "status": {"kind": "integer"},
            "duration_ms": {"kind": "float"},
            "user": {"kind": "string"}
        }
    }
}
)");
            format.close();
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        p.setProcessEnvironment(env);
        const QStringList lnavArgs = { QStringLiteral("-n"), QStringLiteral("-c"),
            QStringLiteral(";SELECT count(*) FROM bench_json_log"), logPath };
        p.setProcessChannelMode(QProcess::SeparateChannels);
        timer.start();
        const double child0 = childCpuSeconds();
        p.start(lnav, lnavArgs);
        p.waitForFinished(-1);
        const double lnavSeconds = seconds(timer);
        const double lnavCpu = childCpuSeconds() - child0;
        std::printf("HOME=%s lnav %s: wall %.2f s, CPU %.2f s (exit %d, output: %s)\n", qPrintable(home),
            qPrintable(lnavArgs.join(QLatin1Char(' '))), lnavSeconds, lnavCpu, p.exitCode(),
            p.readAllStandardOutput().simplified().right(60).constData());
        std::printf("ratio faultless/lnav: wall %.2f, CPU %.2f (below 1 = faster than lnav)\n",
            importSeconds / lnavSeconds, importCpu / lnavCpu);
        std::printf("ratio faultless timeline visible (app import) / lnav: wall %.2f\n",
            visibleSeconds / lnavSeconds);
    } else {
        std::printf("lnav: not run\n");
    }
    return 0;
}
