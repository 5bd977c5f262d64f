#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Uncertain and disputed items (table disputes): the only code that knows these tables. Functions take the
// store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class DisputeStore
{
    Q_DECLARE_TR_FUNCTIONS(DisputeStore)
public:
    // --- editing, item models and analysis of disputes

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every dispute in the order raised, with its item, state, who raised it and why (the id
    // and time are not read).
    static QList<Dispute> inRaisedOrder(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
