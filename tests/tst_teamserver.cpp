// Reviews on a team server: a real PostgreSQL, never a mock. scripts/run-tests.sh runs the suite
// inside pg_virtualenv, which starts a throwaway cluster and sets PGHOST, PGPORT, PGUSER,
// PGPASSWORD and PGDATABASE; with FAULTLESS_REQUIRE_SERVER=1 (as there) a missing server fails
// the server tests instead of skipping them. The address and copy-format tests need no server.
#include "testsupport.h"

#include "document/demoreview.h"
#include "store/pgcopy.h"
#include "store/reviewstore.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serverschema.h"
#include "store/serverwatcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <csignal>

using namespace faultless::model;
using faultless::tests::freshReviewName;
using faultless::tests::runCli;
using faultless::tests::serverAddress;

namespace {

// Every row of every table of a local review, with each value's SQLite type, in a stable order:
// what a round trip through the server must give back unchanged.
QStringList everyRow(const QString &path)
{
    QStringList rows;
    ReviewStore store;
    if (!store.open(path))
        return { QStringLiteral("cannot open ") + path };
    for (const QString &table : serverschema::tablesInCopyOrder()) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList tableRows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                fields.append(v.isNull() ? QStringLiteral("NULL")
                                         : QString::fromLatin1(v.typeName()) + QLatin1Char(':')
                            + (v.typeId() == QMetaType::QByteArray
                                    ? QString::fromLatin1(v.toByteArray().toHex())
                                    : v.toString()));
            }
            tableRows.append(table + QLatin1Char('|') + fields.join(QLatin1Char('|')));
        }
        tableRows.sort();
        rows += tableRows;
    }
    return rows;
}

// A word of the review's first event: something a search finds.
QString searchWord(const ReviewStore &store)
{
    const QString text
        = store.scalar(QStringLiteral("SELECT text FROM events ORDER BY id LIMIT 1")).toString();
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    return word.match(text).captured();
}

} // namespace

class TestTeamServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addressesParse_data();
    void addressesParse();
    void passwordsStayOutOfAddresses();
    void copyFormatRoundTrip_data();
    void copyFormatRoundTrip();
    void copyFormatRefusesWhatItCannotHold();
    void copyFormatIntegersOnlyInTheirPlainestForm();

    void publishAndPullKeepEveryRow();
    void secondPublishOfOneNameIsRefused();
    void twoPublishersOfOneNameGiveOneReview();
    void killedPublishLeavesNoReview();
    void aCancelledPullLeavesNoFile();
    void cliReadsAServerReviewAsAFile();
    void unreachableServerIsAClearError();
    void anEditReachesAnotherConnection();
    void watcherCatchesUpAfterTheServerRestarts();
    void rolesDecideWhoWrites();
    void importIntoAServerReview();
    void whoIsHereFollowsTheConnections();
    void concurrentImportsLoseNothing();

private:
    bool needServer();
    QString publishDemo(const char *what, qint64 *reviewId);
    bool rawInsertAnnotation(qint64 reviewId, const QString &text);
    QString makeLargeReview(int events);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_word;
};

void TestTeamServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.faultless"));
    QString problems;
    QVERIFY(DemoReview::build(m_demo, &problems));
    // What the demo lacks, so that the round trip meets it: a reject's raw bytes that are not
    // text, and text with tabs, newlines, backslashes, quotes and characters beyond ASCII.
    ReviewStore store;
    QVERIFY(store.open(m_demo));
    const qint64 source = store.scalar(QStringLiteral("SELECT min(id) FROM sources")).toLongLong();
    QVERIFY(store.exec(QStringLiteral("INSERT INTO rejects(source_id, line, byte_offset, reason, raw)"
                                      " VALUES(?, 7, 120, 'not a record', ?)"),
        { source, QByteArray("\x00\x01\xff\t\n\\N\\x41", 10) }));
    const qint64 event = store.scalar(QStringLiteral("SELECT min(id) FROM events")).toLongLong();
    m_word = searchWord(store);
    QVERIFY(!m_word.isEmpty());
    QVERIFY(store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, edited)"
                                      " VALUES(?, 'Zoë', ?, 1, 2)"),
        { event, QStringLiteral("tab\there\nnew line \\N back\\slash \"quoted\" 日本 \r end") }));
}

bool TestTeamServer::needServer()
{
    if (!serverAddress(QStringLiteral("x")).isEmpty())
        return true;
    if (qEnvironmentVariableIntValue("FAULTLESS_REQUIRE_SERVER") == 1)
        qFatal("FAULTLESS_REQUIRE_SERVER=1 but no PostgreSQL server is set (PGHOST, PGDATABASE)");
    return false;
}

void TestTeamServer::addressesParse_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("review");
    QTest::addColumn<QString>("options");
    QTest::newRow("full") << "postgresql://ana@db.example:6543/reviews?review=INC-2041" << true
                          << "db.example" << 6543 << "INC-2041"
                          << "";
    QTest::newRow("short scheme, default port")
        << "postgres://db/reviews?review=a.b_c" << true << "db" << 0 << "a.b_c"
        << "";
    QTest::newRow("libpq option kept")
        << "postgresql://db/r?sslmode=require&review=x" << true << "db" << 0 << "x"
        << "sslmode=require";
    QTest::newRow("no review") << "postgresql://db/reviews" << false << "" << 0 << ""
                               << "";
    QTest::newRow("review with a slash") << "postgresql://db/r?review=a/b" << false << "" << 0 << ""
                                         << "";
    QTest::newRow("review starting with a dot") << "postgresql://db/r?review=.x" << false << "" << 0 << ""
                                                << "";
    QTest::newRow("review too long") << "postgresql://db/r?review=" + QString(49, QLatin1Char('a')) << false
                                     << "" << 0 << ""
                                     << "";
    QTest::newRow("misspelt option") << "postgresql://db/r?sslmod=require&review=x" << false << "" << 0 << ""
                                     << "";
    QTest::newRow("port out of range") << "postgresql://db:70000/r?review=x" << false << "" << 0 << ""
                                       << "";
    QTest::newRow("not a server") << "/home/ana/review.faultless" << false << "" << 0 << ""
                                  << "";
}

void TestTeamServer::addressesParse()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QString error;
    const auto location = ServerLocation::parse(address, &error);
    QCOMPARE(location.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, review);
    QFETCH(QString, options);
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->review(), review);
    QCOMPARE(location->connectOptions(), options);
    // What is shown and kept in recent files parses back to the same place.
    const auto again = ServerLocation::parse(location->toString(), &error);
    QVERIFY2(again.has_value(), qPrintable(error));
    QCOMPARE(again->toString(), location->toString());
}

void TestTeamServer::passwordsStayOutOfAddresses()
{
    QString error;
    QVERIFY(!ServerLocation::parse(QStringLiteral("postgresql://ana:secret@db/r?review=x"), &error));
    QVERIFY(error.contains(QLatin1String(".pgpass")));
    QVERIFY(!error.contains(QLatin1String("secret")));
    const auto r
        = runCli({ QStringLiteral("info"), QStringLiteral("postgresql://ana:secret@db/r?review=x") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains("secret"));
}

void TestTeamServer::copyFormatRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("checkout latency p99 2.4s");
    QTest::newRow("tab and newline") << QByteArray("a\tb\nc\rd");
    QTest::newRow("backslashes") << QByteArray("C:\\temp\\N \\\\ \\x41 \\101");
    QTest::newRow("looks like null") << QByteArray("\\N");
    QTest::newRow("utf-8") << QByteArray("Zoë 日本 ✓");
    QTest::newRow("empty") << QByteArray();
}

void TestTeamServer::copyFormatRoundTrip()
{
    QFETCH(QByteArray, text);
    QByteArray line;
    pgcopy::appendInteger(line, -42);
    QVERIFY(pgcopy::appendText(line, text.constData(), text.size()));
    pgcopy::appendNull(line);
    pgcopy::appendBytes(line, text.constData(), text.size());
    QVERIFY(!line.contains('\n'));
    const auto fields = pgcopy::parseLine(line.constData(), line.size());
    QVERIFY(fields.has_value());
    QCOMPARE(fields->size(), 4);
    QCOMPARE(fields->at(0).value, QByteArray("-42"));
    QCOMPARE(fields->at(1).null, false);
    QCOMPARE(fields->at(1).value, text);
    QCOMPARE(fields->at(2).null, true);
    QCOMPARE(pgcopy::decodeBytes(fields->at(3).value), std::optional<QByteArray>(text));
}

void TestTeamServer::copyFormatRefusesWhatItCannotHold()
{
    QByteArray line;
    QVERIFY(!pgcopy::appendText(line, "a\0b", 3)); // PostgreSQL's text holds no NUL
    QVERIFY(!pgcopy::parseLine("ends in \\", 9).has_value());
    QVERIFY(!pgcopy::parseLine("\\x", 2).has_value());
    QVERIFY(!pgcopy::decodeBytes(QByteArrayLiteral("\\x0")).has_value());
    QVERIFY(!pgcopy::decodeBytes(QByteArrayLiteral("\\xzz")).has_value());
    QVERIFY(!pgcopy::decodeBytes(QByteArrayLiteral("0a0b")).has_value());
    // PostgreSQL's own escapes of control characters and octal bytes.
    const auto fields = pgcopy::parseLine("\\b\\f\\v\\101\\x42", 14);
    QVERIFY(fields.has_value());
    QCOMPARE(fields->at(0).value, QByteArray("\b\f\vAB"));
}

// A pull binds plain integers as numbers and hands everything else to SQLite as text, which
// then converts it as it always did: nothing that is not exactly a number may pass as one.
void TestTeamServer::copyFormatIntegersOnlyInTheirPlainestForm()
{
    const auto parse = [](const char *text) { return pgcopy::parseInteger(text, qsizetype(qstrlen(text))); };
    QCOMPARE(parse("0"), std::optional<qint64>(0));
    QCOMPARE(parse("-42"), std::optional<qint64>(-42));
    QCOMPARE(parse("1741944600000000"), std::optional<qint64>(1741944600000000));
    QCOMPARE(parse("999999999999999999"), std::optional<qint64>(999999999999999999));
    QCOMPARE(parse("-999999999999999999"), std::optional<qint64>(-999999999999999999));
    // 19 digits may not fit in 64 bits: left to SQLite.
    QVERIFY(!parse("9223372036854775807").has_value());
    for (const char *other : { "", "-", "+1", " 1", "1 ", "1.0", "1e3", "0x10", "12a", "--1" })
        QVERIFY2(!parse(other).has_value(), other);
}

void TestTeamServer::publishAndPullKeepEveryRow()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("roundtrip"));
    auto r = runCli({ QStringLiteral("publish"), m_demo, address });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString back = m_dir.filePath(QStringLiteral("back.faultless"));
    r = runCli({ QStringLiteral("pull"), address, QStringLiteral("--output"), back });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QStringList before = everyRow(m_demo);
    const QStringList after = everyRow(back);
    QVERIFY(before.size() > 300);
    for (qsizetype i = 0; i < qMin(before.size(), after.size()); ++i)
        QCOMPARE(after.at(i), before.at(i));
    QCOMPARE(after.size(), before.size());
    // The pulled copy is a whole document: its search index was built from the pulled events.
    ReviewStore pulled;
    QVERIFY(pulled.open(back));
    const QString match
        = QStringLiteral("SELECT e.text || ' ' || coalesce(e.actor, '') FROM events_fts"
                         " JOIN events e ON e.id = events_fts.rowid WHERE events_fts MATCH ?");
    QSqlQuery q(pulled.database());
    QVERIFY(q.prepare(match));
    q.addBindValue(m_word);
    QVERIFY(q.exec());
    int found = 0;
    for (; q.next(); ++found)
        QVERIFY2(
            q.value(0).toString().contains(m_word, Qt::CaseInsensitive), qPrintable(q.value(0).toString()));
    QVERIFY(found > 0);
    // The counts per source and kind are made once from the copy (its triggers are off meanwhile):
    // exactly what counting the pulled events gives.
    const auto counts = [&pulled](const QString &sql) {
        QStringList rows;
        QSqlQuery c(pulled.database());
        c.exec(sql);
        while (c.next())
            rows << QStringLiteral("%1/%2/%3")
                        .arg(c.value(0).toLongLong())
                        .arg(c.value(1).toInt())
                        .arg(c.value(2).toLongLong());
        return rows;
    };
    const QStringList kept
        = counts(QStringLiteral("SELECT source_id, kind, events FROM event_counts ORDER BY 1, 2"));
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept,
        counts(QStringLiteral(
            "SELECT coalesce(source_id, 0), kind, count(*) FROM events GROUP BY 1, 2 ORDER BY 1, 2")));
}

void TestTeamServer::secondPublishOfOneNameIsRefused()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("twice"));
    QCOMPARE(runCli({ QStringLiteral("publish"), m_demo, address }).exitCode, 0);
    const QString empty = m_dir.filePath(QStringLiteral("empty.faultless"));
    QCOMPARE(runCli({ QStringLiteral("new"), empty }).exitCode, 0);
    const auto r = runCli({ QStringLiteral("publish"), empty, address });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("already a review"), r.err.constData());
    // The first review is untouched.
    const auto info = runCli({ QStringLiteral("info"), address, QStringLiteral("--json") });
    QCOMPARE(info.exitCode, 0);
    ReviewStore demo;
    QVERIFY(demo.open(m_demo));
    const qint64 events = demo.scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    QVERIFY2(info.out.contains(QStringLiteral("\"events\":%1,").arg(events).toUtf8()), info.out.constData());
}

void TestTeamServer::twoPublishersOfOneNameGiveOneReview()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("race"));
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(FAULTLESS_CLI_PATH), { QStringLiteral("publish"), m_demo, address });
    second.start(QStringLiteral(FAULTLESS_CLI_PATH), { QStringLiteral("publish"), m_demo, address });
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QList<int> codes { first.exitCode(), second.exitCode() };
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int> { 0, 2 }));
    const QString back = m_dir.filePath(QStringLiteral("race.faultless"));
    QCOMPARE(runCli({ QStringLiteral("pull"), address, QStringLiteral("--output"), back }).exitCode, 0);
    QCOMPARE(everyRow(back), everyRow(m_demo));
}

QString TestTeamServer::makeLargeReview(int events)
{
    const QString log = m_dir.filePath(QStringLiteral("large.jsonl"));
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray lines;
    for (int i = 0; i < events; ++i)
        lines
            += QStringLiteral("{\"ts\":\"2026-03-01T10:%1:%2.%3Z\",\"level\":\"info\",\"service\":\"svc%4\","
                              "\"msg\":\"request %5 handled\"}\n")
                   .arg((i / 60000) % 60, 2, 10, QLatin1Char('0'))
                   .arg((i / 1000) % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 1000, 3, 10, QLatin1Char('0'))
                   .arg(i % 7)
                   .arg(i)
                   .toUtf8();
    if (file.write(lines) != lines.size() || !file.flush())
        return {};
    file.close();
    const QString review = m_dir.filePath(QStringLiteral("large.faultless"));
    if (!QFileInfo::exists(review)
        && (runCli({ QStringLiteral("new"), review }).exitCode != 0
            || runCli({ QStringLiteral("import"), review, log }).exitCode != 0))
        return {};
    return review;
}

void TestTeamServer::killedPublishLeavesNoReview()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString large = makeLargeReview(400000);
    QVERIFY(!large.isEmpty());
    const QString name = freshReviewName("killed");
    const QString address = serverAddress(name);
    QSqlDatabase watcher = faultless::tests::serverConnection(QStringLiteral("watcher"));
    QVERIFY(watcher.isOpen());
    {
        QProcess publisher;
        publisher.start(QStringLiteral(FAULTLESS_CLI_PATH), { QStringLiteral("publish"), large, address });
        QVERIFY(publisher.waitForStarted());
        // Killed while the events are on their way: the server is then inside the COPY.
        bool copying = false;
        while (!copying && publisher.state() == QProcess::Running) {
            QSqlQuery q(watcher);
            q.exec(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %.events(%'"));
            copying = q.next() && q.value(0).toInt() > 0;
        }
        QVERIFY2(copying, "the publish ended before its events were copied");
        ::kill(pid_t(publisher.processId()), SIGKILL);
        QVERIFY(publisher.waitForFinished(30000));
        QCOMPARE(publisher.exitStatus(), QProcess::CrashExit);
    }
    // The server ends the killed client's transaction: no catalog row, no schema, no tables.
    QSqlQuery q(watcher);
    for (int tries = 0; tries < 600; ++tries) {
        q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %.events(%'"
                              " AND pid <> pg_backend_pid()"));
        if (q.next() && q.value(0).toInt() == 0)
            break;
        QTest::qWait(100);
    }
    q.exec(QStringLiteral("SELECT count(*) FROM faultless.reviews WHERE name = '%1'").arg(name));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const auto info = runCli({ QStringLiteral("info"), address });
    QCOMPARE(info.exitCode, 2);
    QVERIFY2(info.err.contains("no review"), info.err.constData());
    // And the name is free for the publish that completes.
    const auto again = runCli({ QStringLiteral("publish"), large, address });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const auto after = runCli({ QStringLiteral("info"), address, QStringLiteral("--json") });
    QVERIFY2(after.out.contains("\"events\":400000,"), after.out.constData());
    watcher.close();
}

// A pull reads the COPY on a thread of its own while it inserts (CopyOutReader): a cancel
// mid-way stops it, leaves nothing under the target's name nor beside it, and leaves the
// connection fit for the next pull, which gets every event with its progress.
void TestTeamServer::aCancelledPullLeavesNoFile()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString large = makeLargeReview(400000);
    QVERIFY(!large.isEmpty());
    const QString address = serverAddress(freshReviewName("cancelled"));
    const auto published = runCli({ QStringLiteral("publish"), large, address });
    QVERIFY2(published.exitCode == 0, published.err.constData());
    QString error;
    const auto location = ServerLocation::parse(address, &error);
    QVERIFY2(location.has_value(), qPrintable(error));
    ServerReview server;
    QVERIFY2(server.connect(*location), qPrintable(server.errorString()));
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("pulled.faultless"));
    QList<qint64> told;
    const auto cancelAtOnce = [&told](qint64 done, qint64) {
        told.append(done);
        return false;
    };
    QVERIFY(!server.pull(target, cancelAtOnce, ReviewStore::PendingText::Leave));
    QVERIFY2(server.errorString().contains(QLatin1String("\"events\"")), qPrintable(server.errorString()));
    QVERIFY2(server.errorString().contains(QLatin1String("cancelled")), qPrintable(server.errorString()));
    QCOMPARE(told, QList<qint64> { 65536 });
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    told.clear();
    qint64 totalTold = 0;
    const auto keepGoing = [&](qint64 done, qint64 total) {
        told.append(done);
        totalTold = total;
        return true;
    };
    QVERIFY2(
        server.pull(target, keepGoing, ReviewStore::PendingText::Leave), qPrintable(server.errorString()));
    QCOMPARE(totalTold, 400000);
    QCOMPARE(told.size(), 400000 / 65536);
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
    ReviewStore pulled;
    QVERIFY(pulled.open(target, ReviewStore::PendingText::Leave));
    QCOMPARE(pulled.scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong(), 400000);
    QCOMPARE(pulled.scalar(QStringLiteral("SELECT sum(events) FROM event_counts")).toLongLong(), 400000);
    QCOMPARE(pulled.scalar(QStringLiteral("SELECT count(*) FROM events WHERE typeof(instant) <> 'integer'"))
                 .toLongLong(),
        0);
}

void TestTeamServer::cliReadsAServerReviewAsAFile()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("read"));
    QCOMPARE(runCli({ QStringLiteral("publish"), m_demo, address }).exitCode, 0);
    for (const QStringList &verb :
        { QStringList { QStringLiteral("events"), QStringLiteral("--search"), m_word },
            QStringList { QStringLiteral("agreement"), QStringLiteral("--json") } }) {
        const auto file = runCli(QStringList { verb.first(), m_demo } + verb.mid(1));
        const auto server = runCli(QStringList { verb.first(), address } + verb.mid(1));
        QCOMPARE(server.exitCode, file.exitCode);
        QCOMPARE(server.out, file.out);
        QVERIFY2(!file.out.isEmpty() || !file.err.isEmpty(), qPrintable(verb.join(QLatin1Char(' '))));
    }
    // Same file name in two folders: the briefing names its chart after itself.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("fromfile"))
        && QDir(m_dir.path()).mkpath(QStringLiteral("fromserver")));
    const QString fromFile = m_dir.filePath(QStringLiteral("fromfile/briefing.md"));
    const QString fromServer = m_dir.filePath(QStringLiteral("fromserver/briefing.md"));
    QCOMPARE(runCli({ QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("md"),
                        QStringLiteral("--output"), fromFile })
                 .exitCode,
        0);
    QCOMPARE(runCli({ QStringLiteral("export"), address, QStringLiteral("--format"), QStringLiteral("md"),
                        QStringLiteral("--output"), fromServer })
                 .exitCode,
        0);
    QFile a(fromFile);
    QFile b(fromServer);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray briefing = a.readAll();
    QVERIFY(briefing.size() > 1000);
    QCOMPARE(b.readAll().split('\n'), briefing.split('\n'));
    const auto info = runCli({ QStringLiteral("info"), address, QStringLiteral("--json") });
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains("\"server\":{\"address\":"));
    QVERIFY(info.out.contains("\"changes\":0"));

    // Writing verbs: an annotation and a summary reach the server, as the app's edits do.
    const QByteArray firstEvent = runCli({ QStringLiteral("events"), address }).out.split('\n').value(0);
    const qint64 event = QJsonDocument::fromJson(firstEvent).object().value(QStringLiteral("id")).toInteger();
    QVERIFY2(event > 0, firstEvent.constData());
    const auto annotated = runCli({ QStringLiteral("annotate"), address, QStringLiteral("--event"),
        QString::number(event), QStringLiteral("--text"), QStringLiteral("Seen from a script"),
        QStringLiteral("--author"), QStringLiteral("Ops bot") });
    QVERIFY2(annotated.exitCode == 0, annotated.err.constData());
    const qint64 note = annotated.out.trimmed().toLongLong();
    QVERIFY(note > 0);
    const QString pulled = m_dir.filePath(QStringLiteral("annotated.faultless"));
    QCOMPARE(runCli({ QStringLiteral("pull"), address, QStringLiteral("--output"), pulled }).exitCode, 0);
    {
        ReviewStore copy;
        QVERIFY(copy.open(pulled));
        QCOMPARE(
            copy.scalar(QStringLiteral(
                            "SELECT author || ': ' || text FROM annotations WHERE id = ? AND event_id = ?"),
                    { note, event })
                .toString(),
            QStringLiteral("Ops bot: Seen from a script"));
    }
    QCOMPARE(runCli({ QStringLiteral("summary"), address, QStringLiteral("--text"),
                        QStringLiteral("Checkout failed for 14 minutes.") })
                 .exitCode,
        0);
    QVERIFY(runCli({ QStringLiteral("summary"), address, QStringLiteral("--json") })
                .out.contains("Checkout failed for 14 minutes."));
    const auto missing = runCli({ QStringLiteral("annotate"), address, QStringLiteral("--event"),
        QStringLiteral("999999999"), QStringLiteral("--text"), QStringLiteral("x") });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("has no event 999999999"), missing.err.constData());
}

void TestTeamServer::unreachableServerIsAClearError()
{
    // Port 1 on the loopback: nothing listens there, on any machine this runs on.
    const auto r = runCli({ QStringLiteral("info"), QStringLiteral("postgresql://127.0.0.1:1/db?review=x") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot connect to postgresql://127.0.0.1:1/db?review=x"), r.err.constData());
}

// A direct connection to the test server, as any other client (psql) would have.
QSqlDatabase rawConnection(const QString &name)
{
    return faultless::tests::serverConnection(name);
}

QString TestTeamServer::publishDemo(const char *what, qint64 *reviewId)
{
    const QString name = freshReviewName(what);
    const QString address = serverAddress(name);
    if (runCli({ QStringLiteral("publish"), m_demo, address }).exitCode != 0)
        return {};
    QSqlQuery q(rawConnection(QStringLiteral("raw")));
    q.prepare(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return {};
    *reviewId = q.value(0).toLongLong();
    return address;
}

bool TestTeamServer::rawInsertAnnotation(qint64 reviewId, const QString &text)
{
    QSqlQuery q(rawConnection(QStringLiteral("raw")));
    return q.exec(QStringLiteral("INSERT INTO review_%1.annotations(event_id, author, text, created, edited)"
                                 " SELECT min(id), 'psql', '%2', 0, 0 FROM review_%1.events")
                      .arg(reviewId)
                      .arg(text));
}

void TestTeamServer::anEditReachesAnotherConnection()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    qint64 id = 0;
    const QString address = publishDemo("notify", &id);
    QVERIFY(!address.isEmpty());
    QString error;
    ServerWatcher watcher(*ServerLocation::parse(address, &error));
    // No heartbeat: what arrives must come by notification.
    watcher.setHeartbeatInterval(3600 * 1000);
    QSignalSpy changed(&watcher, &ServerWatcher::changed);
    QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
    QCOMPARE(watcher.seen(), 0); // a publish is no change
    QVERIFY(rawInsertAnnotation(id, QStringLiteral("seen from psql")));
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.first().at(0).toLongLong(), 1);
    QCOMPARE(changed.first().at(1).toStringList(), QStringList { QStringLiteral("annotations") });
    QCOMPARE(watcher.seen(), 1);
}

void TestTeamServer::watcherCatchesUpAfterTheServerRestarts()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    // The cluster pg_virtualenv made, by its port: restarted as an administrator would.
    QProcess list;
    list.start(QStringLiteral("pg_lsclusters"), { QStringLiteral("--no-header") });
    QVERIFY(list.waitForFinished(30000));
    QString version;
    QString cluster;
    for (const QString &line : QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() > 3 && f.at(2) == qEnvironmentVariable("PGPORT")) {
            version = f.at(0);
            cluster = f.at(1);
        }
    }
    if (cluster.isEmpty())
        QSKIP("the test server is not a pg_lsclusters cluster: cannot restart it");
    qint64 id = 0;
    const QString address = publishDemo("restart", &id);
    QVERIFY(!address.isEmpty());
    QString error;
    ServerWatcher watcher(*ServerLocation::parse(address, &error));
    watcher.setHeartbeatInterval(200);
    QSignalSpy changed(&watcher, &ServerWatcher::changed);
    QSignalSpy lost(&watcher, &ServerWatcher::connectionLost);
    QSignalSpy back(&watcher, &ServerWatcher::reconnected);
    QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
    QVERIFY(rawInsertAnnotation(id, QStringLiteral("before the restart")));
    QVERIFY(changed.wait(30000));

    QSqlDatabase::database(QStringLiteral("raw"), false).close();
    QCOMPARE(
        QProcess::execute(QStringLiteral("pg_ctlcluster"), { version, cluster, QStringLiteral("restart") }),
        0);
    // Two edits while the watcher is away (it notices at its next heartbeat).
    QVERIFY(rawInsertAnnotation(id, QStringLiteral("during the restart 1")));
    QVERIFY(rawInsertAnnotation(id, QStringLiteral("during the restart 2")));
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(back.size() >= 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.seen(), 3, 30000);
    QCOMPARE(changed.last().at(0).toLongLong(), 3);
    QCOMPARE(changed.last().at(1).toStringList(), QStringList { QStringLiteral("annotations") });
}

// A connection as `user` (a login with `password`), as that person's psql would make.
QSqlDatabase connectionAs(const QString &user, const QString &password)
{
    return faultless::tests::serverConnection(QStringLiteral("as-") + user, user, password);
}

void TestTeamServer::rolesDecideWhoWrites()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    qint64 id = 0;
    const QString address = publishDemo("roles", &id);
    QVERIFY(!address.isEmpty());
    const QString bob = QStringLiteral("bob_%1").arg(QCoreApplication::applicationPid());
    const QString carol = QStringLiteral("carol_%1").arg(QCoreApplication::applicationPid());
    QSqlQuery admin(rawConnection(QStringLiteral("raw")));
    QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'bob-pw'").arg(bob)));
    QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'carol-pw'").arg(carol)));
    const QString insert
        = QStringLiteral("INSERT INTO review_%1.annotations(event_id, author, text, created, edited)"
                         " SELECT min(id), 'bob', 'mine', 0, 0 FROM review_%1.events")
              .arg(id);

    QVERIFY(admin.exec(QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"))
        && admin.next());
    const qint64 databaseOid = admin.value(0).toLongLong();

    // Bob reads; his INSERT is refused by the grants, and by row-level security even when an
    // administrator's mistake gives his role the table privilege.
    auto r = runCli(
        { QStringLiteral("grant"), address, bob, QStringLiteral("--role"), QStringLiteral("reader") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        QSqlDatabase asBob = connectionAs(bob, QStringLiteral("bob-pw"));
        QVERIFY2(asBob.isOpen(), qPrintable(asBob.lastError().text()));
        QSqlQuery q(asBob);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM review_%1.events").arg(id)),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(insert));
        QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")),
            qPrintable(q.lastError().text()));
        QVERIFY(admin.exec(QStringLiteral("GRANT INSERT ON review_%1.annotations TO %2")
                               .arg(id)
                               .arg(serverschema::roleName(serverschema::Role::Reader, databaseOid, id))));
        QVERIFY(!q.exec(insert));
        QVERIFY2(q.lastError().text().contains(QLatin1String("row-level security")),
            qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("as-") + bob);

    // As a reviewer Bob annotates, and the others are told; the record itself stays the facilitator's.
    r = runCli(
        { QStringLiteral("grant"), address, bob, QStringLiteral("--role"), QStringLiteral("reviewer") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        QSqlDatabase asBob = connectionAs(bob, QStringLiteral("bob-pw"));
        QSqlQuery q(asBob);
        QVERIFY2(q.exec(insert), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE review_%1.sources SET name = 'renamed'").arg(id)));
        QVERIFY(q.exec(QStringLiteral("SELECT changes FROM faultless.reviews WHERE id = %1").arg(id))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY(!q.exec(QStringLiteral("UPDATE faultless.reviews SET changes = 0")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("as-") + bob);

    // Carol has no role in this review: she cannot even read it.
    {
        QSqlDatabase asCarol = connectionAs(carol, QStringLiteral("carol-pw"));
        QSqlQuery q(asCarol);
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM review_%1.events").arg(id)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("as-") + carol);
    r = runCli({ QStringLiteral("grant"), address, QStringLiteral("nobody_here"), QStringLiteral("--role"),
        QStringLiteral("reader") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no PostgreSQL login"), r.err.constData());
    r = runCli({ QStringLiteral("grant"), address, bob, QStringLiteral("--role"), QStringLiteral("owner") });
    QCOMPARE(r.exitCode, 1);
}

void TestTeamServer::importIntoAServerReview()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("import"));
    const QString file = m_dir.filePath(QStringLiteral("import.faultless"));
    QCOMPARE(runCli({ QStringLiteral("new"), address }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("new"), file }).exitCode, 0);
    const QStringList logs { QStringLiteral(FAULTLESS_SAMPLES_DIR "/syslog/lnav-test-logfile_syslog.0"),
        QStringLiteral(FAULTLESS_SAMPLES_DIR
            "/launchdarkly-auditlog/ld-integration-framework-context-flag-toggle.json") };
    auto r = runCli(QStringList { QStringLiteral("import"), address } + logs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(runCli(QStringList { QStringLiteral("import"), file } + logs).exitCode, 0);
    // The same events, flag change included, as the same import into a file gives.
    const auto onServer = runCli({ QStringLiteral("events"), address });
    const auto onFile = runCli({ QStringLiteral("events"), file });
    QCOMPARE(onServer.exitCode, 0);
    QCOMPARE(onServer.out, onFile.out);
    QCOMPARE(onServer.out.count('\n'), 5);
    // A second import of the same file is recognised on the server too.
    r = runCli({ QStringLiteral("import"), address, logs.first() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("already imported"), r.out.constData());
    QCOMPARE(runCli({ QStringLiteral("events"), address }).out, onFile.out);
}

void TestTeamServer::concurrentImportsLoseNothing()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString address = serverAddress(freshReviewName("imports"));
    QCOMPARE(runCli({ QStringLiteral("new"), address }).exitCode, 0);
    const QStringList logs { QStringLiteral(FAULTLESS_SAMPLES_DIR "/syslog/lnav-test-logfile_syslog.0"),
        QStringLiteral(FAULTLESS_SAMPLES_DIR "/syslog/lnav-test-logfile_syslog.3"),
        QStringLiteral(FAULTLESS_SAMPLES_DIR "/jsonl-logs/lnav-test-logfile_bunyan.0") };
    QList<QProcess *> importers;
    for (const QString &log : logs) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(FAULTLESS_CLI_PATH), { QStringLiteral("import"), address, log });
        importers.append(p);
    }
    QStringList added;
    for (qsizetype i = 0; i < importers.size(); ++i) {
        QVERIFY(importers.at(i)->waitForFinished(120000));
        const QByteArray err = importers.at(i)->readAllStandardError();
        if (importers.at(i)->exitCode() == 0)
            added.append(QFileInfo(logs.at(i)).fileName());
        else
            QVERIFY2(
                importers.at(i)->exitCode() == 2 && err.contains("run the import again"), err.constData());
    }
    QVERIFY(!added.isEmpty());
    // Every import that said it was done is on the server, whole; none that said otherwise is.
    const auto info = runCli({ QStringLiteral("info"), address, QStringLiteral("--json") });
    const QJsonArray sources
        = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("sources")).toArray();
    QStringList onServer;
    for (const QJsonValue &source : sources) {
        onServer.append(source.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(source.toObject().value(QStringLiteral("events")).toInt() > 0);
    }
    added.sort();
    onServer.sort();
    QCOMPARE(onServer, added);
    qDeleteAll(importers);
}

void TestTeamServer::whoIsHereFollowsTheConnections()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    qint64 id = 0;
    const QString address = publishDemo("here", &id);
    QVERIFY(!address.isEmpty());
    QString error;
    const ServerLocation location = *ServerLocation::parse(address, &error);
    ServerWatcher ana(location);
    ana.setDisplayName(QStringLiteral("Ana Lima"));
    ana.setHeartbeatInterval(100);
    QVERIFY2(ana.start(), qPrintable(ana.errorString()));
    QCOMPARE(ana.here(), QStringList { QStringLiteral("Ana Lima") });
    {
        ServerWatcher zoe(location);
        zoe.setDisplayName(QStringLiteral("Zoë Brandt"));
        QVERIFY2(zoe.start(), qPrintable(zoe.errorString()));
        QCOMPARE(zoe.here(), (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Zoë Brandt") }));
        QTRY_COMPARE_WITH_TIMEOUT(
            ana.here(), (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Zoë Brandt") }), 30000);
    }
    // Zoë's connection ended with her watcher, without a goodbye: she is no longer listed.
    QTRY_COMPARE_WITH_TIMEOUT(ana.here(), QStringList { QStringLiteral("Ana Lima") }, 30000);
}

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
