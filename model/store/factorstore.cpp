#include "factorstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models (factors, categories, evidence)

bool FactorStore::exists(const ReviewStore &store, qint64 factorId)
{
    return factorId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM factors WHERE id = ?"), { factorId }).toInt()
        == 1;
}

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
