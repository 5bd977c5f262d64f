#include "import/faultlesseventscsvimporter.h"
#include "import/faultlesseventsjsonimporter.h"
#include "import/importerregistry.h"

namespace faultless::model {

// Faultless's own data exports (events as JSON lines or CSV), read back without loss.
void registerReviewDataImporters(ImporterList &list)
{
    list.push_back(std::make_unique<FaultlessEventsJsonImporter>());
    list.push_back(std::make_unique<FaultlessEventsCsvImporter>());
}

} // namespace faultless::model
