#pragma once

#include "import/textlineimporter.h"

namespace faultless::model {

// Plain text logs whose lines start with a timestamp (ISO 8601, "2024/05/01 10:00:00",
// "[01/May/2024:10:00:00 +0000]", "May  1 10:00:00"), optionally followed by a level word.
// Lines without a timestamp (stack traces, wrapped messages) are folded into the event before.
class PlainTextImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextImporter)
public:
    QString id() const override { return QStringLiteral("text"); }
    QString displayName() const override { return tr("Plain text log (timestamped lines)"); }
    QStringList fileSuffixes() const override { return {QStringLiteral("log"), QStringLiteral("txt")}; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;
};

} // namespace faultless::model
