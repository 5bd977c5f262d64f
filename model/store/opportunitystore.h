#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// An opportunity as the opportunity list shows it: with the titles of the factors it addresses.
struct OpportunityRow : Opportunity
{
    QString factorTitles; // "; "-separated, by title
};

// Opportunities to improve (tables opportunities, opportunity_factors): the only code that knows these
// tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure
// with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class OpportunityStore
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityStore)
public:
    // --- editing and item models
    // In the order proposed, with their linked factors.
    static QList<OpportunityRow> rows(const ReviewStore &store);
    static std::optional<Opportunity> find(const ReviewStore &store, qint64 id); // without factorIds
    static bool exists(const ReviewStore &store, qint64 id);
    // Writes `opportunity` (its id when not 0, else a new one); returns the id, 0 on failure.
    static qint64 insert(ReviewStore &store, const Opportunity &opportunity);
    static bool setTitle(ReviewStore &store, qint64 id, const QString &title);
    static bool setDescription(ReviewStore &store, qint64 id, const QString &description);
    static bool setOwner(ReviewStore &store, qint64 id, const QString &owner);
    static bool setStatus(ReviewStore &store, qint64 id, const QString &status);
    // Deletes the opportunity with its factor links (captured first into `removed` when given);
    // false when there is no such opportunity.
    static bool remove(ReviewStore &store, qint64 id, RemovedRows *removed);
    // The ids of the factors the opportunity addresses, ascending.
    static QList<qint64> factorIds(const ReviewStore &store, qint64 opportunityId);
    static bool setFactorIds(ReviewStore &store, qint64 opportunityId, const QList<qint64> &factorIds);

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
