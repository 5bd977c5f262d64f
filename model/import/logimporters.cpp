#include "import/accesslogimporter.h"
#include "import/csvimporter.h"
#include "import/headerlogimporters.h"
#include "import/importerregistry.h"
#include "import/journaldjsonimporter.h"
#include "import/jsonlinesimporter.h"
#include "import/kuberneteseventsimporter.h"
#include "import/logfmtimporter.h"
#include "import/plaintextimporter.h"
#include "import/syslogimporter.h"
#include "import/zapconsoleimporter.h"

namespace faultless::model {

// Log formats. Sniffing decides between them (ImporterRegistry::detect): the specific formats
// answer with high confidence, JSON lines with a time key 60, plain timestamped text only 30.
void registerLogImporters(ImporterList &list)
{
    list.push_back(std::make_unique<JsonLinesImporter>());
    list.push_back(std::make_unique<JournaldJsonImporter>());
    list.push_back(std::make_unique<JournaldExportImporter>());
    list.push_back(std::make_unique<KubernetesEventsImporter>());
    list.push_back(std::make_unique<LogfmtImporter>());
    list.push_back(std::make_unique<SyslogImporter>());
    list.push_back(std::make_unique<AccessLogImporter>());
    list.push_back(std::make_unique<CsvImporter>(','));
    list.push_back(std::make_unique<CsvImporter>('\t'));
    list.push_back(std::make_unique<ZapConsoleImporter>());
    list.push_back(std::make_unique<W3cExtendedImporter>());
    list.push_back(std::make_unique<ZeekTsvImporter>());
    list.push_back(std::make_unique<PlainTextImporter>());
}

} // namespace faultless::model
