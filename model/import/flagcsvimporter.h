#pragma once

#include "import/importer.h"

namespace faultless::model {

// A generic CSV of flag changes for tools without an importer of their own:
// instant, flag, environment, old, new, actor (header names matched loosely; see the .cpp).
class FlagCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FlagCsvImporter)
public:
    QString id() const override { return QStringLiteral("flag-csv"); }
    QString displayName() const override { return tr("Flag changes (CSV)"); }
    QString sourceKind() const override { return QStringLiteral("flag"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("csv") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
