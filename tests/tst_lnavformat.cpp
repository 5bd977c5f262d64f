// lnav format files (issue 20, deliverable 4): real definitions from lnav with the logs they were
// written for, a definition with mistakes in it, the user's format folders, the CLI's
// --format-file, and drafts taught by example (deliverable 5's model).
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/lnavformat.h"
#include "import/lnavformatimporter.h"
#include "import/lnavformattime.h"
#include "import/lnavformatwriter.h"
#include "import/parsers/importinput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace faultless::model;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(FAULTLESS_TEST_DATA_DIR "/lnav/") + name;
}

struct Imported
{
    bool ok = false;
    QString error;
    CollectingSink sink;
    ImportContext context;
};

// Reads `log` with the only format of `formatFile`, as `import --format-file` does.
std::unique_ptr<Imported> importWith(const QString &formatFile, const QString &log, int year = 2024)
{
    auto out = std::make_unique<Imported>();
    const LnavFormatFile file = LnavFormatFile::load(dataFile(formatFile));
    if (file.formats.size() != 1) {
        out->error = file.errors.join(QLatin1Char('\n'));
        return out;
    }
    LnavFormatImporter importer(file.formats.front(), file.warnings);
    ImportInput input;
    if (!input.open(dataFile(log))) {
        out->error = input.errorString();
        return out;
    }
    out->context.fileName = dataFile(log);
    out->context.referenceYear = year;
    out->ok = importer.read(input, out->sink, out->context, &out->error);
    return out;
}

QString iso(Instant instant)
{
    return timestamps::toIsoUtc(instant);
}

QJsonObject attributes(const EventRecord &event)
{
    return QJsonDocument::fromJson(event.attributesJson).object();
}

bool anyContains(const QStringList &messages, const QString &a, const QString &b = QString())
{
    for (const QString &m : messages) {
        if (m.contains(a) && m.contains(b))
            return true;
    }
    return false;
}

} // namespace

class TestLnavFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeFormats_data();
    void timeFormats();
    void glogWithLevelsAndSamples();
    void syslogRegexFormat();
    void syslogContinuationLines();
    void bunyanJsonFormat();
    void brokenDefinitionIsReported();
    void jsonSyntaxErrorNamesLine();
    void userFolderJoinsSniffing();
    void cliFormatFile();
    void draftFromMarks();
    void draftSavesAndReimports();

private:
    QTemporaryDir m_home;
};

void TestLnavFormat::initTestCase()
{
    // The user's format folders are under HOME and XDG_DATA_HOME: point both at an empty place,
    // so that formats installed on the machine running the tests play no part.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/share")).toUtf8());
}

void TestLnavFormat::timeFormats_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QByteArray>("stamp");
    QTest::addColumn<QString>("expected"); // empty: not read
    QTest::addColumn<bool>("naive");
    QTest::newRow("iso fraction") << "%Y-%m-%d %H:%M:%S" << QByteArray("2011-12-05 07:04:56,101")
                                  << "2011-12-05T07:04:56.101000Z" << true;
    QTest::newRow("named fraction") << "%Y-%m-%d %H:%M:%S,%L" << QByteArray("2011-12-05 07:04:56,101")
                                    << "2011-12-05T07:04:56.101000Z" << true;
    QTest::newRow("offset") << "%d/%b/%Y:%H:%M:%S %z" << QByteArray("10/Oct/2000:13:55:36 -0700")
                            << "2000-10-10T20:55:36.000000Z" << false;
    QTest::newRow("year-less") << "%b %d %H:%M:%S" << QByteArray("Nov  3 09:23:38")
                               << "2024-11-03T09:23:38.000000Z" << true;
    QTest::newRow("glog") << "%m%d %H:%M:%S" << QByteArray("0517 15:04:22.619632")
                          << "2024-05-17T15:04:22.619632Z" << true;
    QTest::newRow("12-hour") << "%m/%d/%Y %I:%M:%S %p" << QByteArray("03/08/2020 11:47:32 PM")
                             << "2020-03-08T23:47:32.000000Z" << true;
    QTest::newRow("day of year") << "%Y-%j %H:%M:%S" << QByteArray("2024-060 10:00:00")
                                 << "2024-02-29T10:00:00.000000Z" << true;
    QTest::newRow("epoch ms") << "%i" << QByteArray("1700000000123") << "2023-11-14T22:13:20.123000Z"
                              << false;
    QTest::newRow("epoch ns") << "%9" << QByteArray("1700000000123456789") << "2023-11-14T22:13:20.123456Z"
                              << false;
    QTest::newRow("zone name") << "%a %b %d %H:%M:%S %Z %Y" << QByteArray("Sat Mar 07 10:00:00 UTC 2020")
                               << "2020-03-07T10:00:00.000000Z" << false;
    QTest::newRow("month 13") << "%Y-%m-%d %H:%M:%S" << QByteArray("2024-13-01 10:00:00") << QString()
                              << false;
    QTest::newRow("29 Feb 2023") << "%Y-%m-%d %H:%M:%S" << QByteArray("2023-02-29 10:00:00") << QString()
                                 << false;
    QTest::newRow("trailing text") << "%Y-%m-%d %H:%M:%S" << QByteArray("2024-05-01 10:00:00 x") << QString()
                                   << false;
}

void TestLnavFormat::timeFormats()
{
    QFETCH(QString, layout);
    QFETCH(QByteArray, stamp);
    QFETCH(QString, expected);
    QFETCH(bool, naive);
    QString error;
    const auto format = LnavTimeFormat::compile(layout, &error);
    QVERIFY2(format, qPrintable(error));
    LnavTimeFormat::Result result;
    const bool read = format->parse(stamp, 2024, result);
    QCOMPARE(read, !expected.isEmpty());
    if (read) {
        QCOMPARE(iso(result.instant), expected);
        QCOMPARE(result.naive, naive);
    }
    QVERIFY(!LnavTimeFormat::compile(QStringLiteral("%Y %Q"), &error));
    QVERIFY(error.contains(QLatin1String("%Q")));
}

void TestLnavFormat::glogWithLevelsAndSamples()
{
    const auto imported
        = importWith(QStringLiteral("glog_log.json"), QStringLiteral("lnav-test-logfile_glog.0"));
    QVERIFY2(imported->ok, qPrintable(imported->error));
    const auto &events = imported->sink.events;
    QCOMPARE(events.size(), size_t(7));
    QVERIFY(imported->sink.rejects.empty());
    // No timestamp-format: the stamp "0517 15:04:22.619632" is sniffed, its year is --year's.
    QCOMPARE(iso(events.front().instant), QStringLiteral("2024-05-17T15:04:22.619632Z"));
    QCOMPARE(iso(events.back().instant), QStringLiteral("2024-05-17T15:04:22.619776Z"));
    QVERIFY(imported->context.usedReferenceYear);
    const Severity expected[] = { Severity::Error, Severity::Info, Severity::Info, Severity::Warning,
        Severity::Info, Severity::Info, Severity::Error };
    for (int i = 0; i < 7; ++i)
        QCOMPARE(events[size_t(i)].severity, expected[i]);
    QCOMPARE(events.front().text, QByteArray("Log every 3, iteration 19"));
    const QJsonObject attrs = attributes(events.front());
    QCOMPARE(attrs.value(QLatin1String("thread")).toDouble(), 1952452992.0); // "kind": "integer"
    QCOMPARE(attrs.value(QLatin1String("src_file")).toString(), QStringLiteral("logging_unittest.cc"));
    QCOMPARE(attrs.value(QLatin1String("src_line")).toInt(), 253);
    // Its samples all parse (the third with the year-ful pattern and its "info" level)...
    const LnavFormatFile file = LnavFormatFile::load(dataFile(QStringLiteral("glog_log.json")));
    QVERIFY(!anyContains(file.warnings, QStringLiteral("/sample/")));
    QVERIFY(file.errors.isEmpty());
    // ...and the keys Faultless does not use are named, with their JSON path, in the summary.
    QVERIFY(anyContains(file.warnings, QStringLiteral("glog_log.json: /glog_log/src-file-field: ")));
    QVERIFY(anyContains(imported->context.notes, QStringLiteral("/glog_log/src-file-field")));
}

void TestLnavFormat::syslogRegexFormat()
{
    const auto imported
        = importWith(QStringLiteral("syslog_log.json"), QStringLiteral("lnav-test-logfile_syslog.0"), 2006);
    QVERIFY2(imported->ok, qPrintable(imported->error));
    const auto &events = imported->sink.events;
    QCOMPARE(events.size(), size_t(4));
    QCOMPARE(iso(events[0].instant), QStringLiteral("2006-11-03T09:23:38.000000Z"));
    QCOMPARE(iso(events[3].instant), QStringLiteral("2006-11-03T09:47:02.000000Z"));
    QVERIFY(imported->context.usedZoneForNaiveTimestamps);
    // The level map reads the body: "lookup for foobar failed" is an error.
    QCOMPARE(events[0].severity, Severity::Error);
    QCOMPARE(events[1].severity, Severity::Unknown);
    QCOMPARE(events[0].text, QByteArray("lookup(file): lookup for foobar failed"));
    const QJsonObject attrs = attributes(events[0]);
    QCOMPARE(attrs.value(QLatin1String("log_hostname")).toString(), QStringLiteral("veridian"));
    QCOMPARE(attrs.value(QLatin1String("log_procname")).toString(), QStringLiteral("automount"));
    QCOMPARE(attrs.value(QLatin1String("log_pid")).toString(), QStringLiteral("7998")); // "kind": "string"
    const LnavFormatFile file = LnavFormatFile::load(dataFile(QStringLiteral("syslog_log.json")));
    QVERIFY(file.errors.isEmpty());
    QVERIFY(
        anyContains(file.warnings, QStringLiteral("/syslog_log/action: "), QStringLiteral("not supported")));
    QVERIFY(!anyContains(file.warnings, QStringLiteral("/sample/")));
}

void TestLnavFormat::syslogContinuationLines()
{
    const auto imported
        = importWith(QStringLiteral("syslog_log.json"), QStringLiteral("lnav-test-logfile_syslog.3"), 2015);
    QVERIFY2(imported->ok, qPrintable(imported->error));
    const auto &events = imported->sink.events;
    QCOMPARE(events.size(), size_t(7));
    QVERIFY(imported->sink.rejects.empty());
    // Lines that match no pattern continue the record before them (lnav's "multiline" default);
    // the event's origin is its first line.
    QCOMPARE(events[2].line, qint64(3));
    QCOMPARE(events[3].line, qint64(6));
    QCOMPARE(events[2].text.count('\n'), 2);
    QVERIFY(events[2].text.contains("\tASL Module \"com.apple.cdscheduler\" claims selected messages."));
}

void TestLnavFormat::bunyanJsonFormat()
{
    const auto imported
        = importWith(QStringLiteral("bunyan_log.json"), QStringLiteral("lnav-test-logfile_bunyan.0"));
    QVERIFY2(imported->ok, qPrintable(imported->error));
    const auto &events = imported->sink.events;
    QCOMPARE(events.size(), size_t(10));
    QCOMPARE(iso(events.front().instant), QStringLiteral("2023-03-24T14:26:16.243000Z"));
    QCOMPARE(iso(events.back().instant), QStringLiteral("2023-03-24T14:26:18.331000Z"));
    QCOMPARE(events.front().text, QByteArray("Found gitlabci-include package files"));
    // The level map holds numbers: 20 is debug, 30 info.
    QCOMPARE(events[0].severity, Severity::Debug);
    QCOMPARE(events[3].severity, Severity::Info);
    const QJsonObject attrs = attributes(events[2]);
    QCOMPARE(
        attrs.value(QLatin1String("hostname")).toString(), QStringLiteral("renovate-gitlab-67c4bcb5-9ggbv"));
    QCOMPARE(attrs.value(QLatin1String("pid")).toInt(), 7);
    // Nested objects are flattened with "/" as lnav names them; "hidden" fields are kept.
    QCOMPARE(attrs.value(QLatin1String("src/line")).toInt(), 20);
    QCOMPARE(attrs.value(QLatin1String("v")).toInt(), 0);
    QVERIFY(!attrs.contains(QLatin1String("time")));
    QVERIFY(!attrs.contains(QLatin1String("msg")));
}

void TestLnavFormat::brokenDefinitionIsReported()
{
    const QString path = dataFile(QStringLiteral("broken_format.json"));
    const LnavFormatFile file = LnavFormatFile::load(path);
    // The broken pattern is left out and named with its JSON path; the good one is used.
    QVERIFY2(anyContains(file.errors, path + QStringLiteral(": /broken_log/regex/bad/pattern: "),
                 QStringLiteral("not a valid regular expression")),
        qPrintable(file.errors.join(QLatin1Char('\n'))));
    QCOMPARE(file.formats.size(), size_t(1));
    QCOMPARE(file.formats.front()->patterns.size(), size_t(1));
    QVERIFY(anyContains(
        file.warnings, QStringLiteral("/broken_log/highlights: "), QStringLiteral("not supported")));
    QVERIFY(
        anyContains(file.warnings, QStringLiteral("/broken_log/timestamp-format/1: "), QStringLiteral("%Q")));
    QVERIFY(anyContains(file.warnings, QStringLiteral("/broken_log/level/loud: ")));
    // Sample 1 is no record; sample 2 has a level the map does not give.
    QVERIFY(anyContains(
        file.warnings, QStringLiteral("/broken_log/sample/1: "), QStringLiteral("does not parse")));
    QVERIFY(anyContains(
        file.warnings, QStringLiteral("/broken_log/sample/2: "), QStringLiteral("expected info")));
    QVERIFY(!anyContains(file.warnings, QStringLiteral("/broken_log/sample/0")));

    EventRecord event;
    LnavFormat::LineResult result;
    QCOMPARE(file.formats.front()->parseLine("01.05.2024 10:00:00 [ERR] disk full", 2000, event, result),
        LnavFormat::Outcome::Event);
    QCOMPARE(iso(event.instant), QStringLiteral("2024-05-01T10:00:00.000000Z"));
    QCOMPARE(event.severity, Severity::Error);
    // A record whose stamp the layouts do not read is rejected, with the stamp in the reason.
    QCOMPARE(file.formats.front()->parseLine("31.02.2024 10:00:00 [ERR] no such day", 2000, event, result),
        LnavFormat::Outcome::Rejected);
    QVERIFY(result.reason.contains(QLatin1String("31.02.2024 10:00:00")));
}

void TestLnavFormat::jsonSyntaxErrorNamesLine()
{
    const LnavFormatFile file
        = LnavFormatFile::parse("{\n  \"a_log\": {\n    \"regex\": {,\n  }\n}\n", QStringLiteral("bad.json"));
    QCOMPARE(file.formats.size(), size_t(0));
    QCOMPARE(file.errors.size(), 1);
    QVERIFY2(
        file.errors.front().startsWith(QLatin1String("bad.json: line 3: ")), qPrintable(file.errors.front()));
    // One name in two alternatives: PCRE2's DUPNAMES, which lnav's patterns may rely on.
    const LnavFormatFile twice = LnavFormatFile::parse(
        R"json({"t_log": {"regex": {"a": {"pattern": "^(?:(?<timestamp>\\d{10})|\\[(?<timestamp>[^\\]]+)\\]) (?<body>.*)"}}}})json",
        QStringLiteral("t.json"));
    QVERIFY2(twice.errors.isEmpty(), qPrintable(twice.errors.join(QLatin1Char('\n'))));
    EventRecord event;
    LnavFormat::LineResult result;
    QCOMPARE(twice.formats.front()->parseLine("[2024-05-01 10:00:00] up", 2000, event, result),
        LnavFormat::Outcome::Event);
    QCOMPARE(iso(event.instant), QStringLiteral("2024-05-01T10:00:00.000000Z"));
    QCOMPARE(
        twice.formats.front()->parseLine("1714557600 up", 2000, event, result), LnavFormat::Outcome::Event);
    QCOMPARE(iso(event.instant), QStringLiteral("2024-05-01T10:00:00.000000Z"));
    const LnavFormatFile empty
        = LnavFormatFile::parse("{\"x_log\": {\"title\": \"x\"}}", QStringLiteral("x.json"));
    QVERIFY(anyContains(empty.errors, QStringLiteral("x.json: /x_log: ")));
}

void TestLnavFormat::userFolderJoinsSniffing()
{
    const QString installed = m_home.path() + QStringLiteral("/.lnav/formats/installed");
    QVERIFY(QDir().mkpath(installed));
    QVERIFY(
        QFile::copy(dataFile(QStringLiteral("glog_log.json")), installed + QStringLiteral("/glog_log.json")));
    ImporterRegistry registry;
    QVERIFY(registry.find(QStringLiteral("lnav:glog_log")));
    QVERIFY(anyContains(registry.formatFileMessages(), QStringLiteral("/glog_log/src-file-field")));
    QFile log(dataFile(QStringLiteral("lnav-test-logfile_glog.0")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const FormatDetection detection = registry.detect(log.readAll(), QStringLiteral("app.log"));
    QVERIFY(detection.importer);
    QCOMPARE(detection.importer->id(), QStringLiteral("lnav:glog_log"));
    auto fresh = registry.create(QStringLiteral("lnav:glog_log"));
    QVERIFY(fresh);
    QVERIFY(fresh.get() != detection.importer);
    // A built-in format's file is not taken for the user's format.
    QFile syslog(dataFile(QStringLiteral("lnav-test-logfile_bunyan.0")));
    QVERIFY(syslog.open(QIODevice::ReadOnly));
    QVERIFY(registry.detect(syslog.readAll(), QStringLiteral("x.log")).importer->id()
        != QStringLiteral("lnav:glog_log"));
    QVERIFY(QFile::remove(installed + QStringLiteral("/glog_log.json")));
}

void TestLnavFormat::cliFormatFile()
{
    const QString review = m_home.filePath(QStringLiteral("cli.faultless"));
    auto run = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
        process.waitForFinished(300000);
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray out, err;
    QCOMPARE(run({ QStringLiteral("new"), review }, &out, &err), 0);
    QCOMPARE(run({ QStringLiteral("import"), review, dataFile(QStringLiteral("lnav-test-logfile_glog.0")),
                     QStringLiteral("--format-file"), dataFile(QStringLiteral("glog_log.json")),
                     QStringLiteral("--year"), QStringLiteral("2024") },
                 &out, &err),
        0);
    QVERIFY2(out.contains("imported 7 events"), out.constData());
    QVERIFY(err.contains("/glog_log/src-file-field"));
    // A file with no usable format is refused, naming the file and what is wrong.
    const QString broken = m_home.filePath(QStringLiteral("empty.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"x_log\": {\"regex\": {\"a\": {\"pattern\": \"(\"}}}}");
    file.close();
    QCOMPARE(run({ QStringLiteral("import"), review, dataFile(QStringLiteral("lnav-test-logfile_vdsm.0")),
                     QStringLiteral("--format-file"), broken },
                 &out, &err),
        2);
    QVERIFY2(err.contains("empty.json: /x_log/regex/a/pattern: "), err.constData());
}

void TestLnavFormat::draftFromMarks()
{
    const QString line = QStringLiteral(
        "MainThread::INFO::2011-12-05 07:04:56,101::vdsm::71::vds::(run) I am the actual vdsm 4.9-0");
    LnavFormatDraft draft;
    draft.setName(QStringLiteral("VDSM"));
    draft.setSampleLine(line);
    QVERIFY(draft.pattern().isEmpty()); // nothing without a timestamp
    draft.mark(LnavFormatDraft::Role::Lane, 0, 10);
    draft.mark(LnavFormatDraft::Role::Level, 12, 4);
    draft.mark(LnavFormatDraft::Role::Timestamp, 18, 23);
    draft.mark(LnavFormatDraft::Role::Message, line.indexOf(QLatin1String("vdsm::")), 20);
    QCOMPARE(draft.formatName(), QStringLiteral("vdsm_log"));
    QCOMPARE(draft.timestampFormat(), QStringLiteral("%Y-%m-%d %H:%M:%S,%L"));
    QCOMPARE(draft.pattern(),
        QStringLiteral("^(?<module>\\S+?)::(?<level>\\w+)::(?<timestamp>\\d{4}[+-]\\d{1,2}[+-]\\d{1,2} +"
                       "\\d{1,2}:\\d{1,2}:\\d{1,2},\\d+)::(?<body>.*)"));
    // Marking the level again moves it; an overlapping mark replaces the one it overlaps.
    draft.mark(LnavFormatDraft::Role::Level, 12, 4);
    QCOMPARE(draft.spans().size(), size_t(4));

    QFile log(dataFile(QStringLiteral("lnav-test-logfile_vdsm.0")));
    QVERIFY(log.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    const auto rows = draft.preview(lines);
    QCOMPARE(rows.size(), size_t(16));
    int events = 0;
    for (const auto &row : rows)
        events += row.outcome == LnavFormat::Outcome::Event;
    QCOMPARE(events, 5);
    QCOMPARE(rows[1].event.severity, Severity::Error);
    QCOMPARE(rows[1].event.lane, QByteArray("MainThread"));
    QCOMPARE(rows[2].outcome, LnavFormat::Outcome::NoMatch); // the traceback continues line 2
    QCOMPARE(iso(rows[13].event.instant), QStringLiteral("2011-12-07T11:44:17.737000Z"));
}

void TestLnavFormat::draftSavesAndReimports()
{
    LnavFormatDraft draft;
    draft.setName(QStringLiteral("orders service"));
    draft.setSampleLine(QStringLiteral("2024-05-01T10:00:00.123+02:00 WARN [checkout] slow response"));
    draft.mark(LnavFormatDraft::Role::Timestamp, 0, 29);
    draft.mark(LnavFormatDraft::Role::Level, 30, 4);
    const QString folder = m_home.filePath(QStringLiteral("formats"));
    QString path, error;
    QVERIFY2(draft.save(folder, QStringLiteral("/tmp/orders.log"), false, &path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("orders_service_log.json"));
    QVERIFY(!draft.save(folder, QString(), false, &path, &error)); // never overwritten unasked
    QVERIFY(error.contains(QLatin1String("exists already")));
    const LnavFormatFile file = LnavFormatFile::load(path);
    QVERIFY2(
        file.errors.isEmpty() && file.warnings.isEmpty(), qPrintable(file.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(file.formats.size(), size_t(1));
    QCOMPARE(file.formats.front()->timestampFormats.size(), size_t(1));
    QCOMPARE(
        file.formats.front()->timestampFormats.front().pattern(), QStringLiteral("%Y-%m-%dT%H:%M:%S.%L%z"));
    EventRecord event;
    LnavFormat::LineResult result;
    QCOMPARE(file.formats.front()->parseLine(
                 "2024-05-01T10:00:07.5-04:00 ERROR [cart] timeout", 2000, event, result),
        LnavFormat::Outcome::Event);
    QCOMPARE(iso(event.instant), QStringLiteral("2024-05-01T14:00:07.500000Z"));
    QCOMPARE(event.severity, Severity::Error);
    QCOMPARE(event.text, QByteArray("[cart] timeout"));
}

QTEST_GUILESS_MAIN(TestLnavFormat)
#include "tst_lnavformat.moc"
