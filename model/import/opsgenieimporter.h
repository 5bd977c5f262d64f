#pragma once

#include "import/importer.h"

namespace faultless::model {

// Opsgenie alert webhook bodies ({action, alert:{...}, source}) one per line, as an array, or one.
// A Create and the Close of the same alert make one span; every action is also an event.
class OpsgenieImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(OpsgenieImporter)
public:
    QString id() const override { return QStringLiteral("opsgenie"); }
    QString displayName() const override { return tr("Opsgenie alert webhooks"); }
    QString sourceKind() const override { return QStringLiteral("alert"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json"), QStringLiteral("jsonl") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
