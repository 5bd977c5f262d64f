#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// The timeline as agreed by the room (table agreements, and the snapshot it takes): the only code that knows
// these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)
public:
    // --- editing, item models and analysis of agreements

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
