// Benchmark of the plain-text log path (docs/budgets.md; issue 20). Not a test: it prints
// figures. Generates 1,000,000 lines of timestamped text in a Java/Python logger's layout
// ("2024-05-01 10:00:00,123 INFO  [worker-3] com.example.OrderService - ..."), with a short stack
// trace after every 500th record, then measures
//   1. the parse stage alone: sniffing and learning the layout, then ImportInput +
//      PlainTextImporter into a counting sink, lines/s;
//   2. a full import through ImportJob::run into a new review (time index and FTS5 included),
//      the budget's figure (<= 3 s for 1M lines);
//   2b. the app's import (text indexed after the events are committed): until the events are
//      committed, and until the text is searchable;
//   3. lnav indexing the same file in the same run, and the ratio.
// Usage: bench_textlog [LINES] [--keep DIR] [--no-lnav]
#include "bench/benchclock.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace faultless::model;
using namespace faultless::bench;

namespace {

// Writes `lines` lines (records and their trace lines) and returns how many records there are.
qint64 generate(const QString &path, qint64 lines)
{
    static const char *const levels[] = { "INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR" };
    static const char *const classes[] = { "com.example.OrderService", "com.example.PaymentClient",
        "org.hibernate.SQL", "com.example.api.CheckoutController" };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk;
    chunk.reserve(1 << 20);
    qint64 records = 0;
    qint64 ms = 0;
    char line[256];
    for (qint64 written = 0; written < lines;) {
        ms += 7 + (written % 13);
        const qint64 s = ms / 1000;
        const int n = std::snprintf(line, sizeof line,
            "2024-05-%02lld %02lld:%02lld:%02lld,%03lld %s [worker-%lld] %s - request %lld "
            "handled in %lld ms for tenant t-%lld\n",
            1 + (s / 86400) % 28, (s / 3600) % 24, (s / 60) % 60, s % 60, ms % 1000, levels[written % 6],
            written % 16, classes[written % 4], written, written % 97, written % 211);
        chunk.append(line, n);
        ++records;
        ++written;
        if (records % 500 == 0 && written + 3 <= lines) {
            chunk.append("java.lang.IllegalStateException: stock reservation timed out\n"
                         "\tat com.example.OrderService.reserve(OrderService.java:214)\n"
                         "\tat com.example.api.CheckoutController.post(CheckoutController.java:88)\n");
            written += 3;
        }
        if (chunk.size() > (1 << 20) - 512) {
            if (file.write(chunk) != chunk.size())
                qFatal("cannot write %s", qPrintable(path));
            chunk.clear();
        }
    }
    if (file.write(chunk) != chunk.size())
        qFatal("cannot write %s", qPrintable(path));
    return records;
}

class CountingSink : public EventSink
{
public:
    void addEvent(EventRecord &&e) override
    {
        ++events;
        bytes += e.text.size();
    }
    void addRejected(RejectedRecord &&) override { ++rejected; }
    qint64 events = 0;
    qint64 rejected = 0;
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 lines = 1000000;
    QString keep;
    bool runLnav = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == QLatin1String("--no-lnav"))
            runLnav = false;
        else
            lines = args[i].toLongLong();
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString logPath = dir + QStringLiteral("/app.log");
    QElapsedTimer timer;
    timer.start();
    const qint64 records = generate(logPath, lines);
    std::printf("generated %lld lines (%lld records) in %.2f s: %s (%lld MB)\n", lines, records,
        seconds(timer), qPrintable(logPath), QFile(logPath).size() >> 20);

    ImporterRegistry registry;
    {
        // 1. Parse stage alone, sniffing and layout learning included.
        ImportInput input;
        if (!input.open(logPath))
            qFatal("%s", qPrintable(input.errorString()));
        timer.restart();
        const double cpu0 = cpuSeconds();
        const FormatDetection detection = registry.detect(input.peek(ImporterRegistry::SniffSize), logPath);
        if (!detection.importer)
            qFatal("not recognised");
        std::unique_ptr<Importer> importer = registry.create(detection.importer->id());
        CountingSink sink;
        ImportContext context;
        context.fileName = logPath;
        QString error;
        importer->read(input, sink, context, &error);
        const double wall = seconds(timer);
        std::printf(
            "parse stage (%s): %.2f s wall, %.2f s CPU = %.2f M lines/s; %lld events, %lld rejected\n",
            qPrintable(detection.importer->id()), wall, cpuSeconds() - cpu0, double(lines) / wall / 1e6,
            sink.events, sink.rejected);
    }
    double importSeconds = 0;
    {
        // 2. The full import, as the app and the CLI run it.
        const QString reviewPath = dir + QStringLiteral("/bench.faultless");
        QFile::remove(reviewPath);
        ReviewStore store;
        if (!store.create(reviewPath, QStringLiteral("bench"), QStringLiteral("UTC")))
            qFatal("cannot create %s", qPrintable(reviewPath));
        ImportRequest request;
        request.path = logPath;
        timer.restart();
        const double cpu0 = cpuSeconds();
        const ImportResult result = ImportJob::run(store, registry, request);
        importSeconds = seconds(timer);
        std::printf(
            "full import (ImportJob::run, time index + FTS5): wall %.2f s, CPU %.2f s; %s; budget 3 s for "
            "1M lines: %s\n",
            importSeconds, cpuSeconds() - cpu0, qPrintable(result.summary()),
            lines >= 1000000 ? (importSeconds <= 3.0 ? "met" : "MISSED") : "n/a (fewer lines)");
    }
    {
        // 2b. The app's import: the text is indexed after the events are committed, so the
        // timeline shows them sooner; the time until then is what the user waits for.
        const QString reviewPath = dir + QStringLiteral("/bench-app.faultless");
        QFile::remove(reviewPath);
        ReviewStore store;
        if (!store.create(reviewPath, QStringLiteral("bench"), QStringLiteral("UTC")))
            qFatal("cannot create %s", qPrintable(reviewPath));
        ImportRequest request;
        request.path = logPath;
        timer.restart();
        double committed = 0;
        const ImportResult result = ImportJob::run(store, registry, request, nullptr, nullptr,
            [&](const ImportResult &) { committed = seconds(timer); });
        std::printf("app import: events committed after %.2f s, text searchable after %.2f s (%s)\n",
            committed, seconds(timer), qPrintable(result.summary()));
    }
    const QString lnav = QStandardPaths::findExecutable(QStringLiteral("lnav"));
    if (runLnav && !lnav.isEmpty()) {
        // 3. lnav on the same file: headless, and the query makes it index every line.
        QProcess p;
        QStringList env = QProcess::systemEnvironment();
        env << QStringLiteral("HOME=") + dir << QStringLiteral("TZ=UTC");
        p.setEnvironment(env);
        const QStringList lnavArgs
            = { QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral(";SELECT count(*) FROM all_logs"),
                  QStringLiteral("-c"), QStringLiteral(":write-csv-to -"), logPath };
        timer.restart();
        const double child0 = childCpuSeconds();
        p.start(lnav, lnavArgs);
        p.waitForFinished(-1);
        const double lnavSeconds = seconds(timer);
        std::printf("lnav: wall %.2f s, CPU %.2f s (exit %d, output: %s)\n", lnavSeconds,
            childCpuSeconds() - child0, p.exitCode(), p.readAllStandardOutput().simplified().constData());
        std::printf(
            "ratio faultless/lnav: wall %.2f (below 1 = faster than lnav)\n", importSeconds / lnavSeconds);
    } else if (runLnav) {
        std::printf("lnav: not installed (apt-get install lnav), not measured\n");
    }
    return 0;
}
