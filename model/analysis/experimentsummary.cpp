#include "experimentsummary.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

namespace {
ExperimentVerdict verdictFromName(const QString &name)
{
    for (ExperimentVerdict v : {ExperimentVerdict::Held, ExperimentVerdict::Deviated, ExperimentVerdict::Aborted}) {
        if (experimentVerdictName(v) == name)
            return v;
    }
    return ExperimentVerdict::Unknown;
}
} // namespace

QList<ExperimentRunSummary> ExperimentSummary::compute(const ReviewStore &store, QString *error)
{
    // Child activities are not linked by id (the schema has no parent column): they share the
    // run's source and lane and lie inside its span, which is how the importers write them.
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT e.id, e.instant, e.end_instant, COALESCE(l.name, ''), x.title, x.hypothesis, x.verdict,"
            " x.steady_before, x.steady_after,"
            " (SELECT COUNT(*) FROM live_events c WHERE c.kind = e.kind AND c.id <> e.id"
            "  AND c.source_id IS e.source_id AND c.lane_id IS e.lane_id AND c.instant >= e.instant"
            "  AND c.instant <= COALESCE(e.end_instant, e.instant)"
            "  AND NOT EXISTS (SELECT 1 FROM experiment_runs r WHERE r.event_id = c.id))"
            " FROM experiment_runs x JOIN live_events e ON e.id = x.event_id"
            " LEFT JOIN lanes l ON l.id = e.lane_id ORDER BY e.instant, e.id"))) {
        if (error)
            *error = tr("Cannot read the experiment runs: %1").arg(query.lastError().text());
        return {};
    }
    QList<ExperimentRunSummary> runs;
    while (query.next()) {
        ExperimentRunSummary r;
        r.eventId = query.value(0).toLongLong();
        r.start = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            r.end = query.value(2).toLongLong();
        r.lane = query.value(3).toString();
        r.title = query.value(4).toString();
        r.hypothesis = query.value(5).toString();
        r.verdict = verdictFromName(query.value(6).toString());
        r.steadyStateBefore = query.value(7).toString();
        r.steadyStateAfter = query.value(8).toString();
        r.activities = query.value(9).toInt();
        runs.append(r);
    }
    return runs;
}

QString ExperimentSummary::verdictLabel(ExperimentVerdict verdict)
{
    switch (verdict) {
    case ExperimentVerdict::Held:
        return tr("held");
    case ExperimentVerdict::Deviated:
        return tr("deviated");
    case ExperimentVerdict::Aborted:
        return tr("aborted");
    case ExperimentVerdict::Unknown:
        break;
    }
    return tr("no verdict");
}

} // namespace faultless::model
