// A review archive (one zip: review document, briefings, original files, manifest) restores the
// review exactly, and restoring refuses unsafe archives. QTEST_MAIN: the leader and practitioner
// briefings are rendered as PDF and HTML, which needs a QGuiApplication (offscreen under CTest).
#include "killloop.h"
#include "testsupport.h"

#include "archive/reviewarchive.h"
#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "import/importerregistry.h"
#include "import/importjob.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <sys/resource.h>
#include <unistd.h>
#include <zip.h>

using namespace faultless;
using namespace faultless::model;

namespace {
QByteArray eventsHash(const ReviewStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT id, instant, end_instant, kind, lane_id, severity, actor, text, attrs, source_id, line,"
        " byte_offset, highlighted, phase, manual FROM events ORDER BY id"));
    while (q.next()) {
        for (int i = 0; i < 15; ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

qint64 count(const ReviewStore &store, const char *table)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
}

QByteArray readEntry(zip_t *z, const char *name)
{
    const zip_int64_t index = zip_name_locate(z, name, 0);
    if (index < 0)
        return {};
    zip_stat_t st;
    zip_stat_index(z, zip_uint64_t(index), 0, &st);
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    zip_file_t *f = zip_fopen_index(z, zip_uint64_t(index), 0);
    if (!f || zip_fread(f, bytes.data(), st.size) != zip_int64_t(st.size))
        bytes.clear();
    if (f)
        zip_fclose(f);
    return bytes;
}

// The four briefings are in the archive and in its manifest; each PDF is a PDF whose text
// (pdftotext) shows the review's title, each HTML page names it too.
void verifyBriefings(const QString &archive, const QString &title, const QString &scratchDir)
{
    int zerr = 0;
    zip_t *z = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &zerr);
    QVERIFY(z);
    const auto closeZip = qScopeGuard([z] { zip_discard(z); });
    const QJsonArray listed = QJsonDocument::fromJson(readEntry(z, "manifest.json"))
                                  .object()
                                  .value(QLatin1String("briefings"))
                                  .toArray();
    const bool havePdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    for (BriefingAudience audience : { BriefingAudience::Leader, BriefingAudience::Practitioner }) {
        for (BriefingFormat format : { BriefingFormat::Pdf, BriefingFormat::Html }) {
            const QString entry = ReviewArchive::briefingEntry(audience, format);
            QVERIFY2(listed.contains(entry), qPrintable(entry));
            const QByteArray bytes = readEntry(z, entry.toUtf8().constData());
            QVERIFY2(!bytes.isEmpty(), qPrintable(entry));
            if (format == BriefingFormat::Html) {
                QVERIFY2(QString::fromUtf8(bytes).contains(title.toHtmlEscaped()), qPrintable(entry));
                continue;
            }
            QVERIFY2(bytes.startsWith("%PDF-"), qPrintable(entry));
            if (!havePdftotext)
                continue;
            const QString pdf = scratchDir + QLatin1Char('/') + entry;
            QFile out(pdf);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            QProcess text;
            text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
            QVERIFY(text.waitForFinished(30000));
            QCOMPARE(text.exitCode(), 0);
            QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).simplified().contains(title),
                qPrintable(entry));
        }
    }
    if (!havePdftotext)
        qWarning("pdftotext is not installed: the PDFs' text was not checked");
}

// Writes a zip whose entries are given as name -> bytes.
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return false;
    for (const auto &entry : entries) {
        zip_source_t *s
            = zip_source_buffer(z, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        if (zip_file_add(z, entry.first.constData(), s, ZIP_FL_ENC_UTF_8) < 0)
            return false;
    }
    return zip_close(z) == 0;
}

// Every entry of a zip, in order, as name -> bytes.
QList<QPair<QByteArray, QByteArray>> readZip(const QString &path)
{
    QList<QPair<QByteArray, QByteArray>> entries;
    int zerr = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zerr);
    if (!z)
        return entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        const QByteArray name = zip_get_name(z, zip_uint64_t(i), 0);
        entries.append({ name, readEntry(z, name.constData()) });
    }
    zip_discard(z);
    return entries;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every file and folder under `path` (hidden ones too), relative to it.
QStringList listTree(const QString &path)
{
    QStringList names;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(path).relativeFilePath(it.next());
    names.sort();
    return names;
}

// A review with one imported original file, and its archive, in a folder of their own.
struct ArchivedCase
{
    QTemporaryDir dir;
    QString review = dir.filePath(QStringLiteral("r.faultless"));
    QString archive = dir.filePath(QStringLiteral("case.zip"));
    QString sourceEntry; // "sources/1-edge-proxy.jsonl"

    bool make()
    {
        {
            ReviewStore store;
            ImporterRegistry registry;
            ImportRequest request;
            request.path = tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"));
            if (!store.create(review, QStringLiteral("Handed over"))
                || ImportJob::run(store, registry, request).status != ImportResult::Status::Imported)
                return false;
        }
        QString error;
        if (!ReviewArchive::create(review, archive, &error))
            return false;
        for (const auto &entry : readZip(archive))
            if (entry.first.startsWith("sources/"))
                sourceEntry = QString::fromUtf8(entry.first);
        return !sourceEntry.isEmpty();
    }
};

// The archive at `from`, with some entries' bytes replaced, written to `to`.
bool rewriteZip(const QString &from, const QString &to, const QMap<QByteArray, QByteArray> &replace)
{
    QList<QPair<QByteArray, QByteArray>> entries;
    for (auto &entry : readZip(from)) {
        // A null replacement drops the entry.
        if (replace.contains(entry.first) && replace.value(entry.first).isNull())
            continue;
        entries.append({ entry.first, replace.value(entry.first, entry.second) });
    }
    return !entries.isEmpty() && writeZip(to, entries);
}

// faultless-cli, unable to write files larger than `maxFileSize` (RLIMIT_FSIZE: a larger write
// kills it with SIGXFSZ, so a restore that writes before it validates dies).
tests::CliResult runCliWithFileLimit(const QStringList &arguments, rlim_t maxFileSize)
{
    QProcess process;
    process.setChildProcessModifier([maxFileSize] {
        const rlimit limit { maxFileSize, maxFileSize };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    process.waitForFinished(300000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}
} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void archiveAndRestoreExactly();
    void restoreRefusesUnsafeArchives_data();
    void restoreRefusesUnsafeArchives();
    void restoreRefusesDecompressionBomb();
    void cliArchiveAndRestore();
    void archiveTakesOnlyTheImportedFiles_data();
    void archiveTakesOnlyTheImportedFiles();
    void restoreNeverWritesThroughSymlinks_data();
    void restoreNeverWritesThroughSymlinks();
    void restoreValidatesBeforeWriting_data();
    void restoreValidatesBeforeWriting();
    void failedRestoreWritesNothing_data();
    void failedRestoreWritesNothing();
    void killedArchiveLeavesNothingBehind();
};

void TestArchive::archiveAndRestoreExactly()
{
    QTemporaryDir dir;
    // An original file that will be missing when the archive is made.
    const QString vanishing = dir.filePath(QStringLiteral("vanishing.jsonl"));
    QFile::copy(tests::dataPath(QStringLiteral("practice/berlin-app.jsonl")), vanishing);
    ReviewDocument document;
    QVERIFY(document.create(dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Archive me"),
        QStringLiteral("Europe/Berlin")));
    ImporterRegistry registry;
    for (const QString &path : { tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")), vanishing }) {
        ImportRequest request;
        request.path = path;
        const ImportResult result = ImportJob::run(document.store(), registry, request);
        QCOMPARE(result.status, ImportResult::Status::Imported);
        commands::recordImport(document, result.sourceId, result.sourceName);
    }
    QFile::remove(vanishing);
    const qint64 first = document.timeline().eventId(0);
    commands::addAnnotation(document, first, QStringLiteral("first sign"));
    commands::ManualEvent e;
    e.instant = timestamps::fromCivilUtc(2026, 6, 14, 13, 0, 1, 5);
    e.text = QStringLiteral("call with vendor");
    const qint64 manual = commands::addManualEvent(document, e);
    commands::addDispute(document, QStringLiteral("event"), manual, QStringLiteral("uncertain"),
        QStringLiteral("ivy"), QStringLiteral("time guessed"));
    commands::addLearning(document, QStringLiteral("helped"), QStringLiteral("vendor hotline"));
    QVERIFY(document.store().exec(
        QStringLiteral("INSERT INTO factors(title, created, edited) VALUES('retry policy', 1, 1)")));
    QVERIFY(document.store().exec(QStringLiteral("INSERT INTO narratives(title, vantage_point, created, "
                                                 "edited) VALUES('From the bridge', 'on-call', 1, 1)")));
    QVERIFY(document.store().exec(
        QStringLiteral(
            "INSERT INTO narrative_steps(narrative_id, position, text, event_id) VALUES(?, 0, 'paged', ?)"),
        { document.store().lastInsertId(), first }));
    commands::recordAgreement(document, { QStringLiteral("ivy") });
    // The document stays open (its WAL not checkpointed) while it is archived, as in the app.
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    QString error;
    QStringList notes;
    int progress = 0;
    QVERIFY2(ReviewArchive::create(document.path(), archive, &error, &notes, nullptr,
                 [&progress](int permille) { progress = permille; }),
        qPrintable(error));
    QCOMPARE(progress, 1000);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QLatin1String("vanishing.jsonl")));
    QVERIFY(!QFile::exists(archive + QStringLiteral(".part")));

    // What is inside.
    int zerr = 0;
    zip_t *z = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &zerr);
    QVERIFY(z);
    QVERIFY(zip_name_locate(z, "review.faultless", 0) >= 0);
    QVERIFY(zip_name_locate(z, "briefing.md", 0) >= 0);
    const zip_int64_t manifestIndex = zip_name_locate(z, "manifest.json", 0);
    QVERIFY(manifestIndex >= 0);
    zip_stat_t st;
    zip_stat_index(z, zip_uint64_t(manifestIndex), 0, &st);
    QByteArray manifestBytes(qsizetype(st.size), Qt::Uninitialized);
    zip_file_t *mf = zip_fopen_index(z, zip_uint64_t(manifestIndex), 0);
    QCOMPARE(zip_fread(mf, manifestBytes.data(), st.size), zip_int64_t(st.size));
    zip_fclose(mf);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    QCOMPARE(manifest.value(QLatin1String("title")).toString(), QStringLiteral("Archive me"));
    const QJsonArray sources = manifest.value(QLatin1String("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    const QString entry = sources.at(0).toObject().value(QLatin1String("entry")).toString();
    QVERIFY(entry.startsWith(QLatin1String("sources/")));
    QVERIFY(zip_name_locate(z, entry.toUtf8().constData(), 0) >= 0);
    QVERIFY(sources.at(1).toObject().value(QLatin1String("missing")).toBool());
    zip_discard(z);
    verifyBriefings(archive, QStringLiteral("Archive me"), dir.path());
    if (QTest::currentTestFailed())
        return;

    const QString restored = dir.filePath(QStringLiteral("restored.faultless"));
    const QString sourcesDir = dir.filePath(QStringLiteral("restored-sources"));
    QVERIFY2(ReviewArchive::restore(archive, restored, &error, sourcesDir), qPrintable(error));
    ReviewStore copy;
    QVERIFY(copy.open(restored));
    for (const char *table : { "events", "annotations", "factors", "narratives", "narrative_steps", "sources",
             "disputes", "learnings", "agreements", "lanes" })
        QCOMPARE(count(copy, table), count(document.store(), table));
    QCOMPARE(eventsHash(copy), eventsHash(document.store()));
    QCOMPARE(copy.title(), QStringLiteral("Archive me"));
    QCOMPARE(copy.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(copy.scalar(QStringLiteral("SELECT snapshot FROM agreements")).toString(),
        document.store().scalar(QStringLiteral("SELECT snapshot FROM agreements")).toString());
    // The original file came back, byte for byte.
    QFile original(tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")));
    QFile extracted(sourcesDir + QLatin1Char('/') + QFileInfo(entry).fileName());
    QVERIFY(original.open(QIODevice::ReadOnly) && extracted.open(QIODevice::ReadOnly));
    QCOMPARE(extracted.readAll(), original.readAll());

    // Restoring over an existing file is refused.
    QVERIFY(!ReviewArchive::restore(archive, restored, &error));
    QVERIFY(error.contains(QLatin1String("exists")));
}

void TestArchive::restoreRefusesUnsafeArchives_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("why");
    QTest::newRow("parent folder") << QByteArray("../evil.sh") << QStringLiteral("unsafe");
    QTest::newRow("nested parent") << QByteArray("sources/../../evil.sh") << QStringLiteral("unsafe");
    QTest::newRow("absolute") << QByteArray("/tmp/evil.sh") << QStringLiteral("unsafe");
    QTest::newRow("backslash") << QByteArray("sources\\..\\evil.sh") << QStringLiteral("unsafe");
    QTest::newRow("drive") << QByteArray("C:/evil.sh") << QStringLiteral("unsafe");
}

void TestArchive::restoreRefusesUnsafeArchives()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, why);
    QTemporaryDir dir;
    tests::TempReview review;
    review.store.close();
    QFile reviewFile(review.path);
    QVERIFY(reviewFile.open(QIODevice::ReadOnly));
    const QString zipPath = dir.filePath(QStringLiteral("evil.zip"));
    QVERIFY(writeZip(zipPath, { { "review.faultless", reviewFile.readAll() }, { name, "echo owned\n" } }));
    QString error;
    const QString out = dir.filePath(QStringLiteral("sub/out.faultless"));
    QDir().mkpath(dir.filePath(QStringLiteral("sub")));
    QVERIFY(!ReviewArchive::restore(zipPath, out, &error, dir.filePath(QStringLiteral("sub/sources"))));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.sh"))));

    // Not a review inside, and not a zip at all.
    QVERIFY(writeZip(zipPath, { { "review.faultless", "just text" } }));
    QVERIFY(!ReviewArchive::restore(zipPath, out, &error));
    QVERIFY(!QFile::exists(out));
    QFile notZip(dir.filePath(QStringLiteral("plain.zip")));
    QVERIFY(notZip.open(QIODevice::WriteOnly));
    notZip.write("hello");
    notZip.close();
    QVERIFY(!ReviewArchive::restore(notZip.fileName(), out, &error));
}

void TestArchive::restoreRefusesDecompressionBomb()
{
    QTemporaryDir dir;
    // 64 MB of zeros deflate to about 64 KB: a ratio of about 1000.
    const QByteArray zeros(64 * 1024 * 1024, '\0');
    const QString zipPath = dir.filePath(QStringLiteral("bomb.zip"));
    QVERIFY(writeZip(zipPath, { { "review.faultless", zeros } }));
    ReviewArchive::Limits limits;
    limits.maxRatio = 100;
    QString error;
    const QString out = dir.filePath(QStringLiteral("out.faultless"));
    QVERIFY(!ReviewArchive::restore(zipPath, out, &error, {}, limits));
    QVERIFY2(error.contains(QLatin1String("bomb")), qPrintable(error));
    limits = ReviewArchive::Limits();
    limits.maxEntrySize = 1024 * 1024;
    QVERIFY(!ReviewArchive::restore(zipPath, out, &error, {}, limits));
    QVERIFY2(error.contains(QLatin1String("larger")), qPrintable(error));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
}

void TestArchive::cliArchiveAndRestore()
{
    QTemporaryDir dir;
    tests::TempReview review;
    ImporterRegistry registry;
    ImportRequest request;
    request.path = tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"));
    QCOMPARE(ImportJob::run(review.store, registry, request).status, ImportResult::Status::Imported);
    const QString zipPath = dir.filePath(QStringLiteral("case.zip"));
    tests::CliResult cli
        = tests::runCli({ QStringLiteral("archive"), review.path, QStringLiteral("--output"), zipPath });
    QCOMPARE(cli.exitCode, 0);
    QVERIFY(QFile::exists(zipPath));
    const QString restored = dir.filePath(QStringLiteral("back.faultless"));
    // The CLI renders the briefings too (it makes a QGuiApplication for `archive`).
    verifyBriefings(zipPath, review.store.title(), dir.path());
    if (QTest::currentTestFailed())
        return;
    cli = tests::runCli({ QStringLiteral("restore"), zipPath, QStringLiteral("--output"), restored });
    QCOMPARE(cli.exitCode, 0);
    ReviewStore copy;
    QVERIFY(copy.open(restored));
    QCOMPARE(eventsHash(copy), eventsHash(review.store));
    cli = tests::runCli({ QStringLiteral("restore"), zipPath, QStringLiteral("--output"), restored });
    QCOMPARE(cli.exitCode, 2);
    cli = tests::runCli({ QStringLiteral("archive"), review.path });
    QCOMPARE(cli.exitCode, 1);
}

void TestArchive::archiveTakesOnlyTheImportedFiles_data()
{
    QTest::addColumn<QString>("craft"); // what happened to the source row or its file
    QTest::addColumn<QString>("why"); // what the note gives as the reason
    QTest::newRow("row names another file") << QStringLiteral("other") << QStringLiteral("bytes");
    QTest::newRow("row names another file of the same size")
        << QStringLiteral("same-size") << QStringLiteral("differs");
    QTest::newRow("file changed since import") << QStringLiteral("appended") << QStringLiteral("bytes");
    QTest::newRow("no hash recorded") << QStringLiteral("no-hash") << QStringLiteral("no content hash");
    // Never even opened: closing a descriptor of the open review would drop this process's locks.
    QTest::newRow("row names the review")
        << QStringLiteral("review") << QStringLiteral("review document itself");
    QTest::newRow("row names the review's WAL")
        << QStringLiteral("review-wal") << QStringLiteral("review document itself");
}

// F6: the origin path comes from the review, which may be crafted to name any file ("innocent.log"
// pointing at /etc/passwd); only a file that holds what was imported goes into the archive.
void TestArchive::archiveTakesOnlyTheImportedFiles()
{
    QFETCH(QString, craft);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString imported = dir.filePath(QStringLiteral("innocent.log"));
    QVERIFY(QFile::copy(tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")), imported));
    const QByteArray marker = "TOP-SECRET-4711";
    QByteArray secretBytes = marker + '\n';
    if (craft == QLatin1String("same-size"))
        secretBytes = secretBytes.repeated(100).left(readFile(imported).size());
    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secret, secretBytes));
    const QString review = dir.filePath(QStringLiteral("r.faultless"));
    {
        ReviewStore store;
        QVERIFY(store.create(review));
        ImporterRegistry registry;
        ImportRequest request;
        request.path = imported;
        QCOMPARE(ImportJob::run(store, registry, request).status, ImportResult::Status::Imported);
        if (craft == QLatin1String("other") || craft == QLatin1String("same-size"))
            QVERIFY(store.exec(QStringLiteral("UPDATE sources SET origin_path = ?"), { secret }));
        if (craft.startsWith(QLatin1String("review")))
            QVERIFY(store.exec(QStringLiteral("UPDATE sources SET origin_path = ?"),
                { craft == QLatin1String("review") ? review : review + QStringLiteral("-wal") }));
        if (craft == QLatin1String("no-hash"))
            QVERIFY(store.exec(QStringLiteral("UPDATE sources SET content_hash = ''")));
    }
    if (craft == QLatin1String("appended")) {
        QFile log(imported);
        QVERIFY(log.open(QIODevice::Append));
        QCOMPARE(log.write(marker), qint64(marker.size()));
    }
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    QString error;
    QStringList notes;
    QVERIFY2(ReviewArchive::create(review, archive, &error, &notes), qPrintable(error));
    const auto entries = readZip(archive);
    QVERIFY(!entries.isEmpty());
    for (const auto &entry : entries) {
        QVERIFY2(!entry.first.startsWith("sources/"), entry.first.constData());
        QVERIFY2(!entry.second.contains(marker), entry.first.constData());
    }
    const QJsonObject manifest = QJsonDocument::fromJson(entries.first().second).object();
    const QJsonObject source = manifest.value(QLatin1String("sources")).toArray().at(0).toObject();
    QVERIFY(source.value(QLatin1String("missing")).toBool());
    QVERIFY(!source.contains(QLatin1String("entry")));
    QVERIFY2(source.value(QLatin1String("left_out")).toString().contains(why),
        qPrintable(source.value(QLatin1String("left_out")).toString()));
    // Named, with the reason.
    const QStringList left = notes.filter(QStringLiteral("innocent.log"));
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().contains(why) && left.first().contains(QLatin1String("left out")),
        qPrintable(left.first()));
}

void TestArchive::restoreNeverWritesThroughSymlinks_data()
{
    QTest::addColumn<QString>("link"); // which path is a symbolic link to a file that does not exist
    QTest::newRow("--output") << QStringLiteral("output");
    QTest::newRow("--output's WAL") << QStringLiteral("output-wal");
    QTest::newRow("a file in --sources") << QStringLiteral("source");
}

// F14: a dangling symbolic link at the output or in the sources folder is never written through.
void TestArchive::restoreNeverWritesThroughSymlinks()
{
    QFETCH(QString, link);
    ArchivedCase c;
    QVERIFY(c.make());
    const QString outside = c.dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    const QString victim = outside + QStringLiteral("/victim");
    const QString output = c.dir.filePath(QStringLiteral("back.faultless"));
    const QString sources = c.dir.filePath(QStringLiteral("back-sources"));
    QVERIFY(QDir().mkpath(sources));
    const QString sourceName = QFileInfo(c.sourceEntry).fileName();
    QString linkPath = sources + QLatin1Char('/') + sourceName;
    if (link == QLatin1String("output"))
        linkPath = output;
    else if (link == QLatin1String("output-wal"))
        linkPath = output + QStringLiteral("-wal");
    QVERIFY(QFile::link(victim, linkPath));
    const QStringList before = listTree(c.dir.path());
    QString error;
    QVERIFY(!ReviewArchive::restore(c.archive, output, &error, sources));
    QVERIFY2(error.contains(QLatin1String("symbolic link")) && error.contains(linkPath), qPrintable(error));
    QVERIFY(listTree(outside).isEmpty());
    QVERIFY(QFileInfo(linkPath).isSymLink());
    QCOMPARE(listTree(c.dir.path()), before);
    // The same archive restores once the links are gone.
    QVERIFY(QFile::remove(linkPath));
    QVERIFY2(ReviewArchive::restore(c.archive, output, &error, sources), qPrintable(error));
    QCOMPARE(readFile(sources + QLatin1Char('/') + sourceName),
        readFile(tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"))));
}

void TestArchive::restoreValidatesBeforeWriting_data()
{
    QTest::addColumn<QString>("craft");
    QTest::addColumn<QString>("why");
    QTest::newRow("review is not a database")
        << QStringLiteral("not-sqlite") << QStringLiteral("not an SQLite database");
    QTest::newRow("review of another database")
        << QStringLiteral("foreign") << QStringLiteral("not a Faultless review");
    QTest::newRow("review larger than its header")
        << QStringLiteral("padded-no-hash") << QStringLiteral("header says");
    QTest::newRow("review larger than its manifest")
        << QStringLiteral("padded") << QStringLiteral("manifest says");
    QTest::newRow("original larger than its manifest")
        << QStringLiteral("big-source") << QStringLiteral("manifest says");
    QTest::newRow("no manifest") << QStringLiteral("no-manifest") << QStringLiteral("holds no manifest.json");
}

// F17: a crafted archive is refused before anything large is written. The CLI runs unable to write
// a file over 1 MiB (a larger write kills it), and each crafted entry inflates to 8 MiB.
void TestArchive::restoreValidatesBeforeWriting()
{
    QFETCH(QString, craft);
    QFETCH(QString, why);
    ArchivedCase c;
    QVERIFY(c.make());
    QByteArray review;
    QJsonObject manifest;
    for (const auto &entry : readZip(c.archive)) {
        if (entry.first == "review.faultless")
            review = entry.second;
        if (entry.first == "manifest.json")
            manifest = QJsonDocument::fromJson(entry.second).object();
    }
    QVERIFY(review.startsWith("SQLite format 3"));
    const qsizetype big = 8 * 1024 * 1024;
    QMap<QByteArray, QByteArray> replace;
    if (craft == QLatin1String("not-sqlite")) {
        replace.insert("review.faultless", QByteArray(big, 'A'));
        manifest.remove(QStringLiteral("review_hash"));
    } else if (craft == QLatin1String("foreign")) {
        QByteArray foreign = review + QByteArray(big, '\0');
        foreign.replace(68, 4, QByteArray(4, '\0')); // the application id
        replace.insert("review.faultless", foreign);
        manifest.remove(QStringLiteral("review_hash"));
    } else if (craft.startsWith(QLatin1String("padded"))) {
        replace.insert("review.faultless", review + QByteArray(big, '\0'));
        if (craft == QLatin1String("padded-no-hash"))
            manifest.remove(QStringLiteral("review_hash"));
    } else if (craft == QLatin1String("big-source")) {
        replace.insert(c.sourceEntry.toUtf8(), QByteArray(big, 'B'));
    } else if (craft == QLatin1String("no-manifest")) {
        replace.insert("review.faultless", review + QByteArray(big, '\0'));
        replace.insert("manifest.json", QByteArray());
    }
    if (!replace.contains("manifest.json"))
        replace.insert("manifest.json", QJsonDocument(manifest).toJson());
    const QString crafted = c.dir.filePath(QStringLiteral("crafted.zip"));
    QVERIFY(rewriteZip(c.archive, crafted, replace));
    const QStringList before = listTree(c.dir.path());
    const QString output = c.dir.filePath(QStringLiteral("back.faultless"));
    const tests::CliResult cli
        = runCliWithFileLimit({ QStringLiteral("restore"), crafted, QStringLiteral("--output"), output,
                                  QStringLiteral("--sources"), c.dir.filePath(QStringLiteral("s")) },
            1024 * 1024);
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(listTree(c.dir.path()), before);
    QVERIFY2(cli.err.contains(why.toUtf8()), cli.err.constData());
}

void TestArchive::failedRestoreWritesNothing_data()
{
    QTest::addColumn<QString>("craft");
    QTest::addColumn<QString>("why");
    QTest::newRow("--sources is a file") << QStringLiteral("sources-file") << QStringLiteral("not a folder");
    QTest::newRow("original differs from its manifest")
        << QStringLiteral("altered") << QStringLiteral("does not match");
    QTest::newRow("original's name is taken") << QStringLiteral("taken") << QStringLiteral("exists already");
}

// F22: a restore that fails in its sources stage writes nothing (not even the review) and exits 2.
void TestArchive::failedRestoreWritesNothing()
{
    QFETCH(QString, craft);
    QFETCH(QString, why);
    ArchivedCase c;
    QVERIFY(c.make());
    QString archive = c.archive;
    const QString sources = c.dir.filePath(QStringLiteral("s"));
    if (craft == QLatin1String("sources-file")) {
        QVERIFY(writeFile(sources, "keep"));
    } else if (craft == QLatin1String("altered")) {
        QByteArray original = readFile(tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")));
        original[0] = '[';
        archive = c.dir.filePath(QStringLiteral("altered.zip"));
        QVERIFY(rewriteZip(c.archive, archive, { { c.sourceEntry.toUtf8(), original } }));
    } else {
        QVERIFY(QDir().mkpath(sources));
        QVERIFY(writeFile(sources + QLatin1Char('/') + QFileInfo(c.sourceEntry).fileName(), "mine"));
    }
    const QStringList before = listTree(c.dir.path());
    const QString output = c.dir.filePath(QStringLiteral("back.faultless"));
    const tests::CliResult cli = tests::runCli({ QStringLiteral("restore"), archive,
        QStringLiteral("--output"), output, QStringLiteral("--sources"), sources });
    QCOMPARE(cli.exitCode, 2);
    QCOMPARE(listTree(c.dir.path()), before);
    QVERIFY2(cli.err.contains(why.toUtf8()), cli.err.constData());
    if (craft == QLatin1String("sources-file"))
        QCOMPARE(readFile(sources), QByteArray("keep"));
    if (craft == QLatin1String("taken"))
        QCOMPARE(
            readFile(sources + QLatin1Char('/') + QFileInfo(c.sourceEntry).fileName()), QByteArray("mine"));
}

// F23: `archive` killed at random moments leaves nothing in the temporary folder, never a partial
// archive under its name, and the next run removes what the killed ones left beside the archive.
void TestArchive::killedArchiveLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("big.jsonl"));
    {
        QByteArray out;
        for (int i = 0; i < 60000; ++i)
            out += "{\"ts\":\"2026-06-14T13:" + QByteArray::number(i / 1000 % 60).rightJustified(2, '0') + ':'
                + QByteArray::number(i / 10 % 60).rightJustified(2, '0') + '.'
                + QByteArray::number(i % 1000).rightJustified(3, '0')
                + "Z\",\"level\":\"info\",\"service\":\"edge\",\"msg\":\"request " + QByteArray::number(i)
                + " served\"}\n";
        QVERIFY(writeFile(log, out));
    }
    const QString review = dir.filePath(QStringLiteral("r.faultless"));
    {
        ReviewStore store;
        QVERIFY(store.create(review));
        ImporterRegistry registry;
        ImportRequest request;
        request.path = log;
        QCOMPARE(ImportJob::run(store, registry, request).status, ImportResult::Status::Imported);
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    for (const QString &folder : { out, tmp, runtime })
        QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // '[' and ']': the staging folders are found by name, which must not be taken as a pattern.
    const QString archive = out + QStringLiteral("/case[1].zip");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    const QStringList arguments { QStringLiteral("archive"), review, QStringLiteral("--output"), archive };
    const auto start = [&](QProcess &process) {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
        return process.waitForStarted();
    };

    // Calibrate: kills are spread over one uninterrupted run.
    QElapsedTimer timer;
    timer.start();
    QProcess calibration;
    QVERIFY(start(calibration));
    QVERIFY(calibration.waitForFinished(300000));
    const qint64 span = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(calibration.exitCode(), 0);
    QCOMPARE(listTree(out), QStringList { QStringLiteral("case[1].zip") });
    QVERIFY(QFile::remove(archive));

    constexpr int kMinimumKills = 12;
    QRandomGenerator random(20261206);
    int kills = 0;
    int leftBeside = 0; // kills that left a staging folder beside the archive, for the next run
    for (int iteration = 0; kills < kMinimumKills; ++iteration) {
        QVERIFY2(iteration < kMinimumKills * 4, "the archives kept finishing before the kill");
        QProcess cli;
        QVERIFY(start(cli));
        cli.waitForFinished(int(random.bounded(quint32(span * 11 / 10))));
        if (!tests::killNow(cli)) {
            QVERIFY(QFile::remove(archive));
            continue;
        }
        ++kills;
        QVERIFY2(listTree(tmp).isEmpty(), qPrintable(listTree(tmp).join(QLatin1Char(' '))));
        // A kill after the rename (before the process ended) leaves the whole archive.
        if (QFileInfo::exists(archive)) {
            int zerr = 0;
            zip_t *z = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
            QVERIFY2(z, "a killed archive left a damaged zip under its name");
            zip_discard(z);
            QVERIFY(QFile::remove(archive));
        }
        if (!listTree(out).isEmpty())
            ++leftBeside;
    }
    QVERIFY(leftBeside > 0);
    QVERIFY(start(calibration));
    QVERIFY(calibration.waitForFinished(300000));
    QCOMPARE(calibration.exitCode(), 0);
    // Named in full when it fails: which leftover survived says which step of the cleanup missed it.
    QVERIFY2(listTree(out) == QStringList { QStringLiteral("case[1].zip") },
        qPrintable(listTree(out).join(QLatin1Char(' '))));
    QVERIFY(listTree(tmp).isEmpty());
    QString error;
    QVERIFY2(ReviewArchive::restore(archive, dir.filePath(QStringLiteral("back.faultless")), &error),
        qPrintable(error));
    qInfo("archive kill loop: %d kills (%d left a staging folder), one archive takes %lld ms", kills,
        leftBeside, span);
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
