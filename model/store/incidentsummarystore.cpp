#include "incidentsummarystore.h"

#include "domain/timestamps.h"
#include "store/reviewstore.h"

namespace faultless::model {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// "" → unknown; anything else must be a whole number of µs in the supported range.
Instant readBound(const ReviewStore &store, const char *name, QString *problem)
{
    const QString value = store.meta(key(name)).trimmed();
    if (value.isEmpty())
        return NoInstant;
    bool ok = false;
    const qint64 us = value.toLongLong(&ok);
    if (ok && isSupportedInstant(us))
        return us;
    if (problem && problem->isEmpty())
        *problem = IncidentSummaryStore::tr(
            "The review's %1 \"%2\" is not a time between the years 1 and 9999; it is "
            "shown as not known")
                       .arg(key(name), value.left(40));
    return NoInstant;
}

QString boundText(Instant instant)
{
    return instant == NoInstant ? QString() : QString::number(instant);
}

} // namespace

IncidentSummary IncidentSummaryStore::read(const ReviewStore &store, QString *problem)
{
    IncidentSummary summary;
    summary.text = store.meta(key(TextKey));
    summary.impactFrom = readBound(store, ImpactFromKey, problem);
    summary.impactTo = readBound(store, ImpactToKey, problem);
    return summary;
}

QString IncidentSummaryStore::problem(const IncidentSummary &summary)
{
    for (const Instant bound : { summary.impactFrom, summary.impactTo }) {
        if (bound != NoInstant && !isSupportedInstant(bound))
            return tr("An impact time must lie between the years 1 and 9999");
    }
    if (summary.impactFrom != NoInstant && summary.impactTo != NoInstant
        && summary.impactFrom > summary.impactTo)
        return tr("The impact ends (%1) before it starts (%2)")
            .arg(timestamps::toIsoUtc(summary.impactTo), timestamps::toIsoUtc(summary.impactFrom));
    return QString();
}

bool IncidentSummaryStore::write(ReviewStore &store, const IncidentSummary &summary, QString *error)
{
    const QString why = problem(summary);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const bool ok = store.setMeta(key(TextKey), summary.text)
        && store.setMeta(key(ImpactFromKey), boundText(summary.impactFrom))
        && store.setMeta(key(ImpactToKey), boundText(summary.impactTo));
    if (!ok && error)
        *error = store.errorString();
    return ok;
}

} // namespace faultless::model
