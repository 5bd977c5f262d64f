#include "import/importerregistry.h"
#include "import/jsonlinesimporter.h"

namespace faultless::model {

void registerLogImporters(ImporterList &list)
{
    list.push_back(std::make_unique<JsonLinesImporter>());
}

} // namespace faultless::model
