#pragma once

#include "domain/source.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Imported sources, their rejects and their clock offsets (tables sources, rejects): the only code that knows
// these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class SourceStore
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)
public:
    // --- editing, item models and practice (clock skew, removal)

    // --- import

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
