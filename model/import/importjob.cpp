#include "importjob.h"

#include "domain/timestamps.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"
#include "store/sourcestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace faultless::model {

QString ImportResult::summary() const
{
    switch (status) {
    case Status::Imported: {
        QString text = ImportJob::tr("%1: imported %n event(s)", nullptr, int(accepted)).arg(sourceName);
        if (rejected > 0)
            text += QLatin1String("; ") + ImportJob::tr("%n record(s) rejected", nullptr, int(rejected));
        if (duplicates > 0)
            text += QLatin1String("; ") + ImportJob::tr("%n already present", nullptr, int(duplicates));
        return text;
    }
    case Status::AlreadyImported:
        return ImportJob::tr("%1 was already imported; nothing new added").arg(sourceName);
    case Status::Canceled:
        return ImportJob::tr("Import of %1 canceled; the review is unchanged").arg(sourceName);
    case Status::NothingUsable:
    case Status::Failed:
        return error;
    }
    return {};
}

namespace {
// Parse and insert overlap (docs/budgets.md): the importer runs on a worker thread and
// hands batches of records through a small bounded queue to the thread that owns the SQLite
// connection, which alone writes (one connection per thread, docs/architecture.md, "Threads"). The queue
// holds at most a few batches, so memory stays flat however large the file.
struct Batch
{
    std::vector<EventRecord> events;
    std::vector<quint64> prints; // events[i]'s fingerprint, computed while parsing
    std::vector<quint64> legacyPrints; // its version 1-4 fingerprint, when the writer needs it
    std::vector<RejectedRecord> rejects;
};

class BatchQueue
{
public:
    static constexpr size_t Capacity = 4;

    // Blocks while full; returns false (dropping the batch) once the consumer gave up.
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < Capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    void abandon()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_notFull.notify_all();
    }
    // Batches the consumer is done with go back to the producer, which frees their records:
    // the records' memory comes from the producer thread's malloc arena, and freeing it there
    // avoids the arena lock that a free from another thread takes for every block.
    void recycle(Batch &&batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    std::deque<Batch> takeSpent()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return std::exchange(m_spent, {});
    }
    enum class Pop { Batch, Timeout, Closed };
    // Waits up to `ms` so that the consumer can poll for cancellation.
    Pop pop(Batch &out, int ms)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!m_notEmpty.wait_for(
                lock, std::chrono::milliseconds(ms), [this] { return !m_batches.empty() || m_closed; }))
            return Pop::Timeout;
        if (m_batches.empty())
            return Pop::Closed;
        out = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return Pop::Batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_spent;
    bool m_closed = false;
    bool m_abandoned = false;
};

class QueueSink : public EventSink
{
public:
    static constexpr size_t BatchSize = 4096;
    QueueSink(BatchQueue &queue, ImportInput &input, EventWriter::InputFingerprints prints)
        : m_queue(queue)
        , m_input(input)
        , m_prints(std::move(prints))
    {
        m_records.events.reserve(BatchSize);
        m_batch.prints.reserve(BatchSize);
    }
    // Fingerprinting here rather than in the writer takes it off the thread that bounds an
    // import's speed (the one that owns the SQLite connection).
    void addEvent(EventRecord &&event) override
    {
        m_records.addEvent(std::move(event));
        committed();
    }
    // Records filled in place reuse the buffers of a batch the writer is done with.
    EventRecord &newEvent() override { return m_records.newEvent(); }
    void commitEvent() override
    {
        m_records.commitEvent();
        committed();
    }
    void addRejected(RejectedRecord &&rejected) override
    {
        m_batch.rejects.push_back(std::move(rejected));
        if (m_batch.rejects.size() >= BatchSize)
            flush();
    }
    void flush()
    {
        m_batch.events = m_records.take();
        if (m_batch.events.empty() && m_batch.rejects.empty())
            return;
        m_queue.push(std::move(m_batch));
        m_batch = Batch();
        // Reuse a spent batch: its vectors, and its records with their buffers for the records to
        // come. What is not reused is freed here, on the thread that allocated it.
        std::deque<Batch> spent = m_queue.takeSpent();
        if (!spent.empty()) {
            Batch &reuse = spent.front();
            m_batch.prints = std::move(reuse.prints);
            m_batch.prints.clear();
            m_batch.legacyPrints = std::move(reuse.legacyPrints);
            m_batch.legacyPrints.clear();
            m_batch.rejects = std::move(reuse.rejects);
            m_batch.rejects.clear();
            m_records.recycle(std::move(reuse.events));
        }
        m_records.events.reserve(BatchSize);
        m_batch.prints.reserve(BatchSize);
    }

private:
    void committed()
    {
        m_input.noteRecord();
        quint64 legacy = 0;
        m_batch.prints.push_back(m_prints.next(m_records.last(), &legacy));
        if (m_prints.legacyToo())
            m_batch.legacyPrints.push_back(legacy);
        if (m_records.size() >= BatchSize)
            flush();
    }

    BatchQueue &m_queue;
    ImportInput &m_input;
    EventWriter::InputFingerprints m_prints;
    Batch m_batch; // its events are in m_records until flush()
    RecyclingBatch m_records;
};

} // namespace

namespace {
// Hashes a file on a thread of its own while it is imported (see run()).
class BackgroundHash
{
public:
    BackgroundHash() = default;
    BackgroundHash(const BackgroundHash &) = delete;
    BackgroundHash &operator=(const BackgroundHash &) = delete;
    ~BackgroundHash()
    {
        if (m_thread.joinable()) {
            m_stop.store(true);
            m_thread.join();
        }
    }
    void start(const QString &path)
    {
        m_thread = std::thread([this, path] { m_hash = ImportJob::contentHash(path, &m_error, &m_stop); });
    }
    // Waits for the hash; empty, with `error`, when the file could not be read.
    QString result(QString *error)
    {
        if (m_thread.joinable())
            m_thread.join();
        *error = m_error;
        return m_hash;
    }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    QString m_hash;
    QString m_error;
};

void applyLimits(ImportInput &input, const ImportRequest &request)
{
    if (request.maxDecompressedSize > 0)
        input.setMaxDecompressedSize(request.maxDecompressedSize);
    if (request.maxLineLength > 0)
        input.setMaxLineLength(request.maxLineLength);
    if (request.maxDocumentSize > 0)
        input.setMaxDocumentSize(request.maxDocumentSize);
    if (request.maxDocumentMemory > 0)
        input.setMaxDocumentMemory(request.maxDocumentMemory);
    if (request.maxBytesWithoutRecord > 0)
        input.setMaxBytesWithoutRecord(request.maxBytesWithoutRecord);
}
struct ReadOutcome
{
    bool readable = false; // Importer::read()'s result
    bool canceled = false;
    QString error; // Importer::read()'s error
};

// Runs the importer on a thread of its own and writes the batches it delivers on this one (the
// thread that owns the connection), until the importer is done, the caller cancels, or a write
// fails. `stop` is the input's cancel flag.
// `bytesRead` hears of the bytes the parser has read (the `progress` counter the input keeps), from
// this writing thread, each time it has moved on: the caller reports progress without sampling.
ReadOutcome readAndWrite(Importer &importer, ImportInput &input, ImportContext &context, EventWriter &writer,
    const std::atomic<bool> *cancel, std::atomic<bool> &stop, const std::atomic<qint64> *progress,
    const std::function<void(qint64)> &bytesRead)
{
    ReadOutcome outcome;
    qint64 reported = -1;
    auto report = [&] {
        const qint64 now = progress ? progress->load(std::memory_order_relaxed) : -1;
        if (bytesRead && now > reported)
            bytesRead(reported = now);
    };
    BatchQueue queue;
    // A guess of the records the file holds (128 bytes a line), so that the table of their
    // fingerprints is made once instead of doubling its way there.
    EventWriter::InputFingerprints prints = writer.inputFingerprints();
    if (!input.isStream() && input.fileSize() > 0)
        prints.reserve(size_t(input.fileSize() / 128));
    std::thread parser([&] {
        QueueSink sink(queue, input, std::move(prints));
        outcome.readable = importer.read(input, sink, context, &outcome.error);
        sink.flush();
        queue.close();
    });
    Batch batch;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            outcome.canceled = true;
            stop = true;
        }
        const BatchQueue::Pop popped = queue.pop(batch, 50);
        report();
        if (popped == BatchQueue::Pop::Closed)
            break;
        if (popped == BatchQueue::Pop::Timeout || outcome.canceled)
            continue;
        for (RejectedRecord &r : batch.rejects)
            writer.addRejected(std::move(r));
        writer.addBatch(batch.events, batch.prints, batch.legacyPrints);
        queue.recycle(std::move(batch));
        batch = Batch();
        if (writer.failed()) {
            stop = true;
            queue.abandon();
        }
    }
    parser.join();
    if (cancel && cancel->load())
        outcome.canceled = true;
    return outcome;
}

// The importer the request names, or the one whose sniff() is surest of the input's first bytes;
// null with `result`'s status and error set when there is none.
std::unique_ptr<Importer> chooseImporter(
    const ImporterRegistry &registry, const ImportRequest &request, ImportInput &input, ImportResult *result)
{
    if (!request.formatId.isEmpty()) {
        std::unique_ptr<Importer> importer = registry.create(request.formatId);
        if (!importer)
            result->error
                = ImportJob::tr("Unknown format \"%1\" (see `faultless-cli formats`)").arg(request.formatId);
        return importer;
    }
    const QByteArray prefix = input.peek(ImporterRegistry::SniffSize);
    if (prefix.trimmed().isEmpty()) {
        result->status = ImportResult::Status::NothingUsable;
        result->error = ImportJob::tr("%1: the file is empty").arg(request.path);
        return {};
    }
    const FormatDetection detection = registry.detect(prefix, QFileInfo(request.path).fileName());
    if (!detection.importer) {
        // Name what was tried, so that the user can tell a damaged file from a missing format.
        QStringList tried;
        for (const auto &importer : registry.importers())
            tried << importer->id();
        result->error
            = ImportJob::tr("%1: unrecognised format: none of the formats recognised its first lines "
                            "(tried %2; plain text looks for a timestamp layout on at least half of "
                            "the lines); choose one with --format (see `faultless-cli formats`)")
                  .arg(request.path, tried.join(QLatin1String(", ")));
        return {};
    }
    return registry.create(detection.importer->id());
}

// Opens the file with the request's limits. A named pipe may be waited on here; the caller's
// flag cancels the wait. False with `result` set when it cannot be read.
bool openInput(
    ImportInput &input, const ImportRequest &request, const std::atomic<bool> *cancel, ImportResult *result)
{
    input.setCancelFlag(cancel);
    applyLimits(input, request);
    if (input.open(request.path))
        return true;
    if (cancel && cancel->load())
        result->status = ImportResult::Status::Canceled;
    else
        result->error = input.errorString();
    return false;
}

// The content hash of the file, as far as it is known before it is read.
struct KnownContent
{
    bool sameSizeImported = false; // a file of this size was imported before: `hash` is set
    QString hash;
};

// "Import again as": the source must still be in the review and the file must still hold its
// content, else nothing is imported. Returns that source, with `hash` set to the file's hash.
std::optional<Source> sourceToReplace(const ReviewStore &store, const ImportRequest &request,
    const ImportInput &input, QString *hash, ImportResult *result)
{
    std::optional<Source> source = SourceStore::find(store, request.replaceSourceId);
    if (!source || source->removed) {
        result->error
            = ImportJob::tr("%1: the source to import again is no longer in the review").arg(request.path);
        return {};
    }
    if (input.isStream()) {
        result->error = ImportJob::tr("%1 is a pipe: it cannot be read again").arg(request.path);
        return {};
    }
    QString error;
    *hash = ImportJob::contentHash(request.path, &error);
    if (hash->isEmpty()) {
        result->error = error;
        return {};
    }
    if (*hash != source->contentHash) {
        result->error = ImportJob::tr("%1 has changed since it was imported as %2: it no longer holds the "
                                      "same content, so it was not imported again. Import it as a new "
                                      "file instead.")
                            .arg(request.path, source->name);
        return {};
    }
    return source;
}

// The content hash recognises a file imported before. Only a file of the same size can be
// one (the hash starts with the size), so for any other file the hash is computed on a
// thread of its own while the import runs, rather than reading the whole file once more
// before it starts: half a second for a 235 MB log. A pipe is hashed by `input` as the
// importer reads it: a second reader would take bytes from the importer (of 2,000 records
// piped in, 911 arrived), and its size is not known before.
// False with `result` set when the import ends here (unreadable, or imported before).
// A file imported again in place of its source (`replacing`) is not refused as imported before.
bool recogniseEarlierImport(const ReviewStore &store, const ImportRequest &request, const QFileInfo &info,
    const ImportInput &input, BackgroundHash &hasher, bool replacing, KnownContent *known,
    ImportResult *result)
{
    known->sameSizeImported = !input.isStream() && SourceStore::hasImportOfSize(store, info.size());
    if (!known->sameSizeImported) {
        if (!input.isStream())
            hasher.start(request.path);
        return true;
    }
    QString error;
    if (known->hash.isEmpty())
        known->hash = ImportJob::contentHash(request.path, &error);
    if (known->hash.isEmpty()) {
        result->error = error;
        return false;
    }
    if (SourceStore::hasImportWithHash(store, known->hash) && !request.replaceSameContent && !replacing) {
        result->status = ImportResult::Status::AlreadyImported;
        return false;
    }
    return true;
}

// What the importer is told of the file: its zone, the year and day for timestamps that lack
// them. False with `result` set when the zone is unknown.
bool prepareContext(ImportContext &context, const ImportRequest &request, const QFileInfo &info,
    const QString &zoneId, ImportResult *result)
{
    context.fileName = request.path;
    context.zone = QTimeZone(zoneId.toUtf8());
    if (!context.zone.isValid()) {
        result->error = ImportJob::tr("Unknown time zone \"%1\"").arg(zoneId);
        return false;
    }
    context.zoneChosen = !request.zoneId.isEmpty();
    const QDate modified = info.lastModified().toUTC().date();
    context.referenceYear = request.referenceYear > 0 ? request.referenceYear : modified.year();
    context.yearFromUser = request.referenceYear > 0;
    context.referenceDay
        = timestamps::daysFromCivil(modified.year(), unsigned(modified.month()), unsigned(modified.day()));
    context.formatOption = request.formatOption;
    return true;
}

// FAULTLESS_IMPORT_TIMING=1 prints where the time of an import goes (for the benchmark).
class PhaseTiming
{
public:
    PhaseTiming()
        : m_enabled(qEnvironmentVariableIsSet("FAULTLESS_IMPORT_TIMING"))
    {
        m_phase.start();
    }
    void report(const char *what)
    {
        if (m_enabled)
            std::fprintf(
                stderr, "import timing: %-28s %8.3f s\n", what, double(m_phase.nsecsElapsed()) / 1e9);
        m_phase.restart();
    }

private:
    const bool m_enabled;
    QElapsedTimer m_phase;
};

Source newSource(const ImportResult &result, const Importer &importer, const QFileInfo &info,
    const KnownContent &known, const QString &zoneId)
{
    Source source;
    source.name = result.sourceName;
    source.kind = importer.sourceKind();
    source.format = importer.id();
    source.originPath = info.absoluteFilePath();
    // Otherwise the hash is still being computed: set at the end.
    source.contentHash = known.sameSizeImported ? known.hash : QString();
    source.zone = zoneId;
    source.importedAt = timestamps::now();
    return source;
}

// Records the import in the review: first, for a replacing import, the earlier imports of the
// same content leave, and for "Import again as" the source it replaces (with the caller's
// transaction). Returns how many of the former left, or -1 with `result`'s error set.
int insertSource(ReviewStore &store, const ImportRequest &request, const KnownContent &known,
    const std::optional<Source> &replacing, Source &source, ImportResult *result)
{
    const int replaced = request.replaceSameContent && known.sameSizeImported
        ? SourceStore::removeLiveImportsWithHash(store, known.hash)
        : 0;
    if (replacing && replaced >= 0) {
        if (!SourceStore::setImportRemoved(store, replacing->id, true)) {
            result->error = store.errorString();
            return -1;
        }
        result->replacedSourceId = replacing->id;
    }
    if (replaced >= 0)
        source.id = SourceStore::insertImport(store, source);
    if (replaced < 0 || !source.id) {
        result->error = store.errorString();
        return -1;
    }
    result->sourceId = source.id;
    return replaced;
}

// The writer's counts into `result`.
void countWritten(EventWriter &writer, const ImportInput &input, bool canceled, ImportResult *result)
{
    if (input.hitLimit() && !canceled) {
        // The input stopped early (size cap, damaged or cut gzip): kept as a rejected record so
        // the review and the summary say that the rest of the file is missing.
        RejectedRecord cut;
        cut.reason = input.errorString();
        writer.addRejected(std::move(cut));
    }
    result->accepted = writer.accepted();
    result->rejected = writer.rejected();
    result->duplicates = writer.duplicates();
    result->rejects = writer.firstRejects();
}

// Sets `result`'s status and error from how the reading ended; true when there is something to
// commit. `result` holds the writer's counts.
bool judgeReadOutcome(const ReadOutcome &read, const EventWriter &writer, const ImportInput &input,
    const ImportRequest &request, const Importer &importer, ImportResult *result)
{
    if (read.canceled) {
        result->status = ImportResult::Status::Canceled;
        return false; // the transaction rolls back
    }
    if (writer.failed()) {
        result->error
            = ImportJob::tr("%1: cannot write to the review: %2").arg(request.path, writer.errorString());
        return false;
    }
    if (!read.readable && result->accepted == 0) {
        // Where the input stopped early (a pipe of noise, a damaged gzip), that is the reason.
        result->error = input.hitLimit() ? input.errorString()
            : read.error.isEmpty()
            ? ImportJob::tr("%1: not readable as %2").arg(request.path, importer.displayName())
            : read.error;
        return false;
    }
    if (result->accepted == 0 && result->duplicates == 0) {
        result->status = ImportResult::Status::NothingUsable;
        result->error = input.hitLimit() ? input.errorString()
            : result->rejects.isEmpty()  ? ImportJob::tr("%1: no usable records").arg(request.path)
                                         : ImportJob::tr("%1: no usable records (line %2: %3)")
                                              .arg(request.path)
                                              .arg(result->rejects.first().line)
                                              .arg(result->rejects.first().reason);
        return false;
    }
    if (result->accepted == 0) {
        result->status = ImportResult::Status::AlreadyImported;
        return false;
    }
    return true;
}

// What the user should know about how the records were read: assumed zones, years and days.
void addReadingNotes(ImportResult *result, const ReadOutcome &read, const ImportContext &context,
    const QString &zoneId, int replaced, const std::optional<Source> &replacing, const ImportInput &input)
{
    QStringList &notes = result->notes;
    if (!read.readable && !read.error.isEmpty())
        notes << read.error;
    if (context.usedZoneForNaiveTimestamps)
        notes << ImportJob::tr("Timestamps without a zone were read as %1.").arg(zoneId);
    if (context.usedReferenceYear && context.yearFromUser)
        notes << ImportJob::tr("Timestamps without a year were placed in %1 (from --year).")
                     .arg(context.referenceYear);
    else if (context.usedReferenceYear)
        notes << ImportJob::tr(
            "Timestamps without a year were placed in %1, the year the file was last modified; "
            "give the year with --year if that is wrong.")
                     .arg(context.referenceYear);
    if (context.usedReferenceDay) {
        int y, m, d;
        timestamps::civilFromDays(context.referenceDay, y, m, d);
        notes << ImportJob::tr(
            "Times without a date were placed so that the last ones fall on %1, the day the file was "
            "last modified.")
                     .arg(QDate(y, m, d).toString(Qt::ISODate));
    }
    if (replaced > 0)
        notes << ImportJob::tr("Replaced %n earlier import(s) of the same file.", nullptr, replaced);
    if (replacing)
        notes << ImportJob::tr("Imported again in place of the import read as %1.").arg(replacing->format);
    notes << context.notes;
    notes << input.encodingNotes(); // UTF-16 converted, lines read as Windows-1252
}

// The file's content hash once it has been read: from the pipe's reader, the thread that
// hashed the file meanwhile, or what was known before. Empty with `error` when unreadable.
QString finalContentHash(
    ImportInput &input, BackgroundHash &hasher, const KnownContent &known, QString *error)
{
    if (input.isStream())
        return input.contentHash();
    if (!known.sameSizeImported)
        return hasher.result(error);
    return known.hash;
}

// The source's counts, notes and hash, then the commit.
bool commitImport(ReviewStore &store, ReviewStore::Transaction &transaction, Source &source,
    const ImportResult &result, const QString &hash)
{
    source.accepted = result.accepted;
    source.rejected = result.rejected;
    source.duplicates = result.duplicates;
    source.notes = result.notes.join(QLatin1Char('\n'));
    source.contentHash = hash;
    return SourceStore::finishImport(store, source)
        && store.setMeta(QStringLiteral("edited"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        && transaction.commit();
}

// Indexes the text of the committed events in a transaction of its own, telling
// `eventsCommitted` exactly once, also when the indexing fails before it holds the lock.
void indexTextAfterCommit(ReviewStore &store, const ImportRequest &request, ImportResult &result,
    const std::function<void(const ImportResult &)> &eventsCommitted)
{
    bool told = false;
    auto tell = [&] {
        told = true;
        ImportResult committed = result;
        committed.textIndexPending = true;
        eventsCommitted(committed);
    };
    QString indexError;
    if (!EventWriter::indexPendingText(store, &indexError, tell))
        result.textIndexError
            = ImportJob::tr("%1: the events are in the review, but their text could not be indexed for "
                            "search: %2. It will be indexed when the review is next opened.")
                  .arg(request.path, indexError.isEmpty() ? store.errorString() : indexError);
    if (!told)
        tell();
}
} // namespace

void ImportJob::checkpoint(ReviewStore &store)
{
    EventWriter::checkpoint(store);
}

QString ImportJob::contentHash(const QString &path, QString *error, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    ContentHash hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load(std::memory_order_relaxed))
            return {};
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        hash.add(buffer.constData(), n);
    }
    return hash.text();
}

ImportResult ImportJob::run(ReviewStore &store, const ImporterRegistry &registry,
    const ImportRequest &request, const std::atomic<bool> *cancel, std::atomic<qint64> *progress,
    const std::function<void(const ImportResult &)> &eventsCommitted,
    const std::function<void(qint64)> &bytesRead)
{
    ImportResult result;
    const QFileInfo info(request.path);
    result.sourceName = request.sourceName.isEmpty() ? info.fileName() : request.sourceName;

    // The review itself (or its -wal/-shm) is no log, and opening and closing it here would drop
    // every POSIX lock this process holds on it: another program could then checkpoint and unlink
    // the WAL this process still writes to (docs/reliability.md, "Files the app opens").
    if (ReviewStore::isDocumentFile(request.path, store.path())) {
        result.error
            = tr("%1 is this review's own document file and cannot be imported into it").arg(request.path);
        return result;
    }
    // Opened first, because how the file is read decides how its hash is computed.
    ImportInput input;
    if (!openInput(input, request, cancel, &result))
        return result;
    KnownContent known;
    std::optional<Source> replacing;
    if (request.replaceSourceId
        && !(replacing = sourceToReplace(store, request, input, &known.hash, &result)))
        return result;
    BackgroundHash hasher;
    if (!recogniseEarlierImport(store, request, info, input, hasher, replacing.has_value(), &known, &result))
        return result;
    if (cancel && cancel->load()) {
        result.status = ImportResult::Status::Canceled;
        return result;
    }
    // The reader stops on `stop`, set from the caller's flag (polled below) or when writing fails.
    std::atomic<bool> stop(cancel && cancel->load());
    input.setCancelFlag(&stop);
    input.setProgressCounter(progress);
    std::unique_ptr<Importer> importer = chooseImporter(registry, request, input, &result);
    if (!importer)
        return result;
    result.formatId = importer->id();
    result.formatName = importer->displayName();
    ImportContext context;
    const QString zoneId
        = request.zoneId.isEmpty() ? QString::fromUtf8(store.timeZone().id()) : request.zoneId;
    if (!prepareContext(context, request, info, zoneId, &result))
        return result;

    PhaseTiming timing;
    EventWriter::BulkSettings bulk(store);
    ReviewStore::Transaction transaction(store);
    Source source = newSource(result, *importer, info, known, zoneId);
    const int replaced = insertSource(store, request, known, replacing, source, &result);
    if (replaced < 0)
        return result;

    EventWriter writer(store, result.sourceId);
    const EventWriter::TextIndex text
        = eventsCommitted ? EventWriter::TextIndex::Later : EventWriter::TextIndex::Now;
    QString error;
    if (!writer.begin(&error, text)) {
        result.error = error;
        return result;
    }
    const ReadOutcome read
        = readAndWrite(*importer, input, context, writer, cancel, stop, progress, bytesRead);
    timing.report("parse + insert (overlapped)");
    countWritten(writer, input, read.canceled, &result);
    if (!judgeReadOutcome(read, writer, input, request, *importer, &result))
        return result; // the transaction rolls back
    addReadingNotes(&result, read, context, zoneId, replaced, replacing, input);

    const bool finished = writer.finish(&error, text);
    timing.report(eventsCommitted ? "finish (text index deferred)" : "full-text index");
    QString hashError;
    const QString hash = finalContentHash(input, hasher, known, &hashError);
    if (hash.isEmpty()) {
        result.error = hashError.isEmpty() ? tr("Cannot read %1").arg(request.path) : hashError;
        return result; // the transaction rolls back
    }
    if (!finished || !commitImport(store, transaction, source, result, hash)) {
        timing.report("commit (failed)");
        result.error = tr("%1: cannot write to the review: %2")
                           .arg(request.path, error.isEmpty() ? store.errorString() : error);
        return result;
    }
    timing.report("commit");
    result.status = ImportResult::Status::Imported;
    if (eventsCommitted) {
        indexTextAfterCommit(store, request, result, eventsCommitted);
        timing.report("full-text index (own transaction)");
    }
    return result;
}

} // namespace faultless::model
