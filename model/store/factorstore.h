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
    static bool exists(const ReviewStore &store, qint64 factorId);

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
