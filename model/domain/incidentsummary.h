#pragma once

#include "domain/event.h"

#include <QString>

namespace faultless::model {

// What the facilitator writes for the readers of the briefing: a few sentences on what customers
// and the business lived through, and the impact window — when customers were affected, which
// need not be when the first or last interesting event was recorded. Either bound may be unknown
// (NoInstant) while the review is under way.
struct IncidentSummary
{
    QString text;
    Instant impactFrom = NoInstant; // µs UTC
    Instant impactTo = NoInstant; // µs UTC

    bool hasText() const { return !text.trimmed().isEmpty(); }
    // Both bounds known and in order: the window the briefing can show as the impact.
    bool hasImpactWindow() const
    {
        return isSupportedInstant(impactFrom) && isSupportedInstant(impactTo) && impactFrom <= impactTo;
    }
    bool isEmpty() const { return !hasText() && impactFrom == NoInstant && impactTo == NoInstant; }
    bool operator==(const IncidentSummary &o) const
    {
        return text == o.text && impactFrom == o.impactFrom && impactTo == o.impactTo;
    }
    bool operator!=(const IncidentSummary &o) const { return !(*this == o); }
};

} // namespace faultless::model
