#include "sourcestore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and practice (clock skew, removal)

// --- import

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
