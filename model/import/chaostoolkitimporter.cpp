#include "chaostoolkitimporter.h"

#include "import/activityformats.h"
#include "import/parsers/importinput.h"

namespace faultless::model {

namespace {

struct Phase
{
    const char *key; // machine name kept in the attributes
    QString label; // translated
};

} // namespace

int ChaosToolkitImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (ActivityFormats::hasJsonKeys(prefix, { "chaoslib-version", "experiment" }))
        return 95;
    if (ActivityFormats::hasJsonKeys(prefix, { "experiment", "steady_states", "deviated" }))
        return 90;
    return 0;
}

// A run of the whole experiment becomes one span carrying the hypothesis and verdict; each probe
// and action the toolkit ran becomes a child event on the same lane (the experiment title), so the
// timeline shows what was done inside the span. Chaos Toolkit writes datetime.utcnow() without an
// offset (chaoslib before 1.2x), so naive instants are UTC here unless the user chose a zone.
bool ChaosToolkitImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    QJsonValue root;
    QByteArray document;
    if (!ActivityFormats::readJsonDocument(input, &root, error, &document))
        return false;
    QList<QJsonObject> journals;
    if (root.isArray()) {
        for (const QJsonValue &v : root.toArray())
            journals.append(v.toObject());
    } else {
        journals.append(root.toObject());
    }

    ImportContext utcContext = context;
    timestamps::ZoneResolver zone(context.zoneChosen ? context.zone : QTimeZone::utc());
    bool sawNaive = false;
    auto instantOf = [&](const QJsonValue &v) {
        utcContext.usedZoneForNaiveTimestamps = false;
        const Instant t = ActivityFormats::instant(v, zone, utcContext);
        sawNaive = sawNaive || utcContext.usedZoneForNaiveTimestamps;
        return t;
    };

    bool any = false;
    for (qsizetype j = 0; j < journals.size(); ++j) {
        const QJsonObject journal = journals.at(j);
        const ActivityFormats::JsonItem where { journal, 0, 0, j + 1 };
        const QJsonObject experiment = journal.value(QLatin1String("experiment")).toObject();
        if (experiment.isEmpty()) {
            sink.addRejected(ActivityFormats::reject(where, tr("no \"experiment\" in the journal")));
            continue;
        }
        const QString title = experiment.value(QLatin1String("title")).toString().trimmed();
        const QJsonObject hypothesisObject
            = experiment.value(QLatin1String("steady-state-hypothesis")).toObject();
        const QString hypothesis = hypothesisObject.value(QLatin1String("title")).toString().trimmed();
        const QString status = journal.value(QLatin1String("status")).toString();
        const bool deviated = journal.value(QLatin1String("deviated")).toBool();
        const QJsonObject steady = journal.value(QLatin1String("steady_states")).toObject();
        const QByteArray lane = (title.isEmpty() ? tr("Chaos Toolkit experiment") : title).toUtf8();

        EventRecord run;
        run.kind = EventKind::Experiment;
        run.lane = lane;
        run.instant = instantOf(journal.value(QLatin1String("start")));
        run.end = instantOf(journal.value(QLatin1String("end")));
        if (run.instant == NoInstant) {
            sink.addRejected(ActivityFormats::reject(where, tr("the journal has no usable \"start\"")));
            continue;
        }
        if (run.end != NoInstant && run.end < run.instant)
            run.end = NoInstant;

        ExperimentRun x;
        x.title = title;
        x.hypothesis = hypothesis;
        if (deviated)
            x.verdict = ExperimentVerdict::Deviated;
        else if (status == QLatin1String("completed"))
            x.verdict = ExperimentVerdict::Held;
        else if (status == QLatin1String("aborted") || status == QLatin1String("interrupted")
            || status == QLatin1String("failed"))
            // Failed without deviating: the hypothesis could not be evaluated (e.g. not met before).
            x.verdict = ExperimentVerdict::Aborted;

        auto steadySummary = [&](const QJsonValue &value) -> QString {
            if (!value.isObject())
                return tr("not checked");
            const QJsonObject s = value.toObject();
            const QJsonArray probes = s.value(QLatin1String("probes")).toArray();
            QStringList outside;
            for (const QJsonValue &p : probes) {
                const QJsonObject probe = p.toObject();
                if (!probe.value(QLatin1String("tolerance_met")).toBool(true))
                    outside << probe.value(QLatin1String("activity"))
                                   .toObject()
                                   .value(QLatin1String("name"))
                                   .toString();
            }
            if (s.value(QLatin1String("steady_state_met")).toBool() && outside.isEmpty())
                return tr("met (%n probe(s) within tolerance)", nullptr, int(probes.size()));
            if (outside.isEmpty())
                return tr("not met");
            return tr("not met: %1 outside tolerance").arg(outside.join(QLatin1String(", ")));
        };
        x.steadyStateBefore = steadySummary(steady.value(QLatin1String("before")));
        x.steadyStateAfter = steadySummary(steady.value(QLatin1String("after")));

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
        run.text = (hypothesis.isEmpty()
                ? tr("Experiment \"%1\" %2").arg(title, verdictText)
                : tr("Experiment \"%1\": hypothesis \"%2\" %3").arg(title, hypothesis, verdictText))
                       .toUtf8();
        QJsonObject attrs;
        attrs.insert(QStringLiteral("status"), status);
        attrs.insert(QStringLiteral("deviated"), deviated);
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
        run.attributesJson = ActivityFormats::compact(attrs);
        run.experiment = x;
        sink.addEvent(std::move(run));
        any = true;

        // Continuous checks (chaoslib's "during") are a list of steady-state results, each with probes.
        QJsonArray during;
        for (const QJsonValue &check : steady.value(QLatin1String("during")).toArray()) {
            for (const QJsonValue &probe : check.toObject().value(QLatin1String("probes")).toArray())
                during.append(probe);
        }
        const Phase phases[] = { { "steady-state-before", tr("Before the method") },
            { "method", tr("Method") }, { "steady-state-during", tr("During the method") },
            { "steady-state-after", tr("After the method") }, { "rollback", tr("Rollback") } };
        const QJsonArray lists[]
            = { steady.value(QLatin1String("before")).toObject().value(QLatin1String("probes")).toArray(),
                  journal.value(QLatin1String("run")).toArray(), during,
                  steady.value(QLatin1String("after")).toObject().value(QLatin1String("probes")).toArray(),
                  journal.value(QLatin1String("rollbacks")).toArray() };
        // Where each activity's result starts, for Show in Source: in a journal file of its own (the
        // usual case); the probes "during" are gathered from several lists and keep the journal's.
        const QList<QList<QByteArray>> paths = { { "steady_states", "before", "probes" }, { "run" }, {},
            { "steady_states", "after", "probes" }, { "rollbacks" } };
        for (int p = 0; p < 5; ++p) {
            const QJsonArray &list = lists[p];
            const QList<JsonPositions::Position> positions = root.isObject() && !paths[p].isEmpty()
                ? JsonPositions::ofArray(document, paths[p])
                : QList<JsonPositions::Position> {};
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject result = list.at(i).toObject();
                const QJsonObject activity = result.value(QLatin1String("activity")).toObject();
                const ActivityFormats::JsonItem at
                    = ActivityFormats::placed({ list.at(i), 0, 0, i + 1 }, positions, i);
                EventRecord child;
                child.byteOffset = at.byteOffset;
                child.kind = EventKind::Experiment;
                child.lane = lane;
                child.instant = instantOf(result.value(QLatin1String("start")));
                if (child.instant == NoInstant) {
                    sink.addRejected(ActivityFormats::reject(
                        at, tr("%1, activity %2: no usable \"start\"").arg(phases[p].label).arg(i + 1)));
                    continue;
                }
                child.end = instantOf(result.value(QLatin1String("end")));
                if (child.end != NoInstant && child.end <= child.instant)
                    child.end = NoInstant;
                const QString type = activity.value(QLatin1String("type")).toString();
                const QString name = activity.value(QLatin1String("name")).toString();
                const QString activityStatus = result.value(QLatin1String("status")).toString();
                const QJsonValue tolerance = result.value(QLatin1String("tolerance_met"));
                QString text = type == QLatin1String("action")
                    ? tr("%1: action %2 %3").arg(phases[p].label, name, activityStatus)
                    : tr("%1: probe %2 %3").arg(phases[p].label, name, activityStatus);
                if (tolerance.isBool())
                    text += QLatin1Char(' ')
                        + (tolerance.toBool() ? tr("(within tolerance)") : tr("(outside tolerance)"));
                child.text = text.toUtf8();
                child.severity = activityStatus == QLatin1String("succeeded") && tolerance.toBool(true)
                    ? Severity::Info
                    : Severity::Warning;
                QJsonObject a;
                a.insert(QStringLiteral("experiment"), title);
                a.insert(QStringLiteral("phase"), QLatin1String(phases[p].key));
                a.insert(QStringLiteral("activity_type"), type);
                a.insert(QStringLiteral("status"), activityStatus);
                if (tolerance.isBool())
                    a.insert(QStringLiteral("tolerance_met"), tolerance);
                if (result.contains(QLatin1String("output")))
                    a.insert(QStringLiteral("output"),
                        ActivityFormats::summarize(result.value(QLatin1String("output")), 300));
                const QJsonArray exception = result.value(QLatin1String("exception")).toArray();
                if (!exception.isEmpty())
                    a.insert(QStringLiteral("exception"), exception.last().toString().trimmed().left(300));
                const QJsonObject provider = activity.value(QLatin1String("provider")).toObject();
                if (!provider.isEmpty())
                    a.insert(QStringLiteral("provider"), ActivityFormats::summarize(provider, 200));
                child.attributesJson = ActivityFormats::compact(a);
                sink.addEvent(std::move(child));
            }
        }
    }
    if (sawNaive) {
        if (context.zoneChosen)
            context.usedZoneForNaiveTimestamps = true;
        else
            context.notes << tr("Chaos Toolkit wrote instants without an offset; they were read as UTC.");
    }
    if (!any && error)
        *error = tr("%1: no Chaos Toolkit run in the file").arg(input.fileName());
    return any;
}

} // namespace faultless::model
