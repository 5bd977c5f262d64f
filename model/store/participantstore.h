#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// The people who took part and their pseudonyms (table participants): the only code that knows these tables.
// Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class ParticipantStore
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)

    // Every participant in the order added, with the name and pseudonym only; empty when the
    // table cannot be read.
    static QList<Participant> namesAndPseudonyms(const ReviewStore &store);
};

} // namespace faultless::model
