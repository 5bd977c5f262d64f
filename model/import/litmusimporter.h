#pragma once

#include "import/importer.h"

namespace faultless::model {

// LitmusChaos ChaosResult resources as YAML (`kubectl get -o yaml`, the litmus-python SDK's file),
// JSON (`-o json`, lists too) or `kubectl describe` text. A ChaosResult holds no run instants; see
// read() for where they come from.
class LitmusImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(LitmusImporter)
public:
    QString id() const override { return QStringLiteral("litmus"); }
    QString displayName() const override { return tr("LitmusChaos ChaosResult"); }
    QString sourceKind() const override { return QStringLiteral("experiment"); }
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("json"),
            QStringLiteral("txt") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
