// libFuzzer target for the importers: arbitrary bytes go through ImportInput (gzip included) into
// one importer's sniff() and read(), as a file a user was sent would.
//
// One binary serves every registered importer, so a newly registered importer is fuzzed without
// touching this folder. The importer is chosen, in this order, by
//   - the environment variable FAULTLESS_FUZZ_IMPORTER=<id>,
//   - the binary's name: fuzz_importer_<id> (a symlink; scripts/fuzz.sh makes them),
//   - the compile definition FAULTLESS_FUZZ_IMPORTER_ID.
// The id "detect" runs every importer's sniff() and then the one the registry picks, as
// ImportJob does for a file without --format. FAULTLESS_FUZZ_LIST=1 prints the ids and exits.
#include "import/collectingsink.h"
#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace faultless::model;

namespace {

struct Target
{
    std::unique_ptr<ImporterRegistry> registry;
    QString id;
};

Target &target()
{
    static Target t;
    return t;
}

QString chooseId(const char *argv0)
{
    const QByteArray fromEnv = qgetenv("FAULTLESS_FUZZ_IMPORTER");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    const QString name = QFileInfo(QString::fromLocal8Bit(argv0)).fileName();
    const QString prefix = QStringLiteral("fuzz_importer_");
    if (name.startsWith(prefix) && name.size() > prefix.size())
        return name.mid(prefix.size());
#ifdef FAULTLESS_FUZZ_IMPORTER_ID
    return QStringLiteral(FAULTLESS_FUZZ_IMPORTER_ID);
#else
    return {};
#endif
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Some importers translate messages and read time zones: give them an application.
    static int appArgc = 1;
    static char *appArgv[] = { (*argv)[0], nullptr };
    static QCoreApplication app(appArgc, appArgv);

    Target &t = target();
    t.registry = std::make_unique<ImporterRegistry>();
    if (qEnvironmentVariableIsSet("FAULTLESS_FUZZ_LIST")) {
        for (const auto &importer : t.registry->importers())
            std::printf("%s\n", qPrintable(importer->id()));
        std::exit(0);
    }
    t.id = chooseId((*argv)[0]);
    if (t.id != QLatin1String("detect") && !t.registry->find(t.id)) {
        std::fprintf(stderr,
            "fuzz_importer: unknown importer \"%s\"; set FAULTLESS_FUZZ_IMPORTER to one of:\n",
            qPrintable(t.id));
        for (const auto &importer : t.registry->importers())
            std::fprintf(stderr, "  %s\n", qPrintable(importer->id()));
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Target &t = target();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    ImportInput input;
    input.openBytes(bytes, QStringLiteral("fuzz-input"));
    // Small caps keep a single input from looking like an out-of-memory finding; the caps
    // themselves are tested in tests/tst_hostileinput.cpp.
    input.setMaxLineLength(256 * 1024);
    input.setMaxDocumentSize(8 * 1024 * 1024);
    input.setMaxDecompressedSize(16 * 1024 * 1024);
    const QByteArray prefix = input.peek(ImporterRegistry::SniffSize);

    std::unique_ptr<Importer> importer;
    if (t.id == QLatin1String("detect")) {
        const FormatDetection detection = t.registry->detect(prefix, QStringLiteral("fuzz-input"));
        if (!detection.importer)
            return 0;
        importer = t.registry->create(detection.importer->id());
    } else {
        importer = t.registry->create(t.id);
        const int confidence = importer->sniff(prefix, QStringLiteral("fuzz-input"));
        if (confidence < 0 || confidence > 100) {
            std::fprintf(stderr, "sniff() returned %d, outside 0..100\n", confidence);
            std::abort();
        }
    }

    ImportContext context;
    context.fileName = QStringLiteral("fuzz-input");
    context.referenceYear = 2024;
    CollectingSink sink;
    QString error;
    const bool readable = importer->read(input, sink, context, &error);
    // The Importer contract says a failed read() says why. ImportJob copes when it does not, so
    // this is reported once rather than treated as a crash.
    static bool reportedSilentFailure = false;
    if (!readable && error.isEmpty() && !reportedSilentFailure) {
        reportedSilentFailure = true;
        std::fprintf(
            stderr, "note: %s: read() returned false without an error message\n", qPrintable(importer->id()));
    }
    for (const EventRecord &event : sink.events) {
        // Every accepted event must have an instant: the timeline sorts on it.
        if (event.instant == NoInstant) {
            std::fprintf(stderr, "%s: accepted an event without an instant\n", qPrintable(importer->id()));
            std::abort();
        }
    }
    return 0;
}
