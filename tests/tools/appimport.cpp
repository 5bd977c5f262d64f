// Test helper for tests/tst_crashsafety.cpp: imports files into a review the way the app's
// background import does (ImportJob::run with eventsCommitted: the events are committed first,
// their text indexed in a second transaction), printing one line per step once it is committed.
// The test kills this process with SIGKILL at random moments, between the two transactions too,
// and then checks that opening the review finishes what was left.
//
//   appimport [--linger MS] REVIEW FILE...
//
// --linger waits MS milliseconds between the two transactions (holding the write lock, as the
// indexing does), so that random kills land there often.
//
// Output lines (flushed one by one):
//   committed <source id>     the source and its events are committed, their text not yet
//   indexed <source id>       their text is in the full-text index
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace faultless::model;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int lingerMs = 0;
    if (args.size() > 2 && args.at(1) == QLatin1String("--linger")) {
        lingerMs = args.at(2).toInt();
        args.remove(1, 2);
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: appimport [--linger MS] REVIEW FILE...\n");
        return 1;
    }
    ReviewStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "appimport: %s\n", qPrintable(store.errorString()));
        return 2;
    }
    const ImporterRegistry registry;
    for (const QString &path : args.mid(2)) {
        ImportRequest request;
        request.path = path;
        const ImportResult result
            = ImportJob::run(store, registry, request, nullptr, nullptr, [lingerMs](const ImportResult &r) {
                  std::printf("committed %lld\n", r.sourceId);
                  std::fflush(stdout);
                  QThread::msleep(lingerMs);
              });
        if (result.status != ImportResult::Status::Imported || !result.textIndexError.isEmpty()) {
            std::fprintf(stderr, "appimport: %s %s\n", qPrintable(result.summary()),
                qPrintable(result.textIndexError));
            return 3;
        }
        std::printf("indexed %lld\n", result.sourceId);
        std::fflush(stdout);
    }
    return 0;
}
