#pragma once

#include "import/importer.h"
#include "import/parsers/jsonpositions.h"

#include <QJsonArray>

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
    // Where a journal is written in the file's bytes, to place its run and each activity for
    // Show in Source; `document` null when that is not known.
    struct Placement
    {
        const QByteArray *document = nullptr;
        JsonPositions::Position journal;
        // The elements of the array at `keys` from the journal's start; empty when not known.
        QList<JsonPositions::Position> of(const QList<QByteArray> &keys) const;
    };
    // One journal's run and its activities; false (rejected) when it has no experiment or start.
    bool readJournal(const QJsonObject &journal, qsizetype number, const Placement &placement, Clock &clock,
        EventSink &sink);
    static ExperimentVerdict verdictOf(const QJsonObject &journal);
    static QString steadyStateSummary(const QJsonValue &value);
    static void describeRun(const QJsonObject &journal, const QJsonObject &experiment, EventRecord &run);
    static void readActivities(const QJsonObject &journal, const QString &title, const QByteArray &lane,
        const Placement &placement, Clock &clock, EventSink &sink);
    // The probes of every continuous check ("during"), in order, and where each is written.
    static QJsonArray probesDuring(
        const QJsonObject &steady, const Placement &placement, QList<JsonPositions::Position> *positions);
    static void describeActivity(
        const QJsonObject &result, const QString &title, const Phase &phase, EventRecord &child);
};

} // namespace faultless::model
