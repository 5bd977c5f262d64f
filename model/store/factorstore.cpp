#include "factorstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models (factors, categories, evidence)

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
