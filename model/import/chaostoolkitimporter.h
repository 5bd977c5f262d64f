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

private:
    class Clock;
    struct Phase
    {
        const char *key; // machine name kept in the attributes
        QString label; // translated
    };
    // One journal's run and its activities (`ownDocument`: the file, when it holds this journal
    // alone, to find where each activity is written); false (rejected) when it has no experiment or start.
    bool readJournal(const QJsonObject &journal, qsizetype number, const QByteArray *ownDocument,
        Clock &clock, EventSink &sink);
    static ExperimentVerdict verdictOf(const QJsonObject &journal);
    static QString steadyStateSummary(const QJsonValue &value);
    static void describeRun(const QJsonObject &journal, const QJsonObject &experiment, EventRecord &run);
    static void readActivities(const QJsonObject &journal, const QString &title, const QByteArray &lane,
        const QByteArray *ownDocument, Clock &clock, EventSink &sink);
    static void describeActivity(
        const QJsonObject &result, const QString &title, const Phase &phase, EventRecord &child);
};

} // namespace faultless::model
