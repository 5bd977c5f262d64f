#pragma once

#include "import/importer.h"

namespace faultless::model {

// Prometheus Alertmanager webhook bodies: one per line, an array of them, or a single body.
// Each alert becomes a span from startsAt to endsAt; notifications of the same alert are merged.
class AlertmanagerImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerImporter)
public:
    QString id() const override { return QStringLiteral("alertmanager"); }
    QString displayName() const override { return tr("Prometheus Alertmanager webhook"); }
    QString sourceKind() const override { return QStringLiteral("alert"); }
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
