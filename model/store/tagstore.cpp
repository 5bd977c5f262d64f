#include "tagstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and search

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
