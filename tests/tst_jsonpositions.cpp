// Byte offsets of the records of whole JSON documents (issue 21): JsonPositions on crafted
// documents, and the events the Slack, LaunchDarkly and Chaos Toolkit importers read from real
// samples point at their own object, so that Show in Source opens at the record.

#include "testsupport.h"

#include "import/chaostoolkitimporter.h"
#include "import/collectingsink.h"
#include "import/launchdarklyimporter.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonpositions.h"
#include "import/slackimporter.h"
#include "search/sourceexcerpt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

QTEST_GUILESS_MAIN(TestJsonPositions)
#include "tst_jsonpositions.moc"
