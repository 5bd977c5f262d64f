// faultless-cli as scripts use it: arguments, output and exit codes of the contract in docs/cli.md.
#include "gameday.h"
#include "testsupport.h"

#include "store/reviewstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using faultless::model::ReviewStore;
using faultless::tests::dataPath;
using faultless::tests::runCli;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_review = m_dir->filePath(QStringLiteral("r.faultless"));
    }
    void newImportInfo();
    void summaryReadsAndSets();
    void annotateWritesANote();
    void summaryRefusesBadInput_data();
    void summaryRefusesBadInput();
    void usageErrors_data();
    void usageErrors();
    void notAReviewIsExit2AndUntouched();
    void eventsFilters();
    void flagsListsChangesAndReversals();
    void eventsCsvQuotesFields();
    void exportMarkdown();
    void formatsListsJsonLines();
    void languageFlagsBlame();
    void unknownLanguageListsEachOnce_data();
    void unknownLanguageListsEachOnce();
    void eventsQueryErrorIsExit2();
    void outputToAFullDevice_data();
    void outputToAFullDevice();
    void exportToAFullDiskLeavesNoFile_data();
    void exportToAFullDiskLeavesNoFile();
    void exportToAFolderIsExit2();
    void exportToAPipeWritesIntoIt();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    QJsonObject info()
    {
        const auto r = runCli({ QStringLiteral("info"), m_review, QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).object();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_review;
};

static const QByteArray kAppLog = "{\"ts\":\"2026-03-14T13:02:00.125Z\",\"level\":\"info\",\"service\":"
                                  "\"checkout\",\"msg\":\"pricing engine on\"}\n"
                                  "{\"ts\":\"2026-03-14T13:05:00Z\",\"level\":\"error\",\"service\":"
                                  "\"checkout\",\"msg\":\"pool exhausted, 64/64\"}\n"
                                  "{\"ts\":\"2026-03-14T13:09:30.5Z\",\"level\":\"warn\",\"service\":"
                                  "\"inventory\",\"msg\":\"slow \\\"stock\\\" call\"}\n";

// `summary` as DESIGN.md specifies it: --text, --impact-from, --impact-to, --json; the briefing
// opens with what it sets, and `info --json` reports it.
void TestCli::summaryReadsAndSets()
{
    QCOMPARE(
        runCli({ QStringLiteral("new"), m_review, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin") })
            .exitCode,
        0);
    auto r = runCli({ QStringLiteral("summary"), m_review, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("text")).toString(), QString());
    QVERIFY(o.value(QStringLiteral("impact_from")).isNull());
    QVERIFY(o.value(QStringLiteral("impact_to")).isNull());
    r = runCli({ QStringLiteral("summary"), m_review });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("not written yet"), r.out.constData());

    // A naive time is in the review's zone (Berlin, UTC+1 in March); an offset is taken as given.
    r = runCli({ QStringLiteral("summary"), m_review, QStringLiteral("--text"),
        QStringLiteral("Checkout slowed for 42 minutes; no orders were lost."),
        QStringLiteral("--impact-from"), QStringLiteral("2026-03-14T15:02"), QStringLiteral("--impact-to"),
        QStringLiteral("2026-03-14T14:44:00Z"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("text")).toString(),
        QStringLiteral("Checkout slowed for 42 minutes; no orders were lost."));
    QCOMPARE(
        o.value(QStringLiteral("impact_from")).toString(), QStringLiteral("2026-03-14T14:02:00.000000Z"));
    QCOMPARE(o.value(QStringLiteral("impact_to")).toString(), QStringLiteral("2026-03-14T14:44:00.000000Z"));
    const QJsonObject about = info();
    QCOMPARE(about.value(QStringLiteral("summary")).toString(),
        QStringLiteral("Checkout slowed for 42 minutes; no orders were lost."));
    QCOMPARE(
        about.value(QStringLiteral("impact_from")).toString(), QStringLiteral("2026-03-14T14:02:00.000000Z"));
    QCOMPARE(
        about.value(QStringLiteral("impact_to")).toString(), QStringLiteral("2026-03-14T14:44:00.000000Z"));

    // The briefing opens with them.
    const QString md = m_dir->filePath(QStringLiteral("b.md"));
    r = runCli({ QStringLiteral("export"), m_review, QStringLiteral("--format"), QStringLiteral("md"),
        QStringLiteral("--output"), md });
    QCOMPARE(r.exitCode, 0);
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString briefing = QString::fromUtf8(file.readAll());
    QVERIFY2(briefing.contains(
                 QStringLiteral("## What happened\n\nCheckout slowed for 42 minutes; no orders were lost.\n\n"
                                "**Impact window:**")),
        qPrintable(briefing.left(800)));

    // Setting one value keeps the others; an empty value clears one.
    r = runCli({ QStringLiteral("summary"), m_review, QStringLiteral("--impact-to"), QString(),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(
        o.value(QStringLiteral("impact_from")).toString(), QStringLiteral("2026-03-14T14:02:00.000000Z"));
    QVERIFY(o.value(QStringLiteral("impact_to")).isNull());
    QCOMPARE(o.value(QStringLiteral("text")).toString(),
        QStringLiteral("Checkout slowed for 42 minutes; no orders were lost."));
    r = runCli({ QStringLiteral("summary"), m_review, QStringLiteral("--text"), QString() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("not written yet"), r.out.constData());
}

void TestCli::summaryRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("ends before it starts")
        << QStringList { QStringLiteral("--impact-from"), QStringLiteral("2026-03-14T15:00Z"),
               QStringLiteral("--impact-to"), QStringLiteral("2026-03-14T14:00Z") }
        << 1 << QStringLiteral("before it starts");
    QTest::newRow("not an instant") << QStringList { QStringLiteral("--impact-from"),
        QStringLiteral("yesterday") }
                                    << 1 << QStringLiteral("--impact-from is not an ISO 8601 instant");
    QTest::newRow("out of range") << QStringList { QStringLiteral("--impact-to"),
        QStringLiteral("10000-01-01T00:00:00Z") }
                                  << 1 << QStringLiteral("--impact-to");
    QTest::newRow("two reviews") << QStringList { QStringLiteral("other.faultless") } << 1
                                 << QStringLiteral("summary takes exactly one REVIEW path");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-03-14") }
                                    << 1 << QStringLiteral("--from");
}

void TestCli::summaryRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(runCli({ QStringLiteral("new"), m_review }).exitCode, 0);
    const auto r = runCli(QStringList { QStringLiteral("summary"), m_review } + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Nothing was written.
    const QJsonObject o = QJsonDocument::fromJson(
        runCli({ QStringLiteral("summary"), m_review, QStringLiteral("--json") }).out)
                              .object();
    QVERIFY(o.value(QStringLiteral("impact_from")).isNull());
    QVERIFY(o.value(QStringLiteral("impact_to")).isNull());
    // A file that is not a review: nothing done.
    const QString notReview = writeFile(QStringLiteral("x.txt"), "hello");
    QCOMPARE(runCli({ QStringLiteral("summary"), notReview, QStringLiteral("--text"), QStringLiteral("x") })
                 .exitCode,
        2);
}

void TestCli::newImportInfo()
{
    auto r = runCli({ QStringLiteral("new"), m_review, QStringLiteral("--title"), QStringLiteral("Checkout"),
        QStringLiteral("--tz"), QStringLiteral("Europe/Berlin") });
    QCOMPARE(r.exitCode, 0);
    const QString log = writeFile(QStringLiteral("app.jsonl"), kAppLog);
    r = runCli({ QStringLiteral("import"), m_review, log });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("imported 3 events"), r.out.constData());

    const QJsonObject o = info();
    for (const char *key : { "schema_version", "title", "events", "by_kind", "sources", "first", "last",
             "annotations", "factors", "narratives" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Checkout"));
    QCOMPARE(o.value(QStringLiteral("events")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("by_kind")).toObject().value(QStringLiteral("log")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("first")).toString(), QStringLiteral("2026-03-14T13:02:00.125000Z"));
    QCOMPARE(o.value(QStringLiteral("last")).toString(), QStringLiteral("2026-03-14T13:09:30.500000Z"));
    const QJsonObject source = o.value(QStringLiteral("sources")).toArray().at(0).toObject();
    QCOMPARE(source.value(QStringLiteral("name")).toString(), QStringLiteral("app.jsonl"));
    QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("jsonl"));
    QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("log"));
    QCOMPARE(source.value(QStringLiteral("events")).toInt(), 3);
    QCOMPARE(source.value(QStringLiteral("rejected")).toInt(), 0);

    // The same file again imports nothing new and is not an error.
    r = runCli({ QStringLiteral("import"), m_review, log });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(info().value(QStringLiteral("events")).toInt(), 3);

    // A file with a bad record: done, exit 3, the reason on stderr with its line.
    const QString bad = writeFile(QStringLiteral("bad.jsonl"),
        "{\"ts\":\"2026-03-14T14:00:00Z\",\"msg\":\"ok\"}\n{\"ts\": \"yesterday\", \"msg\": \"x\"}\n");
    r = runCli({ QStringLiteral("import"), m_review, bad });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("line 2"), r.err.constData());
    QCOMPARE(info().value(QStringLiteral("events")).toInt(), 4);

    // Nothing usable: exit 2, nothing added.
    const QString junk = writeFile(QStringLiteral("junk.jsonl"), "{\"ts\": \"never\"}\n{\"ts\": \"no\"}\n");
    r = runCli(
        { QStringLiteral("import"), m_review, junk, QStringLiteral("--format"), QStringLiteral("jsonl") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(info().value(QStringLiteral("events")).toInt(), 4);
    QCOMPARE(info().value(QStringLiteral("sources")).toArray().size(), 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("new without path") << QStringList { QStringLiteral("new") };
    QTest::newRow("import without file")
        << QStringList { QStringLiteral("import"), QStringLiteral("r.faultless") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("info"), QStringLiteral("r.faultless"),
        QStringLiteral("--bogus") };
    QTest::newRow("bad events format") << QStringList { QStringLiteral("events"),
        QStringLiteral("r.faultless"), QStringLiteral("--format"), QStringLiteral("xml") };
    QTest::newRow("bad kind") << QStringList { QStringLiteral("events"), QStringLiteral("r.faultless"),
        QStringLiteral("--kind"), QStringLiteral("rootcause") };
    QTest::newRow("export without output") << QStringList { QStringLiteral("export"),
        QStringLiteral("r.faultless"), QStringLiteral("--format"), QStringLiteral("md") };
    QTest::newRow("bad zone") << QStringList { QStringLiteral("new"), QStringLiteral("x.faultless"),
        QStringLiteral("--tz"), QStringLiteral("Mars/Olympus") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto r = runCli(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Usage:"));
}

void TestCli::notAReviewIsExit2AndUntouched()
{
    const QString log = writeFile(QStringLiteral("app.jsonl"), kAppLog);
    const QByteArray before = QCryptographicHash::hash(kAppLog, QCryptographicHash::Sha256);
    for (const QString &command : { QStringLiteral("info"), QStringLiteral("import") }) {
        QStringList args { command, log };
        if (command == QLatin1String("import"))
            args << log;
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("not a Faultless review document"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    }
    const auto r = runCli({ QStringLiteral("info"), m_dir->filePath(QStringLiteral("missing.faultless")),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 2);
}

void TestCli::eventsFilters()
{
    runCli({ QStringLiteral("new"), m_review });
    runCli({ QStringLiteral("import"), m_review, writeFile(QStringLiteral("app.jsonl"), kAppLog) });
    auto lines = [](const QByteArray &out) {
        return out.trimmed().isEmpty() ? QList<QByteArray>() : out.trimmed().split('\n');
    };

    auto r = runCli({ QStringLiteral("events"), m_review });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines(r.out).first()).object();
    QCOMPARE(
        first.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-03-14T13:02:00.125000Z"));
    QCOMPARE(first.value(QStringLiteral("lane")).toString(), QStringLiteral("checkout"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);

    r = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--search"), QStringLiteral("pool") });
    QCOMPARE(lines(r.out).size(), 1);
    QVERIFY(r.out.contains("pool exhausted"));
    // Search text that is not FTS syntax must not fail.
    r = runCli(
        { QStringLiteral("events"), m_review, QStringLiteral("--search"), QStringLiteral("64/64 \"stock") });
    QCOMPARE(r.exitCode, 0);
    r = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--search"), QStringLiteral("exhaus*") });
    QCOMPARE(lines(r.out).size(), 1);

    r = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--from"),
        QStringLiteral("2026-03-14T13:04:00Z"), QStringLiteral("--to"),
        QStringLiteral("2026-03-14T13:06:00Z") });
    QCOMPARE(lines(r.out).size(), 1);
    r = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--kind"), QStringLiteral("flag") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 0);
}

// Issue 19: `flags` tells each change in words and when it was reversed; `events --search KEY`
// finds every event of the flag.
void TestCli::flagsListsChangesAndReversals()
{
    QCOMPARE(runCli({ QStringLiteral("new"), m_review }).exitCode, 0);
    for (const QString &file : faultless::tests::gameDayFiles())
        QCOMPARE(runCli({ QStringLiteral("import"), m_review, file }).exitCode, 0);
    auto r = runCli({ QStringLiteral("flags"), m_review, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray changes
        = QJsonDocument::fromJson(r.out).object().value(QLatin1String("flag_changes")).toArray();
    QCOMPARE(changes.size(), 8);
    QJsonObject raised;
    for (const QJsonValue &v : changes) {
        if (v.toObject().value(QLatin1String("change")).toString() == QStringLiteral("rollout 10% → 50%"))
            raised = v.toObject();
    }
    QCOMPARE(raised.value(QLatin1String("flag")).toString(), QStringLiteral("checkout-v2"));
    QCOMPARE(raised.value(QLatin1String("reversed")).toBool(), true);
    QCOMPARE(raised.value(QLatin1String("reversed_by")).toString(), QStringLiteral("Ben Okafor"));
    QCOMPARE(raised.value(QLatin1String("seconds_to_reverse")).toDouble(), 1080.0);

    r = runCli({ QStringLiteral("flags"), m_review });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 "checkout-v2\tproduction\trollout 10% → 50%\tAna Lima\treversed after 18 min by Ben Okafor"),
        r.out);
    QVERIFY(r.out.contains("reverses the change of 2024-05-01T10:05:00"));

    r = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--search"),
        QStringLiteral("checkout-v2"), QStringLiteral("--kind"), QStringLiteral("flag") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 4);
}

void TestCli::eventsCsvQuotesFields()
{
    runCli({ QStringLiteral("new"), m_review });
    runCli({ QStringLiteral("import"), m_review, writeFile(QStringLiteral("app.jsonl"), kAppLog) });
    const auto r
        = runCli({ QStringLiteral("events"), m_review, QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).startsWith("id,timestamp,"));
    QVERIFY2(rows.at(2).contains("\"pool exhausted, 64/64\""), rows.at(2).constData());
    QVERIFY2(rows.at(3).contains("\"slow \"\"stock\"\" call\""), rows.at(3).constData());
}

void TestCli::exportMarkdown()
{
    runCli({ QStringLiteral("new"), m_review, QStringLiteral("--title"),
        QStringLiteral("Checkout <b>latency</b>") });
    const QString out = m_dir->filePath(QStringLiteral("briefing.md"));
    const auto r = runCli({ QStringLiteral("export"), m_review, QStringLiteral("--format"),
        QStringLiteral("md"), QStringLiteral("--output"), out });
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray md = f.readAll();
    QVERIFY(md.startsWith("# Checkout \\<b\\>latency\\</b\\>"));
    QVERIFY(md.contains("## Contributing factors"));
    QVERIFY(!md.toLower().contains("root cause"));
}

void TestCli::formatsListsJsonLines()
{
    const auto r = runCli({ QStringLiteral("formats") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("jsonl\tlog\t") || r.out.contains("\njsonl\tlog\t"));
}

void TestCli::languageFlagsBlame()
{
    const auto r
        = runCli({ QStringLiteral("language") }, "The root cause was Bob.\nThe disk filled at 14:02.\n");
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(rows.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    const QJsonObject flag = first.value(QStringLiteral("flags")).toArray().at(0).toObject();
    QCOMPARE(flag.value(QStringLiteral("phrase")).toString(), QStringLiteral("root cause"));
    QCOMPARE(flag.value(QStringLiteral("start")).toInt(), 4);
    QCOMPARE(flag.value(QStringLiteral("end")).toInt(), 14);
    QVERIFY(!flag.value(QStringLiteral("why")).toString().isEmpty());
    QVERIFY(!flag.value(QStringLiteral("suggestion")).toString().isEmpty());
    QCOMPARE(flag.value(QStringLiteral("kind")).toString(), QStringLiteral("root-cause"));
    QCOMPARE(flag.value(QStringLiteral("entry")).toString(), QStringLiteral("root-cause"));
    QVERIFY(!flag.value(QStringLiteral("reframing")).toString().isEmpty());
    const QJsonObject second = QJsonDocument::fromJson(rows.at(1)).object();
    QCOMPARE(second.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(second.value(QStringLiteral("flags")).toArray().isEmpty());
}

// A language without a check or translation is a usage error (exit 1) that names the available
// ones, each once (issue 22: `export --lang fr` listed "en, de, en, es").
void TestCli::unknownLanguageListsEachOnce_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("language") << QStringList { QStringLiteral("language"), QStringLiteral("--lang"),
        QStringLiteral("fr") };
    QTest::newRow("export") << QStringList { QStringLiteral("export"), QStringLiteral("REVIEW"),
        QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), QStringLiteral("OUT"),
        QStringLiteral("--lang"), QStringLiteral("fr") };
}

void TestCli::unknownLanguageListsEachOnce()
{
    QFETCH(QStringList, args);
    runCli({ QStringLiteral("new"), m_review });
    args.replaceInStrings(QStringLiteral("REVIEW"), m_review);
    args.replaceInStrings(QStringLiteral("OUT"), m_dir->filePath(QStringLiteral("b.md")));
    const auto r = runCli(args, "The root cause was Bob.\n");
    QCOMPARE(r.exitCode, 1);
    QString first; // the line of the error, not Qt's own notes on stderr
    for (const QByteArray &line : r.err.split('\n')) {
        if (line.startsWith("faultless-cli: ")) {
            first = QString::fromUtf8(line);
            break;
        }
    }
    QVERIFY2(first.contains(QLatin1String("\"fr\"")), qPrintable(first));
    // The list in brackets at the end of the line: "(…: en, de, es)".
    const QString list = first.section(QLatin1Char('('), -1).section(QLatin1Char(':'), -1).chopped(1);
    QStringList codes = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &code : codes)
        code = code.trimmed();
    codes.sort();
    QCOMPARE(codes, (QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es") }));
    QVERIFY(r.out.isEmpty());
}

// A query SQLite refuses (FTS5 syntax: two operators in a row) is a failure with its reason on
// one line, exit 2; exit 1 and the usage text are for a wrong command line only (F22).
void TestCli::eventsQueryErrorIsExit2()
{
    runCli({ QStringLiteral("new"), m_review });
    runCli({ QStringLiteral("import"), m_review, writeFile(QStringLiteral("app.jsonl"), kAppLog) });
    const auto r = runCli(
        { QStringLiteral("events"), m_review, QStringLiteral("--search"), QStringLiteral("pool AND OR x") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("syntax error"), r.err.constData());
    QVERIFY(!r.err.contains("Usage:"));
}

void TestCli::outputToAFullDevice_data()
{
    // Standard output on /dev/full: every write fails with ENOSPC once the buffer is flushed.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("events jsonl") << QStringList { QStringLiteral("events"), QStringLiteral("REVIEW") } << 2;
    QTest::newRow("events csv") << QStringList { QStringLiteral("events"), QStringLiteral("REVIEW"),
        QStringLiteral("--format"), QStringLiteral("csv") }
                                << 2;
    QTest::newRow("info") << QStringList { QStringLiteral("info"), QStringLiteral("REVIEW") } << 2;
    QTest::newRow("info --json") << QStringList { QStringLiteral("info"), QStringLiteral("REVIEW"),
        QStringLiteral("--json") }
                                 << 2;
    QTest::newRow("formats") << QStringList { QStringLiteral("formats") } << 2;
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 2;
    // A command that changed something did it; only its confirmation is lost, and said so.
    QTest::newRow("new") << QStringList { QStringLiteral("new"), QStringLiteral("NEW") } << 0;
}

void TestCli::outputToAFullDevice()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        QSKIP("no /dev/full on this system");
    runCli({ QStringLiteral("new"), m_review });
    runCli({ QStringLiteral("import"), m_review, writeFile(QStringLiteral("app.jsonl"), kAppLog) });
    arguments.replaceInStrings(QStringLiteral("REVIEW"), m_review);
    arguments.replaceInStrings(QStringLiteral("NEW"), m_dir->filePath(QStringLiteral("new.faultless")));
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    QVERIFY(process.waitForFinished(300000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(err.contains("faultless-cli: Cannot write standard output: No space left on device\n"),
        err.constData());
}

// A real full disk: a 64 KiB tmpfs, all but 8 KiB taken, in a mount namespace of the test's own
// (`unshare -rm`, no privileges needed where user namespaces are enabled). QSaveFile had
// committed the first 8 KiB of the briefing and the CLI said "Wrote" with exit 0 (F11).
void TestCli::exportToAFullDiskLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestCli::exportToAFullDiskLeavesNoFile()
{
    QFETCH(QString, format);
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()
        || QProcess::execute(unshare, { QStringLiteral("-rm"), QStringLiteral("true") }) != 0)
        QSKIP("cannot make a mount namespace here (unshare -rm); the full-device cases still run");
    runCli({ QStringLiteral("new"), m_review, QStringLiteral("--title"), QStringLiteral("Checkout") });
    runCli({ QStringLiteral("import"), m_review, writeFile(QStringLiteral("app.jsonl"), kAppLog) });
    const QString mount = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    const QString script = QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\" || exit 99\n"
                                          "head -c 57344 /dev/zero > \"$1/fill\"\n"
                                          "\"$2\" export \"$3\" --format \"$4\" --output \"$1/briefing.$4\"\n"
                                          "rc=$?\n"
                                          "echo \"== $(ls -A \"$1\" | tr '\\n' ' ')\"\n"
                                          "exit $rc\n");
    QProcess process;
    process.start(unshare,
        { QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
            mount, QStringLiteral(FAULTLESS_CLI_PATH), m_review, format });
    QVERIFY(process.waitForFinished(300000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() == 99)
        QSKIP("cannot mount a tmpfs here");
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains("Cannot write ") && err.contains("No space left on device"), err.constData());
    QVERIFY2(!out.contains("Wrote"), out.constData());
    // Nothing but the filler: no truncated briefing, no temporary file, no chart.
    QVERIFY2(out.contains("== fill \n"), out.constData());
}

void TestCli::exportToAFolderIsExit2()
{
    runCli({ QStringLiteral("new"), m_review });
    const auto r = runCli({ QStringLiteral("export"), m_review, QStringLiteral("--format"),
        QStringLiteral("html"), QStringLiteral("--output"), m_dir->path() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("faultless-cli: Cannot write "), r.err.constData());
    QVERIFY(QFileInfo(m_dir->path()).isDir());
}

// A named pipe (or /dev/stdout) is written into, not replaced by a renamed file beside it.
void TestCli::exportToAPipeWritesIntoIt()
{
    runCli({ QStringLiteral("new"), m_review, QStringLiteral("--title"), QStringLiteral("Piped") });
    const QString fifo = m_dir->filePath(QStringLiteral("briefing.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opened for reading first, without blocking, so that the export's open does not wait.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QProcess process;
    process.start(QStringLiteral(FAULTLESS_CLI_PATH),
        { QStringLiteral("export"), m_review, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--output"), fifo });
    QByteArray received;
    char buffer[4096];
    while (!process.waitForFinished(20)) {
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        if (n > 0)
            received.append(buffer, n);
    }
    for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(reader);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(received.startsWith("# Piped"), received.left(200).constData());
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("briefing-chart.png"))));
}

// `annotate`: a note on one event, by --author, else FAULTLESS_AUTHOR; bad input changes nothing.
void TestCli::annotateWritesANote()
{
    QCOMPARE(runCli({ QStringLiteral("new"), m_review }).exitCode, 0);
    const QString log = m_dir->filePath(QStringLiteral("a.jsonl"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"ts\":\"2026-03-14T14:02:00Z\",\"level\":\"error\",\"msg\":\"pool exhausted\"}\n");
    file.close();
    QCOMPARE(runCli({ QStringLiteral("import"), m_review, log }).exitCode, 0);
    const QByteArray line = runCli({ QStringLiteral("events"), m_review }).out.split('\n').value(0);
    const qint64 event = QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toInteger();
    QVERIFY2(event > 0, line.constData());
    auto r = runCli({ QStringLiteral("annotate"), m_review, QStringLiteral("--event"), QString::number(event),
        QStringLiteral("--text"), QStringLiteral("The pool was sized for last year's traffic"),
        QStringLiteral("--author"), QStringLiteral("Dana Ruiz") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 id = r.out.trimmed().toLongLong();
    QVERIFY(id > 0);
    {
        ReviewStore store;
        QVERIFY(store.open(m_review));
        QCOMPARE(
            store
                .scalar(QStringLiteral(
                            "SELECT author || ': ' || text FROM annotations WHERE id = ? AND event_id = ?"),
                    { id, event })
                .toString(),
            QStringLiteral("Dana Ruiz: The pool was sized for last year's traffic"));
    }
    r = runCli({ QStringLiteral("annotate"), m_review, QStringLiteral("--event"), QStringLiteral("4242"),
        QStringLiteral("--text"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("has no event 4242"), r.err.constData());
    r = runCli({ QStringLiteral("annotate"), m_review, QStringLiteral("--event"), QStringLiteral("-3"),
        QStringLiteral("--text"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 1);
    r = runCli({ QStringLiteral("annotate"), m_review, QStringLiteral("--event"), QString::number(event),
        QStringLiteral("--text"), QStringLiteral("   ") });
    QCOMPARE(r.exitCode, 1);
    ReviewStore store;
    QVERIFY(store.open(m_review));
    QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM annotations")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
