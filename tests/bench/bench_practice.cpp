// Review-practice operations at scale: events export (JSONL, CSV) and its re-import, the agreed
// timeline's snapshot and diff, a clock shift of a whole source, archive and restore.
// Prints figures; never run by CTest. Size: BENCH_EVENTS (default 200000; the reference is 1M).
//   BENCH_EVENTS=1000000 ./bench_practice
// Wall time and CPU time (ms, all threads of the process) are printed: on a shared, loaded
// machine compare the CPU column. BENCH_ONLY=reimport stops after the exports and re-imports.
// "parse csv/jsonl" runs the importer alone on this thread into a counting sink (thread CPU time):
// the figure to compare between importer versions, also repeatable under callgrind, e.g.
//   BENCH_EVENTS=20000 BENCH_ONLY=reimport valgrind --tool=callgrind
//     --toggle-collect='faultless::model::FaultlessEventsCsvImporter::read*' ./bench_practice
#include "analysis/agreementdiff.h"
#include "archive/eventsexporter.h"
#include "archive/reviewarchive.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "import/faultlesseventsformat.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "store/eventquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <ctime>

using namespace faultless::model;

namespace {
qint64 cpuMs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Wall time and CPU time since start(); `thread` counts only the calling thread's CPU time.
class Timer
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        m_threadCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    }
    qint64 elapsed() const { return m_wall.elapsed(); }
    qint64 cpu() const { return cpuMs(CLOCK_PROCESS_CPUTIME_ID) - m_cpu; }
    qint64 threadCpu() const { return cpuMs(CLOCK_THREAD_CPUTIME_ID) - m_threadCpu; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
    qint64 m_threadCpu = 0;
};

void report(const char *what, qint64 ms, qint64 events, qint64 cpu = -1, const char *cpuLabel = "cpu")
{
    std::printf("%-34s %8lld ms  %10.0f events/s", what, static_cast<long long>(ms),
        ms > 0 ? double(events) * 1000.0 / double(ms) : 0.0);
    if (cpu >= 0)
        std::printf("  %s %8lld ms", cpuLabel, static_cast<long long>(cpu));
    std::printf("\n");
    std::fflush(stdout);
}

class CountingSink : public EventSink
{
public:
    void addEvent(EventRecord &&event) override
    {
        ++accepted;
        bytes += event.text.size() + event.attributesJson.size();
    }
    void addRejected(RejectedRecord &&) override { ++rejected; }
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 bytes = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = qEnvironmentVariableIsSet("BENCH_EVENTS")
        ? qEnvironmentVariable("BENCH_EVENTS").toLongLong()
        : 200000;
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("app.jsonl"));
    {
        QFile f(log);
        f.open(QIODevice::WriteOnly);
        QByteArray line;
        for (qint64 i = 0; i < n; ++i) {
            const qint64 ms = i * 37;
            line = QByteArray("{\"ts\":\"2026-03-14T")
                + QByteArray::number(10 + ms / 3600000).rightJustified(2, '0') + ':'
                + QByteArray::number(ms / 60000 % 60).rightJustified(2, '0') + ':'
                + QByteArray::number(ms / 1000 % 60).rightJustified(2, '0') + '.'
                + QByteArray::number(ms % 1000).rightJustified(3, '0')
                + "Z\",\"level\":\"info\",\"service\":\"checkout\",\"msg\":\"request " + QByteArray::number(i)
                + " completed, \\\"ok\\\"\",\"latency_ms\":" + QByteArray::number(i % 500) + "}\n";
            f.write(line);
        }
    }
    std::printf(
        "events: %lld (%.1f MB of JSON lines)\n", static_cast<long long>(n), QFileInfo(log).size() / 1e6);

    ReviewDocument document;
    document.create(
        dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("bench"), QStringLiteral("UTC"));
    ImporterRegistry registry;
    ImportRequest request;
    request.path = log;
    const ImportResult imported = ImportJob::run(document.store(), registry, request);
    document.notify(ReviewDocument::Area::Events);

    const bool onlyReimport = qEnvironmentVariable("BENCH_ONLY") == QLatin1String("reimport");
    Timer t;
    // The JSON lines writer by itself, against the QJsonObject + QJsonDocument per line it
    // replaced (kept here as the reference): time, and whether every line is byte for byte equal.
    if (!onlyReimport) {
        QList<EventRow> rows;
        rows.reserve(n);
        EventQuery::forEach(document.store(), EventFilter {}, [&rows](const EventRow &row) {
            rows.append(row);
            return true;
        });
        QList<QByteArray> lines(rows.size());
        t.start();
        for (qsizetype i = 0; i < rows.size(); ++i)
            lines[i] = FaultlessEventsFormat::jsonLine(rows.at(i));
        report("jsonl lines, hand-written", t.elapsed(), rows.size());
        qint64 different = 0;
        t.start();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const EventRow &row = rows.at(i);
            QJsonObject o { { QStringLiteral("id"), row.id },
                { QStringLiteral("timestamp"), timestamps::toIsoUtc(row.instant) },
                { QStringLiteral("kind"), eventKindName(row.kind) },
                { QStringLiteral("severity"), severityName(row.severity) },
                { QStringLiteral("lane"), row.lane }, { QStringLiteral("actor"), row.actor },
                { QStringLiteral("message"), row.text }, { QStringLiteral("source"), row.sourceName },
                { QStringLiteral("line"), row.line }, { QStringLiteral("offset"), row.byteOffset },
                { QStringLiteral("manual"), row.manual },
                { QStringLiteral("highlighted"), row.highlighted } };
            if (row.end != NoInstant)
                o.insert(QStringLiteral("end"), timestamps::toIsoUtc(row.end));
            if (!row.attributesJson.isEmpty())
                o.insert(QStringLiteral("attributes"),
                    QJsonDocument::fromJson(row.attributesJson.toUtf8()).object());
            different += QJsonDocument(o).toJson(QJsonDocument::Compact) != lines.at(i) ? 1 : 0;
        }
        report("jsonl lines, QJsonDocument (ref.)", t.elapsed(), rows.size());
        std::printf("  lines that differ from the reference: %lld\n", static_cast<long long>(different));
    }
    for (const auto &[name, format] : { std::pair { "export jsonl", EventsExporter::Format::JsonLines },
             std::pair { "export csv", EventsExporter::Format::Csv } }) {
        const QString path = dir.filePath(
            format == EventsExporter::Format::Csv ? QStringLiteral("e.csv") : QStringLiteral("e.jsonl"));
        t.start();
        QString error;
        EventsExporter::write(document.store(), format, path, &error);
        report(name, t.elapsed(), n);
        ReviewStore other;
        other.create(dir.filePath(QString::fromLatin1(name).replace(QLatin1Char(' '), QLatin1Char('-'))
            + QStringLiteral(".faultless")));
        ImportRequest back;
        back.path = path;
        t.start();
        const ImportResult result = ImportJob::run(other, registry, back);
        report(format == EventsExporter::Format::Csv ? "re-import csv" : "re-import jsonl", t.elapsed(),
            result.accepted, t.cpu());
        const QString id = format == EventsExporter::Format::Csv ? QStringLiteral("faultless-csv")
                                                                 : QStringLiteral("faultless-jsonl");
        const std::unique_ptr<Importer> importer = registry.create(id);
        ImportInput input;
        input.open(path);
        CountingSink sink;
        ImportContext context;
        t.start();
        importer->read(input, sink, context, &error);
        report(format == EventsExporter::Format::Csv ? "  parse csv (importer alone)"
                                                     : "  parse jsonl (importer alone)",
            t.elapsed(), sink.accepted, t.threadCpu(), "thread cpu");
        if (sink.rejected != 0 || sink.accepted != result.accepted)
            std::printf("  parsed %lld, rejected %lld (the import accepted %lld)\n",
                static_cast<long long>(sink.accepted), static_cast<long long>(sink.rejected),
                static_cast<long long>(result.accepted));
    }
    if (onlyReimport)
        return 0;

    t.start();
    const QByteArray snapshot = Agreement::capture(document.store());
    report("agreement snapshot", t.elapsed(), n);
    std::printf("  snapshot size: %.1f MB\n", snapshot.size() / 1e6);
    t.start();
    AgreementDiff diff;
    diff.compareSnapshots(snapshot, snapshot);
    report("agreement diff (snapshot vs same)", t.elapsed(), n);

    t.start();
    commands::shiftSourceClock(document, imported.sourceId, 2000000, QStringLiteral("bench"));
    report("clock shift (with index reload)", t.elapsed(), n);
    t.start();
    document.undoStack()->undo();
    report("clock shift undo", t.elapsed(), n);

    const QString zip = dir.filePath(QStringLiteral("case.zip"));
    t.start();
    QString error;
    ReviewArchive::create(document.path(), zip, &error);
    report("archive create", t.elapsed(), n);
    std::printf("  archive size: %.1f MB (review %.1f MB)\n", QFileInfo(zip).size() / 1e6,
        QFileInfo(document.path()).size() / 1e6);
    t.start();
    ReviewArchive::restore(zip, dir.filePath(QStringLiteral("restored.faultless")), &error);
    report("archive restore", t.elapsed(), n);
    return 0;
}
