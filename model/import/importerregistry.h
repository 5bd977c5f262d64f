#pragma once

#include "import/importer.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace faultless::model {

struct FormatDetection
{
    const Importer *importer = nullptr;
    int confidence = 0;
};

// The one place that decides the format of an input: by sniffing content, then by file suffix.
class ImporterRegistry
{
public:
    ImporterRegistry(); // registers every importer the application knows
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    const Importer *find(const QString &id) const;
    FormatDetection detect(const QByteArray &prefix, const QString &fileName) const;
    // A fresh instance for one import (importers may keep per-read state).
    std::unique_ptr<Importer> create(const QString &id) const;
    // Every file suffix an importer names, lower case, sorted, without duplicates, plus the
    // compressed forms ImportInput reads ("gz"): what a file dialog offers as "All supported files".
    QStringList supportedSuffixes() const;

    static constexpr qsizetype SniffSize = 64 * 1024;
    static constexpr int MinimumConfidence = 20;

    // Formats defined by files at run time (lnav format files, issue 20): the constructor adds
    // those in the user's format folders (registerUserFormats), `import --format-file` one more.
    // `make` gives create() a fresh instance. False when an importer has the id already.
    using Factory = std::function<std::unique_ptr<Importer>()>;
    bool addDefinedFormat(const Factory &make);
    // What reading the user's format files reported: file, line or JSON path, reason.
    const QStringList &formatFileMessages() const { return m_formatFileMessages; }

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
    std::vector<std::pair<QString, Factory>> m_definedFormats;
    QStringList m_formatFileMessages;
};

// Each family of importers registers itself through one of these (one file per family, so that
// adding an importer never touches a shared list).
using ImporterList = std::vector<std::unique_ptr<Importer>>;
void registerLogImporters(ImporterList &list); // import/logimporters.cpp
void registerActivityImporters(ImporterList &list); // import/activityimporters.cpp
void registerReviewDataImporters(ImporterList &list); // import/reviewdataimporters.cpp (our own exports)
void registerUserFormats(ImporterRegistry &registry, QStringList *messages); // import/lnavformatimporter.cpp

} // namespace faultless::model
