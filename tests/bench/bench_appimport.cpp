// Benchmark of what a reviewer waits for when importing a large log in the app (docs/budgets.md:
// timeline visible <= 2 s after starting a 1M-record import, full-text search may
// finish in the background). Drives the real MainWindow: File > Import of the JSON-lines log that
// bench_import generates, then prints when the event table and timeline hold every event (the
// import's events are committed and the window has loaded them) and when the import is over
// (the text is searchable). Not a test: it prints figures.
//
// Usage: bench_appimport LOG.jsonl [RUNS]
//   e.g. build/tests/bench_import 1000000 --keep /tmp/bi --no-lnav, then
//        QT_QPA_PLATFORM=offscreen build/tests/bench_appimport /tmp/bi/bench-1000000.jsonl 3
#include "document/reviewdocument.h"
#include "items/eventtablemodel.h"
#include "mainwindow.h"
#include "store/eventwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace faultless;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2 || !QFileInfo::exists(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(
            stderr, "usage: bench_appimport LOG.jsonl [RUNS] (bench_import --keep DIR writes one)\n");
        return 1;
    }
    const QString log = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    std::printf("input: %s, %.1f MB\n", qPrintable(log), double(QFileInfo(log).size()) / 1e6);
    for (int run = 1; run <= runs; ++run) {
        QTemporaryDir dir;
        views::MainWindow window;
        window.resize(1400, 860);
        window.show();
        if (!window.newReview(dir.filePath(QStringLiteral("bench.faultless")), QStringLiteral("bench"),
                QStringLiteral("UTC"))) {
            std::fprintf(stderr, "cannot create a review\n");
            return 2;
        }
        QElapsedTimer clock;
        double shownAt = -1, doneAt = -1;
        QString statusWhileShown;
        QEventLoop loop;
        // Polled, not signalled: the figure is when the window holds the events, whatever told it.
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (shownAt < 0 && window.eventModel().rowCount() > 0) {
                shownAt = double(clock.nsecsElapsed()) / 1e9;
                statusWhileShown = window.statusBar()->currentMessage();
            }
            if (shownAt >= 0 && !window.isImporting()) {
                doneAt = double(clock.nsecsElapsed()) / 1e9;
                loop.quit();
            }
        });
        clock.start();
        window.importFiles({ log });
        poll.start();
        loop.exec();
        const bool searchable = !model::EventWriter::hasPendingText(window.document().store());
        std::printf(
            "run %d: events in the table and timeline %.2f s (%d rows; status bar: \"%s\")   [budget <= 2 s];"
            " import over, text searchable %.2f s (%s)\n",
            run, shownAt, window.eventModel().rowCount(), qPrintable(statusWhileShown), doneAt,
            searchable ? "nothing left to index" : "TEXT STILL PENDING");
    }
    return 0;
}
