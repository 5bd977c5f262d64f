#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace faultless::model {

class ImporterRegistry;
class ReviewStore;

struct ImportRequest
{
    QString path;
    QString formatId; // empty: detect
    QString sourceName; // empty: the file name
    QString zoneId; // empty: the review's zone
    int referenceYear = 0;
    QString formatOption;
    // Import the file again even when the same content is already in the review (read in
    // another format, say): the earlier imports of it are marked removed in the same
    // transaction, so that a failed or canceled import leaves them as they were.
    bool replaceSameContent = false;
    // "Import again as…" (issue 20): read the file this source came from again, as formatId,
    // in place of that source. The file must still hold the source's content (its hash is
    // compared first: a file changed or gone imports nothing), and only that source is marked
    // removed, in the import's transaction, so that a failed or canceled import leaves it live.
    qint64 replaceSourceId = 0;
    // Bounds on the input (0: ImportInput's defaults; tests lower them): decompressed bytes (a
    // gzip bomb guard), a line, a whole document's text and its parsed form in memory, and how
    // far a pipe may run without a record.
    qint64 maxDecompressedSize = 0;
    qint64 maxLineLength = 0;
    qint64 maxDocumentSize = 0;
    qint64 maxDocumentMemory = 0;
    qint64 maxBytesWithoutRecord = 0;
};

struct ImportResult
{
    enum class Status { Imported, AlreadyImported, NothingUsable, Failed, Canceled };
    Status status = Status::Failed;
    qint64 sourceId = 0;
    QString sourceName;
    QString formatId;
    QString formatName; // the importer's translated name, for the import summary
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 replacedSourceId = 0; // the source this import replaced (ImportRequest::replaceSourceId)
    QStringList notes; // translated remarks: zone used for naive timestamps, etc.
    QList<RejectedRecord> rejects; // the first rejected records
    QString error; // one line, names the file
    // With ImportJob::run()'s eventsCommitted: true in the result it is given (the text is being
    // indexed), and the error of that indexing, if any, in the final result.
    bool textIndexPending = false;
    QString textIndexError;

    bool changedReview() const { return status == Status::Imported; }
    QString summary() const; // one translated line for the status bar and the CLI
};

// Imports one file into an open review as one transaction: either the whole source with its
// events, rejects and full-text index is committed, or (on cancel, or when nothing was usable)
// the review is exactly as before. Runs on whatever thread owns `store`.
//
// The file may be a pipe (a named pipe, /dev/stdin fed by `|`): it is read once, and its content
// hash is of the bytes the importer read (ImportInput::contentHash()); see ImportInput for the
// inputs refused and the bounds on the rest.
//
// Given `eventsCommitted`, the text is indexed in a second transaction instead, so that the
// events can be shown sooner (at a million events the index is most of an import): the first
// commits the source and its events with their ids noted as not yet indexed, `eventsCommitted`
// then runs with the result while the second holds the write lock (no other writer can touch
// the new events before their text is indexed), and the second indexes the text and clears the
// note. A review left with the note (a crash in between) is indexed when it is next opened.
class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    static ImportResult run(ReviewStore &store, const ImporterRegistry &registry,
        const ImportRequest &request, const std::atomic<bool> *cancel = nullptr,
        std::atomic<qint64> *progress = nullptr,
        const std::function<void(const ImportResult &)> &eventsCommitted = {},
        const std::function<void(qint64 bytesRead)> &bytesRead = {});
    // crc32 and adler32 of the file's bytes with its size: identifies a file already imported
    // at a fraction of a cryptographic hash's cost on a 235 MB log (see ContentHash). Empty when
    // the file cannot be read, or once `stop` is set.
    static QString contentHash(
        const QString &path, QString *error = nullptr, const std::atomic<bool> *stop = nullptr);
    // run() leaves a large import in the write-ahead log (committed and durable there) so that
    // the review shows it sooner. This copies the log into the document file; call it after
    // the results are out, on the same thread. Readers and writers are not blocked meanwhile.
    static void checkpoint(ReviewStore &store);
};

} // namespace faultless::model
