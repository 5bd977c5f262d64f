#pragma once

#include "domain/event.h"

#include <QHash>
#include <QList>

namespace faultless::model {

// The rules for where narratives diverge, shared by the comparison workspace
// (analysis/narrativecompare.h) and the briefing's "Where the narratives diverge"
// (export/briefingdata.h), so that the room and the report never disagree about it.
//
// Input: per narrative, the event each step cites in step order (0 = the step cites nothing), and
// the instant of every cited event. A narrative counts an event once, at its first citation.
struct NarrativeDivergence
{
    // `first` tells `earlier` before `later`; `second` tells them the other way round.
    struct OrderDifference
    {
        int first = 0;
        int second = 0;
        qint64 earlier = 0;
        qint64 later = 0;
    };

    QList<qint64> cited; // every event some narrative cites, in time order
    QList<qint64> shared; // cited by every narrative, in time order
    QList<QList<qint64>> onlyIn; // per narrative: cited by it and by no other, in time order
    QList<QList<qint64>> omittedBy; // per narrative: cited by another, not by it, in time order
    QList<QList<int>> withoutEvidence; // per narrative: 0-based indices of steps that cite nothing
    QList<OrderDifference> orderDifferences; // for every pair of narratives, in narrative order

    static NarrativeDivergence compute(
        const QList<QList<qint64>> &stepEvents, const QHash<qint64, Instant> &instants);
};

} // namespace faultless::model
