// The review document: schema, migrations, transactions, crash safety, refusal of foreign files.
#include "testsupport.h"

#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <unistd.h>

using namespace faultless::model;
using faultless::tests::TempReview;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

EventRecord makeEvent(Instant instant, const char *text)
{
    EventRecord e;
    e.instant = instant;
    e.text = text;
    e.lane = "api";
    e.severity = Severity::Info;
    e.line = 1;
    return e;
}

qint64 insertSource(ReviewStore &store, const QString &name)
{
    store.exec(
        QStringLiteral("INSERT INTO sources(name, kind, format, imported_at) VALUES(?, 'log', 'jsonl', 0)"),
        { name });
    return store.lastInsertId();
}
} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT
private slots:
    void newDocumentHasCurrentSchemaAndSettings();
    void schemaHasNoRootCauseAnywhere();
    void roundTripThroughReopen();
    void migratesVersion1Documents();
    void migratesVersion3StepsToAuthoredSteps();
    void transactionRollsBackOnError();
    void nestedTransactionsUseSavepoints();
    void refusesForeignFilesUntouched_data();
    void refusesForeignFilesUntouched();
    void refusesNewerSchema();
    void createRefusesExistingFile();
    void tellsTheDocumentsOwnFiles_data();
    void tellsTheDocumentsOwnFiles();
    void killedWriterLosesNothingCommitted();
    void eventWriterSkipsDuplicatesAndKeepsRepeats();
    void eventWriterKeepsManualFlag();
};

void TestReviewStore::newDocumentHasCurrentSchemaAndSettings()
{
    TempReview review(QStringLiteral("Europe/Berlin"));
    QCOMPARE(review.store.schemaVersion(), schema::currentVersion());
    QCOMPARE(review.store.title(), QStringLiteral("Test review"));
    QCOMPARE(review.store.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(review.store.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(review.store.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(
        review.store.scalar(QStringLiteral("PRAGMA application_id")).toInt(), ReviewStore::ApplicationId);
    QCOMPARE(review.store.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 16384);
}

void TestReviewStore::schemaHasNoRootCauseAnywhere()
{
    // docs/architecture.md principle 1, checked on the live schema: no table or column that could hold a
    // root cause, a primary cause, a rank of factors, or a person at fault.
    TempReview review;
    QSqlQuery tables(review.store.database());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QVERIFY(names.contains(QStringLiteral("factors")));
    QStringList columns;
    for (const QString &table : std::as_const(names)) {
        const QSqlRecord record = review.store.database().record(table);
        for (int i = 0; i < record.count(); ++i)
            columns << table + QLatin1Char('.') + record.fieldName(i);
    }
    QVERIFY(columns.contains(QStringLiteral("factors.title")));
    QVERIFY(columns.size() > 50);
    const QStringList everything = names + columns;
    for (const QString &fragment : schema::forbiddenNameFragments()) {
        for (const QString &name : everything)
            QVERIFY2(!name.contains(fragment, Qt::CaseInsensitive),
                qPrintable(name + QStringLiteral(" contains ") + fragment));
    }
}

void TestReviewStore::roundTripThroughReopen()
{
    TempReview review;
    QVERIFY(review.store.setMeta(QStringLiteral("summary"), QStringLiteral("Checkout slowed — ünïcödé ✓")));
    const qint64 source = insertSource(review.store, QStringLiteral("app.jsonl"));
    {
        // The writer's prepared statements must be gone before the connection closes, or
        // SQLite cannot close it (AddressSanitizer's leak check caught this).
        EventWriter writer(review.store, source);
        QVERIFY(writer.begin(nullptr));
        writer.addEvent(makeEvent(timestamps::fromCivilUtc(2026, 3, 14, 13, 0, 0, 123456), "first"));
        writer.addEvent(makeEvent(timestamps::fromCivilUtc(2026, 3, 14, 13, 0, 1, 7), "second"));
        QVERIFY(writer.finish(nullptr));
    }
    QVERIFY(
        review.store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, edited)"
                                         " SELECT MIN(id), 'ana', 'saw the alert', 1, 1 FROM events")));
    review.store.close();

    ReviewStore reopened;
    QVERIFY2(reopened.open(review.path), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.meta(QStringLiteral("summary")), QStringLiteral("Checkout slowed — ünïcödé ✓"));
    const ReviewSummary summary = ReviewSummary::read(reopened);
    QCOMPARE(summary.events, 2);
    QCOMPARE(summary.annotations, 1);
    QCOMPARE(timestamps::toIsoUtc(summary.first), QStringLiteral("2026-03-14T13:00:00.123456Z"));
    QCOMPARE(timestamps::toIsoUtc(summary.last), QStringLiteral("2026-03-14T13:00:01.000007Z"));
    QCOMPARE(
        reopened.scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'second'"))
            .toInt(),
        1);
}

void TestReviewStore::migratesVersion1Documents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.faultless"));
    QString error;
    QVERIFY2(ReviewStore::createAtVersion(path, 1, &error), qPrintable(error));
    {
        ReviewStore raw;
        // Version 1 data written as version 1 would have: a question with its single answer.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('title', 'Old review')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sources(id, name, kind, format, imported_at) VALUES(1, 'a', 'log', 'jsonl', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events(id, instant, kind, text, actor, source_id) "
                                      "VALUES(1, 1000, 0, 'old event', 'ravi', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO questions(text, status, answer, author, created) "
                                      "VALUES('Who knew?', 'explored', 'Nobody did', 'dana', 5)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    ReviewStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), schema::currentVersion());
    QCOMPARE(store.title(), QStringLiteral("Old review"));
    QCOMPARE(store.scalar(QStringLiteral("SELECT text FROM events WHERE id = 1")).toString(),
        QStringLiteral("old event"));
    // The v2 columns exist with their defaults, and the single answer became the first of several.
    QCOMPARE(store.scalar(QStringLiteral("SELECT manual FROM events WHERE id = 1")).toInt(), 0);
    QCOMPARE(
        store.scalar(QStringLiteral("SELECT clock_offset_us FROM sources WHERE id = 1")).toLongLong(), 0);
    QCOMPARE(store.scalar(QStringLiteral("SELECT text FROM question_answers")).toString(),
        QStringLiteral("Nobody did"));
    QCOMPARE(store.scalar(QStringLiteral("SELECT author FROM question_answers")).toString(),
        QStringLiteral("dana"));
    // Version 3 rebuilt the full-text index from the events: text and actor are both found.
    QCOMPARE(
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH '\"old event\"'"))
            .toInt(),
        1);
    QCOMPARE(
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'ravi'")).toInt(),
        1);
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'nobody'"))
                 .toInt(),
        0);
}

void TestReviewStore::migratesVersion3StepsToAuthoredSteps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.faultless"));
    QString error;
    QVERIFY2(ReviewStore::createAtVersion(path, 3, &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO narratives(id, title, author, created, edited)"
                                      " VALUES(1, 'On call', 'dana', 0, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO narrative_steps(id, narrative_id, position, text)"
                                      " VALUES(7, 1, 0, 'paged at night')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    ReviewStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), schema::currentVersion());
    QVERIFY(schema::currentVersion() >= 4);
    // The step is kept, with no author known rather than a made-up one.
    QCOMPARE(store.scalar(QStringLiteral("SELECT text FROM narrative_steps WHERE id = 7")).toString(),
        QStringLiteral("paged at night"));
    QCOMPARE(store.scalar(QStringLiteral("SELECT author FROM narrative_steps WHERE id = 7")).toString(),
        QString());
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM narrative_steps")).toInt(), 1);
}

void TestReviewStore::transactionRollsBackOnError()
{
    TempReview review;
    {
        ReviewStore::Transaction tx(review.store);
        QVERIFY(review.store.setMeta(QStringLiteral("summary"), QStringLiteral("half-written")));
        // A foreign-key violation: the annotation points at no event.
        QVERIFY(!review.store.exec(QStringLiteral(
            "INSERT INTO annotations(event_id, text, created, edited) VALUES(999, 'x', 0, 0)")));
        QVERIFY(!review.store.errorString().isEmpty());
        // no commit: the destructor rolls back
    }
    QCOMPARE(review.store.meta(QStringLiteral("summary")), QString());
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT COUNT(*) FROM annotations")).toInt(), 0);
}

void TestReviewStore::nestedTransactionsUseSavepoints()
{
    TempReview review;
    ReviewStore::Transaction outer(review.store);
    review.store.setMeta(QStringLiteral("a"), QStringLiteral("kept"));
    {
        ReviewStore::Transaction inner(review.store);
        review.store.setMeta(QStringLiteral("b"), QStringLiteral("dropped"));
    }
    QVERIFY(outer.commit());
    QCOMPARE(review.store.meta(QStringLiteral("a")), QStringLiteral("kept"));
    QCOMPARE(review.store.meta(QStringLiteral("b")), QString());
}

void TestReviewStore::refusesForeignFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("{\"ts\": \"2024-01-01T00:00:00Z\"}\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite database");
    QByteArray truncated("SQLite format 3\0", 16);
    truncated.append(QByteArray(40, '\x01'));
    QTest::newRow("truncated database") << truncated << QStringLiteral("damaged");
}

void TestReviewStore::refusesForeignFilesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.faultless"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileHash(path);
    ReviewStore store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestReviewStore::refusesNewerSchema()
{
    TempReview review;
    QVERIFY(review.store.exec(QStringLiteral("PRAGMA user_version=%1").arg(schema::currentVersion() + 5)));
    review.store.close();
    QFile::remove(review.path + QStringLiteral("-wal"));
    const QByteArray before = fileHash(review.path);
    ReviewStore store;
    QVERIFY(!store.open(review.path));
    QVERIFY2(
        store.errorString().contains(QStringLiteral("newer Faultless")), qPrintable(store.errorString()));
    QCOMPARE(fileHash(review.path), before);

    // A plain SQLite database of another application is refused too.
    const QString foreign = review.dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QVERIFY(!store.open(foreign));
    QVERIFY2(store.errorString().contains(QStringLiteral("not a Faultless review document")),
        qPrintable(store.errorString()));
}

void TestReviewStore::createRefusesExistingFile()
{
    TempReview review;
    ReviewStore other;
    QVERIFY(!other.create(review.path));
    QVERIFY(other.errorString().contains(QStringLiteral("already exists")));
}

void TestReviewStore::tellsTheDocumentsOwnFiles_data()
{
    QTest::addColumn<QString>("name"); // in the review's folder; "review.faultless" is the review
    QTest::addColumn<bool>("own");
    QTest::newRow("the review") << QStringLiteral("review.faultless") << true;
    QTest::newRow("its -wal") << QStringLiteral("review.faultless-wal") << true;
    QTest::newRow("its -shm") << QStringLiteral("review.faultless-shm") << true;
    QTest::newRow("a symbolic link to it") << QStringLiteral("link.log") << true;
    QTest::newRow("a hard link to it") << QStringLiteral("hard.log") << true;
    QTest::newRow("another file") << QStringLiteral("app.log") << false;
    QTest::newRow("a missing file") << QStringLiteral("missing.log") << false;
}

void TestReviewStore::tellsTheDocumentsOwnFiles()
{
    // Importers and the archive must never open these outside SQLite: closing a descriptor of
    // them drops every lock this process holds on the review.
    QFETCH(QString, name);
    QFETCH(bool, own);
    TempReview review; // open: its -wal and -shm exist
    const QDir folder(review.dir.path());
    QVERIFY(QFile::exists(review.path + QStringLiteral("-wal")));
    QVERIFY(QFile::link(review.path, folder.filePath(QStringLiteral("link.log"))));
    QVERIFY(::link(QFile::encodeName(review.path).constData(),
                QFile::encodeName(folder.filePath(QStringLiteral("hard.log"))).constData())
        == 0);
    QFile other(folder.filePath(QStringLiteral("app.log")));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("line\n") == 5);
    other.close();
    QCOMPARE(ReviewStore::isDocumentFile(folder.filePath(name), review.path), own);
}

void TestReviewStore::killedWriterLosesNothingCommitted()
{
    // A child process commits edits one by one and is killed mid-write; what it committed must
    // all be there, and the document must pass an integrity check.
    TempReview review;
    review.store.close();
    QProcess writer;
    // sqlite3 as an independent writer: commits 2000 small transactions, one row each.
    QString script;
    for (int i = 0; i < 2000; ++i)
        script += QStringLiteral("INSERT INTO meta(key, value) VALUES('k%1', 'v');\n").arg(i);
    writer.start(QStringLiteral("sqlite3"), { review.path });
    if (!writer.waitForStarted())
        QSKIP("sqlite3 shell not installed");
    writer.write(script.toUtf8());
    QTest::qWait(150);
    writer.kill();
    writer.waitForFinished();

    ReviewStore store;
    QVERIFY2(store.open(review.path), qPrintable(store.errorString()));
    QCOMPARE(store.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const int rows = store.scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'k%'")).toInt();
    // Each statement was its own transaction: rows k0..k(n-1) are all present, none missing.
    QCOMPARE(
        store
            .scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM meta WHERE key LIKE 'k%' AND CAST(substr(key, 2) AS INTEGER) < ?"),
                { rows })
            .toInt(),
        rows);
}

void TestReviewStore::eventWriterSkipsDuplicatesAndKeepsRepeats()
{
    TempReview review;
    const Instant t = timestamps::fromCivilUtc(2026, 1, 1, 0, 0, 0, 0);
    const qint64 first = insertSource(review.store, QStringLiteral("a"));
    {
        EventWriter writer(review.store, first);
        QVERIFY(writer.begin(nullptr));
        // The same line twice at the same instant is two real events (a retry loop logs like that).
        writer.addEvent(makeEvent(t, "retrying"));
        writer.addEvent(makeEvent(t, "retrying"));
        writer.addEvent(makeEvent(t + 1, "done"));
        QVERIFY(writer.finish(nullptr));
        QCOMPARE(writer.accepted(), 3);
    }
    // The same file again (same name and path), grown since: both repeats and the last line
    // are already there; one line is new.
    const qint64 second = insertSource(review.store, QStringLiteral("a"));
    EventWriter writer(review.store, second);
    QVERIFY(writer.begin(nullptr));
    writer.addEvent(makeEvent(t, "retrying"));
    writer.addEvent(makeEvent(t, "retrying"));
    writer.addEvent(makeEvent(t + 1, "done"));
    writer.addEvent(makeEvent(t + 2, "new line"));
    writer.addRejected({ 7, 80, QStringLiteral("no timestamp"), QByteArray("garbage") });
    QVERIFY(writer.finish(nullptr));
    QCOMPARE(writer.accepted(), 1);
    QCOMPARE(writer.duplicates(), 3);
    QCOMPARE(writer.rejected(), 1);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT COUNT(*) FROM events")).toInt(), 4);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT reason FROM rejects WHERE line = 7")).toString(),
        QStringLiteral("no timestamp"));
}

// A re-imported Faultless events export says which events a reviewer added by hand.
void TestReviewStore::eventWriterKeepsManualFlag()
{
    TempReview review;
    const qint64 source = insertSource(review.store, QStringLiteral("events.jsonl"));
    EventWriter writer(review.store, source);
    QVERIFY(writer.begin(nullptr));
    EventRecord recorded = makeEvent(timestamps::fromCivilUtc(2026, 3, 14, 13, 0, 0, 0), "recorded");
    EventRecord byHand
        = makeEvent(timestamps::fromCivilUtc(2026, 3, 14, 13, 5, 0, 0), "phone call with the vendor");
    byHand.manual = true;
    writer.addEvent(std::move(recorded));
    writer.addEvent(std::move(byHand));
    QVERIFY(writer.finish(nullptr));
    QCOMPARE(
        review.store.scalar(QStringLiteral("SELECT manual FROM events WHERE text = 'recorded'")).toInt(), 0);
    QCOMPARE(
        review.store.scalar(QStringLiteral("SELECT manual FROM events WHERE text LIKE 'phone%'")).toInt(), 1);
    QCOMPARE(
        review.store.scalar(QStringLiteral("SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH 'vendor'"))
            .toInt(),
        1);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
