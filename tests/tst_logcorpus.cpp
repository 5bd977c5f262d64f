// The log corpus (issue 20): real log files from public projects, each read as a user's import
// would read it (format found by sniffing, naive times in UTC, year-less stamps in 2024 and
// time-only ones on 2024-06-01), checked against tests/data/logcorpus/expected.tsv: the format
// found, the number of events and rejects, the earliest and the latest instant, and a few
// fields of the first event. SOURCES.tsv beside it says where each file comes from.
//
// FAULTLESS_LOGCORPUS_WRITE=FILE writes what is read now in the manifest's form, to review
// against the files (and lnav's reading) before replacing the manifest with it.
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace faultless::model;

namespace {

const QString kCorpus = QStringLiteral(FAULTLESS_TEST_DATA_DIR "/logcorpus");

struct Reading
{
    QString format;
    std::vector<EventRecord> events;
    std::vector<RejectedRecord> rejects;
    QString error;
};

Reading readCorpusFile(const QString &name)
{
    Reading r;
    ImportInput input;
    if (!input.open(kCorpus + QStringLiteral("/files/") + name)) {
        r.error = input.errorString();
        return r;
    }
    ImporterRegistry registry;
    const FormatDetection detection = registry.detect(input.peek(ImporterRegistry::SniffSize), name);
    if (!detection.importer) {
        r.error = QStringLiteral("unrecognised");
        return r;
    }
    r.format = detection.importer->id();
    std::unique_ptr<Importer> importer = registry.create(r.format);
    CollectingSink sink;
    ImportContext context;
    context.fileName = name;
    context.referenceYear = 2024;
    context.referenceDay = timestamps::daysFromCivil(2024, 6, 1);
    if (!importer->read(input, sink, context, &r.error) && sink.events.empty())
        return r;
    r.events = std::move(sink.events);
    r.rejects = std::move(sink.rejects);
    return r;
}

Instant earliest(const Reading &r)
{
    Instant t = MaxSupportedInstant;
    for (const EventRecord &e : r.events)
        t = std::min(t, e.instant);
    return t;
}

Instant latest(const Reading &r)
{
    Instant t = MinSupportedInstant;
    for (const EventRecord &e : r.events)
        t = std::max(t, e.instant);
    return t;
}

QString fieldOf(const EventRecord &e, const QString &field)
{
    if (field == QLatin1String("severity"))
        return severityName(e.severity);
    if (field == QLatin1String("lane"))
        return QString::fromUtf8(e.lane);
    if (field == QLatin1String("line"))
        return QString::number(e.line);
    if (field == QLatin1String("lines")) // lines the event holds (a record over several lines)
        return QString::number(e.text.count('\n') + 1);
    return {};
}

// "severity@0=error", "lane@3=redis-1", "lines@0=12", "text@0~needle"
bool check(const Reading &r, const QString &spec, QString *why)
{
    const qsizetype at = spec.indexOf(QLatin1Char('@'));
    const qsizetype op = spec.indexOf(QRegularExpression(QStringLiteral("[=~]")), at);
    if (at < 0 || op < 0) {
        *why = QStringLiteral("bad check \"%1\"").arg(spec);
        return false;
    }
    const QString field = spec.left(at);
    bool ok = false;
    const qsizetype index = spec.mid(at + 1, op - at - 1).toLongLong(&ok);
    if (!ok || index < 0 || index >= qsizetype(r.events.size())) {
        *why = QStringLiteral("no event %1 for \"%2\"").arg(index).arg(spec);
        return false;
    }
    const QString want = spec.mid(op + 1);
    const EventRecord &e = r.events[size_t(index)];
    if (spec[op] == QLatin1Char('~')) {
        ok = QString::fromUtf8(e.text).contains(want);
        *why = QStringLiteral("%1: text \"%2\" lacks \"%3\"")
                   .arg(spec, QString::fromUtf8(e.text.left(120)), want);
        return ok;
    }
    const QString have = fieldOf(e, field);
    *why = QStringLiteral("%1: have \"%2\"").arg(spec, have);
    return have == want;
}

QString manifestLine(const QString &name, const Reading &r)
{
    QStringList checks;
    if (!r.events.empty()) {
        const EventRecord &first = r.events.front();
        if (first.severity != Severity::Unknown)
            checks << QStringLiteral("severity@0=%1").arg(severityName(first.severity));
        if (!first.lane.isEmpty())
            checks << QStringLiteral("lane@0=%1").arg(QString::fromUtf8(first.lane));
        checks << QStringLiteral("line@0=%1").arg(first.line);
        const qsizetype lines = first.text.count('\n') + 1;
        if (lines > 1)
            checks << QStringLiteral("lines@0=%1").arg(lines);
    }
    return QStringList { name, r.format.isEmpty() ? QStringLiteral("-") : r.format,
        QString::number(r.events.size()), QString::number(r.rejects.size()),
        r.events.empty() ? QStringLiteral("-") : timestamps::toIsoUtc(earliest(r)),
        r.events.empty() ? QStringLiteral("-") : timestamps::toIsoUtc(latest(r)),
        checks.isEmpty() ? QStringLiteral("-") : checks.join(QLatin1Char(';')) }
        .join(QLatin1Char('\t'));
}

} // namespace

class TestLogCorpus : public QObject
{
    Q_OBJECT
private slots:
    void everyFileHasASource();
    void corpus_data();
    void corpus();
    void writeManifest();
};

void TestLogCorpus::everyFileHasASource()
{
    QFile sources(kCorpus + QStringLiteral("/SOURCES.tsv"));
    QVERIFY(sources.open(QIODevice::ReadOnly));
    QSet<QString> named;
    for (const QByteArray &line : sources.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() >= 5 && !line.startsWith("file\t")) {
            QVERIFY2(!cells[4].isEmpty(), line.constData()); // a licence
            named.insert(QString::fromUtf8(cells[0]));
        }
    }
    const QStringList files = QDir(kCorpus + QStringLiteral("/files")).entryList(QDir::Files);
    QVERIFY2(files.size() >= 150, qPrintable(QString::number(files.size())));
    for (const QString &file : files)
        QVERIFY2(named.contains(file), qPrintable(file));
}

void TestLogCorpus::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("rejects");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("checks");
    QFile manifest(kCorpus + QStringLiteral("/expected.tsv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    for (const QByteArray &line : manifest.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList c = QString::fromUtf8(line).split(QLatin1Char('\t'));
        QVERIFY2(c.size() == 7, line.constData());
        QTest::newRow(qPrintable(c[0]))
            << c[0] << c[1] << c[2].toInt() << c[3].toInt() << c[4] << c[5] << c[6];
    }
}

void TestLogCorpus::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, events);
    QFETCH(int, rejects);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, checks);
    const Reading r = readCorpusFile(file);
    QCOMPARE(r.format, format == QLatin1String("-") ? QString() : format);
    QCOMPARE(int(r.events.size()), events);
    QCOMPARE(int(r.rejects.size()), rejects);
    if (events == 0)
        return;
    QCOMPARE(timestamps::toIsoUtc(earliest(r)), first);
    QCOMPARE(timestamps::toIsoUtc(latest(r)), last);
    if (checks == QLatin1String("-"))
        return;
    for (const QString &spec : checks.split(QLatin1Char(';'))) {
        QString why;
        QVERIFY2(check(r, spec, &why), qPrintable(why));
    }
}

void TestLogCorpus::writeManifest()
{
    const QString target = qEnvironmentVariable("FAULTLESS_LOGCORPUS_WRITE");
    if (target.isEmpty())
        QSKIP("set FAULTLESS_LOGCORPUS_WRITE=FILE to write the manifest of what is read now");
    QFile out(target);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text = "# file\tformat\tevents\trejects\tearliest instant\tlatest instant\tchecks\n";
    QStringList files = QDir(kCorpus + QStringLiteral("/files")).entryList(QDir::Files);
    files.sort();
    for (const QString &file : files)
        text += manifestLine(file, readCorpusFile(file)).toUtf8() + '\n';
    QVERIFY(out.write(text) == text.size());
}

QTEST_GUILESS_MAIN(TestLogCorpus)
#include "tst_logcorpus.moc"
