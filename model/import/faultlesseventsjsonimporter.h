#pragma once

#include "import/importer.h"

namespace faultless::model {

// Reads back `faultless-cli events --format jsonl` (and File > Export Events… as JSON lines):
// one JSON object per line with exactly the keys that export writes (see FaultlessEventsFormat).
class FaultlessEventsJsonImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FaultlessEventsJsonImporter)
public:
    QString id() const override { return QStringLiteral("faultless-jsonl"); }
    QString displayName() const override { return tr("Faultless events export (JSON lines)"); }
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("jsonl"), QStringLiteral("ndjson") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

private:
    // One line through QJsonDocument: where FaultlessEventsFormat::Reader is unsure.
    static bool readWithQt(QByteArrayView line, EventRecord *record, QString *reason);
};

} // namespace faultless::model
