// Opening review documents that are damaged: truncated at many points, with bits flipped in the
// header and in the pages, foreign SQLite files, documents from a newer Faultless, and things
// that are not databases at all. Each must be refused with a message naming the file, leaving
// the file byte for byte as it was, or (where the damage hits bytes SQLite does not need) open
// into a document that reads without a crash. Nothing may crash either way.
#include "killloop.h"

#include "commands/eventcommands.h"
#include "document/reviewdocument.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace faultless::model;

namespace {

enum class Damage { Truncate, FlipBit, Replace };
enum class Expect { Refused, OpensOrRefused };
constexpr qint64 Page = 16384; // ReviewStore::create's page size

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(Expect)

class TestDamagedDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openDamaged_data();
    void openDamaged();
    void foreignAndNewerFilesAreRefusedUntouched_data();
    void foreignAndNewerFilesAreRefusedUntouched();
    void garbageWalBesideAGoodDocumentIsIgnored();
    void foreignWalBesideAGoodDocumentOpensReadOnly();
    void walOfAnotherReviewIsNamedInTheRefusal();
    void alteredSchemaIsRefused_data();
    void alteredSchemaIsRefused();
    void writeVersionAboveTwoOpensReadOnly();
    void readOnlyFileOrFolderRefusesImport_data();
    void readOnlyFileOrFolderRefusesImport();

private:
    // A write-ahead log of another database: `pageSize` bytes a page, committed rows not yet
    // copied into that database, as a killed writer leaves it.
    QByteArray foreignWal(const QString &name, int pageSize, bool faultless);
    void checkRefusedOrReadable(const QString &path, const QByteArray &bytes, Expect expect);

    QTemporaryDir m_dir;
    QByteArray m_good; // a real document: events from an import, annotations, tags
    qint64 m_goodEvents = 0;
};

void TestDamagedDocuments::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("good.faultless"));
    const QString log = m_dir.filePath(QStringLiteral("api.jsonl"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1500; ++i) {
            f.write(QStringLiteral(
                "{\"timestamp\":\"2024-03-05T10:%1:%2Z\",\"level\":\"%3\",\"service\":\"api-%4\","
                "\"msg\":\"GET /orders/%5 took %6 ms\"}\n")
                        .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 9 == 0 ? QStringLiteral("warn") : QStringLiteral("info"))
                        .arg(i % 4)
                        .arg(i)
                        .arg((i * 13) % 700)
                        .toUtf8());
        }
    }
    {
        ReviewStore store;
        QVERIFY2(store.create(path, QStringLiteral("Checkout latency"), QStringLiteral("Europe/Berlin")),
            qPrintable(store.errorString()));
        ImporterRegistry registry;
        ImportRequest request;
        request.path = log;
        const ImportResult result = ImportJob::run(store, registry, request);
        QCOMPARE(result.status, ImportResult::Status::Imported);
        m_goodEvents = result.accepted;
        QVERIFY(m_goodEvents == 1500);
        for (int i = 1; i <= 40; ++i) {
            QVERIFY(
                store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, edited)"
                                          " VALUES(?, 'dana', ?, 0, 0)"),
                    { i * 30, QStringLiteral("The retry budget was exhausted here (%1)").arg(i) }));
        }
        QVERIFY(store.exec(QStringLiteral("INSERT INTO tags(name) VALUES('latency')")));
        QVERIFY(store.exec(QStringLiteral(
            "INSERT INTO event_tags(event_id, tag_id) SELECT id, 1 FROM events WHERE id % 50 = 0")));
    }
    // Closing the last connection checkpoints the WAL: the main file is the whole document.
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    m_good = readAll(path);
    QVERIFY(m_good.size() > 16 * Page);
    // The offsets below are in pages of the size new documents get (header bytes 16-17).
    QCOMPARE((quint8(m_good.at(16)) << 8) | quint8(m_good.at(17)), int(Page));
}

void TestDamagedDocuments::openDamaged_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<qint64>(
        "where"); // byte count (truncate) or offset (flip, replace); < 0 counts from the end
    QTest::addColumn<Expect>("expect");

    // Truncation: every cut that loses pages or the header must be noticed.
    for (qint64 at : { 0ll, 10ll, 16ll, 99ll, 100ll, 1024ll, Page, Page + 1, 3 * Page, -Page })
        QTest::addRow("truncated to %lld", at) << Damage::Truncate << at << Expect::Refused;
    // The last byte of the last page is free space: SQLite reads the short page zero-filled, and
    // nothing is lost.
    QTest::newRow("last byte cut") << Damage::Truncate << qint64(-1) << Expect::OpensOrRefused;
    QTest::newRow("truncated to half") << Damage::Truncate << qint64(-1000000) << Expect::Refused;

    // Bit flips in the header fields SQLite checks, and in our own identification fields.
    QTest::newRow("flip: magic string") << Damage::FlipBit << qint64(3) << Expect::Refused;
    QTest::newRow("flip: page size") << Damage::FlipBit << qint64(16) << Expect::Refused;
    // A write version above 2 makes SQLite open the file read-only; edits then fail with a
    // reported error (see checkRefusedOrReadable).
    QTest::newRow("flip: write version") << Damage::FlipBit << qint64(18) << Expect::OpensOrRefused;
    QTest::newRow("flip: payload fraction") << Damage::FlipBit << qint64(21) << Expect::Refused;
    QTest::newRow("flip: schema format") << Damage::FlipBit << qint64(47) << Expect::Refused;
    QTest::newRow("flip: user_version high byte") << Damage::FlipBit << qint64(60) << Expect::Refused;
    QTest::newRow("flip: application_id") << Damage::FlipBit << qint64(71) << Expect::Refused;
    // Bit flips in b-tree pages: page 1's header, page 2's header, the schema table's cells.
    QTest::newRow("flip: page 1 b-tree type") << Damage::FlipBit << qint64(100) << Expect::Refused;
    QTest::newRow("flip: page 2 b-tree type") << Damage::FlipBit << Page << Expect::Refused;
    QTest::newRow("flip: page 3 cell count")
        << Damage::FlipBit << qint64(2 * Page + 4) << Expect::OpensOrRefused;
    QTest::newRow("flip: schema text") << Damage::FlipBit << qint64(4000) << Expect::OpensOrRefused;
    QTest::newRow("flip: middle page header")
        << Damage::FlipBit << qint64(-1000000 - 0) << Expect::OpensOrRefused;
    QTest::newRow("flip: last page") << Damage::FlipBit << qint64(-100) << Expect::OpensOrRefused;
    // A whole page overwritten (a bad sector, a sync tool's partial write).
    QTest::newRow("zeroed page 2") << Damage::Replace << Page << Expect::Refused;
    QTest::newRow("zeroed middle page") << Damage::Replace << qint64(-1000000) << Expect::OpensOrRefused;
}

void TestDamagedDocuments::openDamaged()
{
    QFETCH(Damage, damage);
    QFETCH(qint64, where);
    QFETCH(Expect, expect);

    QByteArray bytes = m_good;
    const qint64 size = bytes.size();
    // -1000000 stands for "the middle, on a page boundary"; other negatives count from the end.
    qint64 at = where == -1000000 ? (size / 2 / Page) * Page : (where < 0 ? size + where : where);
    switch (damage) {
    case Damage::Truncate:
        if (where == -1000000)
            at = size / 2;
        bytes.truncate(at);
        break;
    case Damage::FlipBit:
        bytes[at] = char(bytes[at] ^ 0x10);
        break;
    case Damage::Replace:
        bytes.replace(at, Page, QByteArray(Page, '\0'));
        break;
    }
    QVERIFY(bytes != m_good);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.faultless")
                                            .arg(QString::fromLatin1(QTest::currentDataTag())
                                                     .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                     .remove(QLatin1Char(':'))));
    QVERIFY(writeAll(path, bytes));
    checkRefusedOrReadable(path, bytes, expect);
}

void TestDamagedDocuments::checkRefusedOrReadable(const QString &path, const QByteArray &bytes, Expect expect)
{
    const QByteArray hashBefore = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    bool opened = false;
    {
        ReviewDocument document;
        opened = document.open(path);
        if (!opened) {
            // A message that names the file, so the user knows which one is damaged.
            QVERIFY2(document.errorString().contains(path), qPrintable(document.errorString()));
        } else {
            QVERIFY2(expect == Expect::OpensOrRefused, "a damaged document opened as if it were sound");
            // Opened: what the window reads first must work on whatever survived.
            const ReviewSummary summary = ReviewSummary::read(document.store());
            QVERIFY(summary.events <= m_goodEvents);
            QVERIFY(document.timeline().size() <= m_goodEvents);
            // An edit is either saved or reported, never silently lost (a read-only document).
            if (!document.timeline().isEmpty()) {
                const qint64 eventId = document.timeline().eventId(0);
                const int errorsBefore = document.errorCount();
                if (commands::addAnnotation(document, eventId, QStringLiteral("still here?")) > 0)
                    QCOMPARE(document.store()
                                 .scalar(QStringLiteral(
                                     "SELECT COUNT(*) FROM annotations WHERE text = 'still here?'"))
                                 .toInt(),
                        1);
                else
                    QVERIFY(document.errorCount() > errorsBefore);
            }
        }
    }
    if (!opened) {
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hashBefore);
        // The CLI reports the same as one line on stderr and exit code 2 ("nothing done").
        const auto cli = faultless::tests::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.trimmed().count('\n') == 0 && cli.err.contains(path.toUtf8()), cli.err.constData());
        QVERIFY(cli.out.isEmpty());
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hashBefore);
    }
}

void TestDamagedDocuments::foreignAndNewerFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain text") << QStringLiteral("text");
    QTest::newRow("zeros") << QStringLiteral("zeros");
    QTest::newRow("random bytes after an SQLite magic") << QStringLiteral("magic+random");
    QTest::newRow("foreign SQLite database") << QStringLiteral("foreign");
    QTest::newRow("newer Faultless document") << QStringLiteral("newer");
}

void TestDamagedDocuments::foreignAndNewerFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(QStringLiteral("other-%1.faultless").arg(kind));
    QFile::remove(path);
    if (kind == QLatin1String("text")) {
        QVERIFY(writeAll(path, "timestamp,service,message\n2024-03-05T10:00:00Z,api,started\n"));
    } else if (kind == QLatin1String("zeros")) {
        QVERIFY(writeAll(path, QByteArray(64 * 1024, '\0')));
    } else if (kind == QLatin1String("magic+random")) {
        QByteArray bytes("SQLite format 3\0", 16);
        QRandomGenerator random(42);
        for (int i = 0; i < 8192; ++i)
            bytes.append(char(random.bounded(256)));
        QVERIFY(writeAll(path, bytes));
    } else if (kind == QLatin1String("foreign")) {
        // Another application's SQLite file (a browser's history, a notes app).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO urls(url) VALUES('https://example.org/')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (kind == QLatin1String("newer")) {
        QByteArray bytes = m_good;
        // user_version is the big-endian 32-bit integer at offset 60 of the header.
        const quint32 newer = quint32(schema::currentVersion() + 1);
        bytes[60] = char(newer >> 24);
        bytes[61] = char(newer >> 16);
        bytes[62] = char(newer >> 8);
        bytes[63] = char(newer);
        QVERIFY(writeAll(path, bytes));
    }
    const QByteArray bytes = readAll(path);
    checkRefusedOrReadable(path, bytes, Expect::Refused);
    if (kind == QLatin1String("newer")) {
        ReviewStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QLatin1String("newer")), qPrintable(store.errorString()));
    }
}

void TestDamagedDocuments::garbageWalBesideAGoodDocumentIsIgnored()
{
    // A write-ahead log that is not SQLite's (a sync tool's conflict copy renamed, a partial copy)
    // fails SQLite's checksums and is ignored: the document opens with everything it held.
    const QString path = m_dir.filePath(QStringLiteral("with-garbage-wal.faultless"));
    QVERIFY(writeAll(path, m_good));
    QByteArray wal(32 * 1024, '\0');
    QRandomGenerator random(7);
    for (char &c : wal)
        c = char(random.bounded(256));
    QVERIFY(writeAll(path + QLatin1String("-wal"), wal));
    ReviewDocument document;
    QVERIFY2(document.open(path), qPrintable(document.errorString()));
    QCOMPARE(qint64(document.timeline().size()), m_goodEvents);
    QCOMPARE(document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM annotations")).toInt(), 40);
    QCOMPARE(
        document.store().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QByteArray TestDamagedDocuments::foreignWal(const QString &name, int pageSize, bool faultless)
{
    const QString path = m_dir.filePath(name);
    ReviewStore review;
    QSqlDatabase db;
    const QString connection = QStringLiteral("wal-") + name;
    if (faultless) {
        if (!review.create(path, QStringLiteral("Another review")))
            return {};
        db = review.database();
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
    }
    QByteArray wal;
    {
        QSqlQuery q(db);
        if (!faultless && !q.exec(QStringLiteral("PRAGMA page_size=%1").arg(pageSize)))
            return {};
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
            || !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))
            || !q.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")))
            return {};
        for (int i = 0; i < 200; ++i)
            q.exec(QStringLiteral("INSERT INTO notes(text) VALUES('note %1 of the other database')").arg(i));
        // Read while the connection is open, before closing checkpoints the log away. (SQLite
        // keeps no lock on the -wal itself, so this read drops none; a throwaway database anyway.)
        wal = readAll(path + QLatin1String("-wal"));
    }
    if (faultless) {
        db = {};
        review.close();
    } else {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connection);
    }
    return wal;
}

void TestDamagedDocuments::foreignWalBesideAGoodDocumentOpensReadOnly()
{
    // A valid log of another database (4 KiB pages, SQLite's default) beside a good document, as
    // a copy from another folder or a sync tool leaves it. SQLite cannot tell it is foreign and
    // would read the other database's pages as this document's; a log whose pages have another
    // size than the document's cannot be its own. The review opens read-only from its own file,
    // says why, and neither file is touched.
    const QByteArray wal = foreignWal(QStringLiteral("other-app.sqlite"), 4096, false);
    QVERIFY(wal.size() > 32 * 4096);
    const QString path = m_dir.filePath(QStringLiteral("with-foreign-wal.faultless"));
    QVERIFY(writeAll(path, m_good));
    QVERIFY(writeAll(path + QLatin1String("-wal"), wal));
    {
        ReviewDocument document;
        QVERIFY2(document.open(path), qPrintable(document.errorString()));
        QVERIFY(document.isReadOnly());
        QVERIFY2(document.readOnlyReason().contains(path + QLatin1String("-wal")),
            qPrintable(document.readOnlyReason()));
        QCOMPARE(qint64(document.timeline().size()), m_goodEvents);
        QCOMPARE(document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM annotations")).toInt(), 40);
        QCOMPARE(document.store().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
        QSignalSpy errors(&document, &ReviewDocument::errorOccurred);
        QCOMPARE(commands::addAnnotation(document, 1, QStringLiteral("Cannot be saved")), qint64(0));
        QVERIFY(errors.count() >= 1);
    }
    const auto info = faultless::tests::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QVERIFY2(info.out.contains("\"events\":1500"), info.out.constData());
    const auto import = faultless::tests::runCli(
        { QStringLiteral("import"), path, m_dir.filePath(QStringLiteral("api.jsonl")) });
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(path.toUtf8()), import.err.constData());
    QVERIFY(readAll(path) == m_good);
    QVERIFY(readAll(path + QLatin1String("-wal")) == wal);
}

void TestDamagedDocuments::walOfAnotherReviewIsNamedInTheRefusal()
{
    // The log of another review has pages of the same size: SQLite reads it as this document's,
    // and what comes out is damaged. That cannot be told from real damage, but the refusal
    // points at the -wal, which the user can move away; nothing is written.
    const QByteArray wal = foreignWal(QStringLiteral("another.faultless"), 16384, true);
    QVERIFY(wal.size() > 2 * Page);
    const QString path = m_dir.filePath(QStringLiteral("with-review-wal.faultless"));
    QVERIFY(writeAll(path, m_good));
    QVERIFY(writeAll(path + QLatin1String("-wal"), wal));
    ReviewDocument document;
    QVERIFY2(!document.open(path), "the other review's log was taken for this document's");
    QVERIFY2(
        document.errorString().contains(path + QLatin1String("-wal")), qPrintable(document.errorString()));
    QVERIFY(readAll(path) == m_good);
    QVERIFY(readAll(path + QLatin1String("-wal")) == wal);
}

void TestDamagedDocuments::alteredSchemaIsRefused_data()
{
    QTest::addColumn<QStringList>("statements"); // run on a copy of the good document
    QTest::addColumn<QString>("object"); // the object the refusal must name
    const QString endless
        = QStringLiteral("WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever)");
    QTest::newRow("live_events: an endless recursive query") << QStringList {
        QStringLiteral("DROP VIEW live_events"),
        QStringLiteral("CREATE VIEW live_events AS %1 SELECT e.* FROM events e, forever").arg(endless)
    } << QStringLiteral("live_events");
    QTest::newRow("events_search (the full-text content): an endless query") << QStringList {
        QStringLiteral("DROP VIEW events_search"),
        QStringLiteral("CREATE VIEW events_search AS %1 SELECT e.id, e.text AS body FROM events e, forever")
            .arg(endless)
    } << QStringLiteral("events_search");
    QTest::newRow("a trigger that deletes every event") << QStringList {
        QStringLiteral("CREATE TRIGGER tidy AFTER INSERT ON annotations BEGIN DELETE FROM events; END")
    } << QStringLiteral("tidy");
    QTest::newRow("an index dropped")
        << QStringList { QStringLiteral("DROP INDEX events_source") } << QStringLiteral("events_source");
}

void TestDamagedDocuments::alteredSchemaIsRefused()
{
    // A document whose views or triggers are not ours: every read goes through them (a view
    // rewritten into an endless recursive query hung every read), so it is refused on opening,
    // naming the object, before anything reads through it.
    QFETCH(QStringList, statements);
    QFETCH(QString, object);
    const QString path = m_dir.filePath(QStringLiteral("altered-%1.faultless").arg(object));
    QVERIFY(writeAll(path, m_good));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : std::as_const(statements))
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    const QByteArray bytes = readAll(path);
    {
        ReviewStore store;
        QVERIFY2(!store.open(path), "an altered document opened");
        QVERIFY2(store.errorString().contains(path)
                && store.errorString().contains(QLatin1Char('"') + object + QLatin1Char('"')),
            qPrintable(store.errorString()));
    }
    checkRefusedOrReadable(path, bytes, Expect::Refused);
}

void TestDamagedDocuments::writeVersionAboveTwoOpensReadOnly()
{
    // Header byte 18 above 2: SQLite may read the file but must not write it. The document opens
    // read-only and says so, no edit even tries to write (PRAGMA query_only), a failed edit is
    // reported, and the file stays byte for byte as it was. Unlike file permissions this holds
    // for root too, so it is the read-only path every run of the suite exercises.
    const QString path = m_dir.filePath(QStringLiteral("write-version-3.faultless"));
    QByteArray bytes = m_good;
    bytes[18] = 3;
    QVERIFY(writeAll(path, bytes));
    {
        ReviewDocument document;
        QVERIFY2(document.open(path), qPrintable(document.errorString()));
        QVERIFY(document.isReadOnly());
        QVERIFY2(document.readOnlyReason().contains(path), qPrintable(document.readOnlyReason()));
        QCOMPARE(qint64(document.timeline().size()), m_goodEvents);
        QCOMPARE(document.store().scalar(QStringLiteral("PRAGMA query_only")).toInt(), 1);
        QSignalSpy errors(&document, &ReviewDocument::errorOccurred);
        QCOMPARE(commands::addAnnotation(document, 1, QStringLiteral("Cannot be saved")), qint64(0));
        QVERIFY(errors.count() >= 1);
    }
    QVERIFY(readAll(path) == bytes);

    // The CLI refuses an import before reading anything: exit 2, one line naming the file.
    const auto cli = faultless::tests::runCli(
        { QStringLiteral("import"), path, m_dir.filePath(QStringLiteral("api.jsonl")) });
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(cli.err.contains(path.toUtf8()) && cli.err.contains("read"), cli.err.constData());
    QCOMPARE(cli.err.count('\n'), 1);
    QVERIFY(readAll(path) == bytes);

    // A writable document is not read-only.
    const QString good = m_dir.filePath(QStringLiteral("writable.faultless"));
    QVERIFY(writeAll(good, m_good));
    ReviewDocument writable;
    QVERIFY2(writable.open(good), qPrintable(writable.errorString()));
    QVERIFY(!writable.isReadOnly());
    QCOMPARE(writable.store().scalar(QStringLiteral("PRAGMA query_only")).toInt(), 0);
}

void TestDamagedDocuments::readOnlyFileOrFolderRefusesImport_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("file mode 0444") << false;
    QTest::newRow("folder mode 0555") << true;
}

void TestDamagedDocuments::readOnlyFileOrFolderRefusesImport()
{
    // File permissions do not stop root, and the suite may run as root (CI containers): then the
    // CLI runs as the unprivileged user "nobody" (setpriv), for whom the permissions hold.
    QFETCH(bool, folderReadOnly);
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root && setpriv.isEmpty())
        QSKIP("running as root, whom file permissions do not stop, and setpriv is not installed to drop to "
              "nobody");
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString folder = base.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/readonly.faultless");
    const QString log = base.filePath(QStringLiteral("api.jsonl"));
    QVERIFY(writeAll(path, m_good));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("api.jsonl")), log));
    const QFileDevice::Permissions readable
        = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions browsable
        = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(base.path(), browsable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(log, readable));
    if (root) {
        // nobody owns the file (writable when the folder is the read-only part) and the folder
        // (writable when the file is): the one thing that is read-only is the one under test.
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        QVERIFY(::chown(QFile::encodeName(folder).constData(), folderReadOnly ? 0 : 65534, 65534) == 0);
    }
    QVERIFY(QFile::setPermissions(path, folderReadOnly ? readable | QFileDevice::WriteOwner : readable));
    QVERIFY(QFile::setPermissions(folder, folderReadOnly ? browsable : browsable | QFileDevice::WriteOwner));
    const QByteArray before = readAll(path);

    // Runs `program` as the user the permissions are meant for.
    auto run = [&](const QString &program, const QStringList &arguments) {
        QProcess process;
        if (root)
            process.start(setpriv,
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral("--"), program }
                    + arguments);
        else
            process.start(program, arguments);
        process.waitForFinished(120000);
        return std::make_tuple(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError());
    };
    auto cli
        = [&](const QStringList &arguments) { return run(QStringLiteral(FAULTLESS_CLI_PATH), arguments); };
    const auto [importCode, importOut, importErr] = cli({ QStringLiteral("import"), path, log });
    QCOMPARE(importCode, 2);
    QVERIFY2(importErr.contains(path.toUtf8()) && importErr.contains("read-only"), importErr.constData());
    QVERIFY(readAll(path) == before);

    // Reading still works, in a read-only folder too (there SQLite cannot create the -shm it
    // needs, and the file alone is the whole document): info answers as for any document.
    const auto [infoCode, infoOut, infoErr] = cli({ QStringLiteral("info"), path, QStringLiteral("--json") });
    QVERIFY2(infoCode == 0, infoErr.constData());
    QVERIFY2(infoOut.contains("\"events\":1500"), infoOut.constData());
    QVERIFY(readAll(path) == before);

    // The window opens it read-only and says why, naming the file.
    const auto [openCode, openOut, openErr]
        = run(faultless::tests::toolPath(QStringLiteral("opendocument")), { path });
    QVERIFY2(openCode == 0, openErr.constData());
    QVERIFY2(openOut.startsWith("opened 1500 read-only\n"), openOut.constData());
    QVERIFY2(openOut.contains(path.toUtf8()) && openOut.contains("read-only"), openOut.constData());
    QVERIFY(readAll(path) == before);
    if (folderReadOnly)
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")) && !QFile::exists(path + QLatin1String("-shm")));
    // Let QTemporaryDir clean up.
    QFile::setPermissions(folder, browsable | QFileDevice::WriteOwner);
}

QTEST_GUILESS_MAIN(TestDamagedDocuments)
#include "tst_damageddocuments.moc"
