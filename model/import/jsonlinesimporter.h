#pragma once

#include "import/importer.h"

namespace faultless::model {

// JSON lines application logs (one JSON object per line) with the key names common loggers use.
class JsonLinesImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesImporter)
public:
    QString id() const override { return QStringLiteral("jsonl"); }
    QString displayName() const override { return tr("JSON lines log"); }
    QStringList fileSuffixes() const override
    {
        return {QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("json"), QStringLiteral("log")};
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
