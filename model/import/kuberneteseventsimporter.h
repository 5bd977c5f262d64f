#pragma once

#include "import/importer.h"

namespace faultless::model {

// Kubernetes core/v1 Events: `kubectl get events -o json` (an EventList), a single Event, or a
// stream of watch envelopes ({"type": "ADDED", "object": Event}, `kubectl get events -w -o json`).
// Time: eventTime, else lastTimestamp, firstTimestamp, metadata.creationTimestamp. The involved
// object ("Pod/web-1") is the lane; Warning events are warnings; count is kept as an attribute.
//
// The input is read as it streams past, line by line: each record (an element of the top-level
// "items" array, or a top-level object without one) is parsed and delivered as soon as it closes,
// so progress follows the events, cancel takes effect within a read buffer, and memory is bounded
// by the largest record rather than by the file.
class KubernetesEventsImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesEventsImporter)
public:
    QString id() const override { return QStringLiteral("k8s-events"); }
    QString displayName() const override { return tr("Kubernetes events (kubectl get events -o json)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
