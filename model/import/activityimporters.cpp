#include "import/importerregistry.h"

#include "import/alertmanagerimporter.h"
#include "import/chaostoolkitimporter.h"
#include "import/experimentcsvimporter.h"
#include "import/flagcsvimporter.h"
#include "import/flagsmithimporter.h"
#include "import/launchdarklyimporter.h"
#include "import/litmusimporter.h"
#include "import/opsgenieimporter.h"
#include "import/pagerdutyimporter.h"
#include "import/slackimporter.h"
#include "import/unleashimporter.h"

namespace faultless::model {

// Feature flags, chaos experiments, chat and alerts.
void registerActivityImporters(ImporterList &list)
{
    list.push_back(std::make_unique<LaunchDarklyImporter>());
    list.push_back(std::make_unique<UnleashImporter>());
    list.push_back(std::make_unique<FlagsmithImporter>());
    list.push_back(std::make_unique<FlagCsvImporter>());
    list.push_back(std::make_unique<ChaosToolkitImporter>());
    list.push_back(std::make_unique<LitmusImporter>());
    list.push_back(std::make_unique<ExperimentCsvImporter>());
    list.push_back(std::make_unique<SlackImporter>());
    list.push_back(std::make_unique<AlertmanagerImporter>());
    list.push_back(std::make_unique<PagerDutyImporter>());
    list.push_back(std::make_unique<OpsgenieImporter>());
}

} // namespace faultless::model
