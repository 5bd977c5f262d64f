#pragma once

#include "import/importer.h"

namespace faultless::model {

// LaunchDarkly audit-log entries: the REST list ({items:[...]}, date in epoch ms), single entries and
// webhook bodies (same shape), and the integration-framework context (timestamp{milliseconds}, key).
class LaunchDarklyImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(LaunchDarklyImporter)
public:
    QString id() const override { return QStringLiteral("launchdarkly"); }
    QString displayName() const override { return tr("LaunchDarkly audit log"); }
    QString sourceKind() const override { return QStringLiteral("flag"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
