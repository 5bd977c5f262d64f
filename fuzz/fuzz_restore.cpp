// libFuzzer target for restoring an archive: arbitrary bytes are written to a temporary .zip and
// restored as `faultless-cli restore ARCHIVE --output REVIEW --sources DIR` does. A restore must
// never crash, never write outside its target folder, and either succeed (the review then opens)
// or fail with a message having written nothing at all.
#include "archive/reviewarchive.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
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

// Every file and folder under `path`, hidden ones too.
QStringList listTree(const QString &path)
{
    QStringList names;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(path).relativeFilePath(it.next());
    names.sort();
    return names;
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_restore: %s: %s\n", what, qPrintable(detail));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = { (*argv)[0], nullptr };
    static QCoreApplication app(appArgc, appArgv);
    tempDir() = std::make_unique<QTemporaryDir>();
    if (!tempDir()->isValid()) {
        std::fprintf(stderr, "fuzz_restore: cannot create a temporary folder\n");
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = tempDir()->path();
    const QString archive = tempDir()->filePath(QStringLiteral("input.zip"));
    const QString target = tempDir()->filePath(QStringLiteral("target"));
    QDir(target).removeRecursively();
    if (!QDir().mkpath(target))
        fail("cannot create", target);
    {
        QFile f(archive);
        const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            fail("cannot write", archive);
    }
    const QStringList expectedOutside { QStringLiteral("input.zip"), QStringLiteral("target") };

    // Small limits: the fuzzer should spend its time on structure, not on inflating gigabytes.
    ReviewArchive::Limits limits;
    limits.maxEntrySize = 64 * 1024 * 1024;
    limits.maxTotalSize = 128 * 1024 * 1024;
    const QString review = target + QStringLiteral("/review.faultless");
    const QString sources = target + QStringLiteral("/sources");
    QString error;
    const bool restored = ReviewArchive::restore(archive, review, &error, sources, limits);

    if (QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
        != expectedOutside)
        fail("wrote outside its target", listTree(root).join(QLatin1Char(' ')));
    if (!restored) {
        if (error.isEmpty())
            fail("failed without a message", archive);
        if (!listTree(target).isEmpty())
            fail("a failed restore left files",
                listTree(target).join(QLatin1Char(' ')) + QStringLiteral(": ") + error);
        return 0;
    }
    ReviewStore store;
    if (!store.open(review))
        fail("the restored review does not open", store.errorString());
    return 0;
}
