#include "import/importerregistry.h"

namespace faultless::model {

// Faultless's own data exports (events as JSON lines or CSV), read back without loss.
void registerReviewDataImporters(ImporterList &list)
{
    Q_UNUSED(list);
}

} // namespace faultless::model
