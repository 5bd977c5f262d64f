#pragma once

#include "domain/source.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

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

    // The source with every stored field (Source::events not counted), removed or not.
    static std::optional<Source> find(const ReviewStore &store, qint64 sourceId);
    // The sources a review lists (not removed), in import order, with their events counted.
    static QList<Source> listed(const ReviewStore &store);
    // The first `limit` rejects of a source, in line order.
    static QList<SourceReject> firstRejects(const ReviewStore &store, qint64 sourceId, int limit);
    // Adds `deltaUs` to the source's recorded clock offset and sets the reason (its events are shifted
    // by EventStore::shiftSource).
    static bool addClockOffset(ReviewStore &store, qint64 sourceId, qint64 deltaUs, const QString &reason);

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
    // Marks every live import of this content removed (an import again in another format
    // replaces them, in its own transaction). The number marked, or -1 when the write failed.
    static int removeLiveImportsWithHash(ReviewStore &store, const QString &contentHash);
    // Inserts the source of an import that starts (name, kind, format, originPath, contentHash,
    // zone, importedAt); returns its id, or 0.
    static qint64 insertImport(ReviewStore &store, const Source &source);
    // Records what the import gave once it is done (accepted, rejected, duplicates, notes and the
    // content hash, which may only be known at the end).
    static bool finishImport(ReviewStore &store, const Source &source);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Whether any source was removed (its events are then not live); false when that cannot be read.
    static bool anyRemoved(const ReviewStore &store);
    // The sources not removed, in import order, with their name, format, kind, accepted and
    // rejected counts (nothing else is read).
    static QList<Source> liveSources(const ReviewStore &store, QString *error = nullptr);
    // How events name the sources whose events are live: each such source's id (only `only`, when
    // given and live) and, unless `only` is given, a null for the events added by hand. Reads that
    // go source by source through events_source bind these to `source_id IS ?`.
    static QVariantList liveSourceKeys(const ReviewStore &store, const std::optional<qint64> &only = {});
    // How many events the sources not removed accepted.
    static qint64 liveAccepted(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
