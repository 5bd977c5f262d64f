// Bounds on what an import reads (issue 17): a pipe is read once, so every record piped in
// arrives (F3); input that never ends or never yields a record stops with a reason instead of
// running forever (F16); a whole document small on disk but huge in memory is refused before it
// is parsed (F8); and YAML nested without end is an error, not a stack overflow (F2).
#include "testsupport.h"

#include "import/backgroundimport.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "import/parsers/yamlsubsetreader.h"
#include "import/slackimporter.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <zip.h>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace faultless::model;
using faultless::tests::gzip;
using faultless::tests::runCli;
using faultless::tests::TempReview;

namespace {

QByteArray jsonLines(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += "{\"timestamp\":\"2024-03-05T" + QByteArray::number(10 + i / 3600).rightJustified(2, '0') + ':'
            + QByteArray::number(i / 60 % 60).rightJustified(2, '0') + ':'
            + QByteArray::number(i % 60).rightJustified(2, '0') + "Z\",\"level\":\"info\",\"msg\":\"request "
            + QByteArray::number(i) + " served\"}\n";
    }
    return out;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo %s failed", qPrintable(path));
    return path;
}

qint64 count(ReviewStore &store, const QString &table)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// Writes to a named pipe from a thread of its own, as another program would: `bytes`, then
// `noise` over and over until the reader goes away. The open waits for a reader without
// blocking, so that the thread ends with the test even if nothing ever reads.
class PipeWriter
{
public:
    PipeWriter(const QString &path, QByteArray bytes, QByteArray noise = {})
        : m_path(QFile::encodeName(path))
        , m_bytes(std::move(bytes))
        , m_noise(std::move(noise))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~PipeWriter() { finish(); }
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 written() const { return m_written; }

private:
    void run()
    {
        int fd = -1;
        while (fd < 0 && !m_stop) {
            fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC); // ENXIO: no reader yet
            if (fd < 0)
                ::usleep(2000);
        }
        if (fd < 0)
            return;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        bool open = writeAll(fd, m_bytes);
        while (open && !m_noise.isEmpty() && !m_stop)
            open = writeAll(fd, m_noise);
        ::close(fd);
    }
    bool writeAll(int fd, const QByteArray &bytes)
    {
        for (qint64 done = 0; done < bytes.size();) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0) // EPIPE: the reader closed it
                return false;
            done += n;
            m_written += n;
        }
        return true;
    }

    QByteArray m_path;
    QByteArray m_bytes;
    QByteArray m_noise;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_written { 0 };
    std::thread m_thread;
};

struct Finished
{
    bool finished = false;
    int exitCode = -1;
    QByteArray err;
};

// Runs faultless-cli and, should it hang (the bug these tests are about), kills it after
// `seconds` and reports that instead of hanging the test too.
Finished runCliOrKill(const QStringList &arguments, int seconds, const QString &stdinFile = {})
{
    QProcess process;
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    process.waitForStarted();
    Finished result;
    result.finished = process.waitForFinished(seconds * 1000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

// `[{"a":1},{"a":1},...]` of about `bytes`: its text is small (and gzips a thousand to one), its
// parsed form in Qt 6.4 about 28 times larger.
QByteArray denseJsonArray(qint64 bytes, const QByteArray &item = "{\"a\":1}")
{
    QByteArray out;
    out.reserve(bytes + item.size() + 2);
    out += '[';
    while (out.size() < bytes) {
        if (out.size() > 1)
            out += ',';
        out += item;
    }
    out += ']';
    return out;
}

QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("libzip: cannot create an archive in memory");
    zip_source_keep(buffer);
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("libzip: cannot add an entry");
    }
    if (zip_close(archive) != 0)
        qFatal("libzip: cannot write the archive");
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    zip_source_read(buffer, out.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

} // namespace

class TestImportBounds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    // F3: a pipe is read once.
    void namedPipeDeliversEveryRecord();
    void cliImportFromStdin_data();
    void cliImportFromStdin();

    // F16: input that never ends or never yields a record.
    void devicesAndFoldersAreRefused_data();
    void devicesAndFoldersAreRefused();
    void cliRefusesDevicesWithoutHanging();
    void namedPipeWithoutWriterIsRefused();
    void endlessPipeStopsWithoutARecord_data();
    void endlessPipeStopsWithoutARecord();
    void cancelEndsTheWaitForAPipe();

    // F8: whole documents.
    void wholeDocumentTooLargeInMemoryIsRefused_data();
    void wholeDocumentTooLargeInMemoryIsRefused();
    void wholeDocumentOverTheSizeLimitIsRefused();
    void gzipBombOfAJsonArrayStaysBounded();
    void slackZipEntryTooLargeInMemoryIsSkipped();
    void ordinaryDocumentsStillImport();

    // F2: nesting.
    void deepYamlIsAnError_data();
    void deepYamlIsAnError();
    void deepLitmusImportFailsWithFileAndLine();
};

void TestImportBounds::initTestCase()
{
    // A write to a pipe whose reader has gone must come back as EPIPE to the writer thread, not
    // end the test.
    std::signal(SIGPIPE, SIG_IGN);
}

void TestImportBounds::namedPipeDeliversEveryRecord()
{
    TempReview review;
    const QByteArray content = jsonLines(2000);
    const QString fifo = makeFifo(review.dir, QStringLiteral("records.jsonl"));
    ImporterRegistry registry;
    ImportRequest request;
    request.path = fifo;
    ImportResult result;
    {
        PipeWriter writer(fifo, content);
        result = ImportJob::run(review.store, registry, request);
    }
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.accepted, qint64(2000));
    QCOMPARE(result.rejected, qint64(0));
    // The hash is of the bytes that came through the pipe, the same as the file's would be.
    const QString file = writeFile(review.dir.filePath(QStringLiteral("copy.jsonl")), content);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT content_hash FROM sources")).toString(),
        ImportJob::contentHash(file));

    // The same bytes piped again add nothing.
    {
        PipeWriter writer(fifo, content);
        result = ImportJob::run(review.store, registry, request);
    }
    QCOMPARE(result.status, ImportResult::Status::AlreadyImported);
    QCOMPARE(count(review.store, QStringLiteral("events")), qint64(2000));
}

void TestImportBounds::cliImportFromStdin_data()
{
    QTest::addColumn<bool>("throughPipe");
    QTest::newRow("| pipe") << true;
    QTest::newRow("< file") << false;
}

void TestImportBounds::cliImportFromStdin()
{
    QFETCH(bool, throughPipe);
    TempReview review;
    review.store.close();
    const QByteArray content = jsonLines(2000);
    QProcess process;
    if (!throughPipe)
        process.setStandardInputFile(writeFile(review.dir.filePath(QStringLiteral("in.jsonl")), content));
    process.start(QStringLiteral(FAULTLESS_CLI_PATH),
        { QStringLiteral("import"), review.path, QStringLiteral("/dev/stdin") });
    QVERIFY(process.waitForStarted());
    if (throughPipe) {
        process.write(content);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        QFAIL("faultless-cli import /dev/stdin did not finish");
    }
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const auto info = runCli({ QStringLiteral("info"), review.path, QStringLiteral("--json") });
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(object.value(QLatin1String("events")).toInt(), 2000);
    QCOMPARE(object.value(QLatin1String("sources"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("rejected"))
                 .toInt(),
        0);
}

void TestImportBounds::devicesAndFoldersAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("is a device");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom") << QStringLiteral("is a device");
    QTest::newRow("folder") << QDir::tempPath() << QStringLiteral("is a folder");
}

void TestImportBounds::devicesAndFoldersAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    TempReview review;
    ImporterRegistry registry;
    for (const QString &format : { QString(), QStringLiteral("jsonl"), QStringLiteral("pagerduty") }) {
        ImportRequest request;
        request.path = path;
        request.formatId = format;
        const ImportResult result = ImportJob::run(review.store, registry, request);
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.error.contains(path) && result.error.contains(reason), qPrintable(result.error));
    }
    QCOMPARE(count(review.store, QStringLiteral("sources")), qint64(0));
}

void TestImportBounds::cliRefusesDevicesWithoutHanging()
{
    TempReview review;
    review.store.close();
    for (const QString &device : { QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom") }) {
        // With a format, as in the finding (without one, nothing recognises the bytes).
        const QStringList format { QStringLiteral("--format"), QStringLiteral("jsonl") };
        const Finished direct
            = runCliOrKill(QStringList { QStringLiteral("import"), review.path, device } + format, 60);
        QVERIFY2(direct.finished, qPrintable(device + QStringLiteral(": still running after a minute")));
        QCOMPARE(direct.exitCode, 2);
        QVERIFY2(direct.err.contains("is a device"), direct.err.constData());
        // The device as standard input: /dev/stdin is then that device.
        const Finished asStdin = runCliOrKill(
            QStringList { QStringLiteral("import"), review.path, QStringLiteral("/dev/stdin") } + format, 60,
            device);
        QVERIFY2(
            asStdin.finished, qPrintable(device + QStringLiteral(" as stdin: still running after a minute")));
        QCOMPARE(asStdin.exitCode, 2);
        QVERIFY2(asStdin.err.contains("is a device"), asStdin.err.constData());
    }
}

void TestImportBounds::namedPipeWithoutWriterIsRefused()
{
    TempReview review;
    review.store.close();
    const QString fifo = makeFifo(review.dir, QStringLiteral("nobody.jsonl"));
    const Finished result = runCliOrKill({ QStringLiteral("import"), review.path, fifo }, 60);
    QVERIFY2(result.finished, "import of a named pipe without a writer still running after a minute");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no program opened") && result.err.contains("nobody.jsonl"),
        result.err.constData());
}

void TestImportBounds::endlessPipeStopsWithoutARecord_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("noise");
    QTest::addColumn<qint64>("accepted");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(17);
    for (char &c : random)
        c = char(generator.bounded(256));
    const QByteArray zeros(64 * 1024, '\0');
    QTest::newRow("zeros") << QByteArray() << zeros << qint64(0);
    QTest::newRow("random") << QByteArray() << random << qint64(0);
    QTest::newRow("a record, then random") << jsonLines(1) << random << qint64(1);
}

void TestImportBounds::endlessPipeStopsWithoutARecord()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, noise);
    QFETCH(qint64, accepted);
    TempReview review;
    const QString fifo = makeFifo(review.dir, QStringLiteral("endless.jsonl"));
    ImporterRegistry registry;
    ImportRequest request;
    request.path = fifo;
    request.formatId = QStringLiteral("jsonl");
    request.maxLineLength = 256 * 1024;
    request.maxBytesWithoutRecord = 2 * 1024 * 1024;
    ImportResult result;
    qint64 written = 0;
    {
        PipeWriter writer(fifo, first, noise);
        result = ImportJob::run(review.store, registry, request);
        writer.finish();
        written = writer.written();
    }
    // Stopped, and soon: the limit, a read chunk, and what the pipe and one write hold.
    QVERIFY2(written < 8 * 1024 * 1024, qPrintable(QString::number(written)));
    QCOMPARE(result.accepted, accepted);
    if (accepted == 0) {
        QVERIFY(result.status == ImportResult::Status::NothingUsable
            || result.status == ImportResult::Status::Failed);
        QVERIFY2(result.error.contains(QLatin1String("no record in 2 MiB")), qPrintable(result.error));
        QCOMPARE(count(review.store, QStringLiteral("sources")), qint64(0));
        QCOMPARE(count(review.store, QStringLiteral("rejects")), qint64(0));
    } else {
        QCOMPARE(result.status, ImportResult::Status::Imported);
        // The review says where the input was cut, among the lines of noise rejected before.
        QCOMPARE(review.store
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM rejects WHERE reason LIKE ?"),
                         { QStringLiteral("%no record in 2 MiB of input%") })
                     .toLongLong(),
            qint64(1));
        QCOMPARE(count(review.store, QStringLiteral("events")), qint64(1));
    }
}

void TestImportBounds::cancelEndsTheWaitForAPipe()
{
    TempReview review;
    review.store.close();
    const QString fifo = makeFifo(review.dir, QStringLiteral("silent.jsonl"));
    // A writer that opens the pipe and never writes: the import waits for it, as for any slow
    // program, until canceled.
    std::atomic<bool> opened { false };
    std::atomic<bool> release { false };
    std::thread writer([&] {
        int fd = -1;
        while (fd < 0 && !release) {
            fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0)
                ::usleep(2000);
        }
        opened = fd >= 0;
        while (!release)
            ::usleep(2000);
        if (fd >= 0)
            ::close(fd);
    });
    BackgroundImport import;
    QSignalSpy results(&import, &BackgroundImport::fileFinished);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    ImportRequest request;
    request.path = fifo;
    request.formatId = QStringLiteral("jsonl");
    import.start(review.path, { request });
    QTRY_VERIFY_WITH_TIMEOUT(opened.load(), 60000);
    QVERIFY(import.isRunning());
    import.cancel();
    const bool ended = finished.wait(60000) || !finished.isEmpty();
    release = true;
    writer.join();
    QVERIFY2(ended, "the import still waited for the pipe a minute after cancel()");
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().first().value<ImportResult>().status, ImportResult::Status::Canceled);
}

void TestImportBounds::wholeDocumentTooLargeInMemoryIsRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("document");
    // 4 MiB of text, limited to 16 MiB in memory: about 110 MiB parsed.
    const QByteArray dense = denseJsonArray(4 * 1024 * 1024);
    for (const char *format : { "launchdarkly", "unleash", "flagsmith", "chaostoolkit", "alertmanager",
             "pagerduty", "opsgenie", "litmus" })
        QTest::newRow(format) << QString::fromLatin1(format) << QStringLiteral("doc.json") << dense;
    QTest::newRow("slack day file") << QStringLiteral("slack") << QStringLiteral("2024-03-05.json") << dense;
    QByteArray yaml = "apiVersion: litmuschaos.io/v1alpha1\nkind: ChaosResult\nitems:\n";
    while (yaml.size() < 4 * 1024 * 1024)
        yaml += "- {a: 1, b: [1, 2]}\n";
    QTest::newRow("litmus yaml") << QStringLiteral("litmus") << QStringLiteral("doc.yaml") << yaml;
    QTest::newRow("gzip") << QStringLiteral("pagerduty") << QStringLiteral("doc.json.gz") << gzip(dense);
}

void TestImportBounds::wholeDocumentTooLargeInMemoryIsRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, document);
    TempReview review;
    ImporterRegistry registry;
    ImportRequest request;
    request.path = writeFile(review.dir.filePath(fileName), document);
    request.formatId = format;
    request.maxDocumentMemory = 16 * 1024 * 1024;
    const ImportResult result = ImportJob::run(review.store, registry, request);
    QVERIFY(result.status == ImportResult::Status::Failed
        || result.status == ImportResult::Status::NothingUsable);
    QVERIFY2(result.error.contains(fileName)
            && result.error.contains(QLatin1String("larger than 16 MiB once read"))
            && result.error.contains(QLatin1String("not imported")),
        qPrintable(result.error));
    QCOMPARE(count(review.store, QStringLiteral("sources")), qint64(0));
}

void TestImportBounds::wholeDocumentOverTheSizeLimitIsRefused()
{
    TempReview review;
    ImporterRegistry registry;
    QByteArray text = "[";
    while (text.size() < 3 * 1024 * 1024)
        text += "{\"message\":\"" + QByteArray(200, 'x') + "\"},";
    text += "{}]";
    for (const QString &name : { QStringLiteral("big.json"), QStringLiteral("big.json.gz") }) {
        ImportRequest request;
        request.path
            = writeFile(review.dir.filePath(name), name.endsWith(QLatin1String(".gz")) ? gzip(text) : text);
        request.formatId = QStringLiteral("pagerduty");
        request.maxDocumentSize = 2 * 1024 * 1024;
        const ImportResult result = ImportJob::run(review.store, registry, request);
        QCOMPARE(result.status, ImportResult::Status::Failed);
        QVERIFY2(result.error.contains(name + QStringLiteral(": document larger than 2 MiB; not imported")),
            qPrintable(result.error));
    }
}

void TestImportBounds::gzipBombOfAJsonArrayStaysBounded()
{
    // The finding: a few hundred KB of gzip, a JSON array of small objects inside, default
    // limits; it took 10 GB before. Run by faultless-cli so that its peak memory can be read.
    TempReview review;
    review.store.close();
    const QByteArray bomb = gzip(denseJsonArray(200 * 1024 * 1024));
    QVERIFY(!bomb.isEmpty());
    QVERIFY2(bomb.size() < 1024 * 1024, qPrintable(QString::number(bomb.size())));
    const QString path = writeFile(review.dir.filePath(QStringLiteral("incidents.json.gz")), bomb);
    const Finished result = runCliOrKill({ QStringLiteral("import"), review.path, path,
                                             QStringLiteral("--format"), QStringLiteral("pagerduty") },
        300);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("incidents.json.gz: document larger than 512 MiB once read into memory"),
        result.err.constData());
#if !defined(__SANITIZE_ADDRESS__)
    // The largest child this test has waited for: the text (200 MiB) and the read buffer, not its
    // parsed form (6 GB).
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    QVERIFY2(usage.ru_maxrss < 1024 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(usage.ru_maxrss)));
#endif
}

void TestImportBounds::slackZipEntryTooLargeInMemoryIsSkipped()
{
    const QByteArray good
        = R"([{"type":"message","user":"U1","text":"deploy started","ts":"1709632800.000100"}])";
    const QByteArray zip = zipOf({ { "general/2024-03-05.json", good },
        { "general/2024-03-06.json", denseJsonArray(8 * 1024 * 1024) } });
    QVERIFY2(zip.size() < 256 * 1024, qPrintable(QString::number(zip.size())));
    ImportInput input;
    input.openBytes(zip, QStringLiteral("export.zip"));
    input.setMaxDocumentMemory(32 * 1024 * 1024);
    SlackImporter importer;
    faultless::model::ImportContext context;
    struct Sink : EventSink
    {
        QList<EventRecord> events;
        QList<RejectedRecord> rejects;
        void addEvent(EventRecord &&e) override { events.append(std::move(e)); }
        void addRejected(RejectedRecord &&r) override { rejects.append(std::move(r)); }
    } sink;
    QString error;
    QVERIFY2(importer.read(input, sink, context, &error), qPrintable(error));
    QCOMPARE(sink.events.size(), 1);
    QVERIFY(std::any_of(sink.rejects.begin(), sink.rejects.end(), [](const RejectedRecord &r) {
        return r.reason.contains(
            QLatin1String("general/2024-03-06.json: larger than 32 MiB once read into memory"));
    }));
}

void TestImportBounds::ordinaryDocumentsStillImport()
{
    // The estimate is no obstacle to a real export at the default limits: 20 MB of PagerDuty log
    // entries, pretty-printed as the API returns them.
    QFile sample(faultless::tests::samplePath(
        QStringLiteral("pagerduty-log-entries/pd-openapi-example-incident-log-entries.json")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(sample.readAll())
                            .object()
                            .value(QLatin1String("log_entries"))
                            .toArray()
                            .first()
                            .toObject();
    QVERIFY(!entry.isEmpty());
    QJsonArray entries;
    qint64 size = 0;
    int n = 0;
    for (; size < 20 * 1024 * 1024; ++n) {
        entry.insert(QStringLiteral("id"), QStringLiteral("Q%1").arg(n));
        entry.insert(QStringLiteral("created_at"),
            QDateTime::fromSecsSinceEpoch(1446855260 + n, QTimeZone::utc()).toString(Qt::ISODate));
        entries.append(entry);
        size += QJsonDocument(entry).toJson().size();
    }
    TempReview review;
    ImporterRegistry registry;
    ImportRequest request;
    request.path = writeFile(review.dir.filePath(QStringLiteral("log_entries.json")),
        QJsonDocument(QJsonObject { { QStringLiteral("log_entries"), entries } }).toJson());
    request.formatId = QStringLiteral("pagerduty");
    const ImportResult result = ImportJob::run(review.store, registry, request);
    QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.summary()));
    QCOMPARE(result.accepted, qint64(n));
}

void TestImportBounds::deepYamlIsAnError_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    const int deep = 50000;
    QTest::newRow("block sequences") << QByteArray("kind: ChaosResult\nstatus:\n  ")
            + QByteArray("- ").repeated(deep)
            + "x\n" << 3;
    QTest::newRow("flow sequences") << QByteArray("kind: ChaosResult\nstatus: ")
            + QByteArray("[").repeated(deep) + QByteArray("]").repeated(deep)
            + '\n' << 2;
    QTest::newRow("flow mappings") << QByteArray("kind: ChaosResult\nstatus: ")
            + QByteArray("{a: ").repeated(deep) + QByteArray("}").repeated(deep)
            + '\n' << 2;
    QByteArray mappings = "kind: ChaosResult\n";
    for (int i = 0; i < 300; ++i)
        mappings += QByteArray(i, ' ') + "k" + QByteArray::number(i) + ":\n";
    mappings += QByteArray(300, ' ') + "leaf: 1\n";
    QTest::newRow("block mappings") << mappings << 2 + YamlSubsetReader::MaxDepth;
    QTest::newRow("flow in block") << QByteArray("a:\n  b:\n    c: ") + QByteArray("[").repeated(deep) << 3;
}

void TestImportBounds::deepYamlIsAnError()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QVariantList documents;
    QString error;
    QVERIFY(!YamlSubsetReader::parse(yaml, &documents, &error));
    QVERIFY2(error.startsWith(QStringLiteral("line %1: ").arg(line))
            && error.contains(QLatin1String("nested deeper than 256 levels")),
        qPrintable(error));

    // Exactly at the limit it still reads.
    QVariantList atLimit;
    const QByteArray flow = "v: " + QByteArray("[").repeated(YamlSubsetReader::MaxDepth - 1) + "x"
        + QByteArray("]").repeated(YamlSubsetReader::MaxDepth - 1) + '\n';
    QVERIFY2(YamlSubsetReader::parse(flow, &atLimit, &error), qPrintable(error));
    QVariantList beyond;
    const QByteArray deeper = "v: " + QByteArray("[").repeated(YamlSubsetReader::MaxDepth) + "x"
        + QByteArray("]").repeated(YamlSubsetReader::MaxDepth) + '\n';
    QVERIFY(!YamlSubsetReader::parse(deeper, &beyond, &error));
}

void TestImportBounds::deepLitmusImportFailsWithFileAndLine()
{
    TempReview review;
    ImporterRegistry registry;
    const QByteArray yaml
        = "apiVersion: litmuschaos.io/v1alpha1\nkind: ChaosResult\nmetadata:\n  name: deep\nstatus:\n  "
        + QByteArray("- ").repeated(50000) + "x\n";
    ImportRequest request;
    request.path = writeFile(review.dir.filePath(QStringLiteral("deep-chaosresult.yaml")), yaml);
    request.formatId = QStringLiteral("litmus");
    const ImportResult result = ImportJob::run(review.store, registry, request);
    QCOMPARE(result.status, ImportResult::Status::Failed);
    QVERIFY2(result.error.contains(
                 QLatin1String("deep-chaosresult.yaml: line 6: collections nested deeper than 256")),
        qPrintable(result.error));
    // Through the CLI as the finding did it: an error, not a crash.
    review.store.close();
    const auto cli = runCli({ QStringLiteral("import"), review.path, request.path });
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.err.contains("line 6: collections nested deeper than 256 levels"), cli.err.constData());
}

QTEST_GUILESS_MAIN(TestImportBounds)
#include "tst_importbounds.moc"
