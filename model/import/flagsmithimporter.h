#pragma once

#include "import/importer.h"

namespace faultless::model {

// Flagsmith audit-log rows (the paginated API list, single rows as the audit-log webhook sends
// them) and environment webhooks (FLAG_UPDATED / FLAG_DELETED with previous_state and new_state).
class FlagsmithImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FlagsmithImporter)
public:
    QString id() const override { return QStringLiteral("flagsmith"); }
    QString displayName() const override { return tr("Flagsmith audit log"); }
    QString sourceKind() const override { return QStringLiteral("flag"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
