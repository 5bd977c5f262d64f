#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace faultless::model {

class ReviewStore;

// One experiment run of a review as the timeline and the briefing show it: the hypothesis ("under
// X, customers still have a good time"), the steady state before and after, the verdict, and how
// many activities (probes, actions, rollbacks) ran inside the span.
struct ExperimentRunSummary
{
    qint64 eventId = 0;
    QString title;
    QString hypothesis;
    ExperimentVerdict verdict = ExperimentVerdict::Unknown;
    QString steadyStateBefore;
    QString steadyStateAfter;
    QString lane;
    Instant start = NoInstant;
    std::optional<Instant> end;
    int activities = 0; // experiment events of the same source and lane within the span
};

class ExperimentSummary
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentSummary)
public:
    // Every run of the live sources, ordered by start. Empty with `error` set when the query fails.
    static QList<ExperimentRunSummary> compute(const ReviewStore &store, QString *error = nullptr);
    // "held", "deviated", "aborted", "no verdict" (translated).
    static QString verdictLabel(ExperimentVerdict verdict);
};

} // namespace faultless::model
