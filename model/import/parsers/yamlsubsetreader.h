#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace faultless::model {

// Reads the subset of YAML that Kubernetes resources are written in (kubectl -o yaml, client
// SDKs, hand-written manifests): block mappings and sequences by indentation, flow mappings and
// sequences on one line ({a: 1}, [x, y]), single- and double-quoted scalars (double-quoted ones
// may continue on following lines), plain scalars folded over continuation lines, block scalars
// (| and >), comments and several documents separated by ---.
// Not supported, reported as errors: anchors and aliases, tags, complex keys, multi-line flow
// collections. Written instead of linking yaml-cpp because the ChaosResult importer is the only
// YAML reader in the application and needs nothing beyond this subset; scalars stay strings
// (null becomes an invalid QVariant) since the importer interprets each field itself.
class YamlSubsetReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlSubsetReader)
public:
    // Collections nested deeper than this are an error: the reader recurses once per level, and a
    // document nested 50,000 deep overflowed the stack. Kubernetes resources nest about 10 deep.
    static constexpr int MaxDepth = 256;

    // Every document of `text`; false with `error` (naming the line) when it is outside the subset
    // or nested deeper than MaxDepth.
    static bool parse(const QByteArray &text, QVariantList *documents, QString *error);

    // Convenience lookups through nested maps: path "status.experimentStatus.verdict".
    static QVariant value(const QVariant &root, const QString &path);
};

} // namespace faultless::model
