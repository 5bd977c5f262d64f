// Crash safety: faultless-cli and the app's import path (tests/tools/appimport.cpp, which indexes
// text in a second transaction) are killed with SIGKILL at random moments during imports, and the
// edit loop (tests/tools/editloop.cpp) during edits, many times over one review. After every kill
// the review must open, pass PRAGMA integrity_check, hold every edit that was committed before
// the kill, and hold no half import: a source row exists only together with all of its events,
// and their text is in the full-text index once the review is open.
#include "testsupport.h"

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

constexpr int kMinimumKills = 50;

QString toolPath(const QString &name)
{
    return QStringLiteral(FAULTLESS_TOOLS_DIR "/") + name;
}

// A log of `lines` JSON records whose content differs per `seed`, so that each file is a new
// source (the importer skips files it has already seen by content hash).
void writeLog(const QString &path, int seed, int lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray out;
    out.reserve(lines * 140);
    for (int i = 0; i < lines; ++i) {
        const int second = i % 60, minute = (i / 60) % 60;
        out += "{\"timestamp\":\"2024-03-05T10:" + QByteArray::number(minute).rightJustified(2, '0') + ':'
            + QByteArray::number(second).rightJustified(2, '0') + '.' + QByteArray::number(i % 1000000).rightJustified(6, '0')
            + "Z\",\"level\":\"" + (i % 7 == 0 ? "error" : "info") + "\",\"service\":\"checkout-" + QByteArray::number(i % 5)
            + "\",\"msg\":\"request " + QByteArray::number(seed) + '-' + QByteArray::number(i)
            + " served from replica\",\"latency_ms\":" + QByteArray::number((i * 37) % 900) + "}\n";
    }
    QCOMPARE(file.write(out), out.size());
}

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
    if (!q.exec(QStringLiteral("SELECT s.id, s.accepted, (SELECT COUNT(*) FROM events e WHERE e.source_id = s.id)"
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
    const qint64 orphans =
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE source_id IS NOT NULL"
                                    " AND source_id NOT IN (SELECT id FROM sources)"))
            .toLongLong();
    if (orphans > 0) {
        *why = QStringLiteral("%1 events belong to no source").arg(orphans);
        return false;
    }
    // The full-text index must match the events it indexes: filled inside the import's
    // transaction, or (the app's import) in a second one whose note the open above finished.
    if (EventWriter::hasPendingText(store)) {
        *why = QStringLiteral("opened with text still to index: ") + store.meta(QStringLiteral("fts_pending"));
        return false;
    }
    if (!store.exec(QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)"))) {
        *why = QStringLiteral("full-text index: ") + store.errorString();
        return false;
    }
    return true;
}

// Kills `process` (SIGKILL) unless it already ended; true when the kill interrupted it.
bool killNow(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return false;
    process.kill();
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
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
    QVERIFY2(QFile::exists(toolPath(QStringLiteral("editloop"))), qPrintable(toolPath(QStringLiteral("editloop"))));
    QVERIFY2(QFile::exists(toolPath(QStringLiteral("appimport"))), qPrintable(toolPath(QStringLiteral("appimport"))));
}

void TestCrashSafety::killedImportsLeaveWholeSourcesOnly_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments"); // the review and the files follow
    QTest::newRow("faultless-cli import") << QStringLiteral(FAULTLESS_CLI_PATH) << QStringList{QStringLiteral("import")};
    // Lingering 20 ms between its two transactions, about as long as a file's import here, so
    // that many kills land between them.
    QTest::newRow("the app's import (text indexed second)")
        << toolPath(QStringLiteral("appimport")) << QStringList{QStringLiteral("--linger"), QStringLiteral("20")};
}

void TestCrashSafety::killedImportsLeaveWholeSourcesOnly()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString review = dir.filePath(QStringLiteral("review.faultless"));
    QCOMPARE(faultless::tests::runCli({QStringLiteral("new"), review}).exitCode, 0);

    // Calibrate: how long does one uninterrupted import of two files take here (sanitizer
    // builds are several times slower)? Kills are then spread over that span.
    const int lines = 1500;
    QStringList files;
    for (int f = 0; f < 2; ++f) {
        files << dir.filePath(QStringLiteral("calibrate-%1.jsonl").arg(f));
        writeLog(files.last(), -1 - f, lines);
    }
    QElapsedTimer timer;
    timer.start();
    QProcess calibration;
    calibration.start(program, arguments + QStringList{review} + files);
    QVERIFY(calibration.waitForFinished(120000));
    const qint64 span = std::max<qint64>(timer.elapsed(), 50);
    QCOMPARE(calibration.exitStatus(), QProcess::NormalExit);
    QCOMPARE(calibration.exitCode(), 0);
    DocumentState state;
    QString why;
    QVERIFY2(checkDocument(review, &state, &why), qPrintable(why));
    QCOMPARE(state.sources.size(), 2);

    QRandomGenerator random(20240305);
    int kills = 0, iteration = 0;
    int killsBetweenTransactions = 0; // the app's import: events committed, text not yet indexed
    QElapsedTimer budget;
    budget.start();
    while (kills < kMinimumKills) {
        QVERIFY2(iteration < kMinimumKills * 4, "the imports kept finishing before the kill");
        QVERIFY2(budget.elapsed() < 150000, "the import kill loop took longer than 150 s");
        files.clear();
        for (int f = 0; f < 2; ++f) {
            files << dir.filePath(QStringLiteral("log-%1-%2.jsonl").arg(iteration).arg(f));
            writeLog(files.last(), iteration * 2 + f, lines);
        }
        QProcess cli;
        cli.start(program, arguments + QStringList{review} + files);
        QVERIFY(cli.waitForStarted());
        // Anywhere from start-up to just past the end of the second file.
        cli.waitForFinished(int(random.bounded(quint32(span * 11 / 10))));
        if (killNow(cli)) {
            ++kills;
            const QList<QByteArray> steps = cli.readAllStandardOutput().split('\n');
            const QByteArray last = steps.size() >= 2 ? steps.at(steps.size() - 2) : QByteArray();
            if (last.startsWith("committed "))
                ++killsBetweenTransactions;
        }

        const QSet<qint64> before = state.sources;
        QVERIFY2(checkDocument(review, &state, &why),
                 qPrintable(QStringLiteral("after kill %1 (iteration %2): %3").arg(kills).arg(iteration).arg(why)));
        // What was committed before stays committed.
        QVERIFY2(state.sources.contains(before), qPrintable(QStringLiteral("iteration %1 lost a source").arg(iteration)));
        for (const QString &f : std::as_const(files))
            QFile::remove(f);
        ++iteration;
    }
    qInfo("import kill loop: %d kills in %d runs (%d between the events' and the text's transactions), %lld sources"
          " complete, %lld events, %lld ms",
          kills, iteration, killsBetweenTransactions, qint64(state.sources.size()), state.events, budget.elapsed());
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
    writeLog(log, 7, 200);
    QCOMPARE(faultless::tests::runCli({QStringLiteral("new"), review}).exitCode, 0);
    QCOMPARE(faultless::tests::runCli({QStringLiteral("import"), review, log}).exitCode, 0);

    QRandomGenerator random(19700101);
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    qint64 editsChecked = 0;
    for (int iteration = 0; kills < kMinimumKills; ++iteration) {
        QVERIFY2(iteration < kMinimumKills * 3, "the edit loop kept ending before the kill");
        QVERIFY2(budget.elapsed() < 150000, "the edit kill loop took longer than 150 s");
        QProcess editor;
        editor.start(toolPath(QStringLiteral("editloop")), {review});
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

        ReviewStore store;
        QVERIFY2(store.open(review), qPrintable(store.errorString()));
        // Only complete lines were printed after a commit; a line cut by the kill says nothing.
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines)) {
            const QList<QByteArray> f = line.split(' ');
            QVERIFY2(f.size() >= 2, line.constData());
            if (f[0] == "annotation" || f[0] == "edit") {
                const qint64 id = f[1].toLongLong();
                const QString printed = QString::fromUtf8(line.mid(line.indexOf(" note ") + 1));
                QSqlQuery q(store.database());
                q.prepare(QStringLiteral("SELECT text, event_id FROM annotations WHERE id = ?"));
                q.addBindValue(id);
                QVERIFY2(q.exec() && q.next(), qPrintable(QStringLiteral("annotation %1 is missing: %2").arg(id).arg(QString::fromUtf8(line))));
                // A later (perhaps unprinted) edit may have moved the text on to a higher version.
                const QString stored = q.value(0).toString();
                const qsizetype sv = stored.lastIndexOf(QLatin1String(" v")), pv = printed.lastIndexOf(QLatin1String(" v"));
                QCOMPARE(stored.left(sv), printed.left(pv));
                QVERIFY2(stored.mid(sv + 2).toInt() >= printed.mid(pv + 2).toInt(),
                         qPrintable(QStringLiteral("annotation %1 went back from \"%2\" to \"%3\"").arg(id).arg(printed, stored)));
                if (f[0] == "annotation")
                    QCOMPARE(q.value(1).toLongLong(), f[2].toLongLong());
            } else if (f[0] == "highlight") {
                QCOMPARE(store.scalar(QStringLiteral("SELECT highlighted FROM events WHERE id = ?"), {f[1].toLongLong()}).toInt(), 1);
            } else if (f[0] == "tag") {
                QVERIFY2(f.size() == 3, line.constData());
                QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM event_tags et JOIN tags t ON t.id = et.tag_id"
                                                     " WHERE et.event_id = ? AND t.name = ?"),
                                      {f[1].toLongLong(), QString::fromUtf8(f[2])})
                             .toInt(),
                         1);
            } else {
                QFAIL(line.constData());
            }
            ++editsChecked;
        }
    }
    QVERIFY(editsChecked >= kMinimumKills);
    qInfo("edit kill loop: %d kills, %lld committed edits checked, %lld ms", kills, editsChecked, budget.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
