#pragma once

#include "import/importer.h"

namespace faultless::model {

// Reads back `faultless-cli events --format csv` (and File > Export Events… as CSV): RFC 4180
// with the exact header that export writes (see FaultlessEventsFormat).
class FaultlessEventsCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FaultlessEventsCsvImporter)
public:
    QString id() const override { return QStringLiteral("faultless-csv"); }
    QString displayName() const override { return tr("Faultless events export (CSV)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("csv") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
