#pragma once

#include "import/importer.h"

namespace faultless::model {

// Kubernetes core/v1 Events: `kubectl get events -o json` (an EventList), a single Event, or a
// stream of watch envelopes ({"type": "ADDED", "object": Event}, `kubectl get events -w -o json`).
// Time: eventTime, else lastTimestamp, firstTimestamp, metadata.creationTimestamp. The involved
// object ("Pod/web-1") is the lane; Warning events are warnings; count is kept as an attribute.
class KubernetesEventsImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesEventsImporter)
public:
    QString id() const override { return QStringLiteral("k8s-events"); }
    QString displayName() const override { return tr("Kubernetes events (kubectl get events -o json)"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("json")}; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

    struct Slice
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    // The byte ranges of the records in a document: the elements of a top-level "items" array,
    // or each top-level object. Keeps every record's origin (line and offset) exact.
    static std::vector<Slice> recordSlices(const QByteArray &document);
};

} // namespace faultless::model
