#pragma once

#include "import/importer.h"

namespace faultless::model {

// PagerDuty REST v2 log entries ({log_entries:[...]}, {log_entry:{...}}) and incidents
// ({incident:{...}}, {incidents:[...]}). A trigger is drawn as a span up to its incident's resolve.
class PagerDutyImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PagerDutyImporter)
public:
    QString id() const override { return QStringLiteral("pagerduty"); }
    QString displayName() const override { return tr("PagerDuty log entries"); }
    QString sourceKind() const override { return QStringLiteral("alert"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
