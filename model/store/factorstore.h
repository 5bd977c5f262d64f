#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Contributing factors, their categories and their evidence (tables factors, factor_categories,
// factor_evidence): the only code that knows these tables. Functions take the store (one connection, see
// ReviewStore); writes return false or 0 on failure with ReviewStore::errorString() set, and run inside the
// caller's transaction (commands open one per edit).
class FactorStore
{
    Q_DECLARE_TR_FUNCTIONS(FactorStore)
public:
    // --- editing and item models (factors, categories, evidence)

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // A factor with the name of its category (empty: uncategorised).
    struct CategorisedFactor
    {
        Factor factor;
        QString category;
    };
    // Every factor with its id, title, description and author, grouped by category (category
    // order, uncategorised last), then by title.
    static QList<CategorisedFactor> inCategoryOrder(const ReviewStore &store, QString *error = nullptr);
    // A piece of evidence with the text of the annotation it cites (empty for an event).
    struct CitedEvidence
    {
        Evidence evidence;
        QString annotationText;
    };
    // All evidence in the order added, with its factor, event and note (the id is not read).
    static QList<CitedEvidence> evidenceInOrder(const ReviewStore &store, QString *error = nullptr);
    // A factor and one event its evidence points at, directly or through an annotation.
    struct EvidenceEvent
    {
        qint64 factorId = 0;
        QString factorTitle;
        qint64 eventId = 0; // 0: the factor has no evidence
    };
    // Every factor with each of its evidence events (once with none when it has no evidence).
    static QList<EvidenceEvent> evidenceEvents(const ReviewStore &store);
};

} // namespace faultless::model
