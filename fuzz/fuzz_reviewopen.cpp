// libFuzzer target for opening a review document: arbitrary bytes are written to a temporary
// .faultless file and opened as the application opens a file a user double-clicked. An open must
// either succeed (and then the document must be readable: timeline index, summary, event text)
// or fail with a message and leave the file byte for byte as it was.
#include "document/reviewdocument.h"
#include "store/eventquery.h"
#include "store/reviewsummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace faultless::model;

namespace {
std::unique_ptr<QTemporaryDir> &tempDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = { (*argv)[0], nullptr };
    static QCoreApplication app(appArgc, appArgv);
    tempDir() = std::make_unique<QTemporaryDir>();
    if (!tempDir()->isValid()) {
        std::fprintf(stderr, "fuzz_reviewopen: cannot create a temporary folder\n");
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tempDir()->filePath(QStringLiteral("input.faultless"));
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            std::abort();
    }

    ReviewDocument document;
    if (!document.open(path)) {
        if (document.errorString().isEmpty()) {
            std::fprintf(stderr, "open failed without a message\n");
            std::abort();
        }
        // A refused file is never written to (ReviewStore::open's promise).
        if (readFile(path) != bytes) {
            std::fprintf(stderr, "a refused document was modified: %s\n", qPrintable(document.errorString()));
            std::abort();
        }
        return 0;
    }
    // Opened: everything the window reads first must cope with whatever the file holds.
    const ReviewSummary summary = ReviewSummary::read(document.store());
    (void)summary.toJson();
    const TimelineIndex &timeline = document.timeline();
    QList<qint64> firstIds;
    for (qsizetype row = 0; row < timeline.size() && row < 64; ++row) {
        (void)timeline.end(row);
        firstIds.append(timeline.eventId(row));
    }
    (void)EventQuery::fetch(document.store(), firstIds);
    EventFilter filter;
    filter.search = QStringLiteral("error");
    int seen = 0;
    EventQuery::forEach(document.store(), filter, [&seen](const EventRow &) { return ++seen < 64; });
    document.close();
    return 0;
}
