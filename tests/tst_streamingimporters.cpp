// The whole-document log formats read as streams (issue 3): Kubernetes events (an EventList, a
// watch stream) and the systemd journal (export format; JSON lines and json-pretty through the
// JSON-lines reader). Events arrive while the input is still being read, so the progress bar
// moves with them; cancel stops reading within a buffer and a canceled import adds nothing; and
// the edges the streaming readers have to get right by themselves: records split across lines
// and buffers, binary journal fields holding newlines, records cut short, oversized records.
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"
#include "store/reviewstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace faultless;
using namespace faultless::model;

using faultless::tests::gzip;

namespace {

// One core/v1 Event as kubectl prints it (pretty, indented by `indent` spaces), or compact.
QByteArray kubeEvent(int i, bool pretty, int indent = 8)
{
    QJsonObject involved { { QStringLiteral("kind"), QStringLiteral("Pod") },
        { QStringLiteral("name"), QStringLiteral("web-%1").arg(i % 7) },
        { QStringLiteral("namespace"), QStringLiteral("default") },
        { QStringLiteral("fieldPath"), QStringLiteral("spec.containers{web}") } };
    const QString time = QStringLiteral("2024-05-01T10:%1:%2Z")
                             .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(i % 60, 2, 10, QLatin1Char('0'));
    QJsonObject event { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
        { QStringLiteral("kind"), QStringLiteral("Event") }, { QStringLiteral("count"), i % 5 + 1 },
        { QStringLiteral("eventTime"), QJsonValue::Null }, { QStringLiteral("firstTimestamp"), time },
        { QStringLiteral("lastTimestamp"), time }, { QStringLiteral("involvedObject"), involved },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("web.%1").arg(i) },
                { QStringLiteral("namespace"), QStringLiteral("default") } } },
        // Brackets, quotes and the word "items" inside strings must not confuse the splitter.
        { QStringLiteral("message"),
            QStringLiteral("Back-off {restarting} [\"items\": %1] container").arg(i) },
        { QStringLiteral("reason"), QStringLiteral("BackOff") },
        { QStringLiteral("source"),
            QJsonObject { { QStringLiteral("component"), QStringLiteral("kubelet") } } },
        { QStringLiteral("type"), i % 3 == 0 ? QStringLiteral("Warning") : QStringLiteral("Normal") } };
    QByteArray text
        = QJsonDocument(event).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed();
    if (pretty && indent > 0)
        text.replace("\n", QByteArray("\n" + QByteArray(indent, ' ')));
    return QByteArray(pretty ? indent : 0, ' ') + text;
}

// `kubectl get events -o json`: an EventList.
QByteArray kubeList(int count, bool pretty = true)
{
    QByteArray out
        = pretty ? "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n" : R"({"apiVersion":"v1","items":[)";
    for (int i = 0; i < count; ++i) {
        out += kubeEvent(i, pretty);
        if (i + 1 < count)
            out += pretty ? ",\n" : ",";
    }
    out += pretty ? "\n    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": "
                    "\"\"\n    }\n}\n"
                  : R"(],"kind":"List","metadata":{"resourceVersion":""}})"
                    "\n";
    return out;
}

// `kubectl get events -w -o json --output-watch-events`: one envelope after the other.
QByteArray kubeWatch(int count, bool pretty = true)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += pretty ? "{\n    \"object\": " : R"({"object":)";
        out += pretty ? kubeEvent(i, true, 4).trimmed() : kubeEvent(i, false);
        out += pretty ? ",\n    \"type\": \"ADDED\"\n}\n" : ",\"type\":\"ADDED\"}\n";
    }
    return out;
}

// `journalctl -o export`: every fifth MESSAGE is binary, with newlines and an empty line in it.
QByteArray journalExport(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += "__CURSOR=s=739ad463348b4ceca5a9e69c95a3c93f;i=" + QByteArray::number(i, 16) + "\n";
        out += "__REALTIME_TIMESTAMP=" + QByteArray::number(1714557600000000ll + i * 1000ll) + "\n";
        out += "PRIORITY=" + QByteArray::number(i % 8) + "\n_HOSTNAME=epsilon\n";
        out += "_SYSTEMD_UNIT=app" + QByteArray::number(i % 4) + ".service\nSYSLOG_IDENTIFIER=app\n";
        if (i % 5 == 0) {
            const QByteArray data = "binary " + QByteArray::number(i) + "\n\nsecond\r\nthird";
            char size[8];
            qToLittleEndian<quint64>(quint64(data.size()), size);
            out += "MESSAGE\n" + QByteArray(size, 8) + data + "\n";
        } else {
            out += "MESSAGE=request " + QByteArray::number(i) + " served\n";
        }
        out += '\n';
    }
    return out;
}

// `journalctl -o json` (one object a line) or `-o json-pretty`.
QByteArray journalJson(int count, bool pretty)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QJsonObject o { { QStringLiteral("__REALTIME_TIMESTAMP"),
                                  QString::number(1714557600000000ll + i * 1000ll) },
            { QStringLiteral("PRIORITY"), QString::number(i % 8) },
            { QStringLiteral("_SYSTEMD_UNIT"), QStringLiteral("app%1.service").arg(i % 4) },
            { QStringLiteral("_HOSTNAME"), QStringLiteral("epsilon") },
            { QStringLiteral("MESSAGE"), QStringLiteral("request %1 served").arg(i) } };
        out += QJsonDocument(o).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
        if (!pretty)
            out += '\n';
    }
    return out;
}

// Remembers how far the input had been read whenever an event arrives, and can cancel the read
// after a number of events (as the GUI's Cancel button does, from outside the importer).
class ProgressSink : public CollectingSink
{
public:
    std::atomic<qint64> progress { 0 };
    std::atomic<bool> cancel { false };
    size_t cancelAfter = 0; // 0: never
    std::vector<qint64> seen;

    void addEvent(EventRecord &&event) override
    {
        seen.push_back(progress.load());
        CollectingSink::addEvent(std::move(event));
        if (cancelAfter > 0 && events.size() >= cancelAfter)
            cancel = true;
    }
};

struct Reading
{
    bool ok = false;
    QString error;
    ImportContext context;
};

Reading readWith(const QString &format, ImportInput &input, EventSink &sink)
{
    Reading r;
    ImporterRegistry registry;
    const std::unique_ptr<Importer> importer = registry.create(format);
    if (!importer)
        qFatal("no importer %s", qPrintable(format));
    r.context.fileName = QStringLiteral("input");
    r.ok = importer->read(input, sink, r.context, &r.error);
    return r;
}

Reading readBytes(const QString &format, const QByteArray &bytes, EventSink &sink, qint64 maxLine = 0)
{
    ImportInput input;
    input.openBytes(bytes, QStringLiteral("input"));
    if (maxLine > 0)
        input.setMaxLineLength(maxLine);
    return readWith(format, input, sink);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 count(ReviewStore &store, const char *table)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

// Big enough inputs (several 1 MiB read buffers) for every format of the streaming tests. Not a
// compact single-line EventList: the line reader holds that one line whole before its first event.
void streamingRows()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("records");

    QTest::newRow("k8s EventList") << "k8s-events" << kubeList(8000) << 8000;
    QTest::newRow("k8s watch stream") << "k8s-events" << kubeWatch(8000) << 8000;
    QTest::newRow("k8s watch, compact lines") << "k8s-events" << kubeWatch(12000, false) << 12000;
    QTest::newRow("journald export") << "journald-export" << journalExport(30000) << 30000;
    QTest::newRow("journald export, gzip") << "journald-export" << gzip(journalExport(150000)) << 150000;
    QTest::newRow("journald json") << "journald-json" << journalJson(40000, false) << 40000;
    QTest::newRow("journald json-pretty") << "journald-json" << journalJson(30000, true) << 30000;
}

} // namespace

class TestStreamingImporters : public QObject
{
    Q_OBJECT
private slots:
    void progressAdvancesWithTheEvents_data();
    void progressAdvancesWithTheEvents();
    void cancelStopsReadingEarly_data();
    void cancelStopsReadingEarly();
    void canceledImportAddsNothing_data();
    void canceledImportAddsNothing();

    void kubernetesLayouts_data();
    void kubernetesLayouts();
    void kubernetesOriginsAreExact();
    void kubernetesCutShortKeepsWhatCameBefore();
    void kubernetesOversizedRecordIsRejected();

    void journalBinaryFieldsAreExact();
    void journalOversizedFieldIsLeftOut();
    void journalBinaryFieldCutShort();
    void journalLastRecordNeedsNoEmptyLine();

    void fileThatGrowsIsReadOn_data();
    void fileThatGrowsIsReadOn();
};

void TestStreamingImporters::progressAdvancesWithTheEvents_data()
{
    streamingRows();
}

void TestStreamingImporters::progressAdvancesWithTheEvents()
{
    // Events arrive while the input is read: the progress counter seen at each event grows
    // through several read buffers and never goes back. A whole-document reader showed the
    // whole size at the first event.
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, records);
    QVERIFY2(bytes.size() > 3 * 1024 * 1024 || format == QLatin1String("journald-export"),
        "input too small to show steps");

    ProgressSink sink;
    ImportInput input;
    input.openBytes(bytes, QStringLiteral("input"));
    input.setProgressCounter(&sink.progress);
    const Reading r = readWith(format, input, sink);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(int(sink.events.size()), records);
    QCOMPARE(int(sink.rejects.size()), 0);
    QCOMPARE(sink.progress.load(), qint64(bytes.size()));

    int steps = 1;
    for (size_t i = 1; i < sink.seen.size(); ++i) {
        QVERIFY2(sink.seen[i] >= sink.seen[i - 1], "progress went back");
        steps += sink.seen[i] != sink.seen[i - 1];
    }
    QVERIFY2(sink.seen.front() < bytes.size() / 2,
        qPrintable(QStringLiteral("first event at %1 of %2 bytes").arg(sink.seen.front()).arg(bytes.size())));
    QVERIFY2(steps >= 3, qPrintable(QStringLiteral("%1 distinct progress values").arg(steps)));
}

void TestStreamingImporters::cancelStopsReadingEarly_data()
{
    streamingRows();
}

void TestStreamingImporters::cancelStopsReadingEarly()
{
    // Canceled after the first hundred events: the importer stops within a read buffer, does not
    // read the rest of the input, and reports nothing about the part it did not read.
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, records);

    ProgressSink sink;
    sink.cancelAfter = 100;
    ImportInput input;
    input.openBytes(bytes, QStringLiteral("input"));
    input.setProgressCounter(&sink.progress);
    input.setCancelFlag(&sink.cancel);
    readWith(format, input, sink);
    QVERIFY(sink.cancel.load());
    QVERIFY2(int(sink.events.size()) < records / 2,
        qPrintable(QStringLiteral("%1 of %2 events after cancel").arg(sink.events.size()).arg(records)));
    QVERIFY2(sink.progress.load() < bytes.size() / 2,
        qPrintable(QStringLiteral("read %1 of %2 bytes").arg(sink.progress.load()).arg(bytes.size())));
    // ImportJob drops everything of a canceled import anyway, but no reader may reject a record
    // the cancel cut short (json-pretty: the object still gathering lines when the cancel came).
    QCOMPARE(int(sink.rejects.size()), 0);
}

void TestStreamingImporters::canceledImportAddsNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("k8s EventList") << "events.json" << kubeList(20000);
    QTest::newRow("journald export") << "system.export" << journalExport(60000);
}

void TestStreamingImporters::canceledImportAddsNothing()
{
    // Through ImportJob, canceled from another thread once a third of the file was read (as the
    // GUI does): the review is exactly as before, and a later import of the file works.
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = writeFile(dir, name, bytes);
    const QStringList before = { QString::number(count(review.store, "sources")),
        QString::number(count(review.store, "events")), QString::number(count(review.store, "rejects")) };
    std::atomic<bool> cancel(false);
    std::atomic<qint64> progress(0);
    std::thread canceler([&] {
        while (progress.load() < bytes.size() / 3)
            std::this_thread::yield();
        cancel = true;
    });
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    ImportResult r = ImportJob::run(review.store, registry, request, &cancel, &progress);
    canceler.join();
    QCOMPARE(int(r.status), int(ImportResult::Status::Canceled));
    const QStringList after = { QString::number(count(review.store, "sources")),
        QString::number(count(review.store, "events")), QString::number(count(review.store, "rejects")) };
    QCOMPARE(after, before);
    r = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QVERIFY(r.accepted > 0);
    QCOMPARE(r.rejected, 0);
}

void TestStreamingImporters::kubernetesLayouts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("rejects");

    QTest::newRow("EventList") << kubeList(5) << 5 << 0;
    QTest::newRow("EventList, one line") << kubeList(5, false) << 5 << 0;
    QTest::newRow("EventList, CRLF") << QByteArray(kubeList(5)).replace("\n", "\r\n") << 5 << 0;
    QTest::newRow("EventList, BOM") << QByteArray("\xEF\xBB\xBF" + kubeList(5)) << 5 << 0;
    QTest::newRow("items after metadata") << QByteArray(
        R"({"kind":"EventList","metadata":{"resourceVersion":"1"},"items":[)" + kubeEvent(1, false) + ","
        + kubeEvent(2, false) + "]}") << 2 << 0;
    QTest::newRow("single Event") << QByteArray(kubeEvent(3, true, 0) + "\n") << 1 << 0;
    QTest::newRow("watch stream") << kubeWatch(4) << 4 << 0;
    QTest::newRow("watch, compact lines") << kubeWatch(4, false) << 4 << 0;
    QTest::newRow("watch, glued objects") << QByteArray(kubeWatch(3, false)).replace("\n", "") << 3 << 0;
    QTest::newRow("empty items") << QByteArray(R"({"kind":"EventList","items":[]})") << 0 << 1;
    QTest::newRow("not an event") << QByteArray("{\"hello\": \"world\"}\n") << 0 << 1;
    QTest::newRow("bad element") << QByteArray(
        R"({"items":[)" + kubeEvent(1, false) + R"(,{"reason": tru},)" + kubeEvent(2, false) + "]}")
                                 << 2 << 1;
    QTest::newRow("no object at all") << QByteArray("[1, 2, 3]\n") << 0 << 1;
    QTest::newRow("blank") << QByteArray(" \n\t\r\n") << 0 << 0;
}

void TestStreamingImporters::kubernetesLayouts()
{
    // Every layout kubectl (or jq) writes gives the same events as the pretty-printed list.
    QFETCH(QByteArray, bytes);
    QFETCH(int, events);
    QFETCH(int, rejects);
    CollectingSink sink;
    const Reading r = readBytes(QStringLiteral("k8s-events"), bytes, sink);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(int(sink.events.size()), events);
    QCOMPARE(int(sink.rejects.size()), rejects);
    for (const EventRecord &e : sink.events) {
        QVERIFY(e.instant != NoInstant);
        QVERIFY(e.text.startsWith("BackOff: Back-off {restarting} [\"items\": "));
        QVERIFY(e.lane.startsWith("Pod/web-"));
        QCOMPARE(
            QJsonDocument::fromJson(e.attributesJson).object().value(QLatin1String("namespace")).toString(),
            QStringLiteral("default"));
    }
    for (const RejectedRecord &rej : sink.rejects) {
        QVERIFY(rej.line > 0);
        QVERIFY(!rej.reason.isEmpty());
        QVERIFY(rej.raw.size() <= 300);
    }
}

void TestStreamingImporters::kubernetesOriginsAreExact()
{
    // Each event's offset is that of its opening brace and its line that brace's line, whatever
    // the layout, CRLF and BOM included (offsets count the bytes of the file as it is).
    struct Layout
    {
        QByteArray bytes;
        int recordDepth; // nesting depth of the records' opening braces: 2 in a list, 0 in a stream
    };
    const QByteArray list = kubeList(40);
    for (const Layout &layout : { Layout { list, 2 }, Layout { QByteArray(list).replace("\n", "\r\n"), 2 },
             Layout { "\xEF\xBB\xBF" + list, 2 }, Layout { kubeList(40, false), 2 },
             Layout { kubeWatch(40), 0 }, Layout { kubeWatch(40, false), 0 } }) {
        const QByteArray &bytes = layout.bytes;
        // The expected starts, found the simple way over the whole input.
        QList<qsizetype> starts;
        int depth = 0;
        bool inString = false, escape = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (c == '{' && depth == layout.recordDepth)
                    starts << i;
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        QCOMPARE(starts.size(), 40);
        CollectingSink sink;
        QVERIFY(readBytes(QStringLiteral("k8s-events"), bytes, sink).ok);
        QCOMPARE(int(sink.events.size()), 40);
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(sink.events[size_t(i)].byteOffset, qint64(starts[i]));
            QCOMPARE(sink.events[size_t(i)].line, qint64(bytes.left(starts[i]).count('\n') + 1));
        }
    }
}

void TestStreamingImporters::kubernetesCutShortKeepsWhatCameBefore()
{
    // A list cut in the middle of an element (a copy taken while kubectl was still writing):
    // the complete elements are kept, the cut one is rejected at its own line, not dropped.
    const QByteArray whole = kubeList(10);
    const qsizetype seventh = whole.indexOf("\"name\": \"web.6\"");
    QVERIFY(seventh > 0);
    CollectingSink sink;
    QVERIFY(readBytes(QStringLiteral("k8s-events"), whole.left(seventh), sink).ok);
    QCOMPARE(int(sink.events.size()), 6);
    QCOMPARE(int(sink.rejects.size()), 1);
    const qsizetype open = whole.lastIndexOf("        {", seventh);
    QCOMPARE(sink.rejects.front().byteOffset, qint64(open + 8));
    QCOMPARE(sink.rejects.front().line, qint64(whole.left(open).count('\n') + 1));
    QVERIFY(sink.rejects.front().reason.contains(QLatin1String("not closed")));
}

void TestStreamingImporters::kubernetesOversizedRecordIsRejected()
{
    // A record longer than the line limit is rejected with its line; the records around it are
    // kept, and only its first bytes are held.
    QByteArray huge = kubeEvent(1, true);
    huge.replace("Back-off", QByteArray("Back-off " + QByteArray(200 * 1024, 'x')));
    const QByteArray bytes = "{\n    \"items\": [\n" + kubeEvent(0, true) + ",\n" + huge + ",\n"
        + kubeEvent(2, true) + "\n    ]\n}\n";
    CollectingSink sink;
    QVERIFY(readBytes(QStringLiteral("k8s-events"), bytes, sink, 64 * 1024).ok);
    QCOMPARE(int(sink.events.size()), 2);
    QCOMPARE(int(sink.rejects.size()), 1);
    QCOMPARE(sink.rejects.front().byteOffset, qint64(bytes.indexOf(huge.trimmed())));
    QVERIFY(sink.rejects.front().reason.contains(QLatin1String("MiB")));
    QVERIFY(sink.rejects.front().raw.size() <= 300);
    // The same record on one line of its own (compact) is cut by the line reader.
    const QByteArray compact = kubeWatch(1, false) + R"({"object":)" + QByteArray(huge).replace("\n", "")
        + "}\n" + kubeWatch(1, false);
    CollectingSink compactSink;
    QVERIFY(readBytes(QStringLiteral("k8s-events"), compact, compactSink, 64 * 1024).ok);
    QCOMPARE(int(compactSink.events.size()), 2);
    QCOMPARE(int(compactSink.rejects.size()), 1);
    QCOMPARE(compactSink.rejects.front().line, qint64(2));
}

void TestStreamingImporters::journalBinaryFieldsAreExact()
{
    // Binary data with newlines, an empty line, CRLF and a size whose bytes include "\n" (10) and
    // "\r\n" (0x0a0d): the data comes through byte for byte (made valid UTF-8), the empty line
    // inside it does not end the record, and later line numbers count its newlines.
    QByteArray ten = "0123\n\n78\r\n"; // 10 bytes: size bytes 0a 00 ...
    QByteArray big(0x0a0d, 'b'); // size bytes 0d 0a ...
    big[5] = '\n';
    big[6] = '\r';
    big[7] = '\n';
    auto binary = [](const QByteArray &key, const QByteArray &data) -> QByteArray {
        char size[8];
        qToLittleEndian<quint64>(quint64(data.size()), size);
        return key + '\n' + QByteArray(size, 8) + data + '\n';
    };
    const QByteArray first = "__REALTIME_TIMESTAMP=1700000000000000\n" + binary("MESSAGE", ten)
        + binary("BLOB", big) + "_SYSTEMD_UNIT=a.service\n\n";
    const QByteArray second = "__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE=after\n\n";
    for (const bool compressed : { false, true }) {
        CollectingSink sink;
        const QByteArray bytes = first + second;
        QVERIFY(readBytes(QStringLiteral("journald-export"), compressed ? gzip(bytes) : bytes, sink).ok);
        QCOMPARE(int(sink.rejects.size()), 0);
        QCOMPARE(int(sink.events.size()), 2);
        QCOMPARE(sink.events[0].text, ten);
        QCOMPARE(sink.events[0].lane, QByteArray("a.service"));
        const QJsonObject attrs = QJsonDocument::fromJson(sink.events[0].attributesJson).object();
        QCOMPARE(attrs.value(QLatin1String("BLOB")).toString().toUtf8(), big);
        QCOMPARE(sink.events[1].text, QByteArray("after"));
        QCOMPARE(sink.events[1].byteOffset, qint64(first.size()));
        QCOMPARE(sink.events[1].line, qint64(first.count('\n') + 1));
    }
}

void TestStreamingImporters::journalOversizedFieldIsLeftOut()
{
    // A binary field over the line limit (a core dump) is skipped, not held: the event is kept
    // without it, the import notes it, and the next record is read from the right place.
    QByteArray dump(3 * 1024 * 1024, '\n');
    char size[8];
    qToLittleEndian<quint64>(quint64(dump.size()), size);
    const QByteArray first
        = "__REALTIME_TIMESTAMP=1700000000000000\nMESSAGE=Process 42 (worker) dumped core.\nCOREDUMP\n"
        + QByteArray(size, 8) + dump + "\nCOREDUMP_PID=42\n\n";
    const QByteArray second = "__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE=after\n\n";
    CollectingSink sink;
    const Reading r = readBytes(QStringLiteral("journald-export"), first + second, sink, 1024 * 1024);
    QVERIFY(r.ok);
    QCOMPARE(int(sink.rejects.size()), 0);
    QCOMPARE(int(sink.events.size()), 2);
    QCOMPARE(sink.events[0].text, QByteArray("Process 42 (worker) dumped core."));
    const QJsonObject attrs = QJsonDocument::fromJson(sink.events[0].attributesJson).object();
    QVERIFY(!attrs.contains(QLatin1String("COREDUMP")));
    QCOMPARE(attrs.value(QLatin1String("COREDUMP_PID")).toString(), QStringLiteral("42"));
    QCOMPARE(sink.events[1].line, qint64(first.count('\n') + 1));
    QCOMPARE(r.context.notes.size(), 1);
    QVERIFY2(r.context.notes.front().contains(QLatin1String("line 1")), qPrintable(r.context.notes.front()));
}

void TestStreamingImporters::journalBinaryFieldCutShort()
{
    // A binary field whose size runs past the end: the records before it are kept, the cut one
    // is rejected at its first line.
    const QByteArray good = "__REALTIME_TIMESTAMP=1700000000000000\nMESSAGE=ok\n\n";
    char size[8];
    qToLittleEndian<quint64>(quint64(1000), size);
    for (const QByteArray &cut :
        { QByteArray("__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE\n" + QByteArray(size, 8) + "short"),
            QByteArray("__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE\n\x03") }) {
        CollectingSink sink;
        QVERIFY(readBytes(QStringLiteral("journald-export"), good + cut, sink).ok);
        QCOMPARE(int(sink.events.size()), 1);
        QCOMPARE(int(sink.rejects.size()), 1);
        QCOMPARE(sink.rejects.front().line, qint64(4));
        QCOMPARE(sink.rejects.front().byteOffset, qint64(good.size()));
        QVERIFY(sink.rejects.front().raw.startsWith("__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE\n"));
    }
}

void TestStreamingImporters::journalLastRecordNeedsNoEmptyLine()
{
    for (const QByteArray &bytes : { QByteArray("__REALTIME_TIMESTAMP=1700000000000000\nMESSAGE=a\n\n__"
                                                "REALTIME_TIMESTAMP=1700000000000001\nMESSAGE=b\n"),
             QByteArray("__REALTIME_TIMESTAMP=1700000000000000\r\nMESSAGE=a\r\n\r\n__REALTIME_TIMESTAMP="
                        "1700000000000001\r\nMESSAGE=b"),
             QByteArray("\n\n__REALTIME_TIMESTAMP=1700000000000000\nMESSAGE=a\n "
                        "\n\n__REALTIME_TIMESTAMP=1700000000000001\nMESSAGE=b\n\n\n") }) {
        CollectingSink sink;
        QVERIFY(readBytes(QStringLiteral("journald-export"), bytes, sink).ok);
        QCOMPARE(int(sink.rejects.size()), 0);
        QCOMPARE(int(sink.events.size()), 2);
        QCOMPARE(sink.events[0].text, QByteArray("a"));
        QCOMPARE(sink.events[1].text, QByteArray("b"));
        QCOMPARE(sink.events[1].byteOffset, qint64(bytes.indexOf("__REALTIME_TIMESTAMP=1700000000000001")));
    }
}

QTEST_GUILESS_MAIN(TestStreamingImporters)
void TestStreamingImporters::fileThatGrowsIsReadOn_data()
{
    QTest::addColumn<int>("initialLines");
    QTest::addColumn<int>("addedLines");
    // ImportInput sizes its reads by the size the file had when opened: a small file, a file of
    // more than one 1 MiB chunk, and growth of less and of more than the 4 KiB read at the end.
    QTest::newRow("small, grows a little") << 3 << 10;
    QTest::newRow("small, grows by megabytes") << 3 << 60000;
    QTest::newRow("two chunks, grows by megabytes") << 40000 << 60000;
}

void TestStreamingImporters::fileThatGrowsIsReadOn()
{
    // A log still being written: lines appended after the import opened the file are read too,
    // each once, in order.
    QFETCH(int, initialLines);
    QFETCH(int, addedLines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("growing.log"));
    auto lineText = [](int i) -> QByteArray {
        return QByteArray("line number ") + QByteArray::number(i) + " of a log being written";
    };
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= initialLines; ++i)
        file.write(lineText(i) + '\n');
    file.flush();

    ImportInput input;
    QVERIFY(input.open(path));
    InputLine line;
    QVERIFY(input.readLine(line));
    QCOMPARE(line.data.toByteArray(), lineText(1));
    for (int i = initialLines + 1; i <= initialLines + addedLines; ++i)
        file.write(lineText(i) + '\n');
    file.close();

    int n = 1;
    while (input.readLine(line)) {
        ++n;
        if (line.data.toByteArray() != lineText(n))
            QFAIL(qPrintable(QStringLiteral("line %1 reads \"%2\"")
                                 .arg(n)
                                 .arg(QString::fromUtf8(line.data.toByteArray()))));
        QCOMPARE(line.number, qint64(n));
    }
    QCOMPARE(n, initialLines + addedLines);
}

#include "tst_streamingimporters.moc"
