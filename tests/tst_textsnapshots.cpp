// The text importers read every file exactly as they did when the expectations were written
// (issue 25, deliverable 4: the faster CSV, logfmt, syslog, access log and plain-text parsers must
// give byte-identical events). tests/data/textformats/expected.tsv names each input (relative to
// tests/data), the format it is read as, and what reading it gave: the number of events and
// rejects, the notes of the summary, and a SHA-256 over every field of every event and reject
// (instant, end, kind, severity, lane, actor, text, attributes, line, offset; line, offset, reason,
// raw bytes). The expectations were written by the parsers as they were before the speed work;
// a difference names the first event that differs so that it can be looked at.
//
// FAULTLESS_TEXTSNAPSHOTS_WRITE=FILE writes what is read now in the manifest's form (same rows),
// to review before replacing the manifest with it.
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace faultless::model;

namespace {

const QString kData = QStringLiteral(FAULTLESS_TEST_DATA_DIR);
const QString kManifest = kData + QStringLiteral("/textformats/expected.tsv");

struct Reading
{
    std::vector<EventRecord> events;
    std::vector<RejectedRecord> rejects;
    QStringList notes;
    QString error;
};

Reading readAs(const QString &path, const QString &format)
{
    Reading r;
    ImportInput input;
    if (!input.open(kData + QLatin1Char('/') + path)) {
        r.error = input.errorString();
        return r;
    }
    ImporterRegistry registry;
    std::unique_ptr<Importer> importer = registry.create(format);
    if (!importer) {
        r.error = QStringLiteral("no importer ") + format;
        return r;
    }
    CollectingSink sink;
    ImportContext context;
    context.fileName = path;
    context.referenceYear = 2024;
    context.yearFromUser = true;
    context.referenceDay = timestamps::daysFromCivil(2024, 6, 1);
    QString error;
    if (!importer->read(input, sink, context, &error))
        r.error = error;
    r.events = std::move(sink.events);
    r.rejects = std::move(sink.rejects);
    r.notes = context.notes;
    return r;
}

void add(QByteArray &out, QByteArrayView bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}

QByteArray describe(const EventRecord &e)
{
    QByteArray out;
    add(out, QByteArray::number(e.instant));
    add(out, QByteArray::number(e.end));
    add(out, QByteArray::number(int(e.kind)));
    add(out, QByteArray::number(int(e.severity)));
    add(out, e.lane);
    add(out, e.actor);
    add(out, e.text);
    add(out, e.attributesJson);
    add(out, QByteArray::number(e.line));
    add(out, QByteArray::number(e.byteOffset));
    return out;
}

QByteArray describe(const RejectedRecord &r)
{
    QByteArray out;
    add(out, QByteArray::number(r.line));
    add(out, QByteArray::number(r.byteOffset));
    add(out, r.reason.toUtf8());
    add(out, r.raw);
    return out;
}

QByteArray digest(const Reading &r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const EventRecord &e : r.events)
        hash.addData(describe(e));
    hash.addData("--rejects--");
    for (const RejectedRecord &x : r.rejects)
        hash.addData(describe(x));
    hash.addData("--error--");
    hash.addData(r.error.toUtf8());
    return hash.result().toHex();
}

QByteArray notesDigest(const Reading &r)
{
    return QCryptographicHash::hash(r.notes.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}

struct Row
{
    QString path, format;
    qint64 events = 0, rejects = 0;
    QByteArray notes, hash;
};

QList<Row> manifest()
{
    QList<Row> rows;
    QFile f(kManifest);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cells = line.split('\t');
        Row row;
        row.path = QString::fromUtf8(cells.value(0));
        row.format = QString::fromUtf8(cells.value(1));
        row.events = cells.value(2).toLongLong();
        row.rejects = cells.value(3).toLongLong();
        row.notes = cells.value(4);
        row.hash = cells.value(5);
        rows << row;
    }
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(Row)

class TestTextSnapshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QByteArray out = qgetenv("FAULTLESS_TEXTSNAPSHOTS_WRITE");
        if (out.isEmpty())
            return;
        QFile f(QString::fromLocal8Bit(out));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "# path (under tests/data)\tformat\tevents\trejects\tnotes sha256/16\tsha256 of every field\n");
        for (const Row &row : manifest()) {
            const Reading r = readAs(row.path, row.format);
            f.write(row.path.toUtf8() + '\t' + row.format.toUtf8() + '\t'
                + QByteArray::number(r.events.size()) + '\t' + QByteArray::number(r.rejects.size()) + '\t'
                + notesDigest(r) + '\t' + digest(r) + '\n');
        }
    }

    void sameAsBefore_data()
    {
        QTest::addColumn<Row>("row");
        const QList<Row> rows = manifest();
        QVERIFY2(rows.size() >= 20, qPrintable(kManifest));
        for (const Row &row : rows)
            QTest::newRow(qPrintable(row.path + QLatin1Char(' ') + row.format)) << row;
    }

    void sameAsBefore()
    {
        QFETCH(Row, row);
        const Reading r = readAs(row.path, row.format);
        QCOMPARE(qint64(r.events.size()), row.events);
        QCOMPARE(qint64(r.rejects.size()), row.rejects);
        QCOMPARE(notesDigest(r), row.notes);
        QCOMPARE(digest(r), row.hash);
    }

    // The edges the faster parsers must keep, checked by value (not only by the digest above).
    void csvQuotedFields()
    {
        const Reading r = readAs(QStringLiteral("textformats/quoted-fields.csv"), QStringLiteral("csv"));
        QVERIFY(r.events.size() >= 6);
        QCOMPARE(r.events[0].text, QByteArray("plain, with comma"));
        QCOMPARE(r.events[1].text, QByteArray("says \"hi\" twice"));
        QCOMPARE(r.events[2].text, QByteArray("line one\nline two\nline three"));
        QCOMPARE(r.events[2].attributesJson, QByteArray("{\"service\":\"db\",\"extra\":\"a \\\"q\\\" b\"}"));
        QCOMPARE(r.events[3].text, QByteArray("unquoted \"inner\" quote"));
    }

    void logfmtEscapes()
    {
        const Reading r = readAs(QStringLiteral("textformats/escapes.logfmt"), QStringLiteral("logfmt"));
        QVERIFY(r.events.size() >= 3);
        QCOMPARE(r.events[1].text, QByteArray("quote \" inside"));
        QVERIFY(r.events[1].attributesJson.contains("\"path\":\"C:\\\\temp\""));
        QVERIFY(r.events[1].attributesJson.contains("\"nl\":\"a\\nb\\tc\\rd\""));
        QVERIFY(r.events[1].attributesJson.contains("\"other\":\"\\\\x\""));
    }

    void syslogPriorities()
    {
        const Reading r = readAs(QStringLiteral("textformats/priorities.syslog"), QStringLiteral("syslog"));
        QVERIFY(r.events.size() >= 4);
        QCOMPARE(r.events[0].severity, Severity::Emergency);
        QVERIFY(r.events[0].attributesJson.contains("\"facility\":\"kern\""));
        QCOMPARE(r.events[1].severity, Severity::Debug);
        QCOMPARE(r.events[3].severity, Severity::Debug);
        QVERIFY(r.events[3].attributesJson.contains("\"facility\":\"local7\""));
    }

    void accessLogQuotedFields()
    {
        const Reading r
            = readAs(QStringLiteral("textformats/quoted-fields.access.log"), QStringLiteral("access-log"));
        QVERIFY(r.events.size() >= 2);
        QCOMPARE(r.events[1].text, QByteArray("POST /a?q=\"x\" HTTP/1.1 404"));
        QVERIFY(r.events[1].attributesJson.contains(
            "\"user_agent\":\"agent with \\\"quotes\\\" and \\\\ backslash\""));
        QCOMPARE(r.events[1].severity, Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestTextSnapshots)
#include "tst_textsnapshots.moc"
