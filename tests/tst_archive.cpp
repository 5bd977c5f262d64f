// A review archive (one zip: review document, briefings, original files, manifest) restores the
// review exactly, and restoring refuses unsafe archives. QTEST_MAIN: the leader and practitioner
// briefings are rendered as PDF and HTML, which needs a QGuiApplication (offscreen under CTest).
#include "testsupport.h"

#include "archive/reviewarchive.h"
#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "import/importerregistry.h"
#include "import/importjob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QtTest>

#include <zip.h>

using namespace faultless;
using namespace faultless::model;

namespace {
QByteArray eventsHash(const ReviewStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, instant, end_instant, kind, lane_id, severity, actor, text, attrs, source_id, line,"
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
    const QJsonArray listed = QJsonDocument::fromJson(readEntry(z, "manifest.json")).object().value(QLatin1String("briefings")).toArray();
    const bool havePdftotext = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    for (BriefingAudience audience : {BriefingAudience::Leader, BriefingAudience::Practitioner}) {
        for (BriefingFormat format : {BriefingFormat::Pdf, BriefingFormat::Html}) {
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
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            QCOMPARE(text.exitCode(), 0);
            QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).simplified().contains(title), qPrintable(entry));
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
        zip_source_t *s = zip_source_buffer(z, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        if (zip_file_add(z, entry.first.constData(), s, ZIP_FL_ENC_UTF_8) < 0)
            return false;
    }
    return zip_close(z) == 0;
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
};

void TestArchive::archiveAndRestoreExactly()
{
    QTemporaryDir dir;
    // An original file that will be missing when the archive is made.
    const QString vanishing = dir.filePath(QStringLiteral("vanishing.jsonl"));
    QFile::copy(tests::dataPath(QStringLiteral("practice/berlin-app.jsonl")), vanishing);
    ReviewDocument document;
    QVERIFY(document.create(dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Archive me"), QStringLiteral("Europe/Berlin")));
    ImporterRegistry registry;
    for (const QString &path : {tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")), vanishing}) {
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
    commands::addDispute(document, QStringLiteral("event"), manual, QStringLiteral("uncertain"), QStringLiteral("ivy"), QStringLiteral("time guessed"));
    commands::addLearning(document, QStringLiteral("helped"), QStringLiteral("vendor hotline"));
    QVERIFY(document.store().exec(QStringLiteral("INSERT INTO factors(title, created, edited) VALUES('retry policy', 1, 1)")));
    QVERIFY(document.store().exec(QStringLiteral("INSERT INTO narratives(title, vantage_point, created, edited) VALUES('From the bridge', 'on-call', 1, 1)")));
    QVERIFY(document.store().exec(QStringLiteral("INSERT INTO narrative_steps(narrative_id, position, text, event_id) VALUES(?, 0, 'paged', ?)"),
                                  {document.store().lastInsertId(), first}));
    commands::recordAgreement(document, {QStringLiteral("ivy")});
    // The document stays open (its WAL not checkpointed) while it is archived, as in the app.
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    QString error;
    QStringList notes;
    std::atomic<int> progress {0};
    QVERIFY2(ReviewArchive::create(document.path(), archive, &error, &notes, nullptr, &progress), qPrintable(error));
    QCOMPARE(progress.load(), 1000);
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
    for (const char *table : {"events", "annotations", "factors", "narratives", "narrative_steps", "sources", "disputes",
                              "learnings", "agreements", "lanes"})
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
    QVERIFY(writeZip(zipPath, {{"review.faultless", reviewFile.readAll()}, {name, "echo owned\n"}}));
    QString error;
    const QString out = dir.filePath(QStringLiteral("sub/out.faultless"));
    QDir().mkpath(dir.filePath(QStringLiteral("sub")));
    QVERIFY(!ReviewArchive::restore(zipPath, out, &error, dir.filePath(QStringLiteral("sub/sources"))));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.sh"))));

    // Not a review inside, and not a zip at all.
    QVERIFY(writeZip(zipPath, {{"review.faultless", "just text"}}));
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
    QVERIFY(writeZip(zipPath, {{"review.faultless", zeros}}));
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
    tests::CliResult cli = tests::runCli({QStringLiteral("archive"), review.path, QStringLiteral("--output"), zipPath});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY(QFile::exists(zipPath));
    const QString restored = dir.filePath(QStringLiteral("back.faultless"));
    // The CLI renders the briefings too (it makes a QGuiApplication for `archive`).
    verifyBriefings(zipPath, review.store.title(), dir.path());
    if (QTest::currentTestFailed())
        return;
    cli = tests::runCli({QStringLiteral("restore"), zipPath, QStringLiteral("--output"), restored});
    QCOMPARE(cli.exitCode, 0);
    ReviewStore copy;
    QVERIFY(copy.open(restored));
    QCOMPARE(eventsHash(copy), eventsHash(review.store));
    cli = tests::runCli({QStringLiteral("restore"), zipPath, QStringLiteral("--output"), restored});
    QCOMPARE(cli.exitCode, 2);
    cli = tests::runCli({QStringLiteral("archive"), review.path});
    QCOMPARE(cli.exitCode, 1);
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
