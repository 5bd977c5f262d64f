// Times at and past the ends of what Faultless supports (issue 17, F1/F9/F10): every parser keeps
// its results in 0001-01-01..9999-12-31 UTC and refuses numbers that do not fit in 64 bits and
// zone offsets of a day or more; every importer rejects such a record with its line and a reason
// and keeps the others; nothing out of range is stored; and a document written before these
// checks, holding an instant near 2^63, still exports and archives.
#include "domain/timestamps.h"
#include "export/briefingexporter.h"
#include "export/briefingoptions.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"
#include "store/eventwriter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace faultless;
using namespace faultless::model;

namespace {

constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();

QString iso(Instant instant)
{
    return timestamps::toIsoUtc(instant);
}

// The instant a parser of `kind` reads from `text`, or NoInstant.
Instant parse(const QString &kind, const QByteArray &text)
{
    Instant t = NoInstant;
    if (kind == QLatin1String("iso"))
        return timestamps::parseIso8601(text);
    if (kind == QLatin1String("epoch"))
        return timestamps::parseEpochText(text);
    if (kind == QLatin1String("s"))
        return timestamps::parseEpochText(text, timestamps::EpochUnit::Seconds);
    if (kind == QLatin1String("ms"))
        return timestamps::parseEpochText(text, timestamps::EpochUnit::Milliseconds);
    if (kind == QLatin1String("us"))
        return timestamps::parseEpochText(text, timestamps::EpochUnit::Microseconds);
    if (kind == QLatin1String("ns"))
        return timestamps::parseEpochText(text, timestamps::EpochUnit::Nanoseconds);
    if (kind == QLatin1String("clf"))
        return timestamps::parseCommonLogPrefix(text, &t) > 0 ? t : NoInstant;
    if (kind.startsWith(QLatin1String("rfc3164 "))) // "rfc3164 YEAR"
        return timestamps::parseRfc3164Prefix(text, kind.mid(8).toInt(), &t) > 0 ? t : NoInstant;
    if (kind == QLatin1String("leading"))
        return timestamps::parseLeadingTimestamp(text, 2024, &t) > 0 ? t : NoInstant;
    qFatal("unknown parser kind %s", qPrintable(kind));
}

struct Imported
{
    bool ok = false;
    QString error;
    CollectingSink sink;
};

std::unique_ptr<Imported> importBytes(const QByteArray &bytes, const QString &formatId, const QString &name,
    const QString &zone = QStringLiteral("UTC"))
{
    auto result = std::make_unique<Imported>();
    ImportInput input;
    input.openBytes(bytes, name);
    ImporterRegistry registry;
    std::unique_ptr<Importer> importer = registry.create(formatId);
    if (!importer)
        qFatal("no importer %s", qPrintable(formatId));
    ImportContext context;
    context.fileName = name;
    context.zone = QTimeZone(zone.toUtf8());
    context.referenceYear = 2024;
    result->ok = importer->read(input, result->sink, context, &result->error);
    return result;
}

// The 1-based line of `text` that holds `marker`.
qint64 lineOf(const QByteArray &text, const QByteArray &marker)
{
    const qsizetype at = text.indexOf(marker);
    return at < 0 ? 0 : text.left(at).count('\n') + 1;
}

} // namespace

class TestTimestamps : public QObject
{
    Q_OBJECT

private slots:
    void parsersStayInRange_data();
    void parsersStayInRange();
    void doublesStayInRange_data();
    void doublesStayInRange();
    void zoneResolverStaysInRange();
    void conversionsOfAnyValueAreSafe();
    void importersRejectExtremeRecords_data();
    void importersRejectExtremeRecords();
    void naiveTimeCarriedOutOfRangeByTheZone_data();
    void naiveTimeCarriedOutOfRangeByTheZone();
    void writerRejectsOutOfRange();
    void oldDocumentWithExtremeInstantExports_data();
    void oldDocumentWithExtremeInstantExports();
    void oldDocumentWithExtremeInstantThroughCli_data();
    void oldDocumentWithExtremeInstantThroughCli();
};

void TestTimestamps::parsersStayInRange_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    // The ends of the range, both ways.
    QTest::newRow("iso first instant")
        << "iso" << QByteArray("0001-01-01T00:00:00Z") << "0001-01-01T00:00:00.000000Z";
    QTest::newRow("iso last instant")
        << "iso" << QByteArray("9999-12-31T23:59:59.999999Z") << "9999-12-31T23:59:59.999999Z";
    QTest::newRow("iso year 0000, fast path") << "iso" << QByteArray("0000-12-31T23:59:59.000000Z") << "";
    QTest::newRow("iso year 0000") << "iso" << QByteArray("0000-12-31T23:00:00Z") << "";
    QTest::newRow("iso offset before year 1") << "iso" << QByteArray("0001-01-01T00:00:00+00:01") << "";
    QTest::newRow("iso offset past 9999") << "iso" << QByteArray("9999-12-31T23:00:00-01:00") << "";
    QTest::newRow("iso 24:00 of 9999-12-31") << "iso" << QByteArray("9999-12-31T24:00:00Z") << "";
    // Zone offsets: strictly within a day, minutes below 60 (F10).
    QTest::newRow("iso +23:59") << "iso" << QByteArray("2024-05-01T12:00:00+23:59")
                                << "2024-04-30T12:01:00.000000Z";
    QTest::newRow("iso -23:59") << "iso" << QByteArray("2024-05-01T12:00:00-23:59")
                                << "2024-05-02T11:59:00.000000Z";
    QTest::newRow("iso -00:00") << "iso" << QByteArray("2024-05-01T12:00:00-00:00")
                                << "2024-05-01T12:00:00.000000Z";
    QTest::newRow("iso +24:00") << "iso" << QByteArray("2024-05-01T12:00:00+24:00") << "";
    QTest::newRow("iso -24:00") << "iso" << QByteArray("2024-05-01T12:00:00-24:00") << "";
    QTest::newRow("iso +99:99") << "iso" << QByteArray("2024-05-01T12:00:00+99:99") << "";
    QTest::newRow("iso +05:60") << "iso" << QByteArray("2024-05-01T12:00:00+05:60") << "";
    QTest::newRow("iso +0560") << "iso" << QByteArray("2024-05-01T12:00:00+0560") << "";
    QTest::newRow("iso -2400") << "iso" << QByteArray("2024-05-01T12:00:00.5-2400") << "";
    QTest::newRow("iso +99") << "iso" << QByteArray("2024-05-01T12:00:00+99") << "";
    QTest::newRow("clf +2359") << "clf" << QByteArray("20/Jul/2009:22:59:26 +2359")
                               << "2009-07-19T23:00:26.000000Z";
    QTest::newRow("clf +2400") << "clf" << QByteArray("20/Jul/2009:22:59:26 +2400") << "";
    QTest::newRow("clf -9999") << "clf" << QByteArray("20/Jul/2009:22:59:26 -9999") << "";
    QTest::newRow("clf +0060") << "clf" << QByteArray("20/Jul/2009:22:59:26 +0060") << "";
    QTest::newRow("clf year 0000") << "clf" << QByteArray("20/Jul/0000:22:59:26 +0000") << "";
    QTest::newRow("clf past 9999") << "clf" << QByteArray("31/Dec/9999:23:59:26 -0100") << "";
    QTest::newRow("leading -24:00") << "leading" << QByteArray("2024-05-01T12:00:00-24:00 x") << "";
    QTest::newRow("leading [+99:99]") << "leading" << QByteArray("[2024-05-01 12:00:00+99:99] x") << "";
    QTest::newRow("rfc3164 year 9999")
        << "rfc3164 9999" << QByteArray("Dec 31 23:59:60") << "9999-12-31T23:59:59.999999Z";
    QTest::newRow("rfc3164 year 0") << "rfc3164 0" << QByteArray("Nov  3 09:23:38") << "";
    QTest::newRow("rfc3164 year 10000") << "rfc3164 10000" << QByteArray("Nov  3 09:23:38") << "";
    QTest::newRow("rfc3164 year INT_MAX") << "rfc3164 2147483647" << QByteArray("Nov  3 09:23:38") << "";
    QTest::newRow("rfc3164 year INT_MIN") << "rfc3164 -2147483648" << QByteArray("Nov  3 09:23:38") << "";

    // Epoch numbers (F9): no wrap-around, no sentinels, the range in every unit.
    QTest::newRow("epoch 2^63 - 1") << "epoch" << QByteArray("9223372036854775807") << "";
    QTest::newRow("epoch 2^63") << "epoch" << QByteArray("9223372036854775808") << "";
    QTest::newRow("epoch -2^63") << "epoch" << QByteArray("-9223372036854775808") << "";
    QTest::newRow("epoch -2^63 - 1") << "epoch" << QByteArray("-9223372036854775809") << "";
    QTest::newRow("epoch 19 nines") << "epoch" << QByteArray("9999999999999999999") << "";
    QTest::newRow("epoch 2^64 + 1") << "epoch" << QByteArray("18446744073709551617") << "";
    QTest::newRow("epoch 30 digits") << "epoch" << QByteArray("123456789012345678901234567890") << "";
    QTest::newRow("epoch 2^63 - 1 fraction") << "epoch" << QByteArray("9223372036854775807.5") << "";
    QTest::newRow("epoch -2^63 + 1 as ns")
        << "epoch" << QByteArray("-9223372036854775807") << "1677-09-21T00:12:43.145224Z";
    QTest::newRow("epoch 2^63 - 2 as ns")
        << "epoch" << QByteArray("9223372036854775806") << "2262-04-11T23:47:16.854775Z";
    QTest::newRow("epoch exponent") << "epoch" << QByteArray("1.7e9") << "";
    QTest::newRow("epoch huge exponent") << "epoch" << QByteArray("1.5e300") << "";
    QTest::newRow("epoch bare point") << "epoch" << QByteArray("1700000000.") << "";
    QTest::newRow("s last second") << "s" << QByteArray("253402300799") << "9999-12-31T23:59:59.000000Z";
    QTest::newRow("s past 9999") << "s" << QByteArray("253402300800") << "";
    QTest::newRow("s first second") << "s" << QByteArray("-62135596800") << "0001-01-01T00:00:00.000000Z";
    QTest::newRow("s before year 1") << "s" << QByteArray("-62135596801") << "";
    QTest::newRow("s 2^63 - 2") << "s" << QByteArray("9223372036854775806") << "";
    QTest::newRow("s -2^63 + 1") << "s" << QByteArray("-9223372036854775807") << "";
    QTest::newRow("s fraction past 9999") << "s" << QByteArray("253402300799.9999999") << "";
    QTest::newRow("ms last") << "ms" << QByteArray("253402300799999") << "9999-12-31T23:59:59.999000Z";
    QTest::newRow("ms 2^63 - 2") << "ms" << QByteArray("9223372036854775806") << "";
    QTest::newRow("us last") << "us" << QByteArray("253402300799999999") << "9999-12-31T23:59:59.999999Z";
    QTest::newRow("us past 9999") << "us" << QByteArray("253402300800000000") << "";
    QTest::newRow("us journald 2^63 - 1") << "us" << QByteArray("9223372036854775807") << "";
    QTest::newRow("us -2^63 + 1") << "us" << QByteArray("-9223372036854775807") << "";
    QTest::newRow("ns 2^63 - 2") << "ns" << QByteArray("9223372036854775806")
                                 << "2262-04-11T23:47:16.854775Z";
    QTest::newRow("ns -1 floors") << "ns" << QByteArray("-1") << "1969-12-31T23:59:59.999999Z";
}

void TestTimestamps::parsersStayInRange()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Instant t = parse(kind, text);
    QCOMPARE(iso(t), expected);
    QVERIFY(t == NoInstant || isSupportedInstant(t));
}

void TestTimestamps::doublesStayInRange_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("expected");
    const int guess = int(timestamps::EpochUnit::Guess), seconds = int(timestamps::EpochUnit::Seconds);
    QTest::newRow("ms") << 1714557600000.0 << guess << "2024-05-01T10:00:00.000000Z";
    QTest::newRow("2^63 as a double") << 9223372036854775808.0 << guess << "";
    QTest::newRow("1e19") << 1e19 << guess << "";
    QTest::newRow("-1e19") << -1e19 << guess << "";
    QTest::newRow("1e300") << 1e300 << guess << "";
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << guess << "";
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << guess << "";
    QTest::newRow("s past 9999") << 253402300800.0 << seconds << "";
    QTest::newRow("s 8e18") << 8e18 << seconds << "";
    QTest::newRow("s -8e18") << -8e18 << seconds << "";
}

void TestTimestamps::doublesStayInRange()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, expected);
    QCOMPARE(iso(timestamps::fromEpochDouble(value, timestamps::EpochUnit(unit))), expected);
}

void TestTimestamps::zoneResolverStaysInRange()
{
    const Instant lastHour = timestamps::parseIso8601("9999-12-31T23:30:00");
    const Instant firstHour = timestamps::parseIso8601("0001-01-01T00:30:00");
    QVERIFY(lastHour != NoInstant && firstHour != NoInstant);
    timestamps::ZoneResolver newYork(QTimeZone("America/New_York"));
    timestamps::ZoneResolver tokyo(QTimeZone("Asia/Tokyo"));
    // Wall-clock times whose UTC instant falls past either end.
    QCOMPARE(newYork.toUtc(lastHour), NoInstant);
    QCOMPARE(tokyo.toUtc(firstHour), NoInstant);
    // ...and ones that stay inside.
    QVERIFY(isSupportedInstant(tokyo.toUtc(lastHour)));
    QVERIFY(isSupportedInstant(newYork.toUtc(firstHour)));
    // Values no parser gives are refused, not shifted into overflow.
    QCOMPARE(newYork.toUtc(kInt64Max), NoInstant);
    QCOMPARE(newYork.toUtc(NoInstant + 1), NoInstant);
    QCOMPARE(timestamps::ZoneResolver().toUtc(kInt64Max), NoInstant);
}

void TestTimestamps::conversionsOfAnyValueAreSafe()
{
    // An old document may hold any 64-bit value: formatting one never overflows (UBSan checks).
    QCOMPARE(iso(kInt64Max), QStringLiteral("294247-01-10T04:00:54.775807Z"));
    QVERIFY(!iso(NoInstant + 1).isEmpty());
    QVERIFY(timestamps::toDateTime(NoInstant + 1).isValid() || true); // no overflow computing it
    QCOMPARE(timestamps::toDateTime(-1), QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    // QDateTime reaches further than the range; converting back refuses what lies beyond.
    QCOMPARE(timestamps::fromDateTime(QDateTime(QDate(20000, 1, 1), QTime(0, 0), Qt::UTC)), NoInstant);
    QCOMPARE(timestamps::fromDateTime(QDateTime(QDate(-5, 1, 1), QTime(0, 0), Qt::UTC)), NoInstant);
    QCOMPARE(iso(timestamps::fromDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC))),
        QStringLiteral("9999-12-31T23:59:59.999000Z"));
    QCOMPARE(timestamps::fromCivilUtc(10000, 1, 1, 0, 0, 0, 0), NoInstant);
    QCOMPARE(timestamps::fromCivilUtc(0, 12, 31, 0, 0, 0, 0), NoInstant);
    QCOMPARE(timestamps::fromEpochNumber(kInt64Max, timestamps::EpochUnit::Nanoseconds), NoInstant);
    QCOMPARE(timestamps::fromEpochNumber(NoInstant, timestamps::EpochUnit::Guess), NoInstant);
}

// One row per format and extreme value: a file of three records whose middle one carries the
// value. The middle record is rejected with its line (or, inside a whole JSON document, its
// entry number) and a reason; the other two are imported.
void TestTimestamps::importersRejectExtremeRecords_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<qint64>("line"); // of the bad record

    const QList<QByteArray> epochs
        = { "9223372036854775807", "9223372036854775808", "-9223372036854775808", "9999999999999999999" };
    const QList<QByteArray> isos = { "2024-05-01T12:00:00+99:99", "2024-05-01T12:00:00-24:00",
        "2024-05-01T12:00:00+24:00", "0000-06-01T12:00:00Z", "9999-12-31T23:00:00-05:00" };
    // `templ` holds @1, @2 and @3 where the three stamps go; @2 also marks the bad record's line.
    auto rows = [](const char *format, const char *fileName, const QByteArray &templ,
                    const QList<QByteArray> &bad, const QByteArray &good1, const QByteArray &good3) {
        for (const QByteArray &value : bad) {
            QByteArray document = templ;
            document.replace("@1", good1).replace("@2", value).replace("@3", good3);
            QTest::addRow("%s %s", format, value.constData())
                << QString::fromLatin1(format) << QString::fromLatin1(fileName) << document
                << lineOf(templ, "@2");
        }
    };
    const QByteArray s1 = "1714557600", s3 = "1714557900";
    const QByteArray ms1 = "1714557600000", ms3 = "1714557900000";
    const QByteArray us1 = "1714557600000000", us3 = "1714557900000000";
    const QByteArray i1 = "2024-05-01T10:00:00Z", i3 = "2024-05-01T10:05:00Z";

    rows("jsonl", "a.jsonl",
        "{\"ts\":@1,\"msg\":\"a\"}\n{\"ts\":@2,\"msg\":\"b\"}\n{\"ts\":@3,\"msg\":\"c\"}\n", epochs, s1, s3);
    const QByteArray jsonlText
        = "{\"ts\":\"@1\",\"msg\":\"a\"}\n{\"ts\":\"@2\",\"msg\":\"b\"}\n{\"ts\":\"@3\",\"msg\":\"c\"}\n";
    rows("jsonl", "a.jsonl", jsonlText, epochs, s1, s3);
    rows("jsonl", "a.jsonl", jsonlText, isos, i1, i3);
    rows("jsonl", "a.jsonl",
        "{\"instant\":{\"epochSecond\":@1,\"nanoOfSecond\":5},\"msg\":\"a\"}\n"
        "{\"instant\":{\"epochSecond\":@2,\"nanoOfSecond\":5},\"msg\":\"b\"}\n"
        "{\"instant\":{\"epochSecond\":@3,\"nanoOfSecond\":5},\"msg\":\"c\"}\n",
        { "253402300800" }, s1, s3);
    rows("jsonl", "a.jsonl",
        "{\"instant\":{\"epochSecond\":@1,\"nanoOfSecond\":5},\"msg\":\"a\"}\n"
        "{\"instant\":{\"epochSecond\":1714557700,\"nanoOfSecond\":@2},\"msg\":\"b\"}\n"
        "{\"instant\":{\"epochSecond\":@3,\"nanoOfSecond\":5},\"msg\":\"c\"}\n",
        { "9223372036854775807", "1000000000" }, s1, s3);
    rows("journald-json", "a.json",
        "{\"__REALTIME_TIMESTAMP\":\"@1\",\"MESSAGE\":\"a\"}\n{\"__REALTIME_TIMESTAMP\":\"@2\",\"MESSAGE\":"
        "\"b\"}\n"
        "{\"__REALTIME_TIMESTAMP\":\"@3\",\"MESSAGE\":\"c\"}\n",
        epochs, us1, us3);
    rows("journald-export", "a.export",
        "__REALTIME_TIMESTAMP=@1\nMESSAGE=a\n\n__REALTIME_TIMESTAMP=@2\nMESSAGE=b\n\n__REALTIME_TIMESTAMP=@"
        "3\nMESSAGE=c\n",
        epochs + QList<QByteArray> { "253402300800000000" }, us1, us3);
    const QByteArray logfmt = "ts=@1 level=info msg=a\nts=@2 level=info msg=b\nts=@3 level=info msg=c\n";
    rows("logfmt", "a.log", logfmt, epochs, s1, s3);
    rows("logfmt", "a.log", logfmt, isos, i1, i3);
    const QByteArray zap = "@1\tINFO\ta\n@2\tINFO\tb\n@3\tINFO\tc\n";
    rows("zap-console", "a.log", zap, epochs, s1, s3);
    rows("zap-console", "a.log", zap, isos, i1, i3);
    const QByteArray csv = "time,message\n@1,a\n@2,b\n@3,c\n";
    rows("csv", "a.csv", csv, epochs, s1, s3);
    rows("csv", "a.csv", csv, isos, i1, i3);
    rows("access-log", "access.log",
        "10.0.0.1 - - [@1] \"GET /a HTTP/1.1\" 200 5\n10.0.0.1 - - [@2] \"GET /b HTTP/1.1\" 200 5\n"
        "10.0.0.1 - - [@3] \"GET /c HTTP/1.1\" 200 5\n",
        { "01/May/2024:10:00:00 +9999", "01/May/2024:10:00:00 -2400", "01/May/2024:10:00:00 +0060",
            "01/May/0000:10:00:00 +0000", "31/Dec/9999:23:00:00 -0500" },
        "01/May/2024:10:00:00 +0000", "01/May/2024:10:05:00 +0000");
    rows("syslog", "syslog",
        "<34>1 @1 host app - - - a\n<34>1 @2 host app - - - b\n<34>1 @3 host app - - - c\n", isos, i1, i3);
    rows("text", "a.log", "@1 INFO a\n@2 INFO b\n@3 INFO c\n", isos, i1, i3);
    const QByteArray alertmanager = "{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{"
                                    "\"alertname\":\"A\"},\"startsAt\":\"@1\"}]}\n"
                                    "{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{"
                                    "\"alertname\":\"B\"},\"startsAt\":\"@2\"}]}\n"
                                    "{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{"
                                    "\"alertname\":\"C\"},\"startsAt\":\"@3\"}]}\n";
    rows("alertmanager", "alerts.jsonl", alertmanager, isos, i1, i3);
    rows("alertmanager", "alerts.jsonl", alertmanager, epochs, s1, s3);
    rows("opsgenie", "opsgenie.jsonl",
        "{\"action\":\"Create\",\"alert\":{\"alertId\":\"a\",\"message\":\"a\",\"createdAt\":@1}}\n"
        "{\"action\":\"Create\",\"alert\":{\"alertId\":\"b\",\"message\":\"b\",\"createdAt\":@2}}\n"
        "{\"action\":\"Create\",\"alert\":{\"alertId\":\"c\",\"message\":\"c\",\"createdAt\":@3}}\n",
        epochs, ms1, ms3);
    const QByteArray pagerduty
        = "{\"log_entries\":[\n"
          "{\"type\":\"trigger_log_entry\",\"summary\":\"a\",\"created_at\":\"@1\"},\n"
          "{\"type\":\"trigger_log_entry\",\"summary\":\"b\",\"created_at\":\"@2\"},\n"
          "{\"type\":\"trigger_log_entry\",\"summary\":\"c\",\"created_at\":\"@3\"}\n]}\n";
    rows("pagerduty", "pd.json", pagerduty, isos, i1, i3);
    rows("pagerduty", "pd.json", pagerduty, epochs, s1, s3);
    rows("launchdarkly", "ld.json",
        "{\"items\":[\n{\"_id\":\"a\",\"kind\":\"flag\",\"name\":\"a\",\"date\":@1},\n"
        "{\"_id\":\"b\",\"kind\":\"flag\",\"name\":\"b\",\"date\":@2},\n"
        "{\"_id\":\"c\",\"kind\":\"flag\",\"name\":\"c\",\"date\":@3}\n]}\n",
        epochs, ms1, ms3);
    rows("unleash", "unleash.json",
        "{\"events\":[\n{\"type\":\"feature-updated\",\"featureName\":\"a\",\"createdAt\":\"@1\"},\n"
        "{\"type\":\"feature-updated\",\"featureName\":\"b\",\"createdAt\":\"@2\"},\n"
        "{\"type\":\"feature-updated\",\"featureName\":\"c\",\"createdAt\":\"@3\"}\n]}\n",
        isos, i1, i3);
    rows("flagsmith", "flagsmith.json",
        "[\n{\"log\":\"a\",\"created_date\":\"@1\"},\n{\"log\":\"b\",\"created_date\":\"@2\"},\n"
        "{\"log\":\"c\",\"created_date\":\"@3\"}\n]\n",
        isos, i1, i3);
    rows("k8s-events", "events.json",
        "{\"kind\":\"EventList\",\"items\":[\n"
        "{\"type\":\"Normal\",\"message\":\"a\",\"lastTimestamp\":\"@1\",\"involvedObject\":{\"kind\":"
        "\"Pod\",\"name\":\"p\"}},\n"
        "{\"type\":\"Normal\",\"message\":\"b\",\"lastTimestamp\":\"@2\",\"involvedObject\":{\"kind\":"
        "\"Pod\",\"name\":\"p\"}},\n"
        "{\"type\":\"Normal\",\"message\":\"c\",\"lastTimestamp\":\"@3\",\"involvedObject\":{\"kind\":"
        "\"Pod\",\"name\":\"p\"}}\n]}\n",
        isos, i1, i3);
    rows("slack", "2024-05-01.json",
        "[\n{\"type\":\"message\",\"user\":\"U1\",\"text\":\"a\",\"ts\":\"@1.000100\"},\n"
        "{\"type\":\"message\",\"user\":\"U1\",\"text\":\"b\",\"ts\":\"@2.000100\"},\n"
        "{\"type\":\"message\",\"user\":\"U1\",\"text\":\"c\",\"ts\":\"@3.000100\"}\n]\n",
        epochs + QList<QByteArray> { "253402300800" }, s1, s3);
    const QByteArray flagCsv = "instant,flag,environment,old,new,actor,comment\n@1,a,production,off,on,ana,\n"
                               "@2,b,production,off,on,ana,\n@3,c,production,off,on,ana,\n";
    rows("flag-csv", "flags.csv", flagCsv, isos, i1, i3);
    rows("flag-csv", "flags.csv", flagCsv, epochs, s1, s3);
    rows("experiment-csv", "runs.csv",
        "start,end,title,hypothesis,verdict,before,after,actor,environment\n@1,,a,h,held,,,ana,staging\n"
        "@2,,b,h,held,,,ana,staging\n@3,,c,h,held,,,ana,staging\n",
        isos, i1, i3);
    rows("chaostoolkit", "journal.json",
        "[\n{\"experiment\":{\"title\":\"a\"},\"status\":\"completed\",\"start\":\"@1\"},\n"
        "{\"experiment\":{\"title\":\"b\"},\"status\":\"completed\",\"start\":\"@2\"},\n"
        "{\"experiment\":{\"title\":\"c\"},\"status\":\"completed\",\"start\":\"@3\"}\n]\n",
        isos, "2024-05-01T10:00:00", "2024-05-01T10:05:00");
}

void TestTimestamps::importersRejectExtremeRecords()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, document);
    const auto r = importBytes(document, format, fileName);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.events.size(), size_t(2));
    for (const EventRecord &e : r->sink.events) {
        QVERIFY(isSupportedInstant(e.instant));
        QVERIFY(e.end == NoInstant || isSupportedInstant(e.end));
    }
    QCOMPARE(r->sink.rejects.size(), size_t(1));
    const RejectedRecord &reject = r->sink.rejects.front();
    QVERIFY(!reject.reason.isEmpty());
    // The bad record's line; inside a whole JSON document, its entry number.
    QFETCH(qint64, line);
    if (reject.line > 0)
        QCOMPARE(reject.line, line);
    else
        QVERIFY2(reject.reason.startsWith(QStringLiteral("entry 2")), qPrintable(reject.reason));
}

void TestTimestamps::naiveTimeCarriedOutOfRangeByTheZone_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<qint64>("line"); // of the record that falls out of the range
    QTest::newRow("jsonl") << "jsonl"
                           << QByteArray("{\"ts\":\"2024-05-01T10:00:00\",\"msg\":\"a\"}\n"
                                         "{\"ts\":\"9999-12-31T23:30:00\",\"msg\":\"b\"}\n")
                           << qint64(2);
    QTest::newRow("csv") << "csv"
                         << QByteArray("time,message\n2024-05-01 10:00:00,a\n9999-12-31 23:30:00,b\n")
                         << qint64(3);
    QTest::newRow("text") << "text" << QByteArray("2024-05-01 10:00:00 INFO a\n9999-12-31 23:30:00 INFO b\n")
                          << qint64(2);
    QTest::newRow("syslog") << "syslog"
                            << QByteArray("<34>1 2024-05-01T10:00:00 h app - - - a\n"
                                          "<34>1 9999-12-31T23:30:00 h app - - - b\n")
                            << qint64(2);
    QTest::newRow("pagerduty")
        << "pagerduty"
        << QByteArray("{\"log_entries\":[\n"
                      "{\"type\":\"trigger_log_entry\",\"created_at\":\"2024-05-01T10:00:00\"},\n"
                      "{\"type\":\"trigger_log_entry\",\"created_at\":\"9999-12-31T23:30:00\"}]}\n")
        << qint64(0);
}

void TestTimestamps::naiveTimeCarriedOutOfRangeByTheZone()
{
    // 23:30 on the last day in New York is already the year 10000 in UTC.
    QFETCH(QString, format);
    QFETCH(QByteArray, document);
    QFETCH(qint64, line);
    const auto r = importBytes(document, format, QStringLiteral("input"), QStringLiteral("America/New_York"));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.events.size(), size_t(1));
    QCOMPARE(iso(r->sink.events.front().instant), QStringLiteral("2024-05-01T14:00:00.000000Z"));
    QCOMPARE(r->sink.rejects.size(), size_t(1));
    const RejectedRecord &reject = r->sink.rejects.front();
    QCOMPARE(reject.line, line);
    if (line == 0) // inside a whole JSON document
        QVERIFY2(reject.reason.startsWith(QStringLiteral("entry 2")), qPrintable(reject.reason));
}

void TestTimestamps::writerRejectsOutOfRange()
{
    // The last line before the document: whatever an importer (or a future one) hands over, an
    // instant or end outside the range is kept as a rejected record, never as an event.
    tests::TempReview review;
    ReviewStore::Transaction t(review.store);
    QVERIFY(review.store.exec(QStringLiteral(
        "INSERT INTO sources(name, kind, format, imported_at) VALUES('f', 'log', 'jsonl', 0)")));
    EventWriter writer(review.store, review.store.lastInsertId());
    QString error;
    QVERIFY2(writer.begin(&error), qPrintable(error));
    auto add = [&](Instant instant, Instant end, qint64 line) {
        EventRecord e;
        e.instant = instant;
        e.end = end;
        e.line = line;
        e.text = "event " + QByteArray::number(line);
        writer.addEvent(std::move(e));
    };
    add(1714557600000000, NoInstant, 1);
    add(kInt64Max, NoInstant, 2);
    add(MaxSupportedInstant + 1, NoInstant, 3);
    add(MinSupportedInstant - 1, NoInstant, 4);
    add(1714557600000000, kInt64Max, 5);
    add(NoInstant, NoInstant, 6);
    add(MaxSupportedInstant, NoInstant, 7);
    QVERIFY2(writer.finish(&error), qPrintable(error));
    QVERIFY(t.commit());
    QCOMPARE(writer.accepted(), qint64(2));
    QCOMPARE(writer.rejected(), qint64(5));
    QSqlQuery q(review.store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT line FROM events ORDER BY line")));
    QList<qint64> stored;
    while (q.next())
        stored << q.value(0).toLongLong();
    QCOMPARE(stored, (QList<qint64> { 1, 7 }));
    QVERIFY(q.exec(QStringLiteral("SELECT line, reason FROM rejects ORDER BY line")));
    QList<qint64> rejected;
    while (q.next()) {
        rejected << q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), DomainText::instantOutOfRange());
    }
    QCOMPARE(rejected, (QList<qint64> { 2, 3, 4, 5, 6 }));
}

void TestTimestamps::oldDocumentWithExtremeInstantExports_data()
{
    QTest::addColumn<BriefingFormat>("format");
    QTest::addColumn<bool>("chartOnly");
    QTest::addColumn<bool>("bothEnds");
    for (const bool bothEnds : { false, true }) {
        const char *variant = bothEnds ? "both ends highlighted" : "journald 2^63 - 1";
        QTest::addRow("markdown, %s", variant) << BriefingFormat::Markdown << false << bothEnds;
        QTest::addRow("html, %s", variant) << BriefingFormat::Html << false << bothEnds;
        QTest::addRow("pdf, %s", variant) << BriefingFormat::Pdf << false << bothEnds;
        QTest::addRow("chart alone, %s", variant) << BriefingFormat::Markdown << true << bothEnds;
    }
}

namespace {
// A review as a version before issue 17 could write it: three ordinary events and, through
// plain SQL past every check, an event at 2^63 - 1 as the journald import stored it; with
// `bothEnds` also one at -2^63 + 1, and both highlighted, the first with an end at 2^63 - 1.
void writeOldDocument(const QString &path, bool bothEnds)
{
    ReviewStore store;
    if (!store.create(path, QStringLiteral("Old review"), QStringLiteral("UTC")))
        qFatal("cannot create %s", qPrintable(path));
    const QString insert = QStringLiteral("INSERT INTO events(instant, end_instant, kind, severity, text, "
                                          "source_id, line, byte_offset, fingerprint,"
                                          " manual, highlighted) VALUES(?, ?, 0, ?, ?, ?, ?, 0, ?, 0, ?)");
    if (!store.exec(QStringLiteral("INSERT INTO sources(name, kind, format, imported_at, accepted)"
                                   " VALUES('journal', 'log', 'journald-export', 0, 5)")))
        qFatal("cannot add a source");
    const qint64 source = store.lastInsertId();
    const Instant base = 1714557600000000;
    QList<std::tuple<Instant, QVariant, int, const char *, bool>> rows = {
        { base, QVariant(), 3, "checkout starts", false },
        { base + 60000000, QVariant(), 6, "checkout fails", false },
        { kInt64Max, QVariant(), 6, "the journal's damaged entry", false },
        { base + 120000000, QVariant(), 3, "checkout recovers", false },
    };
    if (bothEnds) {
        rows[0] = { base, QVariant(), 3, "checkout starts", true };
        rows[2] = { kInt64Max, QVariant(kInt64Max), 6, "the journal's damaged entry", true };
        rows.append({ NoInstant + 1, QVariant(), 3, "the other end", true });
    }
    qint64 line = 0;
    for (const auto &[instant, end, severity, text, highlighted] : rows) {
        ++line;
        if (!store.exec(insert,
                { instant, end, severity, QString::fromLatin1(text), source, line, line,
                    highlighted ? 1 : 0 }))
            qFatal("cannot add an event: %s", qPrintable(store.errorString()));
    }
    if (!store.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('rebuild')")))
        qFatal("cannot index");
}
} // namespace

void TestTimestamps::oldDocumentWithExtremeInstantExports()
{
    QFETCH(BriefingFormat, format);
    QFETCH(bool, chartOnly);
    QFETCH(bool, bothEnds);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.faultless"));
    writeOldDocument(path, bothEnds);
    ReviewStore store;
    QVERIFY(store.open(path));
    BriefingOptions options;
    options.format = format;
    options.audience = BriefingAudience::Practitioner;
    if (chartOnly)
        options.sections = BriefingSection::Chart;
    QString error;
    const QString out = dir.filePath(QStringLiteral("briefing"));
    QVERIFY2(BriefingExporter::exportTo(store, options, out, &error), qPrintable(error));
    QVERIFY(QFileInfo(out).size() > 0);
    // The chart covers the events in range (10:00 to 10:02 UTC), not 292,000 years.
    const auto rendered = BriefingExporter::render(store, options, &error);
    QVERIFY2(rendered, qPrintable(error));
    if (!chartOnly && format == BriefingFormat::Markdown && bothEnds) {
        QVERIFY(rendered->text.contains(QStringLiteral("checkout starts")));
        QVERIFY(rendered->text.contains(QStringLiteral("the journal's damaged entry")));
    }
}

void TestTimestamps::oldDocumentWithExtremeInstantThroughCli_data()
{
    QTest::addColumn<bool>("bothEnds");
    QTest::newRow("journald 2^63 - 1") << false;
    QTest::newRow("both ends highlighted") << true;
}

void TestTimestamps::oldDocumentWithExtremeInstantThroughCli()
{
    // The commands of the report: export (each format, and the chart alone) and archive.
    QFETCH(bool, bothEnds);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.faultless"));
    writeOldDocument(path, bothEnds);
    const QList<QStringList> commands = {
        { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--output"), dir.filePath(QStringLiteral("b.md")) },
        { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("html"),
            QStringLiteral("--output"), dir.filePath(QStringLiteral("b.html")) },
        { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--output"), dir.filePath(QStringLiteral("b.pdf")) },
        { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--sections"), QStringLiteral("chart"), QStringLiteral("--output"),
            dir.filePath(QStringLiteral("chart.md")) },
        { QStringLiteral("archive"), path, QStringLiteral("--output"),
            dir.filePath(QStringLiteral("old.zip")) },
        { QStringLiteral("events"), path },
        { QStringLiteral("info"), path },
    };
    for (const QStringList &args : commands) {
        const tests::CliResult r = tests::runCli(args);
        QVERIFY2(r.exitCode == 0,
            qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }
}

QTEST_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
