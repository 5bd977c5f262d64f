// Two programs on one review: an app-like process (tests/tools/editloop.cpp with --search: the
// window's document plus the search box's second connection, through the real ReviewDocument and
// EventSearch) edits continuously, while faultless-cli reads and writes the same file
// (`info`, `events`, `import`), and the app-like process is killed with SIGKILL at random
// moments, many times over. While it runs, no -wal or -shm it holds may be unlinked (another
// program that wrongly believed itself the last one would checkpoint and delete them, and every
// later edit would go to a file nobody else sees), and the CLI must see what it committed; after
// every kill the review must pass integrity_check and hold every edit printed as committed.
#include "killloop.h"

#include "store/reviewstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <unistd.h>

using namespace faultless::model;
using faultless::tests::CliResult;
using faultless::tests::runCli;
using faultless::tests::toolPath;

namespace {

constexpr int kMinimumKills = 50;

// What /proc/PID/fd says the process holds of `review` and its -wal and -shm: each target path,
// " (deleted)" appended by the kernel when the file was unlinked while open.
QStringList heldReviewFiles(qint64 pid, const QString &review)
{
    QStringList held;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QByteArray prefix = QFile::encodeName(review);
    for (const QString &fd : QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t n
            = ::readlink(QFile::encodeName(fdDir + QLatin1Char('/') + fd).constData(), target, sizeof target);
        if (n > 0 && QByteArray(target, int(n)).startsWith(prefix))
            held << QFile::decodeName(QByteArray(target, int(n)));
    }
    return held;
}

// Annotations whose "annotation" line the edit loop printed so far.
QSet<qint64> printedAnnotations(const QByteArray &output)
{
    QSet<qint64> ids;
    for (const QByteArray &line : faultless::tests::completeLines(output)) {
        if (line.startsWith("annotation "))
            ids.insert(line.split(' ').value(1).toLongLong());
    }
    return ids;
}

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliBesideTheAppLosesNothing();
};

void TestMultiProcess::initTestCase()
{
    if (!QFileInfo(QStringLiteral("/proc/self/fd")).isDir())
        QSKIP("needs /proc/PID/fd (Linux) to see which files a process holds");
    QVERIFY2(QFile::exists(QStringLiteral(FAULTLESS_CLI_PATH)), FAULTLESS_CLI_PATH);
    QVERIFY2(QFile::exists(toolPath(QStringLiteral("editloop"))),
        qPrintable(toolPath(QStringLiteral("editloop"))));
}

void TestMultiProcess::cliBesideTheAppLosesNothing()
{
    QTemporaryDir dir;
    // Canonical, as /proc/PID/fd names the files.
    const QString review
        = QDir(QFileInfo(dir.path()).canonicalFilePath()).filePath(QStringLiteral("review.faultless"));
    const QString log = dir.filePath(QStringLiteral("events.jsonl"));
    QVERIFY(faultless::tests::writeLog(log, 7, 200));
    QCOMPARE(runCli({ QStringLiteral("new"), review }).exitCode, 0);
    QCOMPARE(runCli({ QStringLiteral("import"), review, log }).exitCode, 0);

    QRandomGenerator random(20261206);
    QElapsedTimer elapsed;
    elapsed.start();
    int kills = 0, cliRuns = 0, imports = 0;
    qint64 editsChecked = 0;
    qint64 annotationsBefore = 0; // only the app adds annotations
    for (int iteration = 0; kills < kMinimumKills; ++iteration) {
        QVERIFY2(iteration < kMinimumKills * 3, "the edit loop kept ending before the kill");
        QProcess app;
        app.start(toolPath(QStringLiteral("editloop")), { QStringLiteral("--search"), review });
        QVERIFY(app.waitForStarted());
        // The first edit is committed once the search connection is open too.
        QVERIFY2(app.waitForReadyRead(30000), app.readAllStandardError().constData());
        QByteArray output;

        // Other programs on the same review while the app edits.
        const int runs = 1 + int(random.bounded(3u));
        for (int r = 0; r < runs; ++r) {
            output += app.readAllStandardOutput();
            const QSet<qint64> committed = printedAnnotations(output);
            const int what = int(random.bounded(3u));
            CliResult cli;
            if (what == 0) {
                cli = runCli({ QStringLiteral("info"), review, QStringLiteral("--json") });
                QVERIFY2(cli.exitCode == 0, cli.err.constData());
                // The CLI sees every annotation the app committed before it started.
                const qint64 seen = QJsonDocument::fromJson(cli.out)
                                        .object()
                                        .value(QLatin1String("annotations"))
                                        .toInteger(-1);
                QVERIFY2(seen >= annotationsBefore + committed.size(),
                    qPrintable(QStringLiteral(
                        "iteration %1: the CLI sees %2 annotations, but there were %3 and the app "
                        "committed %4 more")
                                   .arg(iteration)
                                   .arg(seen)
                                   .arg(annotationsBefore)
                                   .arg(committed.size())));
            } else if (what == 1) {
                cli = runCli({ QStringLiteral("events"), review, QStringLiteral("--format"),
                    QStringLiteral("jsonl") });
                QVERIFY2(cli.exitCode == 0, cli.err.constData());
                QVERIFY(cli.out.count('\n') >= 200);
            } else {
                const QString more = dir.filePath(QStringLiteral("more-%1-%2.jsonl").arg(iteration).arg(r));
                QVERIFY(faultless::tests::writeLog(more, 1000 + iteration * 3 + r, 50));
                cli = runCli({ QStringLiteral("import"), review, more });
                QVERIFY2(cli.exitCode == 0, cli.err.constData());
                QFile::remove(more);
                ++imports;
            }
            ++cliRuns;
            if (app.state() != QProcess::Running)
                break;
            // The app's -wal and -shm must still be the files beside the review.
            const QStringList held = heldReviewFiles(app.processId(), review);
            QVERIFY2(held.filter(QStringLiteral(" (deleted)")).isEmpty(),
                qPrintable(QStringLiteral("iteration %1, after `%2`: the app holds unlinked files: %3")
                               .arg(iteration)
                               .arg(what == 0      ? QStringLiteral("info")
                                       : what == 1 ? QStringLiteral("events")
                                                   : QStringLiteral("import"))
                               .arg(held.join(QStringLiteral(", ")))));
            QVERIFY2(
                held.contains(review + QStringLiteral("-wal")), qPrintable(held.join(QStringLiteral(", "))));
        }

        app.waitForFinished(int(random.bounded(250u)));
        if (faultless::tests::killNow(app))
            ++kills;
        output += app.readAllStandardOutput();
        QString why;
        {
            ReviewStore store;
            QVERIFY2(store.open(review), qPrintable(store.errorString()));
            QCOMPARE(store.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            annotationsBefore = store.scalar(QStringLiteral("SELECT COUNT(*) FROM annotations")).toLongLong();
        }
        QVERIFY2(faultless::tests::printedEditsAreStored(review, output, &editsChecked, &why),
            qPrintable(
                QStringLiteral("after kill %1 (iteration %2): %3").arg(kills).arg(iteration).arg(why)));
    }
    QVERIFY(editsChecked >= kMinimumKills);
    qInfo("two programs on one review: %d kills, %d faultless-cli runs beside the app (%d imports), %lld "
          "committed"
          " edits checked, %lld ms",
        kills, cliRuns, imports, editsChecked, elapsed.elapsed());
}

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
