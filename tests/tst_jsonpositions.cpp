// Byte offsets of the records of whole JSON documents (issue 21): JsonPositions on crafted
// documents, and the events the Slack, LaunchDarkly and Chaos Toolkit importers read from real
// samples point at their own object, so that Show in Source opens at the record.

#include "testsupport.h"

#include "domain/timestamps.h"
#include "import/chaostoolkitimporter.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/launchdarklyimporter.h"
#include "import/parsers/archiveentry.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonpositions.h"
#include "import/slackimporter.h"
#include "search/eventdetails.h"
#include "search/sourceexcerpt.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace faultless::model;
using faultless::tests::dataPath;
using faultless::tests::samplePath;

namespace {
QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CollectingSink importWith(Importer &importer, const QString &path)
{
    CollectingSink sink;
    ImportInput input;
    if (!input.open(path))
        return sink;
    ImportContext context;
    context.fileName = path;
    QString error;
    if (!importer.read(input, sink, context, &error))
        qWarning("%s", qPrintable(error));
    return sink;
}

QList<qint64> offsets(const QList<JsonPositions::Position> &positions)
{
    QList<qint64> list;
    for (const JsonPositions::Position &p : positions)
        list << p.byteOffset;
    return list;
}
} // namespace

class TestJsonPositions : public QObject
{
    Q_OBJECT
private slots:
    void crafted_data();
    void crafted();
    void lines();
    void launchDarklyEntries();
    void slackMessages();
    void chaosToolkitActivities();
    void slackZipEntries();
    void excerptShowsAWholeJsonRecord();
    void chaosToolkitDuringProbesAndJournalArrays();
};

void TestJsonPositions::crafted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArrayList>("keys");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("root array") << QByteArray(R"([{"a":1}, {"b":2}])") << QByteArrayList {}
                                << QList<qint64> { 1, 10 };
    QTest::newRow("numbers and literals")
        << QByteArray("[1,true, null ,\"x\"]") << QByteArrayList {} << QList<qint64> { 1, 3, 9, 15 };
    QTest::newRow("brackets and quotes in strings")
        << QByteArray(R"([{"t":"a]\"}{"}, {"t":"[["}])") << QByteArrayList {} << QList<qint64> { 1, 17 };
    QTest::newRow("nested key") << QByteArray(R"({"_links":{"items":[9]},"items":[ {"x":[1,2]} ,{} ]})")
                                << QByteArrayList { "items" } << QList<qint64> { 34, 47 };
    QTest::newRow("two keys deep") << QByteArray(R"({"s":{"before":{"probes":[{},{}]}}})")
                                   << QByteArrayList { "s", "before", "probes" } << QList<qint64> { 26, 29 };
    QTest::newRow("empty array") << QByteArray("[ ]") << QByteArrayList {} << QList<qint64> {};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{}]") << QByteArrayList {}
                                     << QList<qint64> { 4 };
    QTest::newRow("no such key") << QByteArray(R"({"a":[1]})") << QByteArrayList { "b" } << QList<qint64> {};
    QTest::newRow("not an array") << QByteArray(R"({"a":{}})") << QByteArrayList { "a" } << QList<qint64> {};
    QTest::newRow("unterminated") << QByteArray(R"([{"a":"x}])") << QByteArrayList {} << QList<qint64> {};
    QTest::newRow("unbalanced") << QByteArray("[{]]") << QByteArrayList {} << QList<qint64> {};
    QTest::newRow("empty input") << QByteArray() << QByteArrayList {} << QList<qint64> {};
}

void TestJsonPositions::crafted()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArrayList, keys);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(offsets(JsonPositions::ofArray(json, keys)), expected);
}

void TestJsonPositions::lines()
{
    const QByteArray json("[\n  {\"a\": \"x\ny\"},\n\n  2\n]");
    const QList<JsonPositions::Position> positions = JsonPositions::ofArray(json);
    QCOMPARE(positions.size(), 2);
    QCOMPARE(positions.at(0).line, 2);
    QCOMPARE(positions.at(1).line, 5); // the newline inside the string counts as a line of the file
    QCOMPARE(json.at(positions.at(1).byteOffset), '2');
}

void TestJsonPositions::launchDarklyEntries()
{
    // An API response: {"_links": ..., "items": [entry, ...]}.
    const QString path = dataPath(QStringLiteral("gameday/launchdarkly-auditlog.json"));
    const QByteArray bytes = contents(path);
    const QJsonArray items = QJsonDocument::fromJson(bytes).object().value(QLatin1String("items")).toArray();
    QVERIFY(items.size() >= 3);
    LaunchDarklyImporter importer;
    const CollectingSink sink = importWith(importer, path);
    QCOMPARE(qsizetype(sink.events.size()), items.size());
    qint64 previous = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qint64 offset = sink.events.at(size_t(i)).byteOffset;
        QVERIFY2(offset > previous, qPrintable(QString::number(i)));
        QCOMPARE(bytes.at(offset), '{');
        // The entry's own id comes before the next entry starts.
        const QByteArray id = items.at(i).toObject().value(QLatin1String("_id")).toString().toUtf8();
        const qsizetype at = bytes.indexOf(QByteArray("\"" + id + "\""), offset);
        QVERIFY(at > offset);
        if (i + 1 < items.size())
            QVERIFY(at < sink.events.at(size_t(i + 1)).byteOffset);
        previous = offset;
    }
    // Show in Source marks the line the entry starts on, not line 1.
    SourceExcerpt excerpt;
    QVERIFY(excerpt.read(path, sink.events.at(1).byteOffset, 0, 2));
    const auto record = std::find_if(
        excerpt.lines().begin(), excerpt.lines().end(), [](const auto &l) { return l.isRecord; });
    QVERIFY(record != excerpt.lines().end());
    QCOMPARE(record->number, 1 + bytes.left(sink.events.at(1).byteOffset).count('\n'));
    QVERIFY(record->number > 1);
}

void TestJsonPositions::slackMessages()
{
    const QString path
        = samplePath(QStringLiteral("slack-export/hfaran-testarchive/enrique/2016-03-28.json"));
    const QByteArray bytes = contents(path);
    const QJsonArray messages = QJsonDocument::fromJson(bytes).array();
    SlackImporter importer;
    const CollectingSink sink = importWith(importer, path);
    QCOMPARE(qsizetype(sink.events.size()), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const qint64 offset = sink.events.at(size_t(i)).byteOffset;
        QCOMPARE(bytes.at(offset), '{');
        const QByteArray ts = messages.at(i).toObject().value(QLatin1String("ts")).toString().toUtf8();
        const qsizetype at = bytes.indexOf(ts, offset);
        QVERIFY(at > offset);
        if (i + 1 < messages.size())
            QVERIFY(at < sink.events.at(size_t(i + 1)).byteOffset);
    }
}

void TestJsonPositions::chaosToolkitActivities()
{
    // A journal: the run's span stays at the journal's start; each activity result is its own.
    const QString path
        = samplePath(QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json"));
    const QByteArray bytes = contents(path);
    ChaosToolkitImporter importer;
    const CollectingSink sink = importWith(importer, path);
    QCOMPARE(sink.events.size(), size_t(1 + 2 + 2 + 2));
    QCOMPARE(sink.events.front().byteOffset, 0);
    QSet<qint64> distinct;
    for (size_t i = 1; i < sink.events.size(); ++i) {
        const qint64 offset = sink.events.at(i).byteOffset;
        QCOMPARE(bytes.at(offset), '{');
        // An activity result object: it names its activity.
        QVERIFY(bytes.indexOf("\"activity\"", offset) > offset);
        distinct.insert(offset);
    }
    QCOMPARE(distinct.size(), qsizetype(sink.events.size() - 1));
}

// A Slack export zip (issue 21): each message keeps its entry and its offset in the entry's text,
// and Show in Source reads that entry and marks the message's own line.
void TestJsonPositions::slackZipEntries()
{
    const QString zip = dataPath(QStringLiteral("activity/slack-hfaran-testarchive.zip"));
    QTemporaryDir dir;
    ReviewStore store;
    QVERIFY(store.create(
        dir.filePath(QStringLiteral("z.faultless")), QStringLiteral("Zip"), QStringLiteral("UTC")));
    ImportRequest request;
    request.path = zip;
    const ImportResult result = ImportJob::run(store, ImporterRegistry(), request);
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.summary()));

    // The messages of each entry, by offset.
    QMap<QString, QMap<qint64, EventDetails>> byEntry;
    QVERIFY(EventQuery::forEach(store, EventFilter(), [&](const EventRow &row) {
        const std::optional<EventDetails> details = EventDetails::load(store, row.id);
        if (!details)
            return false;
        byEntry[details->originEntry].insert(row.byteOffset, *details);
        return true;
    }));
    QVERIFY(!byEntry.contains(QString())); // every message names its entry
    qsizetype messages = 0;
    for (auto entry = byEntry.cbegin(); entry != byEntry.cend(); ++entry) {
        QByteArray bytes;
        QString error;
        QVERIFY2(ArchiveEntry::read(zip, entry.key(), 1 << 26, &bytes, &error), qPrintable(error));
        const QList<qint64> starts = entry.value().keys();
        for (qsizetype i = 0; i < starts.size(); ++i, ++messages) {
            const EventDetails &details = entry.value().value(starts.at(i));
            const qint64 offset = starts.at(i);
            QCOMPARE(bytes.at(offset), '{');
            // The message's own ts lies between its offset and the next message's.
            const QByteArray ts = QJsonDocument::fromJson(details.event.attributesJson.toUtf8())
                                      .object()
                                      .value(QLatin1String("ts"))
                                      .toString()
                                      .toUtf8();
            const qsizetype at = bytes.indexOf(QByteArray("\"" + ts + "\""), offset);
            QVERIFY2(at > offset && (i + 1 == starts.size() || at < starts.at(i + 1)), ts.constData());

            // Show in Source: the entry's text, the message's first line marked, its ts below.
            const SourceExcerpt::Origin origin = SourceExcerpt::originOf(details);
            QCOMPARE(origin.name(), QStringLiteral("slack-hfaran-testarchive.zip › ") + entry.key());
            // Without context lines: the message whole, from its "{" to its "}".
            SourceExcerpt excerpt;
            QVERIFY2(excerpt.read(origin, 0), qPrintable(excerpt.errorString()));
            const QList<SourceExcerpt::Line> &lines = excerpt.lines();
            QVERIFY(lines.size() > 2);
            QVERIFY(lines.first().isRecord);
            QCOMPARE(lines.first().number, 1 + bytes.left(offset).count('\n'));
            QCOMPARE(lines.first().text.trimmed(), QStringLiteral("{"));
            QVERIFY(lines.last().text.trimmed().startsWith(QLatin1Char('}')));
            bool ownTs = false;
            for (const SourceExcerpt::Line &l : lines)
                ownTs = ownTs || l.text.contains(QStringLiteral("\"ts\": \"%1\"").arg(QString::fromUtf8(ts)));
            QVERIFY2(ownTs, ts.constData());
        }
    }
    QCOMPARE(messages, result.accepted);

    // An entry that is not in the archive is said, naming both.
    SourceExcerpt missing;
    QVERIFY(!missing.read({ zip, QStringLiteral("nowhere/2016-01-01.json"), 10, 0 }));
    QVERIFY2(missing.errorString().contains(QStringLiteral("nowhere/2016-01-01.json"))
            && missing.errorString().contains(zip),
        qPrintable(missing.errorString()));
}

// A record of a whole JSON document spans lines: the excerpt shows it to its closing bracket
// (brackets and quotes inside strings do not count), then the context lines.
void TestJsonPositions::excerptShowsAWholeJsonRecord()
{
    const QByteArray json = "[\n"
                            "  {\n"
                            "    \"a\": \"} ] { \\\" [\",\n"
                            "    \"b\": [1,\n"
                            "      2]\n"
                            "  },\n"
                            "  {\"c\": 1},\n"
                            "  {\"d\": 2}\n"
                            "]\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    file.close();
    const QList<JsonPositions::Position> records = JsonPositions::ofArray(json);
    QCOMPARE(records.size(), 3);

    auto numbers = [](const SourceExcerpt &excerpt) {
        QList<qint64> list;
        for (const SourceExcerpt::Line &l : excerpt.lines())
            list << l.number;
        return list;
    };
    SourceExcerpt excerpt;
    QVERIFY(excerpt.read(path, records.at(0).byteOffset, 0, 0));
    QCOMPARE(numbers(excerpt), (QList<qint64> { 2, 3, 4, 5, 6 }));
    QVERIFY(excerpt.read(path, records.at(0).byteOffset, 0, 1));
    QCOMPARE(numbers(excerpt), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7 }));
    // A record on one line is its line.
    QVERIFY(excerpt.read(path, records.at(1).byteOffset, 0, 0));
    QCOMPARE(numbers(excerpt), QList<qint64> { 7 });
    QVERIFY(excerpt.read(path, records.at(1).byteOffset, 0, 1));
    QCOMPARE(numbers(excerpt), (QList<qint64> { 6, 7, 8 }));
}

// Chaos Toolkit probes run "during" the method (a list of checks, each with probes) and the
// journals of a file holding an array of them keep their own offsets too. The input is made from
// a real journal: its "before" and "after" results as two continuous checks, and the journal twice
// in an array.
void TestJsonPositions::chaosToolkitDuringProbesAndJournalArrays()
{
    const QJsonObject journal = QJsonDocument::fromJson(
        contents(samplePath(QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json"))))
                                    .object();
    QVERIFY(!journal.isEmpty());
    QJsonObject steady = journal.value(QLatin1String("steady_states")).toObject();
    steady.insert(QStringLiteral("during"),
        QJsonArray { steady.value(QLatin1String("before")), steady.value(QLatin1String("after")) });
    QJsonObject withDuring = journal;
    withDuring.insert(QStringLiteral("steady_states"), steady);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journals.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes
        = QJsonDocument(QJsonArray { withDuring, withDuring }).toJson(QJsonDocument::Indented);
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    ChaosToolkitImporter importer;
    const CollectingSink sink = importWith(importer, path);
    // Per journal: the run, 2 probes before, 2 actions, 2 + 2 probes during, 2 probes after.
    QCOMPARE(sink.events.size(), size_t(2 * (1 + 2 + 2 + 4 + 2)));
    const QList<JsonPositions::Position> journals = JsonPositions::ofArray(bytes);
    QCOMPARE(journals.size(), 2);
    QSet<qint64> distinct;
    int during = 0;
    for (const EventRecord &e : sink.events) {
        QCOMPARE(bytes.at(e.byteOffset), '{');
        distinct.insert(e.byteOffset);
        if (!e.experiment) {
            // An activity result: the first "start" after its offset is its own (keys are sorted,
            // and its activity holds none).
            const qsizetype at = bytes.indexOf("\"start\": \"", e.byteOffset) + 10;
            QVERIFY(at > 10);
            QCOMPARE(timestamps::parseIso8601(QByteArrayView(bytes).sliced(at, bytes.indexOf('"', at) - at)),
                e.instant);
        }
        if (QJsonDocument::fromJson(e.attributesJson).object().value(QLatin1String("phase")).toString()
            == QLatin1String("steady-state-during")) {
            ++during;
            // In its own journal's "during" list, not at the copy in "before" or "after".
            const qint64 journal = e.byteOffset > journals.at(1).byteOffset ? journals.at(1).byteOffset
                                                                            : journals.at(0).byteOffset;
            QVERIFY(e.byteOffset > bytes.indexOf("\"during\"", journal));
        }
    }
    QCOMPARE(during, 2 * 4);
    QCOMPARE(distinct.size(), qsizetype(sink.events.size()));
    // Each run's span sits at its journal's start.
    QCOMPARE(sink.events.front().byteOffset, journals.at(0).byteOffset);
}

QTEST_GUILESS_MAIN(TestJsonPositions)
#include "tst_jsonpositions.moc"
