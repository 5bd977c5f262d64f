#pragma once

#include "domain/source.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Imported sources, their rejects and their clock offsets (tables sources, rejects): the only code that knows
// these tables. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per
// edit).
class SourceStore
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)
public:
    // --- editing, item models and practice (clock skew, removal)

    // --- import

    // The source's name, empty when there is none.
    static QString nameOfImport(const ReviewStore &store, qint64 sourceId);
    // Hides (removed) or shows an import's events as a whole: how an import is undone without
    // deleting evidence that a redo needs again.
    static bool setImportRemoved(ReviewStore &store, qint64 sourceId, bool removed);
    // Whether a live source has a content hash starting with this file size (ImportJob::contentHash
    // starts with it): only then can a file of that size have been imported before.
    static bool hasImportOfSize(const ReviewStore &store, qint64 size);
    // Whether a live source has exactly this content hash.
    static bool hasImportWithHash(const ReviewStore &store, const QString &contentHash);
    // Inserts the source of an import that starts (name, kind, format, originPath, contentHash,
    // zone, importedAt); returns its id, or 0.
    static qint64 insertImport(ReviewStore &store, const Source &source);
    // Records what the import gave once it is done (accepted, rejected, duplicates, notes and the
    // content hash, which may only be known at the end).
    static bool finishImport(ReviewStore &store, const Source &source);

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
