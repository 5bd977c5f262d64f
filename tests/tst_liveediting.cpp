// Live editing of a team review (docs/team-server.md, "Live editing"): each window works on a
// copy, sends its own edits to the server as they are made, and takes in the others'. Two
// "windows" here are two documents on two copies, each with its own server connection, against
// the real PostgreSQL that scripts/run-tests.sh starts (pg_virtualenv); never a mock.
#include "killloop.h"
#include "testsupport.h"

#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/changecapture.h"
#include "store/eventstore.h"
#include "store/reviewstore.h"
#include "store/schema.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serversync.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace faultless::model;
using faultless::tests::freshReviewName;
using faultless::tests::runCli;
using faultless::tests::serverAddress;

namespace {

// One reviewer's window: a copy of the server review, its document and its connection.
struct Window
{
    ReviewDocument document;
    ServerReview server;
    std::unique_ptr<ServerSync> sync;
    qint64 blockFirst = 0;
    qint64 blockLast = 0;
    ServerSync::Conflict conflict;

    bool open(const QString &address, const QString &path, const QString &author)
    {
        QString error;
        const auto location = ServerLocation::parse(address, &error);
        if (!location || !server.connect(*location) || !server.pull(path) || !document.open(path)) {
            qWarning() << error << server.errorString() << document.errorString();
            return false;
        }
        document.setAuthor(author);
        sync = std::make_unique<ServerSync>(server);
        if (!sync->reserveIdBlock(&blockFirst, &blockLast)) {
            qWarning() << sync->errorString();
            return false;
        }
        document.store().setIdBlock(blockFirst, blockLast);
        QString error2;
        if (!ChangeCapture::install(document.store(), &error2)) {
            qWarning() << error2;
            return false;
        }
        return true;
    }
    ServerSync::Push send(const QSet<qint64> &overwrite = {})
    {
        const QList<RowChange> changes = ChangeCapture::pending(document.store());
        const ServerSync::Push result = sync->push(document.store(), changes, &conflict, overwrite);
        if (result == ServerSync::Push::Sent && !changes.isEmpty())
            ChangeCapture::forget(document.store(), changes.last().seq);
        return result;
    }
    QStringList takeIn(const QStringList &tables)
    {
        QStringList changed;
        if (!sync->applyTables(document.store(), tables, &changed))
            return { QStringLiteral("failed: ") + sync->errorString() };
        return changed;
    }
    QString factorTitle(qint64 id) const
    {
        return document.store()
            .scalar(QStringLiteral("SELECT title FROM factors WHERE id = ?"), { id })
            .toString();
    }
};

QSqlDatabase raw()
{
    return faultless::tests::serverConnection(QStringLiteral("raw"));
}

QVariant serverValue(const QString &sql)
{
    QSqlQuery q(raw());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestLiveEditing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editsOfTwoReviewersMeetOnTheServer();
    void aSecondSaveOfOneFactorIsAConflict();
    void deletingWhatAnotherChangedIsAConflict();
    void undoTakesBackOnlyMyOwnEdit();
    void aHighlightReachesTheOtherCopy();
    void anEditThatFailsLeavesNothingToSend();
    void anImportKeepsBelowTheBlocksOfIds();
    void aClientKilledMidSendLeavesNoHalfEdit();

private:
    // Publishes the demo and opens it in two windows.
    bool openTwo(const char *what, Window *a, Window *b);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_schema;
    int m_copies = 0;
};

void TestLiveEditing::initTestCase()
{
    if (serverAddress(QStringLiteral("x")).isEmpty()) {
        if (qEnvironmentVariableIntValue("FAULTLESS_REQUIRE_SERVER") == 1)
            qFatal("FAULTLESS_REQUIRE_SERVER=1 but no PostgreSQL server is set (PGHOST, PGDATABASE)");
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    }
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.faultless"));
    QString problems;
    QVERIFY2(DemoReview::build(m_demo, &problems), qPrintable(problems));
}

bool TestLiveEditing::openTwo(const char *what, Window *a, Window *b)
{
    const QString name = freshReviewName(what);
    const QString address = serverAddress(name);
    const auto published = runCli({ QStringLiteral("publish"), m_demo, address });
    if (published.exitCode != 0) {
        qWarning() << published.err;
        return false;
    }
    m_schema
        = QStringLiteral("review_%1")
              .arg(serverValue(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = '%1'").arg(name))
                       .toLongLong());
    const QString pathA = m_dir.filePath(QStringLiteral("a%1.faultless").arg(++m_copies));
    const QString pathB = m_dir.filePath(QStringLiteral("b%1.faultless").arg(m_copies));
    return a->open(address, pathA, QStringLiteral("Ana")) && b->open(address, pathB, QStringLiteral("Bo"));
}

void TestLiveEditing::editsOfTwoReviewersMeetOnTheServer()
{
    Window a;
    Window b;
    QVERIFY(openTwo("meet", &a, &b));
    QVERIFY(a.blockFirst != b.blockFirst);
    const qint64 event = a.document.store().scalar(QStringLiteral("SELECT min(id) FROM events")).toLongLong();
    // Both add a factor at once: neither has seen the other's, and both must survive.
    const qint64 factorA = commands::addFactor(a.document, QStringLiteral("Alert routing was unclear"));
    const qint64 factorB = commands::addFactor(b.document, QStringLiteral("Runbook was out of date"));
    const qint64 note
        = commands::addAnnotation(a.document, event, QStringLiteral("Pager went to the old team"));
    QVERIFY(factorA >= a.blockFirst && factorA <= a.blockLast);
    QVERIFY(factorB >= b.blockFirst && factorB <= b.blockLast);
    QVERIFY(note >= a.blockFirst && note <= a.blockLast);
    // The "edited" stamp each edit writes is the copy's own, never sent.
    for (const RowChange &change : ChangeCapture::pending(a.document.store()))
        QVERIFY2(change.table != QLatin1String("meta"), qPrintable(change.after.value(0).toString()));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    QCOMPARE(b.send(), ServerSync::Push::Sent);
    QVERIFY(ChangeCapture::pending(a.document.store()).isEmpty());
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM %1.factors WHERE id IN (%2, %3)")
                             .arg(m_schema)
                             .arg(factorA)
                             .arg(factorB))
                 .toInt(),
        2);
    QCOMPARE(b.takeIn({ QStringLiteral("factors"), QStringLiteral("annotations") }),
        QStringList({ QStringLiteral("annotations"), QStringLiteral("factors") }));
    QCOMPARE(b.factorTitle(factorA), QStringLiteral("Alert routing was unclear"));
    QCOMPARE(
        b.document.store()
            .scalar(QStringLiteral("SELECT author || ': ' || text FROM annotations WHERE id = ?"), { note })
            .toString(),
        QStringLiteral("Ana: Pager went to the old team"));
    QCOMPARE(a.takeIn({ QStringLiteral("factors") }), QStringList { QStringLiteral("factors") });
    QCOMPARE(a.factorTitle(factorB), QStringLiteral("Runbook was out of date"));
    // Taking in is not an edit of one's own: nothing to send back, nothing to undo.
    QVERIFY(ChangeCapture::pending(b.document.store()).isEmpty());
    QCOMPARE(b.document.undoStack()->count(), 1);
    // Again: nothing differs any more.
    QCOMPARE(a.takeIn({ QStringLiteral("factors"), QStringLiteral("annotations") }), QStringList());
}

void TestLiveEditing::aSecondSaveOfOneFactorIsAConflict()
{
    Window a;
    Window b;
    QVERIFY(openTwo("conflict", &a, &b));
    const qint64 factor
        = a.document.store().scalar(QStringLiteral("SELECT min(id) FROM factors")).toLongLong();
    const QString original = a.factorTitle(factor);
    QVERIFY(commands::setFactorTitle(a.document, factor, QStringLiteral("Ana's wording")));
    QVERIFY(commands::setFactorTitle(b.document, factor, QStringLiteral("Bo's wording")));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    // Bo saved over a title that is no longer the one Bo saw: told, with both versions.
    QCOMPARE(b.send(), ServerSync::Push::Conflict);
    const int title = int(b.conflict.columns.indexOf(QStringLiteral("title")));
    QVERIFY(title > 0);
    QCOMPARE(b.conflict.table, QStringLiteral("factors"));
    QCOMPARE(b.conflict.base.value(title).toString(), original);
    QCOMPARE(b.conflict.theirs.value(title).toString(), QStringLiteral("Ana's wording"));
    QCOMPARE(b.conflict.mine.value(title).toString(), QStringLiteral("Bo's wording"));
    const QString onServer
        = QStringLiteral("SELECT title FROM %1.factors WHERE id = %2").arg(m_schema).arg(factor);
    QCOMPARE(serverValue(onServer).toString(), QStringLiteral("Ana's wording"));
    // Still pending: nothing was lost, nothing overwritten.
    QCOMPARE(ChangeCapture::pending(b.document.store()).size(), 1);
    // Bo chooses to keep their own version: only then does it replace Ana's.
    QCOMPARE(b.send({ b.conflict.seq }), ServerSync::Push::Sent);
    QCOMPARE(serverValue(onServer).toString(), QStringLiteral("Bo's wording"));
}

void TestLiveEditing::deletingWhatAnotherChangedIsAConflict()
{
    Window a;
    Window b;
    QVERIFY(openTwo("delete", &a, &b));
    const qint64 step
        = a.document.store().scalar(QStringLiteral("SELECT min(id) FROM narrative_steps")).toLongLong();
    QVERIFY(commands::setStepText(a.document, step, QStringLiteral("The deploy finished at 14:02")));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    QVERIFY(commands::deleteStep(b.document, step));
    QCOMPARE(b.send(), ServerSync::Push::Conflict);
    QCOMPARE(b.conflict.table, QStringLiteral("narrative_steps"));
    QVERIFY(b.conflict.mine.isEmpty()); // deleted here
    QVERIFY(b.conflict.theirs.contains(QStringLiteral("The deploy finished at 14:02")));
    QCOMPARE(
        serverValue(
            QStringLiteral("SELECT count(*) FROM %1.narrative_steps WHERE id = %2").arg(m_schema).arg(step))
            .toInt(),
        1);
    // A delete of what is already gone is no conflict.
    QVERIFY(commands::deleteStep(a.document, step));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    ChangeCapture::forget(b.document.store(), b.conflict.seq, true);
    QCOMPARE(b.send(), ServerSync::Push::Sent);
}

void TestLiveEditing::undoTakesBackOnlyMyOwnEdit()
{
    Window a;
    Window b;
    QVERIFY(openTwo("undo", &a, &b));
    QList<qint64> factors;
    QSqlQuery q = a.document.store().read(QStringLiteral("SELECT id FROM factors ORDER BY id LIMIT 2"));
    while (q.next())
        factors.append(q.value(0).toLongLong());
    QCOMPARE(factors.size(), 2);
    const QString first = a.factorTitle(factors[0]);
    QVERIFY(commands::setFactorTitle(a.document, factors[0], QStringLiteral("Ana's edit")));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    QVERIFY(commands::setFactorTitle(b.document, factors[1], QStringLiteral("Bo's edit")));
    QCOMPARE(b.send(), ServerSync::Push::Sent);
    QCOMPARE(a.takeIn({ QStringLiteral("factors") }), QStringList { QStringLiteral("factors") });
    // Ana's undo stack holds Ana's edits only: undo takes back hers and leaves Bo's.
    QCOMPARE(a.document.undoStack()->count(), 1);
    a.document.undoStack()->undo();
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    const QString titles = QStringLiteral("SELECT title FROM %1.factors WHERE id = %2").arg(m_schema);
    QCOMPARE(serverValue(titles.arg(factors[0])).toString(), first);
    QCOMPARE(serverValue(titles.arg(factors[1])).toString(), QStringLiteral("Bo's edit"));

    // Ana retitles again; Bo, having seen it, retitles the same factor. Ana's undo would put her
    // old title over Bo's newer one: it is held back as a conflict, not sent.
    QVERIFY(commands::setFactorTitle(a.document, factors[0], QStringLiteral("Ana again")));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    QCOMPARE(b.takeIn({ QStringLiteral("factors") }), QStringList { QStringLiteral("factors") });
    QVERIFY(commands::setFactorTitle(b.document, factors[0], QStringLiteral("Bo over Ana")));
    QCOMPARE(b.send(), ServerSync::Push::Sent);
    QCOMPARE(a.takeIn({ QStringLiteral("factors") }), QStringList { QStringLiteral("factors") });
    a.document.undoStack()->undo();
    const QList<RowChange> undo = ChangeCapture::pending(a.document.store());
    QCOMPARE(a.sync->push(a.document.store(), undo, &a.conflict, {}, true), ServerSync::Push::Conflict);
    QVERIFY(a.conflict.undo);
    const int title = int(a.conflict.columns.indexOf(QStringLiteral("title")));
    QCOMPARE(a.conflict.base.value(title).toString(), QStringLiteral("Ana again"));
    QCOMPARE(a.conflict.theirs.value(title).toString(), QStringLiteral("Bo over Ana"));
    QCOMPARE(serverValue(titles.arg(factors[0])).toString(), QStringLiteral("Bo over Ana"));
}

void TestLiveEditing::aHighlightReachesTheOtherCopy()
{
    Window a;
    Window b;
    QVERIFY(openTwo("highlight", &a, &b));
    const qint64 event = a.document.store()
                             .scalar(QStringLiteral("SELECT max(id) FROM events WHERE highlighted = 0"))
                             .toLongLong();
    const QString counter = QStringLiteral("SELECT changes FROM faultless.reviews WHERE id = %1");
    const qint64 before = serverValue(counter.arg(m_schema.mid(7))).toLongLong();
    QVERIFY(commands::setHighlighted(a.document, event, true));
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    const qint64 after = serverValue(counter.arg(m_schema.mid(7))).toLongLong();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QList<qint64> ids;
    bool added = true;
    QVERIFY2(b.sync->applyEvents(b.document.store(), before, after, &ids, &added),
        qPrintable(b.sync->errorString()));
    QCOMPARE(ids, QList<qint64> { event });
    QVERIFY(!added);
    QVERIFY(EventStore::isHighlighted(b.document.store(), event));
    // An event added by hand arrives too, in the other copy's search index.
    commands::ManualEvent manual;
    manual.instant
        = a.document.store().scalar(QStringLiteral("SELECT min(instant) FROM events")).toLongLong();
    manual.lane = QStringLiteral("phone");
    manual.text = QStringLiteral("Vendor called the on-call engineer about quokkas");
    const qint64 added_ = commands::addManualEvent(a.document, manual);
    QVERIFY(added_ >= a.blockFirst && added_ <= a.blockLast);
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    const qint64 later = serverValue(counter.arg(m_schema.mid(7))).toLongLong();
    ids.clear();
    QCOMPARE(b.takeIn({ QStringLiteral("lanes") }), QStringList { QStringLiteral("lanes") });
    QVERIFY2(b.sync->applyEvents(b.document.store(), after, later, &ids, &added),
        qPrintable(b.sync->errorString()));
    QCOMPARE(ids, QList<qint64> { added_ });
    QVERIFY(added);
    QCOMPARE(b.document.store()
                 .scalar(QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH 'quokkas'"))
                 .toLongLong(),
        added_);
}

void TestLiveEditing::anEditThatFailsLeavesNothingToSend()
{
    Window a;
    Window b;
    QVERIFY(openTwo("rollback", &a, &b));
    {
        ReviewStore::Transaction transaction(a.document.store());
        QVERIFY(a.document.store().exec(QStringLiteral("UPDATE factors SET title = 'never saved'")));
        // No commit: the edit rolls back, and so does what was recorded of it.
    }
    QVERIFY(ChangeCapture::pending(a.document.store()).isEmpty());
}

// A copy holds an event added by hand (an id of its block); an import into it then numbers its
// events below the blocks, and sending the import sends just those events.
void TestLiveEditing::anImportKeepsBelowTheBlocksOfIds()
{
    Window a;
    Window b;
    QVERIFY(openTwo("import", &a, &b));
    commands::ManualEvent manual;
    manual.instant
        = a.document.store().scalar(QStringLiteral("SELECT max(instant) FROM events")).toLongLong();
    manual.text = QStringLiteral("Call with the vendor");
    const qint64 byHand = commands::addManualEvent(a.document, manual);
    QVERIFY(byHand >= schema::FirstBlockId);
    QCOMPARE(a.send(), ServerSync::Push::Sent);
    const ServerReview::Baseline baseline = ServerReview::baselineOf(a.document.store());
    QVERIFY(baseline.events < schema::FirstBlockId);
    const ImporterRegistry registry;
    ImportRequest request;
    request.path = QStringLiteral(FAULTLESS_TEST_DATA_DIR "/logs/java-stacktrace.log");
    const ImportResult result = ImportJob::run(a.document.store(), registry, request);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QVERIFY(result.accepted > 0);
    QCOMPARE(a.document.store()
                 .scalar(QStringLiteral("SELECT count(*) FROM events WHERE id > ? AND id < ?"),
                     { baseline.events, schema::FirstBlockId })
                 .toLongLong(),
        result.accepted);
    QVERIFY2(a.server.appendImports(a.document.store(), baseline), qPrintable(a.server.errorString()));
    const QString count = QStringLiteral("SELECT count(*) FROM %1.events").arg(m_schema);
    QCOMPARE(serverValue(count).toLongLong(),
        a.document.store().scalar(QStringLiteral("SELECT count(*) FROM events")).toLongLong());
    QCOMPARE(
        serverValue(QStringLiteral("SELECT count(*) FROM %1.events WHERE id = %2").arg(m_schema).arg(byHand))
            .toInt(),
        1);
}

// A reviewer's program killed (SIGKILL) at random moments while it edits and sends: every edit
// it printed as sent is on the server, whole, and no edit is there in part (a factor without all
// of its evidence), whatever the moment of the kill.
void TestLiveEditing::aClientKilledMidSendLeavesNoHalfEdit()
{
    const QString name = freshReviewName("killed");
    const QString address = serverAddress(name);
    QCOMPARE(runCli({ QStringLiteral("publish"), m_demo, address }).exitCode, 0);
    const QString schema
        = QStringLiteral("review_%1")
              .arg(serverValue(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = '%1'").arg(name))
                       .toLongLong());
    QList<qint64> sent;
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess loop;
        loop.start(faultless::tests::toolPath(QStringLiteral("liveeditloop")),
            { address, m_dir.filePath(QStringLiteral("loop%1.faultless").arg(round)) });
        QVERIFY(loop.waitForStarted());
        // The pull takes a moment; then edits go out every few milliseconds.
        QTest::qWait(400 + QRandomGenerator::global()->bounded(600));
        killed += faultless::tests::killNow(loop) ? 1 : 0;
        const QByteArray err = loop.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        for (const QByteArray &line : faultless::tests::completeLines(loop.readAllStandardOutput()))
            sent.append(line.mid(5).toLongLong());
    }
    QVERIFY(killed >= 10);
    QVERIFY2(sent.size() >= 12, qPrintable(QString::number(sent.size())));
    QStringList ids;
    for (qint64 id : std::as_const(sent))
        ids.append(QString::number(id));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM %1.factors WHERE id IN (%2)")
                             .arg(schema, ids.join(QLatin1Char(','))))
                 .toInt(),
        sent.size());
    // Whole or not at all: every loop factor on the server has its three pieces of evidence.
    QCOMPARE(serverValue(
                 QStringLiteral("SELECT count(*) FROM %1.factors f WHERE f.title LIKE 'loop %%' AND"
                                " (SELECT count(*) FROM %1.factor_evidence e WHERE e.factor_id = f.id) <> 3")
                     .arg(schema))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestLiveEditing)
#include "tst_liveediting.moc"
