#include "chaostoolkitimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace faultless::model {

int ChaosToolkitImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (JsonItems::hasKeys(prefix, { "chaoslib-version", "experiment" }))
        return 95;
    if (JsonItems::hasKeys(prefix, { "experiment", "steady_states", "deviated" }))
        return 90;
    return 0;
}

// Chaos Toolkit writes datetime.utcnow() without an offset (chaoslib before 1.2x), so naive
// instants are UTC here unless the user chose a zone; the clock remembers whether it saw one.
class ChaosToolkitImporter::Clock
{
public:
    explicit Clock(const ImportContext &context)
        : m_context(context)
        , m_zone(context.zoneChosen ? context.zone : QTimeZone::utc())
    { }
    Instant operator()(const QJsonValue &v)
    {
        m_context.usedZoneForNaiveTimestamps = false;
        const Instant t = RecordTime::instant(v, m_zone, m_context);
        m_sawNaive = m_sawNaive || m_context.usedZoneForNaiveTimestamps;
        return t;
    }
    bool sawNaive() const { return m_sawNaive; }

private:
    ImportContext m_context;
    timestamps::ZoneResolver m_zone;
    bool m_sawNaive = false;
};

// A run of the whole experiment becomes one span carrying the hypothesis and verdict; each probe
// and action the toolkit ran becomes a child event on the same lane (the experiment title), so the
// timeline shows what was done inside the span.
bool ChaosToolkitImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QJsonValue root;
    QByteArray document;
    if (!JsonItems::readDocument(input, &root, error, &document))
        return false;
    QList<QJsonObject> journals;
    // Where each journal starts, for Show in Source: a file holds one journal (the usual case) or
    // an array of them.
    QList<JsonPositions::Position> starts;
    if (root.isArray()) {
        for (const QJsonValue &v : root.toArray())
            journals.append(v.toObject());
        starts = JsonPositions::ofArray(document);
    } else {
        journals.append(root.toObject());
        starts = { JsonPositions::Position { 0, 1 } };
    }
    const bool placed = !document.isEmpty() && starts.size() == journals.size();
    Clock clock(context);
    bool any = false;
    for (qsizetype j = 0; j < journals.size(); ++j) {
        const Placement placement = placed ? Placement { &document, starts.at(j) } : Placement {};
        any = readJournal(journals.at(j), j + 1, placement, clock, sink) || any;
    }
    if (clock.sawNaive()) {
        if (context.zoneChosen)
            context.usedZoneForNaiveTimestamps = true;
        else
            context.notes << tr("Chaos Toolkit wrote instants without an offset; they were read as UTC.");
    }
    if (!any && error)
        *error = tr("%1: no Chaos Toolkit run in the file").arg(input.fileName());
    return any;
}

QList<JsonPositions::Position> ChaosToolkitImporter::Placement::of(const QList<QByteArray> &keys) const
{
    return document ? JsonPositions::ofArray(*document, journal, keys) : QList<JsonPositions::Position> {};
}

bool ChaosToolkitImporter::readJournal(
    const QJsonObject &journal, qsizetype number, const Placement &placement, Clock &clock, EventSink &sink)
{
    const JsonItem where { journal, 0, placement.document ? placement.journal.byteOffset : 0, number };
    const QJsonObject experiment = journal.value(QLatin1String("experiment")).toObject();
    if (experiment.isEmpty()) {
        sink.addRejected(ActivityRecords::reject(where, tr("no \"experiment\" in the journal")));
        return false;
    }
    const QString title = experiment.value(QLatin1String("title")).toString().trimmed();
    const QByteArray lane = (title.isEmpty() ? tr("Chaos Toolkit experiment") : title).toUtf8();
    EventRecord run;
    run.byteOffset = where.byteOffset;
    run.kind = EventKind::Experiment;
    run.lane = lane;
    run.instant = clock(journal.value(QLatin1String("start")));
    run.end = clock(journal.value(QLatin1String("end")));
    if (run.instant == NoInstant) {
        sink.addRejected(ActivityRecords::reject(where, tr("the journal has no usable \"start\"")));
        return false;
    }
    if (run.end != NoInstant && run.end < run.instant)
        run.end = NoInstant;
    describeRun(journal, experiment, run);
    sink.addEvent(std::move(run));
    readActivities(journal, title, lane, placement, clock, sink);
    return true;
}

ExperimentVerdict ChaosToolkitImporter::verdictOf(const QJsonObject &journal)
{
    const QString status = journal.value(QLatin1String("status")).toString();
    if (journal.value(QLatin1String("deviated")).toBool())
        return ExperimentVerdict::Deviated;
    if (status == QLatin1String("completed"))
        return ExperimentVerdict::Held;
    if (status == QLatin1String("aborted") || status == QLatin1String("interrupted")
        || status == QLatin1String("failed"))
        // Failed without deviating: the hypothesis could not be evaluated (e.g. not met before).
        return ExperimentVerdict::Aborted;
    return ExperimentVerdict::Unknown;
}

QString ChaosToolkitImporter::steadyStateSummary(const QJsonValue &value)
{
    if (!value.isObject())
        return tr("not checked");
    const QJsonObject s = value.toObject();
    const QJsonArray probes = s.value(QLatin1String("probes")).toArray();
    QStringList outside;
    for (const QJsonValue &p : probes) {
        const QJsonObject probe = p.toObject();
        if (!probe.value(QLatin1String("tolerance_met")).toBool(true))
            outside
                << probe.value(QLatin1String("activity")).toObject().value(QLatin1String("name")).toString();
    }
    if (s.value(QLatin1String("steady_state_met")).toBool() && outside.isEmpty())
        return tr("met (%n probe(s) within tolerance)", nullptr, int(probes.size()));
    if (outside.isEmpty())
        return tr("not met");
    return tr("not met: %1 outside tolerance").arg(outside.join(QLatin1String(", ")));
}

// The run's experiment (hypothesis, verdict, steady states), severity, text and attributes.
void ChaosToolkitImporter::describeRun(
    const QJsonObject &journal, const QJsonObject &experiment, EventRecord &run)
{
    const QString status = journal.value(QLatin1String("status")).toString();
    const QJsonObject steady = journal.value(QLatin1String("steady_states")).toObject();
    ExperimentRun x;
    x.title = experiment.value(QLatin1String("title")).toString().trimmed();
    x.hypothesis = experiment.value(QLatin1String("steady-state-hypothesis"))
                       .toObject()
                       .value(QLatin1String("title"))
                       .toString()
                       .trimmed();
    x.verdict = verdictOf(journal);
    x.steadyStateBefore = steadyStateSummary(steady.value(QLatin1String("before")));
    x.steadyStateAfter = steadyStateSummary(steady.value(QLatin1String("after")));

    QString verdictText;
    switch (x.verdict) {
    case ExperimentVerdict::Held:
        verdictText = tr("held");
        run.severity = Severity::Info;
        break;
    case ExperimentVerdict::Deviated:
        verdictText = tr("deviated");
        run.severity = Severity::Warning;
        break;
    case ExperimentVerdict::Aborted:
        verdictText = tr("was not evaluated (run %1)").arg(status);
        run.severity = Severity::Error;
        break;
    case ExperimentVerdict::Unknown:
        verdictText = tr("has no verdict");
        break;
    }
    run.text = (x.hypothesis.isEmpty()
            ? tr("Experiment \"%1\" %2").arg(x.title, verdictText)
            : tr("Experiment \"%1\": hypothesis \"%2\" %3").arg(x.title, x.hypothesis, verdictText))
                   .toUtf8();
    QJsonObject attrs;
    attrs.insert(QStringLiteral("status"), status);
    attrs.insert(QStringLiteral("deviated"), journal.value(QLatin1String("deviated")).toBool());
    attrs.insert(QStringLiteral("verdict"), experimentVerdictName(x.verdict));
    attrs.insert(QStringLiteral("steady_state_before"), x.steadyStateBefore);
    attrs.insert(QStringLiteral("steady_state_after"), x.steadyStateAfter);
    // "during" is absent from older journals and an empty list in newer ones: both mean no
    // continuous checks ran; keep the difference visible rather than guessing.
    if (steady.contains(QLatin1String("during")))
        attrs.insert(QStringLiteral("steady_state_during_checks"),
            steady.value(QLatin1String("during")).toArray().size());
    for (const char *key : { "chaoslib-version", "node", "duration" }) {
        if (journal.contains(QLatin1String(key)))
            attrs.insert(QLatin1String(key), journal.value(QLatin1String(key)));
    }
    const QString description = experiment.value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        attrs.insert(QStringLiteral("description"), description);
    run.attributesJson = JsonItems::compact(attrs);
    run.experiment = x;
}

// Continuous checks (chaoslib's "during") are a list of steady-state results, each with probes.
QJsonArray ChaosToolkitImporter::probesDuring(
    const QJsonObject &steady, const Placement &placement, QList<JsonPositions::Position> *positions)
{
    QJsonArray during;
    const QJsonArray checks = steady.value(QLatin1String("during")).toArray();
    const QList<JsonPositions::Position> checkStarts = placement.of({ "steady_states", "during" });
    for (qsizetype c = 0; c < checks.size(); ++c) {
        const QJsonArray probes = checks.at(c).toObject().value(QLatin1String("probes")).toArray();
        for (const QJsonValue &probe : probes)
            during.append(probe);
        if (c < checkStarts.size() && placement.document)
            *positions += JsonPositions::ofArray(*placement.document, checkStarts.at(c), { "probes" });
    }
    // All or nothing: a position given to the wrong probe would be worse than none.
    if (positions->size() != during.size())
        positions->clear();
    return during;
}

// Each probe and action of the five phases, as child events of the run on its lane.
void ChaosToolkitImporter::readActivities(const QJsonObject &journal, const QString &title,
    const QByteArray &lane, const Placement &placement, Clock &clock, EventSink &sink)
{
    const QJsonObject steady = journal.value(QLatin1String("steady_states")).toObject();
    QList<JsonPositions::Position> duringPositions;
    const QJsonArray during = probesDuring(steady, placement, &duringPositions);
    const Phase phases[] = { { "steady-state-before", tr("Before the method") }, { "method", tr("Method") },
        { "steady-state-during", tr("During the method") }, { "steady-state-after", tr("After the method") },
        { "rollback", tr("Rollback") } };
    const QJsonArray lists[]
        = { steady.value(QLatin1String("before")).toObject().value(QLatin1String("probes")).toArray(),
              journal.value(QLatin1String("run")).toArray(), during,
              steady.value(QLatin1String("after")).toObject().value(QLatin1String("probes")).toArray(),
              journal.value(QLatin1String("rollbacks")).toArray() };
    // Where each activity's result starts, for Show in Source.
    const QList<JsonPositions::Position> positions[]
        = { placement.of({ "steady_states", "before", "probes" }), placement.of({ "run" }), duringPositions,
              placement.of({ "steady_states", "after", "probes" }), placement.of({ "rollbacks" }) };
    for (int p = 0; p < 5; ++p) {
        const QJsonArray &list = lists[p];
        for (qsizetype i = 0; i < list.size(); ++i) {
            const JsonItem at = JsonItems::placed({ list.at(i), 0, 0, i + 1 }, positions[p], i);
            const QJsonObject result = list.at(i).toObject();
            EventRecord child;
            child.byteOffset = at.byteOffset;
            child.kind = EventKind::Experiment;
            child.lane = lane;
            child.instant = clock(result.value(QLatin1String("start")));
            if (child.instant == NoInstant) {
                sink.addRejected(ActivityRecords::reject(
                    at, tr("%1, activity %2: no usable \"start\"").arg(phases[p].label).arg(i + 1)));
                continue;
            }
            child.end = clock(result.value(QLatin1String("end")));
            if (child.end != NoInstant && child.end <= child.instant)
                child.end = NoInstant;
            describeActivity(result, title, phases[p], child);
            sink.addEvent(std::move(child));
        }
    }
}

void ChaosToolkitImporter::describeActivity(
    const QJsonObject &result, const QString &title, const Phase &phase, EventRecord &child)
{
    const QJsonObject activity = result.value(QLatin1String("activity")).toObject();
    const QString type = activity.value(QLatin1String("type")).toString();
    const QString name = activity.value(QLatin1String("name")).toString();
    const QString activityStatus = result.value(QLatin1String("status")).toString();
    const QJsonValue tolerance = result.value(QLatin1String("tolerance_met"));
    QString text = type == QLatin1String("action")
        ? tr("%1: action %2 %3").arg(phase.label, name, activityStatus)
        : tr("%1: probe %2 %3").arg(phase.label, name, activityStatus);
    if (tolerance.isBool())
        text
            += QLatin1Char(' ') + (tolerance.toBool() ? tr("(within tolerance)") : tr("(outside tolerance)"));
    child.text = text.toUtf8();
    child.severity = activityStatus == QLatin1String("succeeded") && tolerance.toBool(true)
        ? Severity::Info
        : Severity::Warning;
    QJsonObject a;
    a.insert(QStringLiteral("experiment"), title);
    a.insert(QStringLiteral("phase"), QLatin1String(phase.key));
    a.insert(QStringLiteral("activity_type"), type);
    a.insert(QStringLiteral("status"), activityStatus);
    if (tolerance.isBool())
        a.insert(QStringLiteral("tolerance_met"), tolerance);
    if (result.contains(QLatin1String("output")))
        a.insert(QStringLiteral("output"), JsonItems::summarize(result.value(QLatin1String("output")), 300));
    const QJsonArray exception = result.value(QLatin1String("exception")).toArray();
    if (!exception.isEmpty())
        a.insert(QStringLiteral("exception"), exception.last().toString().trimmed().left(300));
    const QJsonObject provider = activity.value(QLatin1String("provider")).toObject();
    if (!provider.isEmpty())
        a.insert(QStringLiteral("provider"), JsonItems::summarize(provider, 200));
    child.attributesJson = JsonItems::compact(a);
}

} // namespace faultless::model
