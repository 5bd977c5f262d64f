// The log import engine (issue 3): format detection and exact counts on the real third-party
// samples, the key aliases and quirks of every format, and the input edge cases (gzip, BOM, CRLF,
// invalid UTF-8, very long lines, empty files).
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/csvimporter.h"
#include "import/importerregistry.h"
#include "import/jsonlinesimporter.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonrecordscanner.h"
#include "import/parsers/logfields.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace faultless;
using namespace faultless::model;

using faultless::tests::gzip;

namespace {
struct Imported
{
    QString format;
    bool ok = false;
    QString error;
    CollectingSink sink;
    ImportContext context;
};

void readInto(ImportInput &input, const QString &name, const QString &formatId, Imported &result, int year,
    const QString &zone, const QString &option)
{
    ImporterRegistry registry;
    const QByteArray prefix = input.peek(ImporterRegistry::SniffSize);
    QString id = formatId;
    if (id.isEmpty()) {
        const FormatDetection detection = registry.detect(prefix, name);
        if (!detection.importer)
            return;
        id = detection.importer->id();
    }
    result.format = id;
    std::unique_ptr<Importer> importer = registry.create(id);
    if (!importer)
        return;
    result.context.fileName = name;
    result.context.zone = QTimeZone(zone.toUtf8());
    result.context.referenceYear = year;
    result.context.formatOption = option;
    result.ok = importer->read(input, result.sink, result.context, &result.error);
}

std::unique_ptr<Imported> importFile(const QString &path, const QString &formatId = {}, int year = 2024,
    const QString &zone = QStringLiteral("UTC"), const QString &option = {})
{
    auto result = std::make_unique<Imported>();
    ImportInput input;
    if (!input.open(path)) {
        result->error = input.errorString();
        return result;
    }
    readInto(input, QFileInfo(path).fileName(), formatId, *result, year, zone, option);
    return result;
}

std::unique_ptr<Imported> importBytes(const QByteArray &bytes, const QString &formatId = {},
    const QString &name = QStringLiteral("input.log"), int year = 2024,
    const QString &zone = QStringLiteral("UTC"), const QString &option = {})
{
    auto result = std::make_unique<Imported>();
    ImportInput input;
    input.openBytes(bytes, name);
    readInto(input, name, formatId, *result, year, zone, option);
    return result;
}

QString iso(Instant instant)
{
    return timestamps::toIsoUtc(instant);
}

} // namespace

class TestLogImporters : public QObject
{
    Q_OBJECT
private slots:
    void samples_data();
    void samples();
    void registryHasEveryFormat();
    void scannerUsesSimd();

    void jsonAliases_data();
    void jsonAliases();
    void jsonAttributesKeepTheRest();
    void jsonRejects_data();
    void jsonRejects();
    void jsonPrettyPrinted();
    void jsonFastPathMatchesSimdjson_data();
    void jsonFastPathMatchesSimdjson();
    void jsonFastPathSamples_data();
    void jsonFastPathSamples();
    void jsonShapeOfEarlierLines_data();
    void jsonShapeOfEarlierLines();
    void recycledRecordsAreReset();
    void nameCacheSharesAndTellsApart();
    void journaldBinaryMessage();
    void naiveTimestampsUseTheSourceZone();

    void timestamps_data();
    void timestamps();
    void isoMicroZFastPathMatchesGeneralParser_data();
    void isoMicroZFastPathMatchesGeneralParser();
    void isoMicroZFastPathRejectsEachBadByte();
    void isoMicroZFastPathSweep();
    void severities_data();
    void severities();

    void syslogLines_data();
    void syslogLines();
    void syslogYearFromOption();
    void syslogYearRollsOver();
    void logfmtQuoting();
    void accessLog();
    void csvMapping();
    void csvGuessedMapping();
    void csvMissingTimeColumnIsAnError();
    void tsv();
    void plainTextFoldsStackTraces();
    void zapConsole();
    void kubernetesEventList();

    void gzipInput();
    void bomCrlfAndInvalidUtf8();
    void emptyInput_data();
    void emptyInput();
    void tenMegabyteLine();
    void overlongLineIsRejectedNotFatal();
    void originsAreExact();
};

void TestLogImporters::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("rejects");

    // Counts verified by reading each file (see the comments for the non-obvious ones).
    QTest::newRow("json") << "jsonl-logs/lnav-test-logfile_json.json"
                          << "jsonl" << 13 << 1; // "ts": "xxx"
    QTest::newRow("json-subsec") << "jsonl-logs/lnav-test-logfile_json_subsec.json"
                                 << "jsonl" << 2 << 0;
    QTest::newRow("nested") << "jsonl-logs/lnav-test-logfile_nested_json.json"
                            << "jsonl" << 13 << 0;
    QTest::newRow("bunyan") << "jsonl-logs/lnav-test-logfile_bunyan.0"
                            << "jsonl" << 10 << 0;
    QTest::newRow("pino") << "jsonl-logs/lnav-test-logfile_pino.0"
                          << "jsonl" << 1 << 0;
    QTest::newRow("ecs") << "jsonl-logs/lnav-test-logfile_ecs_log.json"
                         << "jsonl" << 5 << 0;
    // 6 lines holding 3+2+3+1+1+1 OpenTelemetry log records.
    QTest::newRow("otel") << "jsonl-logs/lnav-test-logfile_otel_collector.jsonl"
                          << "jsonl" << 11 << 0;
    QTest::newRow("rust-tracing") << "jsonl-logs/lnav-test-logfile_rust_tracing.0"
                                  << "jsonl" << 5 << 0;
    // 9 lines: 3 records, the second with 6 stack-trace lines folded in.
    QTest::newRow("zap-console") << "jsonl-logs/lnav-test-logfile_zap_console.0"
                                 << "zap-console" << 3 << 0;
    QTest::newRow("logfmt") << "logfmt/lnav-test-logfile_logfmt.0"
                            << "logfmt" << 5 << 0;
    QTest::newRow("access") << "access-log/lnav-test-logfile_access_log.0"
                            << "access-log" << 3 << 0;
    QTest::newRow("bad-access") << "access-log/lnav-test-logfile_bad_access_log.0"
                                << "access-log" << 2 << 1;
    QTest::newRow("syslog") << "syslog/lnav-test-logfile_syslog.0"
                            << "syslog" << 4 << 0;
    // 17 lines: 7 records, 10 TAB-indented continuation lines.
    QTest::newRow("syslog-macos") << "syslog/lnav-test-logfile_syslog.3"
                                  << "syslog" << 7 << 0;
    QTest::newRow("syslog-mixed-times") << "syslog/lnav-test-logfile_syslog_with_mixed_times.0"
                                        << "syslog" << 13 << 0;
    // "Header1: abc" and "Header2: def" come before the first record.
    QTest::newRow("syslog-header") << "syslog/lnav-test-logfile_syslog_with_header.0"
                                   << "syslog" << 4 << 2;
    // 5 RFC 3164, 3 RFC 5424, 1 RFC 3339 traditional.
    QTest::newRow("syslog-samples") << "syslog/lnav-syslog_log-format-samples.txt"
                                    << "syslog" << 9 << 0;
    QTest::newRow("journald") << "journald-json/lnav-test-logfile_journald.json"
                              << "journald-json" << 2 << 0;
    // The systemd documentation's example has no __REALTIME_TIMESTAMP: nothing usable.
    QTest::newRow("journald-edge") << "journald-json/systemd-doc-json-edge-cases.json"
                                   << "journald-json" << 0 << 1;
    QTest::newRow("journald-export") << "journald-json/systemd-doc-journal-export-format-2-entries.txt"
                                     << "journald-export" << 2 << 0;
    QTest::newRow("k8s-eventlist") << "kubernetes-events/troubleshoot-supportbundle-k3d-default-events.json"
                                   << "k8s-events" << 5 << 0;
    QTest::newRow("k8s-watch") << "kubernetes-events/sumologic-doc-eks-watch-event-pulling.json"
                               << "k8s-events" << 1 << 0;
}

void TestLogImporters::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, events);
    QFETCH(int, rejects);
    const auto r = importFile(tests::samplePath(file));
    QCOMPARE(r->format, format);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(int(r->sink.events.size()), events);
    QCOMPARE(int(r->sink.rejects.size()), rejects);
    for (const EventRecord &e : r->sink.events) {
        QVERIFY(e.instant != NoInstant);
        QVERIFY(e.line > 0);
        QVERIFY(LogFields::isValidUtf8(e.text));
        if (!e.attributesJson.isEmpty())
            QVERIFY2(QJsonDocument::fromJson(e.attributesJson).isObject(), e.attributesJson.constData());
    }
    for (const RejectedRecord &rej : r->sink.rejects) {
        QVERIFY(rej.line > 0);
        QVERIFY(!rej.reason.isEmpty());
    }
}

void TestLogImporters::registryHasEveryFormat()
{
    ImporterRegistry registry;
    for (const char *id : { "jsonl", "journald-json", "journald-export", "k8s-events", "logfmt", "syslog",
             "access-log", "csv", "tsv", "zap-console", "text" }) {
        QVERIFY2(registry.find(QLatin1String(id)), id);
        QVERIFY(!registry.find(QLatin1String(id))->displayName().isEmpty());
    }
}

void TestLogImporters::scannerUsesSimd()
{
    // Not a requirement of correctness, but the speed budget assumes the AVX2 kernel here.
    qInfo("simdjson kernel: %s", JsonRecordScanner::implementationName());
    QVERIFY(JsonRecordScanner::create());
}

void TestLogImporters::jsonAliases_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("lane");

    const int info = int(Severity::Info), warn = int(Severity::Warning), err = int(Severity::Error);
    const QString t0 = QStringLiteral("2023-11-14T22:13:20.000000Z"); // 1700000000 s
    QTest::newRow("timestamp") << QByteArray(
        R"({"timestamp":"2023-11-14T22:13:20Z","level":"info","msg":"a"})")
                               << t0 << info << QByteArray("a") << QByteArray();
    QTest::newRow("ts-offset") << QByteArray(
        R"({"ts":"2023-11-14T23:13:20+01:00","lvl":"WARN","message":"b"})")
                               << t0 << warn << QByteArray("b") << QByteArray();
    QTest::newRow("time-space") << QByteArray(
        R"({"time":"2023-11-14 22:13:20.5Z","severity":"error","body":"c"})")
                                << "2023-11-14T22:13:20.500000Z" << err << QByteArray("c") << QByteArray();
    QTest::newRow("t") << QByteArray(R"({"t":1700000000,"msg":"d"})") << t0 << 0 << QByteArray("d")
                       << QByteArray();
    QTest::newRow("@timestamp+log.level")
        << QByteArray(R"({"@timestamp":"2023-11-14T22:13:20.000Z","log.level":"warning","message":"e"})")
        << t0 << warn << QByteArray("e") << QByteArray();
    QTest::newRow("nested log.level") << QByteArray(
        R"({"@timestamp":"2023-11-14T22:13:20Z","log":{"level":"error","logger":"x"},"message":"f"})")
                                      << t0 << err << QByteArray("f") << QByteArray("x");
    QTest::newRow("epoch-ms") << QByteArray(R"({"time":1700000000123,"level":30,"msg":"g","name":"svc"})")
                              << "2023-11-14T22:13:20.123000Z" << info << QByteArray("g")
                              << QByteArray("svc");
    QTest::newRow("epoch-us") << QByteArray(R"({"ts":1700000000123456,"level":50,"msg":"h"})")
                              << "2023-11-14T22:13:20.123456Z" << err << QByteArray("h") << QByteArray();
    QTest::newRow("epoch-ns") << QByteArray(R"({"ts":1700000000123456789,"level":40,"msg":"i"})")
                              << "2023-11-14T22:13:20.123456Z" << warn << QByteArray("i") << QByteArray();
    QTest::newRow("epoch-s-float") << QByteArray(R"({"ts":1700000000.25,"level":"info","msg":"j"})")
                                   << "2023-11-14T22:13:20.250000Z" << info << QByteArray("j")
                                   << QByteArray();
    QTest::newRow("epoch-string-ms") << QByteArray(R"({"ts":"1700000000123","msg":"k"})")
                                     << "2023-11-14T22:13:20.123000Z" << 0 << QByteArray("k") << QByteArray();
    QTest::newRow("timeUnixNano") << QByteArray(
        R"({"timeUnixNano":"1700000000000000001","severityText":"INFO","body":"l"})")
                                  << t0 << info << QByteArray("l") << QByteArray();
    QTest::newRow("journald") << QByteArray(
        R"({"__REALTIME_TIMESTAMP":"1700000000000001","PRIORITY":"3","MESSAGE":"m","_SYSTEMD_UNIT":"nginx.service","_HOSTNAME":"h1"})")
                              << "2023-11-14T22:13:20.000001Z" << err << QByteArray("m")
                              << QByteArray("nginx.service");
    QTest::newRow("syslog-level-number") << QByteArray(R"({"ts":"2023-11-14T22:13:20Z","level":4,"msg":"n"})")
                                         << t0 << warn << QByteArray("n") << QByteArray();
    QTest::newRow("fields.message") << QByteArray(
        R"({"timestamp":"2023-11-14T22:13:20Z","level":"INFO","fields":{"message":"o","n":3},"target":"app::db"})")
                                    << t0 << info << QByteArray("o") << QByteArray("app::db");
    QTest::newRow("@fields") << QByteArray(
        R"({"ts":"2023-11-14T22:13:20Z","@fields":{"lvl":"ERROR","msg":"p"}})")
                             << t0 << err << QByteArray("p") << QByteArray();
    QTest::newRow("service.name dotted") << QByteArray(
        R"({"time":1700000000000,"level":"info","msg":"q","service.name":"payment","hostname":"h"})")
                                         << t0 << info << QByteArray("q") << QByteArray("payment");
    QTest::newRow("service nested") << QByteArray(
        R"({"time":"2023-11-14T22:13:20Z","msg":"r","service":{"name":"cart"},"host":"h"})")
                                    << t0 << 0 << QByteArray("r") << QByteArray("cart");
    QTest::newRow("escapes") << QByteArray(R"({"ts":"2023-11-14T22:13:20Z","msg":"tab\there \"q\" \u00e9"})")
                             << t0 << 0 << QByteArray("tab\there \"q\" \xc3\xa9") << QByteArray();
    QTest::newRow("mongodb $date") << QByteArray(
        R"({"t":{"$date":"2023-11-14T22:13:20.000+00:00"},"s":"I","msg":"s"})")
                                   << t0 << 0 << QByteArray("s") << QByteArray();
    QTest::newRow("instant") << QByteArray(
        R"({"instant":{"epochSecond":1700000000,"nanoOfSecond":5000},"level":"INFO","message":"u"})")
                             << "2023-11-14T22:13:20.000005Z" << info << QByteArray("u") << QByteArray();
    QTest::newRow("unix-seconds negative")
        << QByteArray(R"({"time":-1,"msg":"v"})") << "1969-12-31T23:59:59.000000Z" << 0 << QByteArray("v")
        << QByteArray();
}

void TestLogImporters::jsonAliases()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, instant);
    QFETCH(int, severity);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, lane);
    const auto r = importBytes(line + '\n', QStringLiteral("jsonl"));
    QVERIFY(r->ok);
    QCOMPARE(int(r->sink.rejects.size()), 0);
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QCOMPARE(iso(e.instant), instant);
    QCOMPARE(int(e.severity), severity);
    QCOMPARE(e.text, text);
    QCOMPARE(e.lane, lane);
    QVERIFY(!r->context.usedZoneForNaiveTimestamps);
}

void TestLogImporters::jsonAttributesKeepTheRest()
{
    const auto r = importBytes(
        R"({"ts":"2023-11-14T22:13:20Z","level":"info","msg":"hi","user":"ann","obj":{ "a" : [1, 2] },"n":1.5,"ok":true,"nil":null})"
        "\n",
        QStringLiteral("jsonl"));
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QCOMPARE(e.actor, QByteArray("ann"));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    QCOMPARE(attrs.keys(),
        (QStringList {
            QStringLiteral("n"), QStringLiteral("nil"), QStringLiteral("obj"), QStringLiteral("ok") }));
    QCOMPARE(attrs.value(QLatin1String("obj")).toObject().value(QLatin1String("a")).toArray().size(), 2);
    QCOMPARE(attrs.value(QLatin1String("n")).toDouble(), 1.5);
}

void TestLogImporters::jsonRejects_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"ts\": 12") << "not valid JSON";
    QTest::newRow("garbage") << QByteArray("hello world") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2,3]") << "not a JSON object";
    QTest::newRow("no time") << QByteArray(R"({"msg":"x"})") << "no timestamp field";
    QTest::newRow("bad time") << QByteArray(R"({"ts":"yesterday","msg":"x"})")
                              << "unreadable timestamp \"yesterday\" in field \"ts\"";
}

void TestLogImporters::jsonRejects()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);
    const QByteArray good = R"({"ts":"2023-11-14T22:13:20Z","msg":"ok"})";
    const auto r = importBytes(good + '\n' + line + '\n' + good + '\n', QStringLiteral("jsonl"));
    QVERIFY(r->ok);
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(int(r->sink.rejects.size()), 1);
    QCOMPARE(r->sink.rejects.front().line, 2);
    QCOMPARE(r->sink.rejects.front().byteOffset, good.size() + 1);
    QCOMPARE(r->sink.rejects.front().reason, reason);
    QCOMPARE(r->sink.rejects.front().raw, line);
}

void TestLogImporters::jsonPrettyPrinted()
{
    const QByteArray text = "{\n  \"ts\": \"2023-11-14T22:13:20Z\",\n  \"msg\": \"a {brace} \\\"q\\\"\"\n}\n"
                            "{\"ts\":\"2023-11-14T22:13:21Z\",\"msg\":\"b\"}\n"
                            "{\n  \"ts\": \"2023-11-14T22:13:22Z\",\n";
    const auto r = importBytes(text, QStringLiteral("jsonl"));
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(r->sink.events[0].line, 1);
    QCOMPARE(r->sink.events[0].text, QByteArray("a {brace} \"q\""));
    QCOMPARE(r->sink.events[1].line, 5);
    QCOMPARE(int(r->sink.rejects.size()), 1); // the object left open at the end
    QCOMPARE(r->sink.rejects.front().line, 6);
}

// The flat fast path of JsonRecordScanner (jsonrecordscannerflat.inc) must find exactly what
// the simdjson path finds, and hand every line it does not read in full to simdjson.
void TestLogImporters::jsonFastPathMatchesSimdjson_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("fast"); // whether the fast path reads it by itself

    QTest::newRow("compact") << QByteArray(
        R"({"ts":"2024-05-01T10:00:00Z","level":"info","service":"api","msg":"ok","n":-1.5e3,"b":true,"z":null,"user":"u-1"})")
                             << true;
    QTest::newRow("spaces") << QByteArray(
        "  { \"ts\" : 1714557600 ,\t\"msg\" : \"a b\" , \"x\" : false }  \r")
                            << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("escaped attribute")
        << QByteArray(R"({"ts":1,"path":"C:\\dir\"x\"\u00e9\/","msg":"m"})") << true;
    QTest::newRow("utf-8") << QByteArray(
        "{\"ts\":1,\"msg\":\"gr\xc3\xbc\xc3\x9f \xe2\x82\xac\",\"k\xc3\xa9y\":\"v\"}")
                           << true;
    QByteArray accents;
    for (int i = 0; i < 200; ++i)
        accents += "\xc3\xa9 ";
    QTest::newRow("long utf-8") << QByteArray("{\"ts\":1,\"msg\":\"" + accents + "\",\"x\":\"\xe4\xb8\xad\"}")
                                << true;
    QTest::newRow("invalid utf-8 in attribute")
        << QByteArray("{\"ts\":1,\"msg\":\"ok\",\"x\":\"\xc3\x28\"}") << false;
    QTest::newRow("duplicate keys") << QByteArray(
        R"({"ts":1,"msg":"first","msg":"second","level":"warn","lvl":"error"})")
                                    << true;
    QTest::newRow("ranked aliases") << QByteArray(
        R"({"t":1,"time":2,"@timestamp":"2024-05-01T10:00:00Z","host":"h","service":"s"})")
                                    << true;
    QTest::newRow("numbers") << QByteArray(R"({"ts":0,"a":-0,"b":0.5,"c":1E+2,"d":12e-3,"msg":123})") << true;
    QTest::newRow("long strings") << QByteArray(
        "{\"ts\":1,\"msg\":\"" + QByteArray(300, 'x') + "\",\"pad\":\"" + QByteArray(17, 'y') + "\"}")
                                  << true;
    QTest::newRow("escaped message") << QByteArray(R"({"ts":1,"msg":"a\nb \"q\""})") << false;
    QTest::newRow("escaped key") << QByteArray(R"({"ts":1,"m\u0073g":"hi"})") << false;
    QTest::newRow("nested object") << QByteArray(
        R"({"ts":1,"fields":{"message":"nested"},"log":{"level":"warn"}})")
                                   << false;
    QTest::newRow("array") << QByteArray(R"({"ts":1,"tags":["a","b"],"MESSAGE":[104,105]})") << false;
    QTest::newRow("otlp") << QByteArray(R"({"resourceLogs":[]})") << false;
    QTest::newRow("nanoOfSecond key") << QByteArray(R"({"instant.nanoOfSecond":5,"ts":1})") << false;
    QTest::newRow("trailing text") << QByteArray(R"({"ts":1} x)") << false;
    QTest::newRow("two objects") << QByteArray(R"({"ts":1}{"ts":2})") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"ts":01,"msg":"x"})") << false;
    QTest::newRow("bad number in attribute") << QByteArray(R"({"ts":1,"n":2x0,"msg":"x"})") << false;
    QTest::newRow("bare word") << QByteArray(R"({"ts":1,"n":yes})") << false;
    QTest::newRow("control character") << QByteArray("{\"ts\":1,\"msg\":\"a\tb\"}") << false;
    QTest::newRow("bad escape") << QByteArray(R"({"ts":1,"x":"\q"})") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"({"ts":1,"x":"\u12"})") << false;
    QTest::newRow("invalid utf-8") << QByteArray("{\"ts\":1,\"msg\":\"\xff\xfe\"}") << false;
    QTest::newRow("unclosed string") << QByteArray(R"({"ts":1,"msg":"abc)") << false;
    QTest::newRow("unclosed object") << QByteArray(R"({"ts":1,"msg":"abc")") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"ts" 1})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"ts":1,})") << false;
    QTest::newRow("not an object") << QByteArray(R"([1,2])") << false;
    QTest::newRow("not json") << QByteArray("hello world") << false;
    QByteArray many = "{\"ts\":1";
    for (int i = 0; i < 1100; ++i)
        many += ",\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    QTest::newRow("more fields than kept") << QByteArray(many + ",\"msg\":\"end\"}") << true;
}

// Scans `line` with `scanner` as an import does and with simdjson alone, and compares the two
// results field for field. QTest's checks return from here; callers look at currentTestFailed().
static void compareWithSimdjson(JsonRecordScanner &scanner, QByteArray line)
{
    const qsizetype size = line.size();
    line.append(QByteArray(ImportInput::Padding, '\0'));
    static const auto reference = [] {
        auto scanner = JsonRecordScanner::create();
        scanner->setFastPathEnabled(false);
        return scanner;
    }();
    JsonRecordScanner::Result fastResult, slowResult;
    const auto fastStatus = scanner.scan(line.constData(), size_t(size), size_t(line.size()), fastResult);
    const auto slowStatus = reference->scan(line.constData(), size_t(size), size_t(line.size()), slowResult);
    QVERIFY(!reference->lastScanWasFast());
    QCOMPARE(int(fastStatus), int(slowStatus));
    if (slowStatus != JsonRecordScanner::Status::Ok)
        return;
    auto same = [](const JsonRecordScanner::Candidate &a, const JsonRecordScanner::Candidate &b) {
        if (a.rank == 255 || b.rank == 255) // not found: nothing else is meant
            return a.rank == b.rank && a.span == b.span;
        return a.text == b.text && a.isString == b.isString && a.isBytes == b.isBytes && a.rank == b.rank
            && a.unit == b.unit && a.numbering == b.numbering && a.span == b.span && a.key == b.key;
    };
    QVERIFY(same(fastResult.time, slowResult.time));
    QVERIFY(same(fastResult.level, slowResult.level));
    QVERIFY(same(fastResult.message, slowResult.message));
    QVERIFY(same(fastResult.lane, slowResult.lane));
    QVERIFY(same(fastResult.actor, slowResult.actor));
    QCOMPARE(fastResult.fractionNs, slowResult.fractionNs);
    QCOMPARE(fastResult.otlp, slowResult.otlp);
    QCOMPARE(fastResult.droppedFields, slowResult.droppedFields);
    QCOMPARE(fastResult.keyCount, slowResult.keyCount);
    for (size_t i = 0; i < fastResult.fieldCount(); ++i) {
        QCOMPARE(fastResult.keyStarts[i], slowResult.keyStarts[i]);
        QCOMPARE(JsonRecordScanner::fieldText(fastResult, i), JsonRecordScanner::fieldText(slowResult, i));
    }
}

void TestLogImporters::jsonFastPathMatchesSimdjson()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, fast);
    auto scanner = JsonRecordScanner::create();
    compareWithSimdjson(*scanner, line);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(scanner->lastScanWasFast(), fast);
}

// The fast path reads the leading fields of a line by the shape of earlier lines (the bytes
// between their values). Lines that keep, extend, cut short, respace or change that shape must
// still be read exactly as simdjson reads them; `shapeFields` is how many leading fields of each
// line the shape read.
void TestLogImporters::jsonShapeOfEarlierLines_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QList<int>>("shapeFields");

    QTest::newRow("same keys, other values")
        << QByteArrayList { R"({"ts":"2024-05-01T10:00:00Z","level":"info","msg":"ok","n":1})",
               R"({"ts":"2024-05-01T10:00:01.5Z","level":"warn","msg":"a longer message","n":-2.5e3})",
               R"({"ts":1714557600,"level":30,"msg":"x","n":"text"})",
               R"({"ts":1,"level":"info","msg":"m","n":true})" }
        << QList<int> { 0, 4, 4, 4 };
    QTest::newRow("a field more at the end") << QByteArrayList { R"({"ts":1,"msg":"a"})",
        R"({"ts":2,"msg":"b","err":"boom","user":"u"})", R"({"ts":3,"msg":"c"})" }
                                             << QList<int> { 0, 2, 2 };
    QTest::newRow("a field less: learnt again after two lines")
        << QByteArrayList { R"({"ts":1,"msg":"a","user":"u"})", R"({"ts":2,"msg":"b"})",
               R"({"ts":3,"msg":"c"})", R"({"ts":4,"msg":"d","user":"v"})" }
        << QList<int> { 0, 2, 2, 2 };
    QTest::newRow("keys that only start alike") << QByteArrayList { R"({"ts":1,"msg":"a"})",
        R"({"tsx":1,"msg":"a"})", R"({"ts":1,"msgs":"a"})", R"({"ts":2,"msgs":"b"})" }
                                                << QList<int> { 0, 0, 1, 2 };
    QTest::newRow("other white space") << QByteArrayList { R"({"ts": 1, "msg": "a"})",
        R"({"ts":1,"msg":"a"})", R"({"ts": 2, "msg": "b"} )", R"({"ts": 2,  "msg": "b"})" }
                                       << QList<int> { 0, 0, 2, 1 };
    QTest::newRow("escape in a mapped value")
        << QByteArrayList { R"({"ts":1,"msg":"a"})", R"({"ts":1,"msg":"a\"b"})", R"({"ts":2,"msg":"c"})" }
        << QList<int> { 0, 0, 2 };
    QTest::newRow("escape in an attribute") << QByteArrayList { R"({"ts":1,"path":"a","msg":"m"})",
        R"({"ts":1,"path":"C:\\dir\u00e9","msg":"m"})" }
                                            << QList<int> { 0, 3 };
    QTest::newRow("line ends inside the shape") << QByteArrayList { R"({"ts":1,"msg":"a"})", R"({"ts":1,"ms)",
        R"({"ts":1,)", R"({"ts":1,"msg":"a")" } << QList<int> { 0, 1, 1, 2 };
    QTest::newRow("object where the shape had a string") << QByteArrayList { R"({"ts":1,"msg":"a","x":"s"})",
        R"({"ts":1,"msg":"a","x":{"message":"inner"}})", R"({"ts":1,"msg":"a","x":[1]})",
        R"({"ts":1,"msg":"a","x":"t"})" } << QList<int> { 0, 0, 0, 3 };
    QTest::newRow("invalid bytes after the shape")
        << QByteArrayList { R"({"ts":1,"msg":"a"})", R"({"ts":1,"msg":"a"} x)", R"({"ts":1,"msg":"a",})",
               R"({"ts":1,"msg":01})", "{\"ts\":1,\"msg\":\"\xff\"}", R"({"ts":1,"msg":"b"})" }
        << QList<int> { 0, 2, 2, 2, 2, 2 };
    QByteArray many = "{\"ts\":1";
    for (int i = 0; i < 30; ++i)
        many += ",\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    QTest::newRow("more fields than a shape keeps")
        << QByteArrayList { many + "}", many + ",\"msg\":\"m\"}" } << QList<int> { 0, 24 };
    QTest::newRow("a long key ends the shape")
        << QByteArrayList { R"({"ts":1,"a_key_much_longer_than_the_forty_eight_bytes_kept":"v","msg":"m"})",
               R"({"ts":2,"a_key_much_longer_than_the_forty_eight_bytes_kept":"w","msg":"n"})" }
        << QList<int> { 0, 1 };
    QTest::newRow("a non-ASCII key ends the shape") << QByteArrayList {
        "{\"ts\":1,\"cl\xc3\xa9\":\"v\",\"msg\":\"m\"}", "{\"ts\":2,\"cl\xc3\xa9\":\"w\",\"msg\":\"n\"}"
    } << QList<int> { 0, 1 };
    QTest::newRow("alternating shapes keep the first") << QByteArrayList { R"({"ts":1,"msg":"a"})",
        R"({"time":1,"message":"b"})", R"({"ts":2,"msg":"c"})", R"({"time":2,"message":"d"})" }
                                                       << QList<int> { 0, 0, 2, 0 };
    QTest::newRow("empty objects") << QByteArrayList { "{}", R"({"ts":1})", "{ }", R"({"ts":5})" }
                                   << QList<int> { 0, 0, 0, 1 };
    QTest::newRow("repeated alias") << QByteArrayList { R"({"ts":1,"msg":"first","msg":"second"})",
        R"({"ts":2,"msg":"one","msg":"two"})" }
                                    << QList<int> { 0, 3 };
}

void TestLogImporters::jsonShapeOfEarlierLines()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QList<int>, shapeFields);
    QCOMPARE(lines.size(), shapeFields.size());
    auto scanner = JsonRecordScanner::create();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        compareWithSimdjson(*scanner, lines[i]);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(QString::fromUtf8(lines[i]))));
        if (int(scanner->lastShapeFields()) != shapeFields[i])
            QFAIL(qPrintable(QStringLiteral("line %1 (%2): the shape read %3 fields, not %4")
                                 .arg(i + 1)
                                 .arg(QString::fromUtf8(lines[i]))
                                 .arg(scanner->lastShapeFields())
                                 .arg(shapeFields[i])));
    }
}

// The same over whole real files: every event and reject as simdjson alone reads them.
void TestLogImporters::jsonFastPathSamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    for (const char *name : { "jsonl-logs/lnav-test-logfile_bunyan.0",
             "jsonl-logs/lnav-test-logfile_ecs_log.json", "jsonl-logs/lnav-test-logfile_json.json",
             "jsonl-logs/lnav-test-logfile_json_subsec.json", "jsonl-logs/lnav-test-logfile_nested_json.json",
             "jsonl-logs/lnav-test-logfile_otel_collector.jsonl", "jsonl-logs/lnav-test-logfile_pino.0",
             "jsonl-logs/lnav-test-logfile_rust_tracing.0" })
        QTest::newRow(name) << tests::samplePath(QString::fromLatin1(name)) << QStringLiteral("jsonl");
    for (const char *name :
        { "journald-json/lnav-test-logfile_journald.json", "journald-json/systemd-doc-json-edge-cases.json" })
        QTest::newRow(name) << tests::samplePath(QString::fromLatin1(name))
                            << QStringLiteral("journald-json");
    QTest::newRow("crlf-bom.jsonl") << tests::dataPath(QStringLiteral("logs/crlf-bom.jsonl"))
                                    << QStringLiteral("jsonl");
    QTest::newRow("lnav json") << tests::dataPath(QStringLiteral("logs/lnav-test-logfile_json.json"))
                               << QStringLiteral("jsonl");
}

void TestLogImporters::jsonFastPathSamples()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    if (!QFile::exists(path))
        QSKIP("sample not present");
    CollectingSink results[2];
    for (int fast = 0; fast < 2; ++fast) {
        ImportInput input;
        QVERIFY(input.open(path));
        ImporterRegistry registry;
        auto importer = registry.create(format);
        auto *json = dynamic_cast<JsonLinesImporter *>(importer.get());
        QVERIFY(json);
        json->setFastPathEnabled(fast == 1);
        ImportContext context;
        QString error;
        json->read(input, results[fast], context, &error);
    }
    const CollectingSink &slow = results[0], &fast = results[1];
    QVERIFY(!slow.events.empty() || !slow.rejects.empty());
    QCOMPARE(fast.events.size(), slow.events.size());
    for (size_t i = 0; i < slow.events.size(); ++i) {
        const EventRecord &a = slow.events[i], &b = fast.events[i];
        QCOMPARE(b.instant, a.instant);
        QCOMPARE(b.severity, a.severity);
        QCOMPARE(b.lane, a.lane);
        QCOMPARE(b.actor, a.actor);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.attributesJson, a.attributesJson);
        QCOMPARE(b.line, a.line);
        QCOMPARE(b.byteOffset, a.byteOffset);
    }
    QCOMPARE(fast.rejects.size(), slow.rejects.size());
    for (size_t i = 0; i < slow.rejects.size(); ++i) {
        QCOMPARE(fast.rejects[i].line, slow.rejects[i].line);
        QCOMPARE(fast.rejects[i].reason, slow.rejects[i].reason);
    }
}

// A sink that reuses its records (EventSink::newEvent()) must hand out each one as good as new,
// and the importer must fill every field it means to, whatever the record held before.
void TestLogImporters::recycledRecordsAreReset()
{
    class Recycling : public EventSink
    {
    public:
        void addEvent(EventRecord &&e) override
        {
            m_records.addEvent(std::move(e));
            delivered();
        }
        EventRecord &newEvent() override { return m_records.newEvent(); }
        void commitEvent() override
        {
            m_records.commitEvent();
            delivered();
        }
        void addRejected(RejectedRecord &&r) override { rejects.push_back(std::move(r)); }
        std::vector<EventRecord> copies;
        std::vector<RejectedRecord> rejects;

    private:
        void delivered()
        {
            copies.push_back(m_records.last()); // a deep enough copy: QByteArray copies on write
            copies.back().text.detach();
            copies.back().attributesJson.detach();
            copies.back().actor.detach();
            if (m_records.size() >= 2) { // tiny batches, so that every record is a reused one
                m_records.recycle(m_records.take());
            }
        }
        RecyclingBatch m_records;
    };
    const QByteArray lines = "{\"ts\":1,\"level\":\"error\",\"msg\":\"a long first "
                             "message\",\"user\":\"someone\",\"x\":1,\"y\":\"long attribute\"}\n"
                             "{\"ts\":2,\"msg\":\"b\"}\n"
                             "not json\n"
                             "{\"ts\":3,\"x\":2}\n"
                             "{\"ts\":4,\"service\":\"api\",\"msg\":\"c\",\"user\":\"u\"}\n"
                             "{\"ts\":5}\n";
    auto check = [&](EventSink &sink, const std::vector<EventRecord> &events,
                     const std::vector<RejectedRecord> &rejects) {
        ImportInput input;
        input.openBytes(lines);
        ImporterRegistry registry;
        auto importer = registry.create(QStringLiteral("jsonl"));
        ImportContext context;
        QString error;
        QVERIFY(importer->read(input, sink, context, &error));
        QCOMPARE(events.size(), size_t(5));
        QCOMPARE(rejects.size(), size_t(1));
        QCOMPARE(rejects[0].line, 3);
    };
    CollectingSink plain;
    check(plain, plain.events, plain.rejects);
    Recycling recycling;
    check(recycling, recycling.copies, recycling.rejects);
    for (size_t i = 0; i < plain.events.size(); ++i) {
        const EventRecord &a = plain.events[i];
        const EventRecord &b = recycling.copies[i];
        QCOMPARE(b.instant, a.instant);
        QCOMPARE(b.severity, a.severity);
        QCOMPARE(b.lane, a.lane);
        QCOMPARE(b.actor, a.actor);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.attributesJson, a.attributesJson);
        QCOMPARE(b.line, a.line);
        QCOMPARE(b.byteOffset, a.byteOffset);
    }
    QCOMPARE(plain.events[1].severity, Severity::Unknown);
    QVERIFY(plain.events[1].actor.isEmpty());
    QVERIFY(plain.events[1].attributesJson.isEmpty());
    QCOMPARE(plain.events[2].text, QByteArray("{\"x\":2}"));
}

// The lane cache hands out shared copies, and never the wrong name: not for names with the same
// length and the same first and last bytes (one signature), not after more names than it keeps.
void TestLogImporters::nameCacheSharesAndTellsApart()
{
    LogFields::NameCache cache;
    const QByteArray a = cache.get("checkout-api");
    const QByteArray again = cache.get(QByteArrayView("checkout-api"));
    QCOMPARE(again, QByteArray("checkout-api"));
    QCOMPARE(again.constData(), a.constData()); // shared, not a new copy
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(cache.get("abcd-1-wxyz"), QByteArray("abcd-1-wxyz"));
        QCOMPARE(cache.get("abcd-2-wxyz"), QByteArray("abcd-2-wxyz"));
        QCOMPARE(cache.get("ab"), QByteArray("ab"));
        QCOMPARE(cache.get("ba"), QByteArray("ba"));
        QCOMPARE(cache.get(""), QByteArray());
    }
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 40; ++i) {
            const QByteArray name = "host-" + QByteArray::number(i);
            QCOMPARE(cache.get(name), name);
        }
    }
}

void TestLogImporters::journaldBinaryMessage()
{
    const QByteArray line
        = R"({"__REALTIME_TIMESTAMP":"1700000000000000","MESSAGE":[104,105,255,10],"_UDEV_DEVLINK":["/dev/a","/dev/b"],"LARGE":null,"SYSLOG_IDENTIFIER":"kernel"})";
    const auto r = importBytes(line + '\n');
    QCOMPARE(r->format, QStringLiteral("journald-json"));
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QCOMPARE(e.text, QByteArray("hi\xef\xbf\xbd\n"));
    QCOMPARE(e.lane, QByteArray("kernel"));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    QCOMPARE(attrs.value(QLatin1String("_UDEV_DEVLINK")).toArray().size(), 2);
    QVERIFY(attrs.value(QLatin1String("LARGE")).isNull());
}

void TestLogImporters::naiveTimestampsUseTheSourceZone()
{
    // 10:00 in Berlin in winter is 09:00 UTC; in summer 08:00 UTC.
    const auto r = importBytes(
        "{\"ts\":\"2024-01-15T10:00:00\",\"msg\":\"w\"}\n{\"ts\":\"2024-07-15 10:00:00\",\"msg\":\"s\"}\n",
        QStringLiteral("jsonl"), QStringLiteral("x.jsonl"), 2024, QStringLiteral("Europe/Berlin"));
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(iso(r->sink.events[0].instant), QStringLiteral("2024-01-15T09:00:00.000000Z"));
    QCOMPARE(iso(r->sink.events[1].instant), QStringLiteral("2024-07-15T08:00:00.000000Z"));
    QVERIFY(r->context.usedZoneForNaiveTimestamps);
}

void TestLogImporters::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // empty: not a timestamp
    QTest::addColumn<bool>("naive");

    QTest::newRow("iso Z") << QByteArray("2024-05-01T12:34:56Z") << "iso"
                           << "2024-05-01T12:34:56.000000Z" << false;
    QTest::newRow("iso frac 9") << QByteArray("2024-05-01T12:34:56.123456789Z") << "iso"
                                << "2024-05-01T12:34:56.123456Z" << false;
    QTest::newRow("iso comma") << QByteArray("2024-05-01 12:34:56,5") << "iso"
                               << "2024-05-01T12:34:56.500000Z" << true;
    QTest::newRow("iso -07:00") << QByteArray("2025-08-31T09:36:55.418891-07:00") << "iso"
                                << "2025-08-31T16:36:55.418891Z" << false;
    QTest::newRow("iso +0530") << QByteArray("2024-05-01T12:00:00+0530") << "iso"
                               << "2024-05-01T06:30:00.000000Z" << false;
    QTest::newRow("iso UTC word") << QByteArray("2024-05-01 12:00:00 UTC") << "iso"
                                  << "2024-05-01T12:00:00.000000Z" << false;
    QTest::newRow("iso minutes") << QByteArray("2024-05-01T12:00") << "iso"
                                 << "2024-05-01T12:00:00.000000Z" << true;
    QTest::newRow("iso leap second") << QByteArray("2016-12-31T23:59:60Z") << "iso"
                                     << "2016-12-31T23:59:59.999999Z" << false;
    QTest::newRow("iso bad month") << QByteArray("2024-13-01T00:00:00Z") << "iso"
                                   << "" << false;
    QTest::newRow("iso Feb 30") << QByteArray("2024-02-30T00:00:00Z") << "iso"
                                << "" << false;
    QTest::newRow("iso trailing word") << QByteArray("2024-05-01 10:00 foo") << "iso"
                                       << "" << false;
    QTest::newRow("iso short") << QByteArray("2024-05-01") << "iso"
                               << "" << false;
    QTest::newRow("epoch s") << QByteArray("1700000000") << "epoch"
                             << "2023-11-14T22:13:20.000000Z" << false;
    QTest::newRow("epoch ms") << QByteArray("1700000000001") << "epoch"
                              << "2023-11-14T22:13:20.001000Z" << false;
    QTest::newRow("epoch us") << QByteArray("1700000000000001") << "epoch"
                              << "2023-11-14T22:13:20.000001Z" << false;
    QTest::newRow("epoch ns") << QByteArray("1700000000000001000") << "epoch"
                              << "2023-11-14T22:13:20.000001Z" << false;
    QTest::newRow("epoch frac") << QByteArray("1700000000.5") << "epoch"
                                << "2023-11-14T22:13:20.500000Z" << false;
    QTest::newRow("epoch junk") << QByteArray("17000x") << "epoch"
                                << "" << false;
    QTest::newRow("rfc3164") << QByteArray("Nov  3 09:23:38") << "rfc3164"
                             << "2024-11-03T09:23:38.000000Z" << true;
    QTest::newRow("rfc3164 two-digit day") << QByteArray("Aug 16 00:10:45") << "rfc3164"
                                           << "2024-08-16T00:10:45.000000Z" << true;
    QTest::newRow("rfc3164 bad") << QByteArray("Foo 16 00:10:45") << "rfc3164"
                                 << "" << false;
    QTest::newRow("clf") << QByteArray("20/Jul/2009:22:59:26 +0200") << "clf"
                         << "2009-07-20T20:59:26.000000Z" << false;
    QTest::newRow("leading bracket") << QByteArray("[2024-05-01 12:00:00.250] INFO x") << "leading"
                                     << "2024-05-01T12:00:00.250000Z" << true;
    QTest::newRow("leading slash") << QByteArray("2024/05/01 12:00:00 x") << "leading"
                                   << "2024-05-01T12:00:00.000000Z" << true;
    QTest::newRow("leading prose") << QByteArray("Hello 2024-05-01") << "leading"
                                   << "" << false;
    QTest::newRow("leading glued") << QByteArray("2024-05-01T12:00:00Zfoo") << "leading"
                                   << "" << false;
}

// parseIso8601Prefix reads "YYYY-MM-DDTHH:MM:SS.ffffffZ" on a fast path of its own; the same
// instant written with "+00:00" instead of "Z" takes the general parser, so each row compares the two.
void TestLogImporters::isoMicroZFastPathMatchesGeneralParser_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("bench form") << QByteArray("2024-05-01T12:34:56.000406Z") << true;
    QTest::newRow("epoch start") << QByteArray("1970-01-01T00:00:00.000000Z") << true;
    QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.999999Z") << true;
    QTest::newRow("year 0000") << QByteArray("0000-03-01T00:00:00.000001Z")
                               << false; // before the supported range
    QTest::newRow("year 0001") << QByteArray("0001-01-01T00:00:00.000000Z") << true;
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999999Z") << true;
    QTest::newRow("leap day") << QByteArray("2024-02-29T08:00:00.500000Z") << true;
    QTest::newRow("Feb 29 of 2023") << QByteArray("2023-02-29T08:00:00.500000Z") << false;
    QTest::newRow("Feb 29 of 1900") << QByteArray("1900-02-29T08:00:00.000000Z") << false;
    QTest::newRow("Feb 29 of 2000") << QByteArray("2000-02-29T08:00:00.000000Z") << true;
    QTest::newRow("hour 24, end of day") << QByteArray("2024-05-01T24:00:00.000000Z") << true;
    QTest::newRow("hour 24 and a microsecond") << QByteArray("2024-05-01T24:00:00.000001Z") << false;
    QTest::newRow("hour 24 and a second") << QByteArray("2024-05-01T24:00:01.000000Z") << false;
    QTest::newRow("hour 24 and a minute") << QByteArray("2024-05-01T24:01:00.000000Z") << false;
    QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60.000000Z") << true;
    QTest::newRow("month 00") << QByteArray("2024-00-01T00:00:00.000000Z") << false;
    QTest::newRow("month 13") << QByteArray("2024-13-01T00:00:00.000000Z") << false;
    QTest::newRow("day 00") << QByteArray("2024-05-00T00:00:00.000000Z") << false;
    QTest::newRow("Apr 31") << QByteArray("2024-04-31T00:00:00.000000Z") << false;
    QTest::newRow("hour 25") << QByteArray("2024-05-01T25:00:00.000000Z") << false;
    QTest::newRow("minute 60") << QByteArray("2024-05-01T12:60:00.000000Z") << false;
    QTest::newRow("second 61") << QByteArray("2024-05-01T12:00:61.000000Z") << false;
    QTest::newRow("letter in year") << QByteArray("20x4-05-01T12:00:00.000000Z") << false;
    QTest::newRow("letter in fraction") << QByteArray("2024-05-01T12:00:00.00a000Z") << false;
    QTest::newRow("colon in fraction") << QByteArray("2024-05-01T12:00:00.00:000Z") << false;
    QTest::newRow("slash date") << QByteArray("2024/05/01T12:00:00.000000Z") << false;
}

void TestLogImporters::isoMicroZFastPathMatchesGeneralParser()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QByteArray general = text;
    general.replace(26, 1, "+00:00");
    bool fastNaive = true, generalNaive = true;
    const Instant fast = timestamps::parseIso8601(text, &fastNaive);
    const Instant slow = timestamps::parseIso8601(general, &generalNaive);
    QCOMPARE(iso(fast), iso(slow));
    QCOMPARE(fast != NoInstant, valid);
    if (valid) {
        QVERIFY(!fastNaive);
        Instant prefix = NoInstant;
        QCOMPARE(
            timestamps::parseIso8601Prefix(QByteArray(text).append(" trailing"), &prefix), qsizetype(27));
        QCOMPARE(prefix, fast);
    }
    // Variants the fast path leaves to the general parser read as before.
    QByteArray lower = text;
    lower[10] = 't';
    lower[26] = 'z';
    QCOMPARE(iso(timestamps::parseIso8601(lower)), iso(slow));
}

void TestLogImporters::isoMicroZFastPathRejectsEachBadByte()
{
    // The fast path checks all 27 bytes at once, eight at a time; one wrong byte anywhere must send
    // the text to the general parser, which decides as it always did.
    const QByteArray good("2024-05-01T12:34:56.000406Z");
    const char replacements[] = { '/', ':', '.', '-', 'A', ' ', '\0', char(0xCA), char(0xFA), char(0x7F) };
    int checked = 0;
    for (int pos = 0; pos < 26; ++pos) {
        for (const char bad : replacements) {
            if (good[pos] == bad)
                continue;
            QByteArray text = good;
            text[pos] = bad;
            QByteArray general = text;
            general.replace(26, 1, "+00:00");
            QVERIFY2(iso(timestamps::parseIso8601(text)) == iso(timestamps::parseIso8601(general)),
                qPrintable(
                    QStringLiteral("byte %1 = 0x%2").arg(pos).arg(uchar(bad), 2, 16, QLatin1Char('0'))));
            ++checked;
        }
    }
    QVERIFY(checked > 200);
}

void TestLogImporters::isoMicroZFastPathSweep()
{
    // Every day of 1968-2032 (leap years and the epoch on the way) at a varying time of day.
    int checked = 0;
    for (int year = 1968; year <= 2032; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const int days = QDate(year, month, 1).daysInMonth();
            for (int day = 1; day <= days; ++day) {
                const int k = (year * 372 + month * 31 + day) % 86400;
                const QByteArray text = QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
                                            .arg(year, 4, 10, QLatin1Char('0'))
                                            .arg(month, 2, 10, QLatin1Char('0'))
                                            .arg(day, 2, 10, QLatin1Char('0'))
                                            .arg(k / 3600, 2, 10, QLatin1Char('0'))
                                            .arg(k / 60 % 60, 2, 10, QLatin1Char('0'))
                                            .arg(k % 60, 2, 10, QLatin1Char('0'))
                                            .arg((k * 7919) % 1000000, 6, 10, QLatin1Char('0'))
                                            .toLatin1();
                QByteArray general = text;
                general.replace(26, 1, "+00:00");
                const Instant fast = timestamps::parseIso8601(text);
                QVERIFY2(fast != NoInstant, text.constData());
                QCOMPARE(fast, timestamps::parseIso8601(general));
                QCOMPARE(timestamps::toIsoUtc(fast), QString::fromLatin1(text));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 23742);
}

void TestLogImporters::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QFETCH(bool, naive);
    Instant t = NoInstant;
    bool isNaive = false;
    if (kind == QLatin1String("iso")) {
        t = timestamps::parseIso8601(text, &isNaive);
    } else if (kind == QLatin1String("epoch")) {
        t = timestamps::parseEpochText(text);
    } else if (kind == QLatin1String("rfc3164")) {
        if (timestamps::parseRfc3164Prefix(text, 2024, &t) == 0)
            t = NoInstant;
        else
            isNaive = true;
    } else if (kind == QLatin1String("clf")) {
        if (timestamps::parseCommonLogPrefix(text, &t, &isNaive) == 0)
            t = NoInstant;
    } else {
        if (timestamps::parseLeadingTimestamp(text, 2024, &t, &isNaive) == 0)
            t = NoInstant;
    }
    QCOMPARE(iso(t), expected);
    if (!expected.isEmpty())
        QCOMPARE(isNaive, naive);
}

void TestLogImporters::severities_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("severity");
    QTest::newRow("TRACE") << QByteArray("TRACE") << int(Severity::Trace);
    QTest::newRow("DEBUG5") << QByteArray("DEBUG5") << int(Severity::Debug);
    QTest::newRow("info") << QByteArray("info") << int(Severity::Info);
    QTest::newRow("Information") << QByteArray("Information") << int(Severity::Info);
    QTest::newRow("notice") << QByteArray("notice") << int(Severity::Notice);
    QTest::newRow("WARN") << QByteArray("WARN") << int(Severity::Warning);
    QTest::newRow("warning") << QByteArray("warning") << int(Severity::Warning);
    QTest::newRow("err") << QByteArray("err") << int(Severity::Error);
    QTest::newRow("CRITICAL") << QByteArray("CRITICAL") << int(Severity::Critical);
    QTest::newRow("fatal") << QByteArray("fatal") << int(Severity::Critical);
    QTest::newRow("emerg") << QByteArray("emerg") << int(Severity::Emergency);
    QTest::newRow("E") << QByteArray("E") << int(Severity::Error);
    QTest::newRow("W") << QByteArray("W") << int(Severity::Warning);
    QTest::newRow("bunyan 30") << QByteArray("30") << int(Severity::Info);
    QTest::newRow("bunyan 60") << QByteArray("60") << int(Severity::Critical);
    QTest::newRow("syslog 0") << QByteArray("0") << int(Severity::Emergency);
    QTest::newRow("syslog 7") << QByteArray("7") << int(Severity::Debug);
    QTest::newRow("garbage") << QByteArray("banana") << int(Severity::Unknown);
    QTest::newRow("empty") << QByteArray() << int(Severity::Unknown);
    QTest::newRow("99") << QByteArray("99") << int(Severity::Unknown);
    // The words read by one comparison, and words that only start like them.
    QTest::newRow("warn") << QByteArray("warn") << int(Severity::Warning);
    QTest::newRow("error") << QByteArray("error") << int(Severity::Error);
    QTest::newRow("debug") << QByteArray("debug") << int(Severity::Debug);
    QTest::newRow("errors") << QByteArray("errors") << int(Severity::Error);
    QTest::newRow("infx") << QByteArray("infx") << int(Severity::Info);
    QTest::newRow("wart") << QByteArray("wart") << int(Severity::Unknown);
    QTest::newRow("debus") << QByteArray("debus") << int(Severity::Unknown);
}

void TestLogImporters::severities()
{
    QFETCH(QByteArray, text);
    QFETCH(int, severity);
    QCOMPARE(int(LogFields::severityFromText(text)), severity);
}

void TestLogImporters::syslogLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QByteArray>("lane");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("attribute"); // key=value expected in the attributes

    QTest::newRow("5424 sd") << QByteArray(
        R"(<46>1 2017-04-27T07:50:47.381967+02:00 logserver rsyslogd - - [origin software="rsyslogd" swVersion="8.4.2" x-pid="900"] start)")
                             << "2017-04-27T05:50:47.381967Z" << int(Severity::Info) << QByteArray("rsyslogd")
                             << QByteArray("start") << "host=logserver";
    QTest::newRow("5424 nil sd") << QByteArray(
        "<30>1 2017-04-27T07:59:12+02:00 nextcloud dhclient - - -  DHCPREQUEST on eth0")
                                 << "2017-04-27T05:59:12.000000Z" << int(Severity::Info)
                                 << QByteArray("dhclient") << QByteArray("DHCPREQUEST on eth0")
                                 << "facility=daemon";
    QTest::newRow("5424 procid msgid bom")
        << QByteArray("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog 42 ID47 - \xEF\xBB\xBF"
                      "An application event")
        << "2003-10-11T22:14:15.003000Z" << int(Severity::Notice) << QByteArray("evntslog")
        << QByteArray("An application event") << "msgid=ID47";
    QTest::newRow("3164 pri") << QByteArray(
        "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")
                              << "2024-10-11T22:14:15.000000Z" << int(Severity::Critical) << QByteArray("su")
                              << QByteArray("'su root' failed for lonvick on /dev/pts/8") << "facility=auth";
    QTest::newRow("3164 pid") << QByteArray(
        "Nov  3 09:23:38 veridian automount[7998]: lookup(file): lookup for foobar failed")
                              << "2024-11-03T09:23:38.000000Z" << 0 << QByteArray("automount")
                              << QByteArray("lookup(file): lookup for foobar failed") << "pid=7998";
    QTest::newRow("3164 tag with space")
        << QByteArray("Jan  4 10:23:26 Tims-MacBook-Air Setup Assistant[1173]: Creating connection")
        << "2024-01-04T10:23:26.000000Z" << 0 << QByteArray("Setup Assistant")
        << QByteArray("Creating connection") << "host=Tims-MacBook-Air";
    QTest::newRow("rfc3339 traditional")
        << QByteArray("2025-08-31T09:36:55.418891-07:00 stack-pc2 rsyslogd: rsyslogd was HUPed")
        << "2025-08-31T16:36:55.418891Z" << 0 << QByteArray("rsyslogd") << QByteArray("rsyslogd was HUPed")
        << "host=stack-pc2";
}

void TestLogImporters::syslogLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, instant);
    QFETCH(int, severity);
    QFETCH(QByteArray, lane);
    QFETCH(QByteArray, text);
    QFETCH(QString, attribute);
    const auto r = importBytes(line + '\n', QStringLiteral("syslog"));
    QCOMPARE(int(r->sink.rejects.size()), 0);
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QCOMPARE(iso(e.instant), instant);
    QCOMPARE(int(e.severity), severity);
    QCOMPARE(e.lane, lane);
    QCOMPARE(e.text, text);
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    const QStringList kv = attribute.split(QLatin1Char('='));
    QCOMPARE(attrs.value(kv[0]).toString(), kv[1]);
}

void TestLogImporters::syslogYearFromOption()
{
    const QByteArray line = "Feb 29 12:00:00 host app: leap day\n";
    const auto r2020 = importBytes(line, QStringLiteral("syslog"), QStringLiteral("s.log"), 2020);
    QCOMPARE(int(r2020->sink.events.size()), 1);
    QCOMPARE(iso(r2020->sink.events.front().instant), QStringLiteral("2020-02-29T12:00:00.000000Z"));
    QVERIFY(r2020->context.usedReferenceYear);
    QVERIFY(r2020->context.usedZoneForNaiveTimestamps);
    // No 29 February in 2023: rejected with its line, not silently moved.
    const auto r2023 = importBytes(line, QStringLiteral("syslog"), QStringLiteral("s.log"), 2023);
    QCOMPARE(int(r2023->sink.events.size()), 0);
    QCOMPARE(int(r2023->sink.rejects.size()), 1);
    // The source's zone applies: 12:00 in New York in winter is 17:00 UTC.
    const auto ny = importBytes(
        line, QStringLiteral("syslog"), QStringLiteral("s.log"), 2020, QStringLiteral("America/New_York"));
    QCOMPARE(iso(ny->sink.events.front().instant), QStringLiteral("2020-02-29T17:00:00.000000Z"));
}

void TestLogImporters::syslogYearRollsOver()
{
    const auto r = importBytes("Dec 31 23:59:00 h a: old\nJan  1 00:01:00 h a: new\n",
        QStringLiteral("syslog"), QStringLiteral("s.log"), 2023);
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(iso(r->sink.events[0].instant), QStringLiteral("2023-12-31T23:59:00.000000Z"));
    QCOMPARE(iso(r->sink.events[1].instant), QStringLiteral("2024-01-01T00:01:00.000000Z"));
}

void TestLogImporters::logfmtQuoting()
{
    const auto r
        = importBytes("ts=2024-05-01T10:00:00Z level=warn msg=\"say \\\"hi\\\"\" service=api empty= n=3\n"
                      "just some prose\n"
                      "level=info msg=\"no time\"\n",
            QStringLiteral("logfmt"));
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QCOMPARE(e.text, QByteArray("say \"hi\""));
    QCOMPARE(e.lane, QByteArray("api"));
    QCOMPARE(int(e.severity), int(Severity::Warning));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    QCOMPARE(attrs.value(QLatin1String("empty")).toString(), QString());
    QCOMPARE(attrs.value(QLatin1String("n")).toString(), QStringLiteral("3"));
    QCOMPARE(int(r->sink.rejects.size()), 2);
    QCOMPARE(r->sink.rejects[0].line, 2);
    QCOMPARE(r->sink.rejects[1].reason, QStringLiteral("no timestamp field"));
}

void TestLogImporters::accessLog()
{
    const auto r = importFile(tests::dataPath(QStringLiteral("logs/lnav-test-logfile_bad_access_log.0")));
    QCOMPARE(r->format, QStringLiteral("access-log"));
    QCOMPARE(int(r->sink.events.size()), 2);
    const EventRecord &e = r->sink.events[0];
    QCOMPARE(iso(e.instant), QStringLiteral("2009-07-20T22:59:26.000000Z"));
    QCOMPARE(e.text, QByteArray("GET /vmw/cgi/tramp HTTP/1.0 200"));
    QCOMPARE(int(r->sink.events[1].severity), int(Severity::Info));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    QCOMPARE(attrs.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(attrs.value(QLatin1String("user_agent")).toString(), QStringLiteral("gPXE/0.9.7"));
    QCOMPARE(int(r->sink.rejects.size()), 1);
    QCOMPARE(r->sink.rejects.front().line, 2);
    const auto notFound
        = importBytes("1.2.3.4 - bob [20/Jul/2009:22:59:29 +0000] \"GET /x HTTP/1.1\" 404 -\n",
            QStringLiteral("access-log"));
    QCOMPARE(int(notFound->sink.events.front().severity), int(Severity::Warning));
    QCOMPARE(notFound->sink.events.front().actor, QByteArray("bob"));
}

void TestLogImporters::csvMapping()
{
    const QString option
        = QStringLiteral(R"({"time":"when","message":"what","level":"sev","lane":"svc","actor":"who"})");
    const auto r = importFile(
        tests::dataPath(QStringLiteral("logs/app.csv")), {}, 2024, QStringLiteral("UTC"), option);
    QCOMPARE(r->format, QStringLiteral("csv"));
    QVERIFY(r->ok);
    QCOMPARE(int(r->sink.events.size()), 3);
    QCOMPARE(r->sink.events[0].text, QByteArray("deploy started"));
    QCOMPARE(r->sink.events[0].actor, QByteArray("alice"));
    QCOMPARE(r->sink.events[0].lane, QByteArray("api"));
    QCOMPARE(r->sink.events[1].text, QByteArray("health check failed\nretrying"));
    QCOMPARE(int(r->sink.events[1].severity), int(Severity::Warning));
    QCOMPARE(r->sink.events[2].line, 5); // the quoted line break moved it down one line
    QCOMPARE(iso(r->sink.events[2].instant), QStringLiteral("2024-03-01T10:01:00.000000Z"));
    QCOMPARE(int(r->sink.rejects.size()), 1);
    QCOMPARE(r->sink.rejects.front().line, 6);
    QVERIFY(r->context.usedZoneForNaiveTimestamps);

    const auto bad = importFile(tests::dataPath(QStringLiteral("logs/app.csv")), QStringLiteral("csv"), 2024,
        QStringLiteral("UTC"), QStringLiteral(R"({"time":"nope"})"));
    QVERIFY(!bad->ok);
    QVERIFY(bad->error.contains(QLatin1String("nope")));
}

void TestLogImporters::csvGuessedMapping()
{
    const auto r = importBytes("Timestamp,Level,Message,Service\n2024-03-01T10:00:00Z,ERROR,boom,api\n", {},
        QStringLiteral("x.csv"));
    QCOMPARE(r->format, QStringLiteral("csv"));
    QCOMPARE(int(r->sink.events.size()), 1);
    QCOMPARE(r->sink.events[0].text, QByteArray("boom"));
    QCOMPARE(r->sink.events[0].lane, QByteArray("api"));
    QCOMPARE(int(r->sink.events[0].severity), int(Severity::Error));
}

void TestLogImporters::csvMissingTimeColumnIsAnError()
{
    const auto r = importBytes("a,b\n1,2\n", QStringLiteral("csv"));
    QVERIFY(!r->ok);
    QVERIFY(r->error.contains(QLatin1String("time")));
    QCOMPARE(int(r->sink.events.size()), 0);
}

void TestLogImporters::tsv()
{
    const auto r
        = importBytes("time\tmessage\thost\n1700000000\thello\tweb-1\n", {}, QStringLiteral("x.tsv"));
    QCOMPARE(r->format, QStringLiteral("tsv"));
    QCOMPARE(int(r->sink.events.size()), 1);
    QCOMPARE(r->sink.events[0].lane, QByteArray("web-1"));
    QCOMPARE(iso(r->sink.events[0].instant), QStringLiteral("2023-11-14T22:13:20.000000Z"));
}

void TestLogImporters::plainTextFoldsStackTraces()
{
    const auto r = importFile(tests::dataPath(QStringLiteral("logs/java-stacktrace.log")));
    QCOMPARE(r->format, QStringLiteral("text"));
    QCOMPARE(int(r->sink.events.size()), 3);
    const EventRecord &e = r->sink.events[1];
    QCOMPARE(int(e.severity), int(Severity::Error));
    QVERIFY(e.text.startsWith("[worker-1] Request failed\njava.lang.IllegalStateException"));
    QVERIFY(e.text.endsWith("(Worker.java:17)"));
    QCOMPARE(iso(r->sink.events[0].instant), QStringLiteral("2024-03-01T10:00:00.123000Z"));
    QCOMPARE(r->sink.events[2].line, 6);
    QCOMPARE(int(r->sink.events[2].severity), int(Severity::Warning));
    // A leading line without a timestamp has nothing to continue: rejected with its line.
    const auto orphan = importBytes("no time here\n2024-03-01 10:00:00 ok\n", QStringLiteral("text"));
    QCOMPARE(int(orphan->sink.events.size()), 1);
    QCOMPARE(int(orphan->sink.rejects.size()), 1);
    QCOMPARE(orphan->sink.rejects.front().line, 1);
}

void TestLogImporters::zapConsole()
{
    const auto r = importFile(tests::dataPath(QStringLiteral("logs/lnav-test-logfile_zap_console.0")));
    QCOMPARE(r->format, QStringLiteral("zap-console"));
    QCOMPARE(int(r->sink.events.size()), 3);
    const EventRecord &e = r->sink.events[1];
    QCOMPARE(int(e.severity), int(Severity::Error));
    QVERIFY(e.text.startsWith("Exporting failed. Dropping data."));
    QVERIFY(e.text.contains("exporterqueue/async_queue.go:47"));
    const QJsonObject attrs = QJsonDocument::fromJson(e.attributesJson).object();
    QCOMPARE(attrs.value(QLatin1String("caller")).toString(), QStringLiteral("internal/queue_sender.go:128"));
    QCOMPARE(
        attrs.value(QLatin1String("otelcol.component.id")).toString(), QStringLiteral("otlphttp/prometheus"));
    QCOMPARE(r->sink.events[0].text, QByteArray("Metrics"));
}

void TestLogImporters::kubernetesEventList()
{
    const auto r = importFile(tests::samplePath(
        QStringLiteral("kubernetes-events/troubleshoot-supportbundle-k3d-default-events.json")));
    QCOMPARE(int(r->sink.events.size()), 5);
    const EventRecord &scheduled = r->sink.events[0];
    QCOMPARE(iso(scheduled.instant), QStringLiteral("2022-12-21T16:43:07.860897Z")); // eventTime
    QCOMPARE(scheduled.lane, QByteArray("Pod/static-hi"));
    QVERIFY(scheduled.text.startsWith("Scheduled: "));
    const EventRecord &backOff = r->sink.events[4];
    QCOMPARE(int(backOff.severity), int(Severity::Warning));
    QCOMPARE(iso(backOff.instant), QStringLiteral("2022-12-21T16:43:09.000000Z")); // lastTimestamp
    QVERIFY(backOff.line > scheduled.line);
    const auto watch = importFile(
        tests::samplePath(QStringLiteral("kubernetes-events/sumologic-doc-eks-watch-event-pulling.json")));
    const QJsonObject attrs = QJsonDocument::fromJson(watch->sink.events.front().attributesJson).object();
    QCOMPARE(attrs.value(QLatin1String("count")).toInt(), 19736);
}

void TestLogImporters::gzipInput()
{
    QFile f(tests::samplePath(QStringLiteral("jsonl-logs/lnav-test-logfile_bunyan.0")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray plain = f.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bunyan.log.gz"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    // Two concatenated gzip members, as `cat a.gz b.gz` makes.
    const qsizetype half = plain.indexOf('\n', plain.size() / 2) + 1;
    out.write(gzip(plain.left(half)));
    out.write(gzip(plain.mid(half)));
    out.close();
    const auto r = importFile(path);
    QCOMPARE(r->format, QStringLiteral("jsonl"));
    QVERIFY(r->ok);
    QCOMPARE(int(r->sink.events.size()), 10);
    QCOMPARE(r->sink.events[9].line, 10);
}

void TestLogImporters::bomCrlfAndInvalidUtf8()
{
    const auto r = importFile(tests::dataPath(QStringLiteral("logs/crlf-bom.jsonl")));
    QCOMPARE(r->format, QStringLiteral("jsonl"));
    QCOMPARE(int(r->sink.rejects.size()), 0);
    QCOMPARE(int(r->sink.events.size()), 3);
    QCOMPARE(r->sink.events[0].text, QByteArray("first"));
    QCOMPARE(r->sink.events[0].byteOffset, 3); // after the BOM
    // A line that is not UTF-8 is read as Windows-1252 (issue 17, F18), not given U+FFFD.
    QCOMPARE(r->sink.events[1].text, QByteArray("bad \xc3\xbf byte"));
    QCOMPARE(int(r->sink.events[1].severity), int(Severity::Warning));
    QCOMPARE(r->sink.events[2].text, QByteArray("third"));
    // The same for text formats.
    const auto text = importBytes("2024-01-01 00:00:00 caf\xe9\r\n", QStringLiteral("text"));
    QCOMPARE(text->sink.events.front().text, QByteArray("caf\xc3\xa9"));
}

void TestLogImporters::emptyInput_data()
{
    QTest::addColumn<QString>("format");
    for (const char *id : { "jsonl", "journald-json", "journald-export", "k8s-events", "logfmt", "syslog",
             "access-log", "csv", "tsv", "zap-console", "text" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestLogImporters::emptyInput()
{
    QFETCH(QString, format);
    for (const QByteArray &bytes : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n  \n") }) {
        const auto r = importBytes(bytes, format);
        QCOMPARE(int(r->sink.events.size()), 0);
        QCOMPARE(int(r->sink.rejects.size()), 0);
    }
    // Binary garbage never crashes and is never accepted as events silently.
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) & 0xff));
    const auto g = importBytes(garbage, format);
    for (const EventRecord &e : g->sink.events)
        QVERIFY(LogFields::isValidUtf8(e.text));
}

void TestLogImporters::tenMegabyteLine()
{
    QByteArray big = R"({"ts":"2024-05-01T00:00:00Z","msg":")";
    big.append(QByteArray(10 * 1024 * 1024, 'x'));
    big.append("\"}\n");
    const QByteArray small = R"({"ts":"2024-05-01T00:00:01Z","msg":"after"})";
    const auto r = importBytes(big + small + '\n', QStringLiteral("jsonl"));
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(r->sink.events[0].text.size(), 10 * 1024 * 1024);
    QCOMPARE(r->sink.events[1].line, 2);
    QCOMPARE(r->sink.events[1].byteOffset, big.size());
}

void TestLogImporters::overlongLineIsRejectedNotFatal()
{
    QByteArray big = R"({"ts":"2024-05-01T00:00:00Z","msg":")";
    big.append(QByteArray(3 * 1024 * 1024, 'x'));
    big.append("\"}\n");
    const QByteArray small = R"({"ts":"2024-05-01T00:00:01Z","msg":"after"})";
    for (const char *format : { "jsonl", "text", "logfmt", "csv" }) {
        ImportInput input;
        input.openBytes(QByteArray(format == QByteArray("csv") ? "time,msg\n" : "") + big + small + '\n');
        input.setMaxLineLength(1024 * 1024);
        Imported r;
        readInto(input, QStringLiteral("big"), QLatin1String(format), r, 2024, QStringLiteral("UTC"), {});
        QVERIFY2(!r.sink.rejects.empty(), format);
        QVERIFY(r.sink.rejects.front().reason.contains(QLatin1String("MiB")));
        QVERIFY(r.sink.rejects.front().raw.size() <= 300);
    }
}

void TestLogImporters::originsAreExact()
{
    const QByteArray a = "2024-01-01 00:00:00 one\n";
    const QByteArray b = "  continued\n";
    const QByteArray c = "2024-01-01 00:00:01 two\n";
    const auto r = importBytes(a + b + c, QStringLiteral("text"));
    QCOMPARE(int(r->sink.events.size()), 2);
    QCOMPARE(r->sink.events[0].line, 1);
    QCOMPARE(r->sink.events[0].byteOffset, 0);
    QCOMPARE(r->sink.events[1].line, 3);
    QCOMPARE(r->sink.events[1].byteOffset, a.size() + b.size());
}

QTEST_GUILESS_MAIN(TestLogImporters)
#include "tst_logimporters.moc"
