// Issue 25, deliverables 1 and 2: duplicates are found per source in the document's index (no
// table of the whole review in memory) by a fingerprint that identifies a record, and the
// counts `info` shows are kept with the data.
//
// The access logs are real lines of the nginx and Apache test logs in
// tests/data/logcorpus/files (from elastic/beats, Apache-2.0, and tstack/lnav, BSD-2-Clause; see
// tests/data/logcorpus/SOURCES.tsv), laid out as two servers' files. One line is derived: line 1
// of beats-nginx-access-test.log as a server logs it without the X-Forwarded-For list (the
// client address alone), which the access-log importer reads; it shares second, request, status
// and size with line 4, another client's request, so the fingerprint of versions 1-4 (instant,
// kind, lane, text) could not tell the two apart.
#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "store/eventquery.h"
#include "store/eventstore.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"
#include "store/schema.h"
#include "store/sourcestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace faultless;
using namespace faultless::model;

namespace {
QList<QByteArray> corpusLines(const QString &name)
{
    QFile f(tests::dataPath(QStringLiteral("logcorpus/files/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<QByteArray> lines = f.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray lineOf(const QString &file, int number)
{
    return corpusLines(file).at(number - 1) + '\n';
}

// 85.181.35.98 asks for /ocelot at 11:05:07.
QByteArray ocelot()
{
    return lineOf(QStringLiteral("beats-nginx-access-test.log"), 4);
}

// 127.0.0.1 asks for /ocelot in the same second (line 1 without the forwarded addresses).
QByteArray ocelotOtherClient()
{
    QByteArray line = lineOf(QStringLiteral("beats-nginx-access-test.log"), 1);
    return line.mid(line.indexOf("127.0.0.1"));
}

QByteArray stringpatch()
{
    return lineOf(QStringLiteral("beats-nginx-access-test.log"), 2);
}

// The monitoring server's request: every server it polls logs it byte for byte alike.
QByteArray status()
{
    return lineOf(QStringLiteral("beats-apache-access-test.log"), 5);
}

QByteArray laterRequest()
{
    return lineOf(QStringLiteral("beats-nginx-access-access.log"), 1);
}

QString write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportResult import(
    ReviewStore &store, const QString &path, const QString &format = QStringLiteral("access-log"))
{
    ImporterRegistry registry;
    ImportRequest request;
    request.path = path;
    request.formatId = format;
    return ImportJob::run(store, registry, request);
}

qint64 count(const ReviewStore &store, const QString &sql)
{
    return store.scalar(sql).toLongLong();
}

// event_counts against a full count of the events, and `info` against a full pass over the
// live events: what they would have said before the counts were kept.
void verifyCounts(const ReviewStore &store)
{
    QSqlQuery full(store.database());
    QVERIFY(
        full.exec(QStringLiteral("SELECT coalesce(source_id, 0), kind, COUNT(*) FROM events GROUP BY 1, 2")));
    QMap<QPair<qint64, int>, qint64> counted;
    while (full.next())
        counted.insert({ full.value(0).toLongLong(), full.value(1).toInt() }, full.value(2).toLongLong());
    QSqlQuery kept(store.database());
    QVERIFY(kept.exec(QStringLiteral("SELECT source_id, kind, events FROM event_counts WHERE events <> 0")));
    QMap<QPair<qint64, int>, qint64> stored;
    while (kept.next())
        stored.insert({ kept.value(0).toLongLong(), kept.value(1).toInt() }, kept.value(2).toLongLong());
    QCOMPARE(stored, counted);

    const ReviewSummary summary = ReviewSummary::read(store);
    QSqlQuery live(store.database());
    QVERIFY(
        live.exec(QStringLiteral("SELECT kind, COUNT(*), MIN(instant), MAX(COALESCE(end_instant, instant))"
                                 " FROM live_events GROUP BY kind")));
    QMap<QString, qint64> byKind;
    qint64 events = 0;
    Instant first = NoInstant, last = NoInstant;
    while (live.next()) {
        byKind.insert(eventKindName(EventKind(live.value(0).toInt())), live.value(1).toLongLong());
        events += live.value(1).toLongLong();
        first = first == NoInstant ? live.value(2).toLongLong() : std::min(first, live.value(2).toLongLong());
        last = last == NoInstant ? live.value(3).toLongLong() : std::max(last, live.value(3).toLongLong());
    }
    QCOMPARE(summary.byKind, byKind);
    QCOMPARE(summary.events, events);
    QCOMPARE(EventQuery::count(store), events);
    QCOMPARE(summary.first, first);
    QCOMPARE(summary.last, last);
    for (const Source &s : SourceStore::listed(store))
        QCOMPARE(s.events,
            count(store, QStringLiteral("SELECT COUNT(*) FROM events WHERE source_id = %1").arg(s.id)));
}
} // namespace

class TestScaleDedupe : public QObject
{
    Q_OBJECT
private slots:
    void twoServersKeepEveryRecord();
    void sameFileAgainAddsNothing();
    void grownFileAddsOnlyTheNewLines();
    void shiftedClockStillRecognised();
    void fingerprintCollisionKeepsTheRecord();
    void countsFollowEveryWriter();
    void migratesVersion4Fingerprints();
};

// Two servers' access.log, each in its own folder as they are copied off the machines: the
// requests that share second, page, status and size, and one line that is byte for byte in both
// (a load balancer's request answered by each), are all kept.
void TestScaleDedupe::twoServersKeepEveryRecord()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString web1 = write(dir.filePath(QStringLiteral("web1/access.log")),
        stringpatch() + ocelot() + status()
            + corpusLines(QStringLiteral("beats-nginx-access-access.log")).mid(0, 2).join('\n') + '\n');
    // Apache's test log holds the nginx log's /stringpatch request byte for byte (line 4).
    const QByteArray samePatch = lineOf(QStringLiteral("beats-apache-access-test.log"), 4);
    QCOMPARE(samePatch, stringpatch());
    const QString web2 = write(dir.filePath(QStringLiteral("web2/access.log")),
        samePatch + status() + ocelotOtherClient()
            + corpusLines(QStringLiteral("lnav-logfile_access_log.0")).join('\n') + '\n');
    const ImportResult first = import(review.store, web1);
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    QCOMPARE(first.accepted, 5);
    QCOMPARE(first.rejected, 0);
    const ImportResult second = import(review.store, web2);
    QCOMPARE(int(second.status), int(ImportResult::Status::Imported));
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.duplicates, 0); // version 4 dropped three of these six
    QCOMPARE(second.accepted, 6);
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM live_events")), 11);
    // The two /ocelot requests of the same second are two events with distinct prints.
    QCOMPARE(
        count(review.store,
            QStringLiteral("SELECT COUNT(DISTINCT fingerprint) FROM events WHERE text LIKE 'GET /ocelot%'")),
        2);
    verifyCounts(review.store);
}

void TestScaleDedupe::sameFileAgainAddsNothing()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QByteArray bytes = ocelot() + ocelotOtherClient() + stringpatch() + ocelot();
    const QString path = write(dir.filePath(QStringLiteral("web1/access.log")), bytes);
    QCOMPARE(import(review.store, path).accepted, 4); // the repeated line is a second request
    QCOMPARE(int(import(review.store, path).status), int(ImportResult::Status::AlreadyImported));
    // The same bytes under another name: the content hash says it is the same file.
    const QString copy = write(dir.filePath(QStringLiteral("copy/access.log.1")), bytes);
    QCOMPARE(int(import(review.store, copy).status), int(ImportResult::Status::AlreadyImported));
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM events")), 4);
    verifyCounts(review.store);
}

// The file grew since it was imported: a second import from the same place adds the new lines
// only; the duplicates are found through the index, per record.
void TestScaleDedupe::grownFileAddsOnlyTheNewLines()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("web1/access.log"));
    write(path, ocelot() + ocelotOtherClient() + ocelot());
    QCOMPARE(import(review.store, path).accepted, 3);
    write(path, ocelot() + ocelotOtherClient() + ocelot() + stringpatch() + ocelot());
    const ImportResult grown = import(review.store, path);
    QCOMPARE(int(grown.status), int(ImportResult::Status::Imported));
    QCOMPARE(grown.duplicates, 3);
    QCOMPARE(grown.accepted, 2); // /stringpatch, and a third request identical to the first
    write(path, ocelot() + ocelotOtherClient() + ocelot() + stringpatch() + ocelot() + laterRequest());
    const ImportResult again = import(review.store, path);
    QCOMPARE(again.duplicates, 5); // found in both earlier imports
    QCOMPARE(again.accepted, 1);
    // A grown copy elsewhere is another file: kept whole rather than risk dropping evidence.
    const QString elsewhere
        = write(dir.filePath(QStringLiteral("other/access.log")), ocelot() + ocelotOtherClient() + status());
    QCOMPARE(import(review.store, elsewhere).accepted, 3);
    verifyCounts(review.store);
}

// A source whose clock the team shifted holds shifted instants; the file still has its own.
void TestScaleDedupe::shiftedClockStillRecognised()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("web1/access.log"));
    write(path, ocelot() + stringpatch());
    const ImportResult first = import(review.store, path);
    QCOMPARE(first.accepted, 2);
    {
        ReviewStore::Transaction tx(review.store);
        QVERIFY(EventStore::shiftSource(review.store, first.sourceId, 90'000'000));
        QVERIFY(SourceStore::addClockOffset(review.store, first.sourceId, 90'000'000, QStringLiteral("NTP")));
        QVERIFY(tx.commit());
    }
    write(path, ocelot() + stringpatch() + ocelotOtherClient());
    const ImportResult grown = import(review.store, path);
    QCOMPARE(grown.duplicates, 2);
    QCOMPARE(grown.accepted, 1);
}

// A fingerprint is a hash, so a different record can share it. Here the stored row of the first
// import is made a different record with the same source, instant and fingerprint (what a
// collision is); importing the grown file must keep the record it holds rather than take it
// for the stored one.
void TestScaleDedupe::fingerprintCollisionKeepsTheRecord()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("web1/access.log"));
    write(path, ocelot() + stringpatch());
    QCOMPARE(import(review.store, path).accepted, 2);
    QVERIFY(review.store.exec(QStringLiteral("UPDATE events SET text = 'GET /other HTTP/1.1'"
                                             " WHERE text LIKE '%/ocelot%'")));
    write(path, ocelot() + stringpatch() + laterRequest());
    const ImportResult grown = import(review.store, path);
    QCOMPARE(grown.duplicates, 1); // /stringpatch, unchanged
    QCOMPARE(grown.accepted, 2); // /ocelot, whose fingerprint the changed row holds, and the new line
    QCOMPARE(
        count(review.store, QStringLiteral("SELECT COUNT(*) FROM events WHERE text LIKE '%/ocelot%'")), 1);
    QCOMPARE(count(review.store, QStringLiteral("SELECT COUNT(*) FROM events")), 4);
}

// Imports, events added and removed by hand, an import undone and redone, one replaced, one
// refused: after each, the kept counts equal a full count.
void TestScaleDedupe::countsFollowEveryWriter()
{
    tests::TempReview review;
    QTemporaryDir dir;
    const ImportResult web = import(
        review.store, write(dir.filePath(QStringLiteral("web1/access.log")), ocelot() + stringpatch()));
    QCOMPARE(web.accepted, 2);
    const ImportResult flags = import(
        review.store, tests::dataPath(QStringLiteral("logs/lnav-test-logfile_json.json")), QString());
    QCOMPARE(int(flags.status), int(ImportResult::Status::Imported));
    verifyCounts(review.store);

    EventRow note;
    note.instant = timestamps::fromCivilUtc(2016, 12, 7, 10, 0, 0, 0);
    note.end = note.instant + 60'000'000;
    note.kind = EventKind::Note;
    note.text = QStringLiteral("call with the vendor");
    qint64 manual = 0;
    {
        ReviewStore::Transaction tx(review.store);
        manual = EventStore::insertManual(review.store, note);
        QVERIFY(manual > 0);
        QVERIFY(tx.commit());
    }
    verifyCounts(review.store);
    QVERIFY(SourceStore::setImportRemoved(review.store, web.sourceId, true)); // undo of the import
    verifyCounts(review.store);
    QVERIFY(SourceStore::setImportRemoved(review.store, web.sourceId, false)); // redo
    verifyCounts(review.store);
    {
        ReviewStore::Transaction tx(review.store);
        QVERIFY(EventStore::deleteManual(review.store, manual));
        QVERIFY(tx.commit());
    }
    verifyCounts(review.store);
    // A kind changed by a writer other than the importer (a pulled edit, say): the triggers follow.
    QVERIFY(review.store.exec(
        QStringLiteral("UPDATE events SET kind = 6 WHERE source_id = %1 AND line = 1").arg(web.sourceId)));
    verifyCounts(review.store);
    // Deleted with its source (what a pull does to the rows it replaces).
    QVERIFY(review.store.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    QVERIFY(review.store.exec(QStringLiteral("DELETE FROM sources WHERE id = %1").arg(flags.sourceId)));
    verifyCounts(review.store);
    // A failed import leaves the counts as they were (its transaction rolls back).
    const ImportResult empty = import(review.store, write(dir.filePath(QStringLiteral("empty.log")), "\n"));
    QCOMPARE(int(empty.status), int(ImportResult::Status::NothingUsable));
    verifyCounts(review.store);
}

// A version 4 document, written as version 4 wrote it (fingerprints of the shape of a record,
// the source's path and content hash), keeps recognising its file after the migration.
void TestScaleDedupe::migratesVersion4Fingerprints()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.faultless"));
    const QString log = write(dir.filePath(QStringLiteral("web1/access.log")),
        ocelot() + ocelotOtherClient() + stringpatch() + ocelot());
    QString error;
    QVERIFY2(ReviewStore::createAtVersion(path, 4, &error), qPrintable(error));
    {
        ImporterRegistry registry;
        std::unique_ptr<Importer> importer = registry.create(QStringLiteral("access-log"));
        QVERIFY(importer);
        ImportInput input;
        QVERIFY(input.open(log));
        CollectingSink sink;
        ImportContext context;
        QVERIFY(importer->read(input, sink, context, &error));
        QCOMPARE(int(sink.events.size()), 4);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO sources(id, name, kind, format, origin_path, content_hash,"
            " imported_at, accepted) VALUES(1, 'access.log', 'log', 'access-log', ?, ?, 0, 4)"));
        q.addBindValue(QFileInfo(log).absoluteFilePath());
        q.addBindValue(ImportJob::contentHash(log));
        QVERIFY(q.exec());
        EventWriter::FingerprintTable seen;
        for (const EventRecord &e : sink.events) {
            QVERIFY(e.lane.isEmpty());
            const quint64 base = EventWriter::legacyFingerprint(e, 0);
            const quint32 occurrence = seen.next(base);
            const quint64 print = occurrence == 0 ? base : EventWriter::legacyFingerprint(e, occurrence);
            q.prepare(
                QStringLiteral("INSERT INTO events(instant, kind, severity, text, attrs, source_id, line,"
                               " byte_offset, fingerprint) VALUES(?, ?, ?, ?, ?, 1, ?, ?, ?)"));
            for (const QVariant &v : { QVariant(e.instant), QVariant(int(e.kind)), QVariant(int(e.severity)),
                     QVariant(QString::fromUtf8(e.text)), QVariant(QString::fromUtf8(e.attributesJson)),
                     QVariant(e.line), QVariant(e.byteOffset), QVariant(qint64(print)) })
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    ReviewStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), schema::currentVersion());
    QCOMPARE(count(store, QStringLiteral("SELECT fingerprint_scheme FROM sources WHERE id = 1")),
        schema::LegacyFingerprintScheme);
    verifyCounts(store); // counted once by the migration
    QCOMPARE(int(import(store, log).status), int(ImportResult::Status::AlreadyImported));
    // Grown: the four lines of version 4 are recognised by their old prints, the new two are added.
    write(log, ocelot() + ocelotOtherClient() + stringpatch() + ocelot() + ocelot() + laterRequest());
    const ImportResult grown = import(store, log);
    QCOMPARE(int(grown.status), int(ImportResult::Status::Imported));
    QCOMPARE(grown.duplicates, 4);
    QCOMPARE(grown.accepted, 2);
    QCOMPARE(count(store,
                 QStringLiteral("SELECT fingerprint_scheme FROM sources WHERE id = %1").arg(grown.sourceId)),
        schema::FingerprintScheme);
    verifyCounts(store);
}

QTEST_GUILESS_MAIN(TestScaleDedupe)
#include "tst_scalededupe.moc"
