// Faultless's own events exports (JSON lines and CSV) read back without loss: instants to the
// microsecond, end, kind, severity, lane, actor, text (newlines, quotes, commas, unicode),
// attributes, and the origin in the review they came from.
#include "testsupport.h"

#include "archive/eventsexporter.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "import/faultlesseventsformat.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/eventquery.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace faultless;
using namespace faultless::model;

namespace {
QList<EventRow> allEvents(const ReviewStore &store)
{
    QList<EventRow> rows;
    EventQuery::forEach(store, EventFilter {}, [&](const EventRow &row) {
        rows << row;
        return true;
    });
    return rows;
}

ImportResult importFile(ReviewStore &store, const QString &path, const QString &format = {})
{
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    request.formatId = format;
    return ImportJob::run(store, registry, request);
}

QJsonObject attributes(const EventRow &row)
{
    return QJsonDocument::fromJson(row.attributesJson.toUtf8()).object();
}

const QString kOrigin = QLatin1String(FaultlessEventsFormat::OriginKey);
} // namespace

class TestEventRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void sniffsOnlyTheExactExport_data();
    void sniffsOnlyTheExactExport();
    void fixtureReadsExactly();
    void roundTrip_data();
    void roundTrip();
    void badRecordsAreRejectedNotDropped();
};

void TestEventRoundTrip::sniffsOnlyTheExactExport_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("faultless jsonl")
        << QByteArray("{\"actor\":\"\",\"highlighted\":false,\"id\":1,\"kind\":\"log\",\"lane\":\"\",\"line\":1,"
                      "\"manual\":false,\"message\":\"x\",\"offset\":0,\"severity\":\"info\",\"source\":\"a\","
                      "\"timestamp\":\"2026-06-14T13:00:00.000000Z\"}\n")
        << QStringLiteral("faultless-jsonl");
    QTest::newRow("faultless csv") << (FaultlessEventsFormat::csvHeader().toUtf8() + "\n1,2026-06-14T13:00:00.000000Z,,log\n")
                                   << QStringLiteral("faultless-csv");
    QTest::newRow("a log with timestamp and message is not ours")
        << QByteArray("{\"timestamp\":\"2026-06-14T13:00:00Z\",\"message\":\"hello\",\"level\":\"info\"}\n") << QString();
    QTest::newRow("csv with other columns is not ours")
        << QByteArray("id,timestamp,kind,message\n1,2026-06-14T13:00:00Z,log,x\n") << QString();
}

void TestEventRoundTrip::sniffsOnlyTheExactExport()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QString, expected);
    ImporterRegistry registry;
    for (const QString &id : {QStringLiteral("faultless-jsonl"), QStringLiteral("faultless-csv")}) {
        const Importer *importer = registry.find(id);
        QVERIFY(importer);
        QCOMPARE(importer->sniff(prefix, QStringLiteral("events.txt")) > 0, id == expected);
    }
    if (!expected.isEmpty()) {
        const FormatDetection detection = registry.detect(prefix, QStringLiteral("events.txt"));
        QVERIFY(detection.importer);
        QCOMPARE(detection.importer->id(), expected);
    }
}

void TestEventRoundTrip::fixtureReadsExactly()
{
    tests::TempReview review;
    const ImportResult result = importFile(review.store, tests::dataPath(QStringLiteral("practice/tricky-events.jsonl")));
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.formatId, QStringLiteral("faultless-jsonl"));
    QCOMPARE(result.accepted, 4);
    const QList<EventRow> rows = allEvents(review.store);
    QCOMPARE(rows.size(), 4);
    // Sorted by instant: the pre-epoch alert comes first.
    QCOMPARE(rows.at(0).instant, Instant(-1));
    QCOMPARE(rows.at(0).text, QStringLiteral("before the epoch,\r\nwith CRLF"));
    QCOMPARE(rows.at(1).instant, timestamps::fromCivilUtc(2026, 6, 14, 13, 0, 0, 1));
    QCOMPARE(attributes(rows.at(1)).value(QLatin1String("big")).toInteger(), Q_INT64_C(9007199254740993));
    QCOMPARE(rows.at(2).end, timestamps::fromCivilUtc(2026, 6, 14, 13, 5, 0, 2));
    QCOMPARE(rows.at(2).kind, EventKind::Experiment);
    QCOMPARE(rows.at(2).severity, Severity::Notice);
    QCOMPARE(rows.at(2).actor, QStringLiteral("Zoë Ångström"));
    QCOMPARE(rows.at(2).text, QStringLiteral("line one\nline \"two\", with commas, and a tab\tend"));
    const QJsonObject origin = attributes(rows.at(2)).value(kOrigin).toObject();
    QCOMPARE(origin.value(QLatin1String("source")).toString(), QStringLiteral("chaos-journal.json"));
    QCOMPARE(origin.value(QLatin1String("offset")).toInteger(), 1234);
    QCOMPARE(origin.value(QLatin1String("highlighted")).toBool(), true);
    QCOMPARE(attributes(rows.at(3)).value(kOrigin).toObject().value(QLatin1String("manual")).toBool(), true);
    QCOMPARE(rows.at(3).lane, QStringLiteral("bridge call"));
    // "Added by a reviewer" is the event's own flag again, not only a note in its attributes.
    QCOMPARE(rows.at(3).manual, true);
    for (int i : {0, 1, 2})
        QCOMPARE(rows.at(i).manual, false);
    // Importing the same file again adds nothing.
    QCOMPARE(importFile(review.store, tests::dataPath(QStringLiteral("practice/tricky-events.jsonl"))).status,
             ImportResult::Status::AlreadyImported);
}

void TestEventRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("jsonl by EventsExporter") << QStringLiteral("jsonl");
    QTest::newRow("csv by EventsExporter") << QStringLiteral("csv");
    QTest::newRow("jsonl by faultless-cli events") << QStringLiteral("cli-jsonl");
    QTest::newRow("csv by faultless-cli events") << QStringLiteral("cli-csv");
}

void TestEventRoundTrip::roundTrip()
{
    QFETCH(QString, how);
    // A review with every kind of origin: an earlier export, a log, and events added by hand.
    QTemporaryDir dir;
    ReviewDocument document;
    QVERIFY(document.create(dir.filePath(QStringLiteral("a.faultless")), QStringLiteral("A"), QStringLiteral("UTC")));
    QCOMPARE(importFile(document.store(), tests::dataPath(QStringLiteral("practice/tricky-events.jsonl"))).status,
             ImportResult::Status::Imported);
    QCOMPARE(importFile(document.store(), tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"))).status,
             ImportResult::Status::Imported);
    document.notify(ReviewDocument::Area::Events);
    commands::ManualEvent manual;
    manual.instant = timestamps::fromCivilUtc(2026, 6, 14, 13, 0, 3, 123456);
    manual.end = manual.instant + 90 * 1000000ll;
    manual.kind = EventKind::Chat;
    manual.lane = QStringLiteral("bridge, \"war room\"");
    manual.actor = QStringLiteral("Łukasz");
    manual.text = QStringLiteral("Vendor said: \"we see it too\",\nrolling back; ünïcödé ✓");
    const qint64 manualId = commands::addManualEvent(document, manual);
    QVERIFY(manualId > 0);
    const QList<EventRow> before = allEvents(document.store());
    QCOMPARE(before.size(), 8);
    QCOMPARE(std::count_if(before.begin(), before.end(), [](const EventRow &r) { return r.manual; }), 2);

    const QString exported = dir.filePath(how.endsWith(QLatin1String("csv")) ? QStringLiteral("events.csv")
                                                                              : QStringLiteral("events.jsonl"));
    if (how.startsWith(QLatin1String("cli"))) {
        const tests::CliResult cli = tests::runCli({QStringLiteral("events"), document.path(), QStringLiteral("--format"),
                                                    how.endsWith(QLatin1String("csv")) ? QStringLiteral("csv")
                                                                                       : QStringLiteral("jsonl")});
        QCOMPARE(cli.exitCode, 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cli.out);
    } else {
        QString error;
        qint64 written = 0;
        QVERIFY2(EventsExporter::write(document.store(),
                                       how == QLatin1String("csv") ? EventsExporter::Format::Csv
                                                                   : EventsExporter::Format::JsonLines,
                                       exported, &error, nullptr, nullptr, &written),
                 qPrintable(error));
        QCOMPARE(written, 8);
    }

    if (how.endsWith(QLatin1String("jsonl"))) {
        // The hand-written lines are QJsonDocument's compact form exactly (sorted keys, its escapes).
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 9); // and a last empty one after the final line end
        for (qsizetype i = 0; i < 8; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).toJson(QJsonDocument::Compact), lines.at(i));
    }

    tests::TempReview b;
    const ImportResult result = importFile(b.store, exported);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.formatId, how.endsWith(QLatin1String("csv")) ? QStringLiteral("faultless-csv")
                                                                  : QStringLiteral("faultless-jsonl"));
    const QList<EventRow> after = allEvents(b.store);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const EventRow &x = before.at(i);
        const EventRow &y = after.at(i);
        QCOMPARE(y.instant, x.instant);
        QCOMPARE(y.end, x.end);
        QCOMPARE(y.kind, x.kind);
        QCOMPARE(y.severity, x.severity);
        QCOMPARE(y.lane, x.lane);
        QCOMPARE(y.actor, x.actor);
        QCOMPARE(y.text, x.text);
        // The event added by hand, and the one that was added by hand before an earlier export,
        // are still marked as added by a reviewer; recorded events are not.
        QCOMPARE(y.manual, x.manual);
        QJsonObject ax = attributes(x);
        QJsonObject ay = attributes(y);
        if (ax.contains(kOrigin)) {
            // Exported once before: the first origin is kept, everything else is as it was.
            QCOMPARE(ay, ax);
            continue;
        }
        const QJsonObject origin = ay.take(kOrigin).toObject();
        QCOMPARE(ay, ax);
        QCOMPARE(origin.value(QLatin1String("source")).toString(), x.sourceName);
        QCOMPARE(origin.value(QLatin1String("line")).toInteger(), x.line);
        QCOMPARE(origin.value(QLatin1String("offset")).toInteger(), x.byteOffset);
        QCOMPARE(origin.value(QLatin1String("manual")).toBool(), x.manual);
        QCOMPARE(origin.value(QLatin1String("id")).toInteger(), x.id);
        QCOMPARE(x.manual, x.id == manualId);
    }
}

void TestEventRoundTrip::badRecordsAreRejectedNotDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(FaultlessEventsFormat::csvHeader().toUtf8() + "\n"
            "1,2026-06-14T13:00:00.000000Z,,log,info,a,,fine,s,1,0,0,0,\n"
            "2,yesterday,,log,info,a,,bad time,s,2,10,0,0,\n"
            "3,2026-06-14T13:00:01.000000Z,,gossip,info,a,,bad kind,s,3,20,0,0,\n"
            "4,2026-06-14T13:00:02.000000Z,,log,info,a,,\"bad attributes\",s,4,30,0,0,[1]\n");
    f.close();
    tests::TempReview review;
    const ImportResult result = importFile(review.store, path);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.accepted, 1);
    QCOMPARE(result.rejected, 3);
    QCOMPARE(result.rejects.at(0).line, 3);
    QVERIFY(result.rejects.at(0).reason.contains(QLatin1String("timestamp")));
    QVERIFY(result.rejects.at(1).reason.contains(QLatin1String("gossip")));
    QVERIFY(result.rejects.at(2).reason.contains(QLatin1String("attributes")));
}

QTEST_GUILESS_MAIN(TestEventRoundTrip)
#include "tst_eventroundtrip.moc"
