#pragma once

#include "import/importer.h"

namespace faultless::model {

// Chaos Toolkit run journals (`chaos run` writes journal.json): one span for the run with its
// steady-state hypothesis and verdict, and each probe and action as a child event on the same lane.
class ChaosToolkitImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ChaosToolkitImporter)
public:
    QString id() const override { return QStringLiteral("chaostoolkit"); }
    QString displayName() const override { return tr("Chaos Toolkit journal"); }
    QString sourceKind() const override { return QStringLiteral("experiment"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
