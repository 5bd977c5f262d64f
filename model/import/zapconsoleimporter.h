#pragma once

#include "import/textlineimporter.h"

#include <memory>

namespace faultless::model {

class JsonLinesImporter;

// zap's console encoding (Go: uber-go/zap, the OpenTelemetry Collector):
// "ts<TAB>level<TAB>[logger<TAB>][caller<TAB>]message[<TAB>{json fields}]", stack traces on the
// lines after. The JSON part is read by the JSON lines machinery.
class ZapConsoleImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(ZapConsoleImporter)
public:
    ZapConsoleImporter();
    ~ZapConsoleImporter() override;
    QString id() const override { return QStringLiteral("zap-console"); }
    QString displayName() const override { return tr("zap console log (text then JSON)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;

private:
    std::unique_ptr<JsonLinesImporter> m_json;
    ImportContext *m_context = nullptr;
};

} // namespace faultless::model
