#pragma once

#include "import/importer.h"

namespace faultless::model {

// Unleash events: {events:[...]} from /api/admin/events, a bare array, or one event per line.
class UnleashImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(UnleashImporter)
public:
    QString id() const override { return QStringLiteral("unleash"); }
    QString displayName() const override { return tr("Unleash event log"); }
    QString sourceKind() const override { return QStringLiteral("flag"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
