#include "experimentsummary.h"

#include "store/eventstore.h"

namespace faultless::model {

QList<ExperimentRunSummary> ExperimentSummary::compute(const ReviewStore &store, QString *error)
{
    QString readError;
    const QList<EventStore::ExperimentSpan> stored
        = EventStore::liveExperimentRunsWithActivities(store, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read the experiment runs: %1").arg(readError);
        return {};
    }
    QList<ExperimentRunSummary> runs;
    runs.reserve(stored.size());
    for (const EventStore::ExperimentSpan &x : stored) {
        ExperimentRunSummary r;
        r.eventId = x.eventId;
        r.start = x.start;
        r.end = x.end;
        r.lane = x.lane;
        r.title = x.run.title;
        r.hypothesis = x.run.hypothesis;
        r.verdict = x.run.verdict;
        r.steadyStateBefore = x.run.steadyStateBefore;
        r.steadyStateAfter = x.run.steadyStateAfter;
        r.activities = x.activities;
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
