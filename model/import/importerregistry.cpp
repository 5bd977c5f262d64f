#include "importerregistry.h"

#include <QFileInfo>

namespace faultless::model {

ImporterRegistry::ImporterRegistry()
{
    registerLogImporters(m_importers);
    registerActivityImporters(m_importers);
    registerReviewDataImporters(m_importers);
}

const Importer *ImporterRegistry::find(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

FormatDetection ImporterRegistry::detect(const QByteArray &prefix, const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).completeSuffix().toLower();
    FormatDetection best;
    int bestScore = -1;
    for (const auto &importer : m_importers) {
        const int confidence = importer->sniff(prefix, fileName);
        if (confidence <= 0)
            continue;
        // The suffix only breaks ties between importers that both recognise the content.
        bool suffixMatches = false;
        for (const QString &s : importer->fileSuffixes()) {
            if (suffix == s || suffix.endsWith(QLatin1Char('.') + s) || suffix.startsWith(s + QLatin1Char('.')))
                suffixMatches = true;
        }
        const int score = confidence * 2 + (suffixMatches ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = {importer.get(), confidence};
        }
    }
    if (best.confidence < MinimumConfidence)
        return {};
    return best;
}

std::unique_ptr<Importer> ImporterRegistry::create(const QString &id) const
{
    // Importers are registered as prototypes; a fresh registry list gives a fresh instance.
    ImporterList fresh;
    registerLogImporters(fresh);
    registerActivityImporters(fresh);
    registerReviewDataImporters(fresh);
    for (auto &importer : fresh) {
        if (importer->id() == id)
            return std::move(importer);
    }
    return nullptr;
}

} // namespace faultless::model
