#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Opportunities to improve (tables opportunities, opportunity_factors): the only code that knows these
// tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure
// with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class OpportunityStore
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every opportunity in the order proposed, with its id, title, description, owner and status
    // (factors not read).
    static QList<Opportunity> inProposedOrder(const ReviewStore &store, QString *error = nullptr);
    // The title of a factor an opportunity addresses.
    struct FactorTitle
    {
        qint64 opportunityId = 0;
        QString title;
    };
    // Every such link, by factor title.
    static QList<FactorTitle> factorTitles(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
