#include "importerregistry.h"

#include <QFileInfo>

namespace faultless::model {

ImporterRegistry::ImporterRegistry()
{
    registerLogImporters(m_importers);
    registerActivityImporters(m_importers);
    registerReviewDataImporters(m_importers);
    registerUserFormats(*this, &m_formatFileMessages);
}

bool ImporterRegistry::addDefinedFormat(const Factory &make)
{
    std::unique_ptr<Importer> importer = make();
    if (!importer || find(importer->id()))
        return false;
    m_definedFormats.emplace_back(importer->id(), make);
    m_importers.push_back(std::move(importer));
    return true;
}

const Importer *ImporterRegistry::find(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

QStringList ImporterRegistry::supportedSuffixes() const
{
    QStringList suffixes { QStringLiteral("gz") }; // any of the others, gzip-compressed
    for (const auto &importer : m_importers) {
        for (const QString &suffix : importer->fileSuffixes())
            suffixes << suffix.toLower();
    }
    suffixes.sort();
    suffixes.removeDuplicates();
    return suffixes;
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
            if (suffix == s || suffix.endsWith(QLatin1Char('.') + s)
                || suffix.startsWith(s + QLatin1Char('.')))
                suffixMatches = true;
        }
        const int score = confidence * 2 + (suffixMatches ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = { importer.get(), confidence };
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
    for (const auto &[definedId, make] : m_definedFormats) {
        if (definedId == id)
            return make();
    }
    return nullptr;
}

} // namespace faultless::model
