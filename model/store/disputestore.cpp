#include "disputestore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and analysis of disputes

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
