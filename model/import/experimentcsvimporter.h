#pragma once

#include "import/importer.h"

namespace faultless::model {

// A generic CSV of experiment runs: start, end, title, hypothesis, verdict, before, after
// (steady state before and after), optional actor and environment.
class ExperimentCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentCsvImporter)
public:
    QString id() const override { return QStringLiteral("experiment-csv"); }
    QString displayName() const override { return tr("Experiment runs (CSV)"); }
    QString sourceKind() const override { return QStringLiteral("experiment"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("csv") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
