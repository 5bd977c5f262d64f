// Benchmark of the structured text formats at 1M records (issue 25, deliverable 4; issue 20's
// speed budget). Not a test: it prints figures. For each of logfmt, CSV, syslog (RFC 3164 as
// /var/log/syslog has it: lnav 0.11's syslog_log reads no line that starts with a <PRI>) and the
// combined access log it generates 1,000,000 records (each field varying), then prints, in the
// same run:
//   1. the parse stage alone: ImportInput + the format's importer into a counting sink;
//   2. `faultless-cli import` of the file into a new review, as a user runs it: the time until
//      its summary is printed and until the process has exited (the gap is the close: the WAL
//      written back into the review);
//   3. lnav 0.11 reading every field of every record: a query that touches every column (its
//      built-in logfmt_log, syslog_log and access_log formats; for CSV a regex format with one
//      capture per column, written to a private HOME);
//   4. `grep -c ''` and `wc -l` on the file, the floor of reading it at all;
// and the ratio Faultless / lnav (the issue's goal: within 1.5).
// Usage: bench_textformats [RECORDS] [--keep DIR] [--no-lnav] [--only logfmt|csv|syslog|jsonl|access]
//        [--parse-only]  (--parse-only: stage 1 alone, for perf / callgrind)
// FAULTLESS_BENCH_CLI=PATH runs that faultless-cli instead of the one built beside the bench.
#include "bench/benchclock.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <sys/resource.h>

using namespace faultless::model;
using namespace faultless::bench;

namespace {

struct Format
{
    const char *name; // --only and the file name
    const char *formatId; // faultless-cli import --format
    const char *lnavQuery; // reads every field of every record
};

// The lnav queries: count the records and sum the length of every extracted column, so that
// lnav must parse each line completely (a bare count(*) lets it skip the fields).
const Format kFormats[] = {
    { "logfmt", "logfmt", ";SELECT count(*), sum(length(log_level) + length(fields)) FROM logfmt_log" },
    { "csv", "csv",
        ";SELECT count(*), sum(length(log_level) + length(service) + length(host) + length(user)"
        " + length(status) + length(duration_ms) + length(log_body)) FROM bench_csv_log" },
    { "syslog", "syslog",
        ";SELECT count(*), sum(length(log_hostname) + length(log_procname) + length(log_pid)"
        " + length(log_body)) FROM syslog_log" },
    // The JSON-lines path with the same fields as the logfmt records, for "at JSON-lines speed".
    { "jsonl", "jsonl",
        ";SELECT count(*), sum(length(log_level) + length(service) + length(host) + length(user)"
        " + length(status) + length(duration_ms) + length(trace_id) + length(log_body)) FROM "
        "bench_jsonl_log" },
    { "access", "access-log",
        ";SELECT count(*), sum(length(c_ip) + length(cs_username) + length(cs_method)"
        " + length(cs_uri_stem) + length(cs_uri_query) + length(cs_version) + length(sc_status)"
        " + length(sc_bytes) + length(cs_referer) + length(cs_user_agent)) FROM access_log" },
};

// lnav has no CSV log format: one capture per column (the message is always quoted, with "" for
// a quote inside, as the generator writes it).
const char kLnavCsvFormat[] = R"({
    "$schema": "https://lnav.org/schemas/format-v1.schema.json",
    "bench_csv_log": {
        "title": "Faultless benchmark CSV",
        "file-pattern": "\\.csv$",
        "regex": {
            "row": {
                "pattern": "^(?<timestamp>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z),(?<level>[^,]*),(?<service>[^,]*),(?<host>[^,]*),(?<user>[^,]*),(?<status>\\d+),(?<duration_ms>[^,]*),\"(?<body>(?:[^\"]|\"\")*)\"$"
            }
        },
        "timestamp-format": ["%Y-%m-%dT%H:%M:%S.%LZ"],
        "level-field": "level",
        "value": {
            "service": {"kind": "string", "identifier": true},
            "host": {"kind": "string", "identifier": true},
            "user": {"kind": "string"},
            "status": {"kind": "integer"},
            "duration_ms": {"kind": "float"}
        },
        "sample": [{"line": "2024-05-01T12:34:56.789Z,info,checkout,web-01,u-00001,200,12.345,\"request done\""}]
    }
}
)";

const char kLnavJsonFormat[] = R"({
    "$schema": "https://lnav.org/schemas/format-v1.schema.json",
    "bench_jsonl_log": {
        "title": "Faultless benchmark JSON lines",
        "json": true,
        "file-pattern": "\\.jsonl$",
        "timestamp-field": "time",
        "level-field": "level",
        "body-field": "msg",
        "value": {
            "service": {"kind": "string", "identifier": true},
            "host": {"kind": "string", "identifier": true},
            "user": {"kind": "string"},
            "status": {"kind": "integer"},
            "duration_ms": {"kind": "float"},
            "trace_id": {"kind": "string"}
        }
    }
}
)";

const char *const kLevels[]
    = { "info", "info", "info", "info", "info", "info", "debug", "warn", "error", "info" };
const char *const kServices[]
    = { "checkout", "payment", "cart", "search", "auth", "inventory", "shipping", "gateway" };
const char *const kMessages[]
    = { "request completed", "upstream timeout, retrying", "cache miss for key", "order placed",
          "payment authorised", "connection pool exhausted", "slow query detected", "token refreshed" };
const char *const kRoutes[]
    = { "/api/v1/cart", "/api/v1/orders", "/api/v1/search", "/api/v1/login", "/api/v1/items", "/healthz" };
const char *const kMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
const char *const kAgents[] = { "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "curl/8.5.0", "Go-http-client/1.1", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15" };

// One record of the format at time `ms` (milliseconds since 2024-05-01 00:00:00 UTC), random
// fields from `r`; returns its length.
int record(const char *format, char *out, size_t size, qint64 i, qint64 ms, std::mt19937_64 &rng)
{
    const unsigned r = unsigned(rng());
    const qint64 s = ms / 1000;
    const int day = 1 + int(s / 86400) % 28, hour = int(s / 3600) % 24, minute = int(s / 60) % 60,
              second = int(s % 60), milli = int(ms % 1000);
    const char *level = kLevels[r % 10], *service = kServices[(r >> 4) % 8],
               *message = kMessages[(r >> 12) % 8], *route = kRoutes[(r >> 16) % 6];
    const unsigned host = (r >> 8) % 16, user = unsigned(rng() % 100000),
                   status = (r >> 20) % 7 == 0 ? 500u : 200u;
    const unsigned duration = unsigned(rng() % 900000);
    const std::string f = format;
    if (f == "logfmt")
        return std::snprintf(out, size,
            "time=2024-05-%02dT%02d:%02d:%02d.%03dZ level=%s service=%s host=web-%02u "
            "msg=\"%s %s/%lld\" user=u-%05u status=%u duration_ms=%u.%03u trace_id=%016llx\n",
            day, hour, minute, second, milli, level, service, host, message, route, (long long)i, user,
            status, duration / 1000, duration % 1000, (unsigned long long)rng());
    if (f == "jsonl")
        return std::snprintf(out, size,
            "{\"time\":\"2024-05-%02dT%02d:%02d:%02d.%03dZ\",\"level\":\"%s\",\"service\":\"%s\",\"host\":"
            "\"web-%02u\",\"msg\":\"%s %s/%lld\",\"user\":\"u-%05u\",\"status\":%u,\"duration_ms\":%u.%03u,"
            "\"trace_id\":\"%016llx\"}\n",
            day, hour, minute, second, milli, level, service, host, message, route, (long long)i, user,
            status, duration / 1000, duration % 1000, (unsigned long long)rng());
    if (f == "csv")
        return std::snprintf(out, size,
            "2024-05-%02dT%02d:%02d:%02d.%03dZ,%s,%s,web-%02u,u-%05u,%u,%u.%03u,\"%s %s/%lld, \"\"id\"\" "
            "%llx\"\n",
            day, hour, minute, second, milli, level, service, host, user, status, duration / 1000,
            duration % 1000, message, route, (long long)i, (unsigned long long)(rng() & 0xffffffff));
    if (f == "syslog")
        return std::snprintf(out, size, "May %2d %02d:%02d:%02d web-%02u %s[%u]: %s %s/%lld user=u-%05u\n",
            day, hour, minute, second, host, service, 1000 + (r >> 8) % 4000, message, route, (long long)i,
            user);
    // combined access log
    return std::snprintf(out, size,
        "10.%u.%u.%u - %s [%02d/%s/2024:%02d:%02d:%02d +0000] \"%s %s?id=%lld HTTP/1.1\" %u %u "
        "\"https://shop.example.com%s\" \"%s\"\n",
        (r >> 8) & 255, (r >> 16) & 255, (r >> 24) & 255, (r & 3) == 0 ? "-" : "alice", day, kMonths[4], hour,
        minute, second, (r & 16) ? "POST" : "GET", route, (long long)i,
        status == 500  ? 503u
            : (r & 32) ? 404u
                       : 200u,
        unsigned(rng() % 50000), kRoutes[(r >> 3) % 6], kAgents[(r >> 5) % 4]);
}

bool generate(const Format &format, const QString &path, qint64 records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(42);
    QByteArray chunk;
    chunk.reserve(1 << 20);
    if (std::string(format.name) == "csv")
        chunk.append("time,level,service,host,user,status,duration_ms,message\n");
    char line[1024];
    qint64 ms = 12 * 3600 * 1000;
    for (qint64 i = 0; i < records; ++i) {
        ms += qint64(rng() % 5);
        chunk.append(line, record(format.name, line, sizeof line, i, ms, rng));
        if (chunk.size() > (1 << 20) - 1024) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

class CountingSink : public EventSink
{
public:
    void addEvent(EventRecord &&e) override
    {
        ++events;
        bytes += e.text.size() + e.attributesJson.size() + e.lane.size() + e.actor.size();
    }
    void addRejected(RejectedRecord &&) override { ++rejected; }
    qint64 events = 0, rejected = 0, bytes = 0;
};

struct Run
{
    double wall = 0, cpu = 0, firstOutput = -1;
    int exitCode = -1;
    QByteArray output;
};

// Runs a program to its end; `firstOutput` is when its first line of standard output arrived.
Run runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    Run run;
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    QElapsedTimer timer;
    const double child0 = childCpuSeconds();
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(-1))
        return run;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(5);
        if (run.firstOutput < 0 && p.bytesAvailable() > 0)
            run.firstOutput = seconds(timer);
        run.output += p.readAllStandardOutput();
    }
    run.wall = seconds(timer);
    run.cpu = childCpuSeconds() - child0;
    run.output += p.readAllStandardOutput();
    run.exitCode = p.exitCode();
    return run;
}

void parseStage(const Format &format, const QString &path, qint64 records)
{
    ImporterRegistry registry;
    ImportInput input;
    if (!input.open(path))
        qFatal("%s", qPrintable(input.errorString()));
    std::unique_ptr<Importer> importer = registry.create(QString::fromLatin1(format.formatId));
    CountingSink sink;
    ImportContext context;
    context.fileName = path;
    context.referenceYear = 2024;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    importer->read(input, sink, context, &error);
    const double wall = seconds(timer);
    std::printf(
        "  parse stage: wall %.2f s, thread CPU %.2f s = %.2f M records/s; %lld events, %lld rejected\n",
        wall, cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0, double(records) / wall / 1e6,
        (long long)sink.events, (long long)sink.rejected);
}

double cliImport(const Format &format, const QString &dir, const QString &path)
{
    // FAULTLESS_BENCH_CLI: another faultless-cli (e.g. a copy built before a change), to compare.
    const QString other = qEnvironmentVariable("FAULTLESS_BENCH_CLI");
    const QString cli = other.isEmpty() ? QStringLiteral(FAULTLESS_CLI_PATH) : other;
    const QString review = dir + QStringLiteral("/bench-%1.faultless").arg(QLatin1String(format.name));
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(review + QLatin1String(suffix));
    runProcess(cli, { QStringLiteral("new"), review });
    const QStringList args
        = { QStringLiteral("import"), QStringLiteral("--format"), QString::fromLatin1(format.formatId),
              QStringLiteral("--year"), QStringLiteral("2024"), review, path };
    const Run run = runProcess(cli, args);
    std::printf(
        "  faultless-cli %s: summary printed after %.2f s, exit after %.2f s (close %.2f s), CPU %.2f s;"
        " exit %d; %s\n",
        qPrintable(args.join(QLatin1Char(' '))), run.firstOutput, run.wall, run.wall - run.firstOutput,
        run.cpu, run.exitCode, run.output.simplified().left(160).constData());
    std::printf("  review on disk: %.1f MB (input %.1f MB); -wal left: %lld bytes\n",
        double(QFileInfo(review).size()) / 1e6, double(QFileInfo(path).size()) / 1e6,
        (long long)QFileInfo(review + QStringLiteral("-wal")).size());
    return run.wall;
}

double lnavReadsEveryField(const Format &format, const QString &dir, const QString &path)
{
    const QString lnav = QStandardPaths::findExecutable(QStringLiteral("lnav"));
    if (lnav.isEmpty()) {
        std::printf("  lnav: not installed (apt-get install lnav), not measured\n");
        return 0;
    }
    const QString home = dir + QStringLiteral("/lnav-home");
    const QString formats = home + QStringLiteral("/.config/lnav/formats/installed");
    QDir().mkpath(formats);
    QFile csvFormat(formats + QStringLiteral("/bench_csv_log.json"));
    if (csvFormat.open(QIODevice::WriteOnly))
        csvFormat.write(kLnavCsvFormat);
    csvFormat.close();
    QFile jsonFormat(formats + QStringLiteral("/bench_jsonl_log.json"));
    if (jsonFormat.open(QIODevice::WriteOnly))
        jsonFormat.write(kLnavJsonFormat);
    jsonFormat.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const QStringList args
        = { QStringLiteral("-n"), QStringLiteral("-c"), QString::fromLatin1(format.lnavQuery),
              QStringLiteral("-c"), QStringLiteral(":write-csv-to -"), path };
    const Run run = runProcess(lnav, args, env);
    std::printf("  lnav %s: wall %.2f s, CPU %.2f s (exit %d, output: %s)\n",
        qPrintable(args.join(QLatin1Char(' '))), run.wall, run.cpu, run.exitCode,
        run.output.simplified().right(60).constData());
    return run.wall;
}

void floors(const QString &path)
{
    const Run grep = runProcess(QStringLiteral("grep"), { QStringLiteral("-c"), QString(), path });
    const Run wc = runProcess(QStringLiteral("wc"), { QStringLiteral("-l"), path });
    std::printf("  floor: grep -c '' %.2f s (%s), wc -l %.2f s\n", grep.wall,
        grep.output.trimmed().constData(), wc.wall);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 records = 1000000;
    QString keep, only;
    bool runLnav = true, parseOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i];
        else if (args[i] == QLatin1String("--no-lnav"))
            runLnav = false;
        else if (args[i] == QLatin1String("--parse-only"))
            parseOnly = true;
        else
            records = args[i].toLongLong();
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    double load[1] = { 0 };
    getloadavg(load, 1);
    std::printf("load average (1 min) at start: %.1f\n", load[0]);
    for (const Format &format : kFormats) {
        if (!only.isEmpty() && only != QLatin1String(format.name))
            continue;
        const QString path = dir
            + QStringLiteral("/bench-%1-%2.%3")
                  .arg(QLatin1String(format.name))
                  .arg(records)
                  .arg(QLatin1String(std::string(format.name) == "csv" ? "csv"
                          : std::string(format.name) == "jsonl"        ? "jsonl"
                                                                       : "log"));
        if (!QFileInfo::exists(path) && !generate(format, path, records))
            qFatal("cannot write %s", qPrintable(path));
        std::printf("%s: %lld records, %.1f MB: %s\n", format.name, (long long)records,
            double(QFileInfo(path).size()) / 1e6, qPrintable(path));
        floors(path); // also warms the page cache for what follows
        parseStage(format, path, records);
        if (parseOnly)
            continue;
        const double faultless = cliImport(format, dir, path);
        const double lnav = runLnav ? lnavReadsEveryField(format, dir, path) : 0;
        if (lnav > 0)
            std::printf("  ratio faultless-cli import / lnav reading every field: %.2f (goal <= 1.5)\n",
                faultless / lnav);
    }
    return 0;
}
