// Crash safety: faultless-cli and the app's import path (tests/tools/appimport.cpp, which indexes
// text in a second transaction) are killed with SIGKILL at random moments during imports, and the
// edit loop (tests/tools/editloop.cpp) during edits, many times over one review. After every kill
// the review must open, pass PRAGMA integrity_check, hold every edit that was committed before
// the kill, and hold no half import: a source row exists only together with all of its events,
// and their text is in the full-text index once the review is open.
#include "killloop.h"

#include "store/eventwriter.h"
#include "store/reviewstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace faultless::model;

namespace {

using faultless::tests::killNow;
using faultless::tests::toolPath;
using faultless::tests::writeLog;

constexpr int kMinimumKills = 50;

struct DocumentState
{
    QSet<qint64> sources;
    qint64 events = 0;
};

// Opens the review as the application does and checks what a kill must never break.
// Returns false (after QVERIFY-style messages) when the document is not sound.
bool checkDocument(const QString &path, DocumentState *state, QString *why)
{
    ReviewStore store;
    if (!store.open(path)) {
        *why = QStringLiteral("does not open: ") + store.errorString();
        return false;
    }
    const QString integrity = store.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok")) {
        *why = QStringLiteral("integrity_check: ") + integrity;
        return false;
    }
    // No half import: every source's recorded count is exactly its events.
    QSqlQuery q(store.database());
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.accepted, (SELECT COUNT(*) FROM events e WHERE e.source_id = s.id)"
                           " FROM sources s"))) {
        *why = QStringLiteral("cannot read sources");
        return false;
    }
    state->sources.clear();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toLongLong() != q.value(2).toLongLong() || q.value(1).toLongLong() == 0) {
            *why = QStringLiteral("source %1 records %2 events but holds %3")
                       .arg(id)
                       .arg(q.value(1).toLongLong())
                       .arg(q.value(2).toLongLong());
            return false;
        }
        state->sources.insert(id);
    }
    state->events = store.scalar(QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong();
    const qint64 orphans
        = store
              .scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE source_id IS NOT NULL"
                                     " AND source_id NOT IN (SELECT id FROM sources)"))
              .toLongLong();
    if (orphans > 0) {
        *why = QStringLiteral("%1 events belong to no source").arg(orphans);
        return false;
    }
    // The full-text index must match the events it indexes: filled inside the import's
    // transaction, or (the app's import) in a second one whose note the open above finished.
    if (EventWriter::hasPendingText(store)) {
        *why
            = QStringLiteral("opened with text still to index: ") + store.meta(QStringLiteral("fts_pending"));
        return false;
    }
    if (!store.exec(
            QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)"))) {
        *why = QStringLiteral("full-text index: ") + store.errorString();
        return false;
    }
    return true;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedImportsLeaveWholeSourcesOnly_data();
    void killedImportsLeaveWholeSourcesOnly();
    void killedEditsKeepEveryCommittedEdit();
};

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FAULTLESS_CLI_PATH)), FAULTLESS_CLI_PATH);
    QVERIFY2(QFile::exists(toolPath(QStringLiteral("editloop"))),
        qPrintable(toolPath(QStringLiteral("editloop"))));
    QVERIFY2(QFile::exists(toolPath(QStringLiteral("appimport"))),
        qPrintable(toolPath(QStringLiteral("appimport"))));
}

void TestCrashSafety::killedImportsLeaveWholeSourcesOnly_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments"); // the review and the files follow
    QTest::newRow("faultless-cli import")
        << QStringLiteral(FAULTLESS_CLI_PATH) << QStringList { QStringLiteral("import") };
    // Lingering 20 ms between its two transactions, about as long as a file's import here, so
    // that many kills land between them.
    QTest::newRow("the app's import (text indexed second)") << toolPath(
        QStringLiteral("appimport")) << QStringList { QStringLiteral("--linger"), QStringLiteral("20") };
}

void TestCrashSafety::killedImportsLeaveWholeSourcesOnly()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString review = dir.filePath(QStringLiteral("review.faultless"));
    QCOMPARE(faultless::tests::runCli({ QStringLiteral("new"), review }).exitCode, 0);

    // Calibrate: how long does one uninterrupted import of two files take here (sanitizer
    // builds are several times slower)? Kills are then spread over that span.
    const int lines = 1500;
    QStringList files;
    for (int f = 0; f < 2; ++f) {
        files << dir.filePath(QStringLiteral("calibrate-%1.jsonl").arg(f));
        QVERIFY(writeLog(files.last(), -1 - f, lines));
    }
    QElapsedTimer timer;
    timer.start();
    QProcess calibration;
    calibration.start(program, arguments + QStringList { review } + files);
    QVERIFY(calibration.waitForFinished(120000));
    const qint64 span = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(calibration.exitStatus(), QProcess::NormalExit);
    QCOMPARE(calibration.exitCode(), 0);
    DocumentState state;
    QString why;
    QVERIFY2(checkDocument(review, &state, &why), qPrintable(why));
    QCOMPARE(state.sources.size(), 2);

    QRandomGenerator random(20240305);
    const bool lingers = arguments.contains(QStringLiteral("--linger"));
    int kills = 0, iteration = 0;
    int killsBetweenTransactions = 0; // the app's import: events committed, text not yet indexed
    QElapsedTimer budget;
    budget.start();
    while (kills < kMinimumKills) {
        QVERIFY2(iteration < kMinimumKills * 4, "the imports kept finishing before the kill");
        files.clear();
        for (int f = 0; f < 2; ++f) {
            files << dir.filePath(QStringLiteral("log-%1-%2.jsonl").arg(iteration).arg(f));
            QVERIFY(writeLog(files.last(), iteration * 2 + f, lines));
        }
        QProcess cli;
        cli.start(program, arguments + QStringList { review } + files);
        QVERIFY(cli.waitForStarted());
        QByteArray output;
        if (lingers && iteration % 4 == 0) {
            // Every fourth run of the app's import is killed as soon as its events are committed,
            // while it lingers before indexing their text: random moments alone land there too
            // rarely on a loaded machine to count on.
            while (!output.contains("committed ") && cli.waitForReadyRead(30000))
                output += cli.readAllStandardOutput();
        } else {
            // Anywhere from start-up to just past the end of the second file.
            cli.waitForFinished(int(random.bounded(quint32(span * 11 / 10))));
        }
        if (killNow(cli)) {
            ++kills;
            output += cli.readAllStandardOutput();
            const QList<QByteArray> steps = output.split('\n');
            const QByteArray last = steps.size() >= 2 ? steps.at(steps.size() - 2) : QByteArray();
            if (last.startsWith("committed "))
                ++killsBetweenTransactions;
        }

        const QSet<qint64> before = state.sources;
        QVERIFY2(checkDocument(review, &state, &why),
            qPrintable(
                QStringLiteral("after kill %1 (iteration %2): %3").arg(kills).arg(iteration).arg(why)));
        // What was committed before stays committed.
        QVERIFY2(state.sources.contains(before),
            qPrintable(QStringLiteral("iteration %1 lost a source").arg(iteration)));
        for (const QString &f : std::as_const(files))
            QFile::remove(f);
        ++iteration;
    }
    qInfo("import kill loop: %d kills in %d runs (%d between the events' and the text's transactions), %lld "
          "sources"
          " complete, %lld events, %lld ms",
        kills, iteration, killsBetweenTransactions, qint64(state.sources.size()), state.events,
        budget.elapsed());
    // Some kills must have landed between the app's two transactions, or the opening that
    // finishes the text was never tried.
    if (program.endsWith(QLatin1String("appimport")))
        QVERIFY2(killsBetweenTransactions >= 5, qPrintable(QString::number(killsBetweenTransactions)));
}

void TestCrashSafety::killedEditsKeepEveryCommittedEdit()
{
    QTemporaryDir dir;
    const QString review = dir.filePath(QStringLiteral("review.faultless"));
    const QString log = dir.filePath(QStringLiteral("events.jsonl"));
    QVERIFY(writeLog(log, 7, 200));
    QCOMPARE(faultless::tests::runCli({ QStringLiteral("new"), review }).exitCode, 0);
    QCOMPARE(faultless::tests::runCli({ QStringLiteral("import"), review, log }).exitCode, 0);

    QRandomGenerator random(19700101);
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    qint64 editsChecked = 0;
    for (int iteration = 0; kills < kMinimumKills; ++iteration) {
        QVERIFY2(iteration < kMinimumKills * 3, "the edit loop kept ending before the kill");
        QProcess editor;
        editor.start(toolPath(QStringLiteral("editloop")), { review });
        QVERIFY(editor.waitForStarted());
        // Wait for the first committed edit, then let it run for a random while.
        QVERIFY2(editor.waitForReadyRead(30000), editor.readAllStandardError().constData());
        editor.waitForFinished(int(random.bounded(250u)));
        if (killNow(editor))
            ++kills;
        const QByteArray output = editor.readAllStandardOutput();

        DocumentState state;
        QString why;
        QVERIFY2(checkDocument(review, &state, &why),
            qPrintable(QStringLiteral("after kill %1: %2").arg(kills).arg(why)));

        QVERIFY2(faultless::tests::printedEditsAreStored(review, output, &editsChecked, &why),
            qPrintable(QStringLiteral("after kill %1: %2").arg(kills).arg(why)));
    }
    QVERIFY(editsChecked >= kMinimumKills);
    qInfo("edit kill loop: %d kills, %lld committed edits checked, %lld ms", kills, editsChecked,
        budget.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
