#include "eventstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models, search and the timeline index

// --- practice (events added by hand, clock skew)

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
