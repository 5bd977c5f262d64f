#include "import/importerregistry.h"

namespace faultless::model {

// Feature flags, chaos experiments, chat and alerts.
void registerActivityImporters(ImporterList &list)
{
    Q_UNUSED(list);
}

} // namespace faultless::model
