// ImportJob through a real review document (issue 3): one import is one transaction, re-imports
// and overlaps add nothing twice, cancel and failure leave the review exactly as before, and the
// CLI's exit codes 0/2/3.
#include "import/backgroundimport.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace faultless;
using namespace faultless::model;

using faultless::tests::gzip;

namespace {
QByteArray jsonLines(int first, int count)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i) {
        out += QStringLiteral(
            R"({"ts":"2024-05-01T10:%1:%2Z","level":"info","service":"api","msg":"request %3"})")
                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .toUtf8();
        out += '\n';
    }
    return out;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

qint64 count(ReviewStore &store, const QString &sql)
{
    return store.scalar(sql).toLongLong();
}

// Everything an import may touch, to prove that a failed or canceled one touched nothing.
QString fingerprintOf(ReviewStore &store)
{
    QStringList parts;
    for (const char *table : { "sources", "events", "rejects", "lanes", "events_fts" })
        parts << QString::number(
            count(store, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    parts << store.meta(QStringLiteral("edited"));
    return parts.join(QLatin1Char('/'));
}

ImportResult import(ReviewStore &store, const QString &path, const std::atomic<bool> *cancel = nullptr)
{
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    return ImportJob::run(store, registry, request, cancel);
}

// Another connection to the review sees every event of a 20,000-line import, searchable.
void seenByAnotherConnection(const QString &review)
{
    ReviewStore other;
    QVERIFY2(other.open(review), qPrintable(other.errorString()));
    QCOMPARE(count(other, QStringLiteral("SELECT COUNT(*) FROM events")), 20000);
    QCOMPARE(
        count(other, QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH '19999'")), 1);
}

// JSON lines with people, accents, punctuation and repeated words: text that tells two full-text
// indexes apart if they differ.
QByteArray peopleLines(int count)
{
    static const char *const users[] = { "ana", "bo", "José Núñez", "", "ops-bot" };
    static const char *const words[] = { "Checkout", "timed out", "café", "retry=3", "disk 97% full", "Größe",
        "rollback", "ERROR: pool exhausted", "v2.3.1", "ünïcödé" };
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        out += QStringLiteral(R"({"ts":"2024-05-01T11:%1:%2.%3Z","user":"%4","msg":"%5 %6 request %7"})")
                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 1000, 3, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(users[i % 5]), QString::fromUtf8(words[i % 10]),
                       QString::fromUtf8(words[(i / 10) % 10]))
                   .arg(i)
                   .toUtf8();
        out += '\n';
    }
    return out;
}

// The ids of the events whose text matches each query, one line a query.
QStringList matchesOf(ReviewStore &store, const QStringList &queries)
{
    QStringList lines;
    for (const QString &query : queries) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT e.line FROM events_fts f JOIN events e ON e.id = f.rowid"
                                 " WHERE events_fts MATCH ? ORDER BY e.line"));
        q.addBindValue(query);
        QStringList ids;
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toString();
        } else {
            ids << QStringLiteral("error: ") + q.lastError().text();
        }
        lines << query + QLatin1String(": ") + ids.join(QLatin1Char(','));
    }
    return lines;
}
} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT
private slots:
    void importKeepsOrigins();
    void reimportAddsNothing();
    void importAgainInAnotherFormatReplaces();
    void overlappingFileSkipsDuplicates();
    void identicalLinesWithinAFileAreKept();
    void cancelLeavesReviewUnchanged();
    void backgroundImportReportsTheBytesItReads();
    void nothingUsable_data();
    void nothingUsable();
    void rejectsAreStored();
    void gzipInput();
    void tenMegabyteLine();
    void naiveZoneIsNoted();
    void fullTextIndexIsFilled();
    void textIndexedInASecondTransaction();
    void interruptedTextIndexIsFinishedOnOpen();
    void unreadableTextIndexNoteRebuildsTheIndex();
    void checkpointAfterImport();
    void anImportAloneWritesItsPagesOnce();
    void textIndexBuiltBesideMatchesTheDocumentsOwn_data();
    void textIndexBuiltBesideMatchesTheDocumentsOwn();
    void sampleThroughJob();
    void cliExitCodes();
    void reviewItselfIsRefused_data();
    void reviewItselfIsRefused();
};

// Issue 20: a file sniffed as one format is imported again as another in one step; the first
// import is marked removed in the same transaction, its events leave the live timeline.
void TestImportJob::importAgainInAnotherFormatReplaces()
{
    tests::TempReview review;
    QTemporaryDir dir;
    // An RFC 3164 line read by the syslog importer (host, tag), then again as plain text.
    const QString path = write(dir, QStringLiteral("app.log"),
        "May  1 10:00:00 web1 api[42]: started, port 8080\n"
        "May  1 10:00:01 web1 api[42]: failed, retrying\n");
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    request.referenceYear = 2024;
    const ImportResult first = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    QCOMPARE(first.formatId, QStringLiteral("syslog"));
    request.formatId = QStringLiteral("text");
    const ImportResult again = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(again.status), int(ImportResult::Status::AlreadyImported)); // not without --replace
    request.replaceSameContent = true;
    const ImportResult replaced = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(replaced.status), int(ImportResult::Status::Imported));
    QCOMPARE(replaced.accepted, 2);
    QVERIFY2(replaced.notes.join(QLatin1Char('\n')).contains(QLatin1String("Replaced 1 earlier import")),
        qPrintable(replaced.notes.join(QLatin1Char('\n'))));
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM sources WHERE removed = 0")), 1);
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM live_events")), 2);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT format FROM sources WHERE removed = 0")).toString(),
        QStringLiteral("text"));
}

void TestImportJob::importKeepsOrigins()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QByteArray bytes = jsonLines(0, 50);
    const QString path = write(dir, QStringLiteral("a.jsonl"), bytes);
    const ImportResult r = import(review.store, path);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.formatId, QStringLiteral("jsonl"));
    QCOMPARE(r.accepted, 50);
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM events")), 50);
    // Line 7 starts after six lines.
    const qint64 offset = bytes.indexOf("request 6\"");
    const qint64 lineStart = bytes.lastIndexOf('\n', offset) + 1;
    QCOMPARE(count(review.store, QStringLiteral("SELECT byte_offset FROM events WHERE line = 7")), lineStart);
    QCOMPARE(count(review.store,
                 QStringLiteral("SELECT COUNT(*) FROM events WHERE source_id = %1").arg(r.sourceId)),
        50);
    QCOMPARE(
        review.store
            .scalar(QStringLiteral("SELECT l.name FROM events e JOIN lanes l ON l.id = e.lane_id LIMIT 1"))
            .toString(),
        QStringLiteral("api"));
    QCOMPARE(count(review.store, QStringLiteral("PRAGMA foreign_keys")), 1); // restored after the bulk insert
}

void TestImportJob::reimportAddsNothing()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("a.jsonl"), jsonLines(0, 20));
    QCOMPARE(int(import(review.store, path).status), int(ImportResult::Status::Imported));
    const QString before = fingerprintOf(review.store);
    const ImportResult again = import(review.store, path);
    QCOMPARE(int(again.status), int(ImportResult::Status::AlreadyImported));
    QVERIFY(!again.changedReview());
    QCOMPARE(fingerprintOf(review.store), before);
    // The same content under another name is the same file.
    const QString copy = write(dir, QStringLiteral("copy.jsonl"), jsonLines(0, 20));
    QCOMPARE(int(import(review.store, copy).status), int(ImportResult::Status::AlreadyImported));
    QCOMPARE(fingerprintOf(review.store), before);
}

// The same file imported again from the same place after it changed (a window of records that
// overlaps the first): what the first import holds is skipped. Another file with the same
// records is another source and keeps them (issue 25: the fingerprint identifies a record of a
// source, so two servers' identical lines are two records).
void TestImportJob::overlappingFileSkipsDuplicates()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("app.jsonl"), jsonLines(0, 30));
    QCOMPARE(import(review.store, path).accepted, 30);
    write(dir, QStringLiteral("app.jsonl"), jsonLines(20, 30)); // 20..49
    const ImportResult r = import(review.store, path);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.accepted, 20);
    QCOMPARE(r.duplicates, 10);
    QVERIFY(r.summary().contains(QLatin1String("10 already present")));
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM events")), 50);
    // A window wholly contained in what is there adds nothing.
    write(dir, QStringLiteral("app.jsonl"), jsonLines(5, 10));
    const ImportResult none = import(review.store, path);
    QCOMPARE(int(none.status), int(ImportResult::Status::AlreadyImported));
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM events")), 50);
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM sources")), 2);
    // The same records in another file: another source.
    const QString other = write(dir, QStringLiteral("other.jsonl"), jsonLines(40, 20));
    QCOMPARE(import(review.store, other).accepted, 20);
}

void TestImportJob::identicalLinesWithinAFileAreKept()
{
    // Two identical records in one file are two events (a retry logged twice), not a duplicate.
    tests::TempReview review;
    QTemporaryDir dir;
    const QByteArray line = jsonLines(0, 1);
    const QString path = write(dir, QStringLiteral("twice.jsonl"), line + line + line);
    const ImportResult r = import(review.store, path);
    QCOMPARE(r.accepted, 3);
    QCOMPARE(r.duplicates, 0);
    // And the file holding two of them later adds nothing, holding four adds one.
    write(dir, QStringLiteral("twice.jsonl"), line + line + "\n");
    QCOMPARE(int(import(review.store, path).status), int(ImportResult::Status::AlreadyImported));
    write(dir, QStringLiteral("twice.jsonl"), line + line + line + line);
    QCOMPARE(import(review.store, path).accepted, 1);
}

// The progress bar hears of the bytes read as the parser reads them (pushed through the
// promise, not sampled by a timer): several reports for a file of some megabytes, each within
// the file's size, in order, and each naming the file it is about.
void TestImportJob::backgroundImportReportsTheBytesItReads()
{
    tests::TempReview review;
    review.store.close();
    QTemporaryDir dir;
    QFile sample(tests::dataPath(QStringLiteral("logs/lnav-test-logfile_logfmt.0")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray lines = sample.readAll();
    QByteArray big;
    while (big.size() < 24 * 1024 * 1024)
        big += lines;
    const QString bigPath = dir.filePath(QStringLiteral("big.logfmt"));
    const QString smallPath = dir.filePath(QStringLiteral("small.logfmt"));
    for (const auto &[path, bytes] : { std::pair(bigPath, big), std::pair(smallPath, lines) }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    BackgroundImport import;
    QSignalSpy progress(&import, &BackgroundImport::progress);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    ImportRequest first, second;
    first.path = bigPath;
    second.path = smallPath;
    first.formatId = second.formatId = QStringLiteral("logfmt");
    import.start(review.path, { first, second });
    QVERIFY(finished.wait(120000) || !finished.isEmpty());
    qint64 lastDone = -1;
    int bigReports = 0;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        const qint64 done = report.at(0).toLongLong();
        const qint64 total = report.at(1).toLongLong();
        const int file = report.at(2).toInt();
        QCOMPARE(report.at(3).toInt(), 2);
        if (total == 0 && done == 0 && file == 0)
            continue; // the watcher's report of the start, before the first file's size is known
        QVERIFY(file == 0 || file == 1);
        QCOMPARE(total, file == 0 ? qint64(big.size()) : qint64(lines.size()));
        QVERIFY2(done >= 0 && done <= total, qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
        if (file == 0) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            ++bigReports;
        }
    }
    QVERIFY2(bigReports >= 2, qPrintable(QString::number(bigReports)));
    QVERIFY(lastDone > 0);
}

void TestImportJob::cancelLeavesReviewUnchanged()
{
    tests::TempReview review;
    QTemporaryDir dir;
    QCOMPARE(int(import(review.store, write(dir, QStringLiteral("base.jsonl"), jsonLines(0, 10))).status),
        int(ImportResult::Status::Imported));
    const QString before = fingerprintOf(review.store);
    const QString path = write(dir, QStringLiteral("big.jsonl"), jsonLines(100, 20000));
    // Canceled before it starts...
    std::atomic<bool> cancel(true);
    ImportResult r = import(review.store, path, &cancel);
    QCOMPARE(int(r.status), int(ImportResult::Status::Canceled));
    QCOMPARE(fingerprintOf(review.store), before);
    // ...and while it runs, from another thread, as the GUI does.
    cancel = false;
    std::atomic<qint64> progress(0);
    std::thread canceler([&] {
        while (progress.load() == 0)
            std::this_thread::yield();
        cancel = true;
    });
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    r = ImportJob::run(review.store, registry, request, &cancel, &progress);
    canceler.join();
    QCOMPARE(int(r.status), int(ImportResult::Status::Canceled));
    QVERIFY(r.summary().contains(QLatin1String("unchanged")));
    QCOMPARE(fingerprintOf(review.store), before);
    // The review still works afterwards.
    QCOMPARE(int(import(review.store, path).status), int(ImportResult::Status::Imported));
}

void TestImportJob::nothingUsable_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("status");
    QTest::newRow("empty") << QByteArray() << QString() << int(ImportResult::Status::NothingUsable);
    QTest::newRow("blank") << QByteArray("\n\n   \n") << QString()
                           << int(ImportResult::Status::NothingUsable);
    QTest::newRow("no timestamps") << QByteArray("{\"msg\":\"a\"}\n{\"msg\":\"b\"}\n") << QString()
                                   << int(ImportResult::Status::NothingUsable);
    QTest::newRow("forced format, wrong content") << QByteArray("hello\nworld\n") << QStringLiteral("syslog")
                                                  << int(ImportResult::Status::NothingUsable);
}

void TestImportJob::nothingUsable()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(int, status);
    tests::TempReview review;
    QTemporaryDir dir;
    const QString before = fingerprintOf(review.store);
    ImporterRegistry registry;
    ImportRequest request;
    request.path = write(dir, QStringLiteral("x.log"), content);
    request.formatId = format;
    const ImportResult r = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(r.status), status);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.error.contains(QLatin1String("x.log")));
    QCOMPARE(fingerprintOf(review.store), before);
}

void TestImportJob::rejectsAreStored()
{
    tests::TempReview review;
    const ImportResult r
        = import(review.store, tests::dataPath(QStringLiteral("logs/lnav-test-logfile_json.json")));
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.accepted, 13);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejects.size(), 1);
    QCOMPARE(r.rejects.first().line, 6);
    QVERIFY(r.summary().contains(QLatin1String("1 record(s) rejected"))
        || r.summary().contains(QLatin1String("1 record rejected")));
    QCOMPARE(count(review.store, QStringLiteral("SELECT line FROM rejects")), 6);
    QCOMPARE(
        count(review.store, QStringLiteral("SELECT rejected FROM sources WHERE id = %1").arg(r.sourceId)), 1);
}

void TestImportJob::gzipInput()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("app.jsonl.gz"), gzip(jsonLines(0, 500)));
    const ImportResult r = import(review.store, path);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.formatId, QStringLiteral("jsonl"));
    QCOMPARE(r.accepted, 500);
    QCOMPARE(count(review.store, QStringLiteral("SELECT MAX(line) FROM events")), 500);
}

void TestImportJob::tenMegabyteLine()
{
    tests::TempReview review;
    QTemporaryDir dir;
    QByteArray big = R"({"ts":"2024-05-01T00:00:00Z","msg":")";
    big.append(QByteArray(10 * 1024 * 1024, 'y'));
    big.append("\"}\n");
    const QString path = write(dir, QStringLiteral("big.jsonl"), jsonLines(0, 5) + big + jsonLines(5, 5));
    const ImportResult r = import(review.store, path);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.accepted, 11);
    QCOMPARE(count(review.store, QStringLiteral("SELECT length(text) FROM events WHERE line = 6")),
        10 * 1024 * 1024);
}

void TestImportJob::naiveZoneIsNoted()
{
    tests::TempReview review(QStringLiteral("Europe/Berlin"));
    QTemporaryDir dir;
    const QString path
        = write(dir, QStringLiteral("naive.jsonl"), "{\"ts\":\"2024-01-15 10:00:00\",\"msg\":\"x\"}\n");
    const ImportResult r = import(review.store, path);
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("Europe/Berlin")),
        qPrintable(r.notes.join(QLatin1Char(' '))));
    QCOMPARE(
        count(review.store, QStringLiteral("SELECT instant FROM events")), 1705309200000000ll); // 09:00 UTC
}

void TestImportJob::fullTextIndexIsFilled()
{
    tests::TempReview review;
    QTemporaryDir dir;
    import(review.store, write(dir, QStringLiteral("a.jsonl"), jsonLines(0, 100)));
    QCOMPARE(count(review.store,
                 QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'request'")),
        100);
    QCOMPARE(
        count(review.store, QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH '42'")),
        1);
}

// With eventsCommitted (the app's background import), the events are committed first and
// their text indexed in a second transaction: in between, another connection sees the events
// and the note of what is not indexed, finds nothing by text, and cannot write (the second
// transaction holds the lock); afterwards the note is gone and search finds everything.
void TestImportJob::textIndexedInASecondTransaction()
{
    tests::TempReview review;
    QTemporaryDir dir;
    ImporterRegistry registry;
    ImportRequest request;
    request.path = write(dir, QStringLiteral("a.jsonl"), jsonLines(0, 100));
    int told = 0;
    qint64 eventsSeen = -1, textSeen = -1;
    QString pendingSeen;
    bool otherCouldWrite = true;
    bool pendingInResult = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(review.path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        const ImportResult result = ImportJob::run(
            review.store, registry, request, nullptr, nullptr, [&](const ImportResult &committed) {
                ++told;
                pendingInResult
                    = committed.textIndexPending && committed.status == ImportResult::Status::Imported;
                QSqlQuery q(other);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next())
                    eventsSeen = q.value(0).toLongLong();
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'request'"))
                    && q.next())
                    textSeen = q.value(0).toLongLong();
                if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'fts_pending'")) && q.next())
                    pendingSeen = q.value(0).toString();
                q.finish();
                otherCouldWrite = q.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'title'"));
            });
        QCOMPARE(result.status, ImportResult::Status::Imported);
        QVERIFY(result.textIndexError.isEmpty());
        QVERIFY(!result.textIndexPending);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(told, 1);
    QVERIFY(pendingInResult);
    QCOMPARE(eventsSeen, 100);
    QCOMPARE(textSeen, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+-\\d+$")).match(pendingSeen).hasMatch(),
        qPrintable(pendingSeen));
    QVERIFY(!otherCouldWrite);
    QVERIFY(!EventWriter::hasPendingText(review.store));
    QCOMPARE(count(review.store,
                 QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'request'")),
        100);
    QCOMPARE(
        count(review.store, QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH '42'")),
        1);
    QVERIFY(review.store.exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
}

// A crash between the two transactions leaves events with the note and without their text:
// opening the review indexes them before anything else can touch them.
void TestImportJob::interruptedTextIndexIsFinishedOnOpen()
{
    tests::TempReview review;
    QTemporaryDir dir;
    import(review.store, write(dir, QStringLiteral("first.jsonl"), jsonLines(0, 50))); // indexed as usual
    {
        // What the first transaction of a deferred import commits, and no second one.
        ReviewStore::Transaction t(review.store);
        QVERIFY(review.store.exec(QStringLiteral("INSERT INTO sources(name, kind, format, imported_at)"
                                                 " VALUES('second.jsonl', 'log', 'jsonl', 0)")));
        EventWriter writer(review.store, review.store.lastInsertId());
        QString error;
        QVERIFY(writer.begin(&error));
        for (int i = 0; i < 30; ++i) {
            EventRecord e;
            e.instant = 1714557600000000 + i;
            e.text = "interrupted " + QByteArray::number(i);
            writer.addEvent(std::move(e));
        }
        QVERIFY2(writer.finish(&error, EventWriter::TextIndex::Later), qPrintable(error));
        QVERIFY(t.commit());
    }
    QVERIFY(EventWriter::hasPendingText(review.store));
    QCOMPARE(count(review.store,
                 QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'interrupted'")),
        0);
    review.store.close();

    ReviewStore reopened;
    QVERIFY2(reopened.open(review.path), qPrintable(reopened.errorString()));
    QVERIFY(!EventWriter::hasPendingText(reopened));
    QCOMPARE(count(reopened,
                 QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'interrupted'")),
        30);
    QCOMPARE(
        count(reopened, QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'request'")),
        50);
    QVERIFY(reopened.exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
}

// A note that no import could have written (edited by hand, damaged) does not keep the review
// from opening: the whole index is built again from the events.
void TestImportJob::unreadableTextIndexNoteRebuildsTheIndex()
{
    tests::TempReview review;
    QTemporaryDir dir;
    import(review.store, write(dir, QStringLiteral("a.jsonl"), jsonLines(0, 40)));
    QVERIFY(review.store.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('delete-all')")));
    QVERIFY(review.store.setMeta(QStringLiteral("fts_pending"), QStringLiteral("12-x 7")));
    review.store.close();

    ReviewStore reopened;
    QVERIFY2(reopened.open(review.path), qPrintable(reopened.errorString()));
    QVERIFY(!EventWriter::hasPendingText(reopened));
    QCOMPARE(
        count(reopened, QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'request'")),
        40);
    QVERIFY(reopened.exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
}

// While another connection has the review open (the app's window), a large import stays in the
// write-ahead log until ImportJob::checkpoint() (the review shows it sooner); the connection's own
// automatic checkpointing is back to what it was afterwards.
// Alone with the review (the CLI's case), a large import writes its pages once, through a
// rollback journal, and leaves the review in WAL mode with nothing to copy back at close.
void TestImportJob::anImportAloneWritesItsPagesOnce()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const qint64 before = QFileInfo(review.path).size();
    const ImportResult r = import(review.store, write(dir, QStringLiteral("big.jsonl"), jsonLines(0, 20000)));
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QVERIFY(QFileInfo(review.path).size() > before + 1000000);
    QVERIFY(QFileInfo(review.path + QLatin1String("-wal")).size() < 100000);
    QVERIFY(!QFileInfo::exists(review.path + QLatin1String("-journal")));
    QCOMPARE(review.store.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(count(review.store, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL again
    seenByAnotherConnection(review.path);
}

void TestImportJob::textIndexBuiltBesideMatchesTheDocumentsOwn_data()
{
    QTest::addColumn<bool>("textLater");
    QTest::newRow("the CLI's import") << false;
    QTest::newRow("the app's import (text indexed second)") << true;
}

// A new review's first import, when its text is indexed in the same transaction (the CLI's),
// builds the index beside the inserts and copies it in (TextIndexBuilder); any other import
// indexes the text in the document, the app's after showing the events. All must find the same
// events for every kind of query, and FTS5 must find nothing wrong with any.
void TestImportJob::textIndexBuiltBesideMatchesTheDocumentsOwn()
{
    QFETCH(bool, textLater);
    QTemporaryDir dir;
    const QString log = write(dir, QStringLiteral("people.jsonl"), peopleLines(12000));
    const QStringList queries { QStringLiteral("request"), QStringLiteral("\"timed out\""),
        QStringLiteral("café"), QStringLiteral("cafe"), QStringLiteral("jos*"), QStringLiteral("nunez"),
        QStringLiteral("Größe"), QStringLiteral("pool AND exhausted"), QStringLiteral("ana NOT rollback"),
        QStringLiteral("\"ops bot\""), QStringLiteral("11999"), QStringLiteral("nosuchword") };
    auto importInto = [&](ReviewStore &store) {
        ImporterRegistry registry;
        ImportRequest request;
        request.path = log;
        bool committed = false;
        const ImportResult r = textLater ? ImportJob::run(store, registry, request, nullptr, nullptr,
                                   [&committed](const ImportResult &) { committed = true; })
                                         : ImportJob::run(store, registry, request);
        QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
        QCOMPARE(r.accepted, qint64(12000));
        QCOMPARE(committed, textLater);
    };

    tests::TempReview first; // empty: the index is built beside
    importInto(first.store);
    tests::TempReview later; // one event already: the index is built in the document
    QVERIFY(later.store.exec(QStringLiteral("INSERT INTO events(instant, kind, text) VALUES(0, 0, 'x')")));
    QVERIFY(
        later.store.exec(QStringLiteral("INSERT INTO events_fts(rowid, body) VALUES(1, 'x' || char(10))")));
    importInto(later.store);

    const QStringList built = matchesOf(first.store, queries);
    QCOMPARE(built, matchesOf(later.store, queries));
    QVERIFY(built.first().count(QLatin1Char(',')) == 11999); // every event has "request"
    for (ReviewStore *store : { &first.store, &later.store })
        QVERIFY2(store->exec(
                     QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")),
            qPrintable(store->errorString()));
    QVERIFY(!EventWriter::hasPendingText(first.store));
    // The index's settings are the document's own after either path, not the bulk load's: merges
    // on again and the default buffer of terms (unset: FTS5's defaults, 4 and 1 MB), and the bound
    // on segments of schema version 7.
    for (ReviewStore *store : { &first.store, &later.store }) {
        QCOMPARE(count(*store,
                     QStringLiteral(
                         "SELECT coalesce(max(v), 1048576) FROM events_fts_config WHERE k = 'hashsize'")),
            qint64(1024 * 1024));
        QCOMPARE(
            count(*store,
                QStringLiteral("SELECT coalesce(max(v), 4) FROM events_fts_config WHERE k = 'automerge'")),
            qint64(4));
        QCOMPARE(count(*store, QStringLiteral("SELECT v FROM events_fts_config WHERE k = 'crisismerge'")),
            qint64(schema::TextIndexCrisisMerge));
    }
}

void TestImportJob::checkpointAfterImport()
{
    tests::TempReview review;
    QTemporaryDir dir;
    ReviewStore window;
    QVERIFY2(window.open(review.path), qPrintable(window.errorString()));
    const qint64 before = QFileInfo(review.path).size();
    QCOMPARE(count(review.store, QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    const ImportResult r = import(review.store, write(dir, QStringLiteral("big.jsonl"), jsonLines(0, 20000)));
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(count(review.store, QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    QVERIFY(QFileInfo(review.path + QLatin1String("-wal")).size() > 1000000);
    QCOMPARE(QFileInfo(review.path).size(), before);

    ImportJob::checkpoint(review.store);
    QVERIFY(QFileInfo(review.path).size() > before + 1000000);
    // Whatever the timing, another connection sees every event, searchable.
    seenByAnotherConnection(review.path);
}

void TestImportJob::sampleThroughJob()
{
    tests::TempReview review;
    const ImportResult r
        = import(review.store, tests::samplePath(QStringLiteral("syslog/lnav-test-logfile_syslog.3")));
    QCOMPARE(int(r.status), int(ImportResult::Status::Imported));
    QCOMPARE(r.formatId, QStringLiteral("syslog"));
    QCOMPARE(r.accepted, 7);
    QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("year")));
}

void TestImportJob::cliExitCodes()
{
    QTemporaryDir dir;
    const QString reviewPath = dir.filePath(QStringLiteral("cli.faultless"));
    QCOMPARE(tests::runCli({ QStringLiteral("new"), reviewPath }).exitCode, 0);
    // 0: clean import.
    const QString clean = write(dir, QStringLiteral("clean.jsonl"), jsonLines(0, 10));
    tests::CliResult r = tests::runCli({ QStringLiteral("import"), reviewPath, clean });
    QCOMPARE(r.exitCode, 0);
    // 0 again: already imported adds nothing and is not an error.
    r = tests::runCli({ QStringLiteral("import"), reviewPath, clean });
    QCOMPARE(r.exitCode, 0);
    // 3: done, with rejects summarised on stderr with their line numbers.
    r = tests::runCli({ QStringLiteral("import"), reviewPath,
        tests::dataPath(QStringLiteral("logs/lnav-test-logfile_json.json")) });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("line 6"), r.err.constData());
    // 2: nothing usable, nothing added.
    const QString useless = write(dir, QStringLiteral("useless.jsonl"), "{\"msg\":\"no time\"}\n");
    r = tests::runCli({ QStringLiteral("import"), reviewPath, useless });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    r = tests::runCli(
        { QStringLiteral("import"), reviewPath, write(dir, QStringLiteral("empty.log"), QByteArray()) });
    QCOMPARE(r.exitCode, 2);
    // --format, --tz, --year and --option reach the importer.
    r = tests::runCli({ QStringLiteral("import"), reviewPath, tests::dataPath(QStringLiteral("logs/app.csv")),
        QStringLiteral("--option"),
        QStringLiteral(R"({"time":"when","message":"what","level":"sev","lane":"svc","actor":"who"})") });
    QCOMPARE(r.exitCode, 3); // the "not a time" row
    const QString syslog = write(dir, QStringLiteral("messages"), "Feb 29 12:00:00 host app: leap\n");
    r = tests::runCli({ QStringLiteral("import"), reviewPath, syslog, QStringLiteral("--format"),
        QStringLiteral("syslog"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--tz"),
        QStringLiteral("UTC") });
    QCOMPARE(r.exitCode, 0);
    ReviewStore store;
    QVERIFY(store.open(reviewPath));
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM events WHERE instant = 1582977600000000")), 1);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM events")), 10 + 13 + 3 + 1);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"

void TestImportJob::reviewItselfIsRefused_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("the review") << QString();
    QTest::newRow("its -wal") << QStringLiteral("-wal");
    QTest::newRow("its -shm") << QStringLiteral("-shm");
}

// Importing the review's own files is refused without opening them: opening and closing one would
// drop this process's locks on the review, so that the next program to close it unlinks the WAL
// this process still writes to (tst_multiprocess has the whole story).
void TestImportJob::reviewItselfIsRefused()
{
    QFETCH(QString, suffix);
    tests::TempReview review;
    QTemporaryDir dir;
    QCOMPARE(int(import(review.store, write(dir, QStringLiteral("a.jsonl"), jsonLines(0, 5))).status),
        int(ImportResult::Status::Imported));
    QVERIFY(review.store.setMeta(QStringLiteral("note"), QStringLiteral("an edit after the import")));
    QVERIFY(QFileInfo::exists(review.path + QStringLiteral("-wal")));
    const QString before = fingerprintOf(review.store);

    ImporterRegistry registry;
    ImportRequest request;
    request.path = review.path + suffix;
    request.formatId = QStringLiteral("text");
    const ImportResult r = ImportJob::run(review.store, registry, request);
    QCOMPARE(int(r.status), int(ImportResult::Status::Failed));
    QVERIFY2(r.error.contains(review.path + suffix), qPrintable(r.error));
    QCOMPARE(fingerprintOf(review.store), before);

    // Another program that opens and closes the review must still find this process's lock and
    // leave the WAL alone.
    QCOMPARE(tests::runCli({ QStringLiteral("info"), review.path, QStringLiteral("--json") }).exitCode, 0);
    QVERIFY(QFileInfo::exists(review.path + QStringLiteral("-wal")));
}
