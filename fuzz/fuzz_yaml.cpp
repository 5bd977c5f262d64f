// libFuzzer target for YamlSubsetReader, the reader behind the LitmusChaos importer.
//
// The input is read two ways. As it is: arbitrary text, the shapes a hand-written manifest may
// take. And, when it starts with the byte 0xFF, as a recipe for depth, which mutation alone
// reaches only slowly: 0xFF, a repeat count (two bytes, big-endian), the length of a unit (one
// byte), the unit, and a tail; the text is the unit repeated `count` times and then the tail, so
// that "- ", "[", "{a: " or "  k:\n" nest tens of thousands deep from a few bytes.
//
// Beyond not crashing (the reader once recursed once per level without a limit, and a document
// nested 50,000 deep overflowed the stack), it checks that a document it accepts is nested no
// deeper than YamlSubsetReader::MaxDepth, and that a refusal says which line.
#include "import/parsers/yamlsubsetreader.h"

#include <QCoreApplication>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <cstdio>
#include <cstdlib>

using faultless::model::YamlSubsetReader;

namespace {

QByteArray expand(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size < 4 || data[0] != 0xFF)
        return raw;
    const int count = (data[1] << 8) | data[2];
    const qsizetype unitSize = std::min<qsizetype>(data[3], qsizetype(size) - 4);
    const QByteArray unit = raw.mid(4, unitSize);
    return unit.repeated(count) + raw.mid(4 + unitSize);
}

// Depth of nested lists and maps; iterative, so that checking a deep result cannot overflow
// the stack itself.
int depthOf(const QVariant &root)
{
    int deepest = 0;
    QList<QPair<QVariant, int>> pending { { root, 0 } };
    while (!pending.isEmpty()) {
        const auto [value, depth] = pending.takeLast();
        if (value.typeId() == QMetaType::QVariantList) {
            deepest = std::max(deepest, depth + 1);
            for (const QVariant &item : value.toList())
                pending.append({ item, depth + 1 });
        } else if (value.typeId() == QMetaType::QVariantMap) {
            deepest = std::max(deepest, depth + 1);
            const QVariantMap map = value.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                pending.append({ it.value(), depth + 1 });
        }
    }
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The reader translates its messages: give it an application.
    static int appArgc = 1;
    static char *appArgv[] = { (*argv)[0], nullptr };
    static QCoreApplication app(appArgc, appArgv);
    Q_UNUSED(argc);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = expand(data, size);
    QVariantList documents;
    QString error;
    if (!YamlSubsetReader::parse(text, &documents, &error)) {
        if (!error.startsWith(QLatin1String("line "))) {
            std::fprintf(stderr, "refused without naming a line: %s\n", qPrintable(error));
            std::abort();
        }
        return 0;
    }
    for (const QVariant &document : std::as_const(documents)) {
        const int depth = depthOf(document);
        if (depth > YamlSubsetReader::MaxDepth) {
            std::fprintf(
                stderr, "accepted a document nested %d deep (limit %d)\n", depth, YamlSubsetReader::MaxDepth);
            std::abort();
        }
        YamlSubsetReader::value(document, QStringLiteral("status.experimentStatus.verdict"));
        YamlSubsetReader::value(document, QStringLiteral("metadata.name"));
    }
    return 0;
}
