// Benchmark of the briefing export (docs/budgets.md: <= 2 s for a review with 1M events).
// Builds a 1M-event review with EventWriter directly (no importer), highlights ~30 events, adds
// flag changes, an experiment, factors and narratives, then times each format.
//   bench_export [EVENTS [REVIEW]]   (default 1000000; REVIEW: build there and keep it, or reuse it
//                                     when it exists, as building takes longer than exporting)
#include "export/briefingdata.h"
#include "export/briefingexporter.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace faultless::model;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.faultless"));

    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(path)) {
        ReviewStore store;
        if (!store.create(
                path, QStringLiteral("Checkout latency (benchmark)"), QStringLiteral("Europe/Berlin"))) {
            std::fprintf(stderr, "cannot create: %s\n", qPrintable(store.errorString()));
            return 2;
        }
        store.setMeta(QStringLiteral("summary"), QStringLiteral("Checkout requests slowed for 40 minutes."));
        const Instant start
            = QDateTime(QDate(2026, 3, 14), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
        const qint64 step = 6 * 3600 * qint64(1000000) / count; // six hours of logs
        {
            ReviewStore::Transaction tx(store);
            store.exec(QStringLiteral("INSERT INTO sources(name, kind, format, imported_at) "
                                      "VALUES('bench.jsonl', 'log', 'jsonl', 0)"));
            const qint64 sourceId = store.lastInsertId();
            EventWriter writer(store, sourceId);
            QString error;
            if (!writer.begin(&error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
            static const char *services[] = { "checkout-api", "inventory", "pricing", "gateway" };
            for (qint64 i = 0; i < count; ++i) {
                EventRecord e;
                e.instant = start + i * step;
                e.kind = EventKind::Log;
                e.severity = (i % 97 == 0) ? Severity::Error : Severity::Info;
                e.lane = services[i % 4];
                e.text = "checkout completed p99=" + QByteArray::number(200 + i % 300) + "ms orders_per_min="
                    + QByteArray::number(100 + i % 50) + " request_id=" + QByteArray::number(i * 7919, 16)
                    + " route=/api/checkout user_agent=Mozilla/5.0";
                e.line = i + 1;
                e.byteOffset = i * 235;
                writer.addEvent(std::move(e));
            }
            auto flag = [&](qint64 at, const char *before, const char *after, const char *actor) {
                EventRecord e;
                e.instant = start + at * 1000000;
                e.kind = EventKind::Flag;
                e.lane = "new-pricing-engine";
                e.actor = actor;
                e.text = QByteArray(actor) + " turned the flag new-pricing-engine " + after;
                e.flag = FlagChange { QStringLiteral("new-pricing-engine"), QStringLiteral("production"),
                    QString::fromLatin1(before), QString::fromLatin1(after) };
                writer.addEvent(std::move(e));
            };
            flag(3 * 3600 + 120, "off", "on", "Alice Moreau");
            flag(3 * 3600 + 2460, "on", "off", "Bob Okafor");
            EventRecord x;
            x.instant = start + (3 * 3600) * qint64(1000000);
            x.end = x.instant + 1800 * qint64(1000000);
            x.kind = EventKind::Experiment;
            x.lane = "inventory";
            x.text = "inventory latency injection";
            x.experiment = ExperimentRun { QStringLiteral("Inventory latency +800ms"),
                QStringLiteral("Checkout p99 stays under 500 ms"), ExperimentVerdict::Deviated, {}, {} };
            writer.addEvent(std::move(x));
            if (!writer.finish(&error) || !tx.commit()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        // ~30 highlighted events around the incident, a few with phases, factors and narratives.
        const qint64 first = store.scalar(QStringLiteral("SELECT MIN(id) FROM events")).toLongLong();
        const qint64 incident = first + count / 2;
        static const char *phases[] = { "key moment", "detection", "diagnosis", "repair", "" };
        for (int i = 0; i < 30; ++i)
            store.exec(
                QStringLiteral("UPDATE events SET highlighted = 1, phase = NULLIF(?, '') WHERE id = ?"),
                { QString::fromLatin1(phases[i % 5]), incident + i * (count / 600) });
        store.exec(QStringLiteral("INSERT INTO factor_categories(name) VALUES('Coordination')"));
        for (int i = 0; i < 5; ++i) {
            store.exec(QStringLiteral("INSERT INTO factors(title, description, category_id, created, edited) "
                                      "VALUES(?, ?, 1, 0, 0)"),
                { QStringLiteral("Factor %1").arg(i), QStringLiteral("A condition that mattered.") });
            store.exec(QStringLiteral("INSERT INTO factor_evidence(factor_id, event_id) VALUES(?, ?)"),
                { store.lastInsertId(), incident + i * (count / 600) });
        }
        for (int n = 0; n < 2; ++n) {
            store.exec(QStringLiteral("INSERT INTO narratives(title, vantage_point, author, created, edited, "
                                      "position) VALUES(?, ?, ?, 0, 0, ?)"),
                { QStringLiteral("Narrative %1").arg(n), QStringLiteral("Vantage %1").arg(n),
                    QStringLiteral("Bob Okafor"), n });
            const qint64 id = store.lastInsertId();
            for (int s = 0; s < 6; ++s)
                store.exec(QStringLiteral("INSERT INTO narrative_steps(narrative_id, position, text, "
                                          "event_id) VALUES(?, ?, ?, ?)"),
                    { id, s, QStringLiteral("Step %1").arg(s),
                        incident + ((s * (n + 1)) % 30) * (count / 600) });
        }
        std::printf("built a review of %lld events in %.2f s (%s, %.0f MB)\n", count,
            timer.elapsed() / 1000.0, qPrintable(path), QFileInfo(path).size() / 1e6);
        store.close();
    } else {
        std::printf("reusing %s\n", qPrintable(path));
    }

    // A fresh connection, as the export's worker thread or the CLI has.
    ReviewStore reader;
    if (!reader.open(path)) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(reader.errorString()));
        return 2;
    }
    struct Run
    {
        const char *name;
        BriefingFormat format;
        BriefingAudience audience;
    };
    const Run runs[] = { { "md", BriefingFormat::Markdown, BriefingAudience::Leader },
        { "html", BriefingFormat::Html, BriefingAudience::Leader },
        { "pdf", BriefingFormat::Pdf, BriefingAudience::Leader },
        { "pdf practitioner", BriefingFormat::Pdf, BriefingAudience::Practitioner } };
    bool withinBudget = true;
    {
        BriefingOptions options;
        timer.restart();
        const std::clock_t cpu = std::clock();
        QString error;
        const auto data = BriefingData::gather(reader, options, &error);
        std::printf("gather only (cold):      %7.1f ms wall %7.1f ms cpu (%lld highlighted)\n",
            timer.nsecsElapsed() / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC,
            data ? qint64(data->timeline.size()) : -1);
    }
    for (const Run &run : runs) {
        BriefingOptions options;
        options.format = run.format;
        options.audience = run.audience;
        const QString out = dir.filePath(
            QStringLiteral("briefing.") + QString::fromLatin1(run.name).section(QLatin1Char(' '), 0, 0));
        QString error;
        timer.restart();
        const std::clock_t cpu = std::clock();
        const bool ok = BriefingExporter::exportTo(reader, options, out, &error);
        const double ms = timer.nsecsElapsed() / 1e6;
        const double cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        withinBudget = withinBudget && ok && ms <= 2000;
        // CPU time next to wall time: on a shared machine the wall time also holds the waiting.
        std::printf("export %-16s %7.1f ms wall %7.1f ms cpu  %s  %lld bytes\n", run.name, ms, cpuMs,
            ok ? "ok" : qPrintable(error), QFileInfo(out).size());
    }
    std::printf("budget 2000 ms per export: %s\n", withinBudget ? "met" : "MISSED");
    return withinBudget ? 0 : 1;
}
