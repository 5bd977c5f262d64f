#include "reviewarchive.h"

#include "archivefiles.h"
#include "export/briefingexporter.h"
#include "store/reviewcopy.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zip.h>

namespace faultless::model {

using archivefiles::ContentHasher;

namespace {

constexpr qint64 kReadBlock = 1 << 20;

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

// Entry names for original files are made here from the source id and the file's base name, so
// that two sources called "app.log" from different folders do not collide.
QString entryNameFor(qint64 sourceId, const QString &path)
{
    QString name = QFileInfo(path).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QLatin1String(ReviewArchive::SourcesFolder) + QString::number(sourceId) + QLatin1Char('-') + name;
}

struct ProgressState
{
    const std::atomic<bool> *cancel = nullptr;
    const ReviewArchive::Progress *progress = nullptr;
};

void onProgress(zip_t *, double fraction, void *state)
{
    auto *s = static_cast<ProgressState *>(state);
    if (s->progress && *s->progress)
        (*s->progress)(int(fraction * 1000));
}

int onCancel(zip_t *, void *state)
{
    auto *s = static_cast<ProgressState *>(state);
    return s->cancel && s->cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

bool isCompressedAlready(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gz") || suffix == QLatin1String("zip") || suffix == QLatin1String("zst");
}

bool addSource(
    zip_t *archive, const QString &entry, zip_source_t *source, const QString &path, QString *error)
{
    const zip_int64_t index
        = zip_file_add(archive, entry.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        *error = ReviewArchive::tr("Cannot add %1 to the archive: %2").arg(path, zipError(archive));
        return false;
    }
    // Fast deflate: level 1 costs a few percent in size and saves most of the time on a large
    // review; files that are compressed already are stored as they are.
    const bool compressed = isCompressedAlready(path);
    zip_set_file_compression(
        archive, zip_uint64_t(index), compressed ? ZIP_CM_STORE : ZIP_CM_DEFLATE, compressed ? 0 : 1);
    return true;
}

// A file this process made (the review's copy, a briefing).
bool addFile(zip_t *archive, const QString &entry, const QString &path, QString *error)
{
    zip_source_t *source = zip_source_file(archive, QFile::encodeName(path).constData(), 0, -1);
    if (!source) {
        *error = ReviewArchive::tr("Cannot read %1: %2").arg(path, zipError(archive));
        return false;
    }
    return addSource(archive, entry, source, path, error);
}

bool addBytes(zip_t *archive, const QString &entry, const QByteArray &bytes, QString *error)
{
    // libzip reads the buffer at zip_close(): give it a copy it frees itself.
    void *copy = malloc(size_t(qMax<qsizetype>(1, bytes.size())));
    if (!copy) {
        *error = ReviewArchive::tr("Out of memory");
        return false;
    }
    memcpy(copy, bytes.constData(), size_t(bytes.size()));
    zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
    if (!source) {
        free(copy);
        *error = zipError(archive);
        return false;
    }
    if (zip_file_add(archive, entry.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        *error = zipError(archive);
        return false;
    }
    return true;
}

// Opens an original file for reading: a Qt resource (the demo review's sources) or a regular
// file, never a device, FIFO or folder (which could block or never end). O_NONBLOCK: opening a
// FIFO for reading would wait for a writer; it is a no-op on a regular file.
bool openOriginal(QFile &file, QString *why)
{
    if (file.fileName().startsWith(QLatin1Char(':'))) {
        if (file.open(QIODevice::ReadOnly))
            return true;
        *why = file.errorString();
        return false;
    }
    const int fd = ::open(QFile::encodeName(file.fileName()).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *why = ReviewArchive::tr("it is not a regular file");
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *why = file.errorString();
        return false;
    }
    return true;
}

// An original file as it is read into the archive, hashed as it streams past: if what libzip
// read does not match the hash taken at import (the file changed since it was checked), the
// entry fails instead of being written, and its name is reported in `changed`.
struct HashedOriginal
{
    QString path;
    QString entry;
    QString expectedHash;
    qint64 expectedSize = 0;
    QStringList *changed = nullptr;
    QFile file;
    ContentHasher hasher;
    zip_error_t error;
};

zip_int64_t fail(HashedOriginal *s, int code)
{
    zip_error_set(&s->error, code, 0);
    return -1;
}

zip_int64_t readHashedOriginal(HashedOriginal *s, void *data, zip_uint64_t length)
{
    // Read one byte past the expected size, so a file that grew is caught.
    const qint64 want = qMin<qint64>(
        qint64(qMin<zip_uint64_t>(length, kReadBlock)), s->expectedSize + 1 - s->hasher.size());
    const qint64 n = want > 0 ? s->file.read(static_cast<char *>(data), want) : 0;
    if (n < 0)
        return fail(s, ZIP_ER_READ);
    s->hasher.add(static_cast<const char *>(data), n);
    if ((n == 0 || s->hasher.size() > s->expectedSize) && s->hasher.result() != s->expectedHash) {
        s->changed->append(s->entry);
        return fail(s, ZIP_ER_INCONS);
    }
    return n;
}

zip_int64_t hashedOriginalCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *s = static_cast<HashedOriginal *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN: {
        s->hasher = ContentHasher();
        QString why;
        return openOriginal(s->file, &why) ? 0 : fail(s, ZIP_ER_OPEN);
    }
    case ZIP_SOURCE_READ:
        return readHashedOriginal(s, data, length);
    case ZIP_SOURCE_CLOSE:
        s->file.close();
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zip_uint64_t(s->expectedSize);
        st->mtime = time_t(QFileInfo(s->path).lastModified().toSecsSinceEpoch());
        st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
        return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&s->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&s->error);
        delete s;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return fail(s, ZIP_ER_OPNOTSUPP);
    }
}

bool addOriginal(zip_t *archive, const QString &entry, const QString &path, const QString &hash,
    QStringList *changed, QString *error)
{
    auto *state = new HashedOriginal;
    state->path = path;
    state->entry = entry;
    state->expectedHash = hash;
    state->expectedSize = archivefiles::sizeOfContentHash(hash);
    state->changed = changed;
    state->file.setFileName(path);
    zip_error_init(&state->error);
    zip_source_t *source = zip_source_function(archive, hashedOriginalCallback, state);
    if (!source) {
        zip_error_fini(&state->error);
        delete state;
        *error = ReviewArchive::tr("Cannot read %1: %2").arg(path, zipError(archive));
        return false;
    }
    return addSource(archive, entry, source, path, error);
}

// Hashes a whole file by streaming through it; empty with `why` when it cannot be read.
QString hashOf(const QString &path, QString *why)
{
    QFile file(path);
    if (!openOriginal(file, why))
        return {};
    ContentHasher hasher;
    QByteArray buffer(kReadBlock, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *why = file.errorString();
            return {};
        }
        if (n == 0)
            return hasher.result();
        hasher.add(buffer.constData(), n);
    }
}

// Whether an original file still holds exactly what was imported from it; `why` says why not.
// Only such a file goes into the archive: the path comes from the review, which may have been
// crafted to name any file on this machine.
bool holdsWhatWasImported(const SourceFileRecord &source, const QString &reviewPath, QString *why)
{
    if (archivefiles::isReviewFile(source.originPath, reviewPath)) {
        *why = ReviewArchive::tr("it is the review document itself");
        return false;
    }
    const qint64 expectedSize = archivefiles::sizeOfContentHash(source.contentHash);
    if (expectedSize < 0) {
        *why = ReviewArchive::tr("no content hash was recorded when it was imported");
        return false;
    }
    const bool resource = source.originPath.startsWith(QLatin1Char(':'));
    const QFileInfo info(source.originPath);
    if (!resource && !info.isFile()) {
        *why = ReviewArchive::tr("it is not a regular file");
        return false;
    }
    const qint64 size = info.size();
    if (!resource && size != expectedSize) {
        *why = ReviewArchive::tr("it holds %1 bytes, the imported file held %2").arg(size).arg(expectedSize);
        return false;
    }
    const QString hash = hashOf(source.originPath, why);
    if (hash.isEmpty())
        return false;
    if (hash != source.contentHash) {
        *why = ReviewArchive::tr("its content differs from the imported file's");
        return false;
    }
    return true;
}

// The manifest's entry for one source; `originals` gets the files that go into the archive.
QJsonObject describeSource(
    const SourceFileRecord &source, const QString &reviewPath, QJsonObject *originals, QStringList *notes)
{
    QJsonObject s { { QStringLiteral("id"), source.id }, { QStringLiteral("name"), source.name },
        { QStringLiteral("format"), source.format }, { QStringLiteral("origin_path"), source.originPath },
        { QStringLiteral("content_hash"), source.contentHash },
        { QStringLiteral("removed"), source.removed } };
    const QString &origin = source.originPath;
    const QFileInfo info(origin);
    QString why;
    if (origin.isEmpty() || !info.exists()) {
        s.insert(QStringLiteral("missing"), true);
        if (notes)
            *notes << ReviewArchive::tr("Original file of %1 not found: %2").arg(source.name, origin);
    } else if (!holdsWhatWasImported(source, reviewPath, &why)) {
        s.insert(QStringLiteral("missing"), true);
        s.insert(QStringLiteral("left_out"), why);
        if (notes)
            *notes << ReviewArchive::tr(
                "Original file of %1 left out: %2 is not the file that was imported (%3)")
                          .arg(source.name, origin, why);
    } else {
        const QString entry = entryNameFor(source.id, origin);
        s.insert(QStringLiteral("entry"), entry);
        originals->insert(entry, QJsonArray { origin, source.contentHash });
    }
    return s;
}

} // namespace

namespace {

struct ArchiveContent
{
    QJsonObject manifest; // everything but "sources"
    QJsonArray sources;
    QJsonArray briefings;
    QJsonObject originals; // entry -> [path, content hash]
};

// The Markdown briefing, and the briefing for each audience as PDF to hand over and as HTML to
// read in a browser (see briefingEntry()). PDF and HTML render charts and PDF pages, which need a
// QGuiApplication: the app has one, and faultless-cli makes one for `archive`; without one they
// are left out and the notes say so. False only when canceled.
bool writeBriefings(ReviewStore &store, const archivefiles::StagingFolder &staging, QJsonArray *briefings,
    QStringList *notes, const std::atomic<bool> *cancel)
{
    BriefingOptions options;
    options.format = BriefingFormat::Markdown;
    const QString markdown = BriefingExporter::markdown(store, options);
    QFile md(staging.filePath(QStringLiteral("briefing.md")));
    const QByteArray mdBytes = markdown.toUtf8();
    if (md.open(QIODevice::WriteOnly | QIODevice::NewOnly) && md.write(mdBytes) == mdBytes.size()
        && md.flush()) {
        md.close();
        briefings->append(QStringLiteral("briefing.md"));
    } else if (notes) {
        *notes << ReviewArchive::tr("briefing.md was left out: %1").arg(md.errorString());
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (notes)
            *notes << ReviewArchive::tr(
                "The PDF and HTML briefings were left out: they need a graphical application");
        return true;
    }
    for (BriefingAudience audience : { BriefingAudience::Leader, BriefingAudience::Practitioner }) {
        for (BriefingFormat format : { BriefingFormat::Pdf, BriefingFormat::Html }) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            options.audience = audience;
            options.format = format;
            const QString entry = ReviewArchive::briefingEntry(audience, format);
            QString briefingError;
            if (BriefingExporter::exportTo(store, options, staging.filePath(entry), &briefingError))
                briefings->append(entry);
            else if (notes)
                *notes << ReviewArchive::tr("%1 was left out: %2").arg(entry, briefingError);
        }
    }
    return true;
}

// Everything but the zip: the review's copy and the briefings in `staging`, the manifest, and
// which original files may go in.
bool prepareContent(const QString &reviewPath, const archivefiles::StagingFolder &staging,
    ArchiveContent *content, QStringList *notes, const std::atomic<bool> *cancel, QString *err)
{
    const QString copy = staging.filePath(QLatin1String(ReviewArchive::ReviewEntry));
    ReviewStore store;
    if (!store.open(reviewPath)) {
        *err = store.errorString();
        return false;
    }
    // A consistent copy that includes what is still in the WAL, read through SQLite only.
    if (!ReviewCopy::vacuumInto(store, copy, err))
        return false;
    content->manifest.insert(QStringLiteral("title"), store.title());
    content->manifest.insert(QStringLiteral("schema_version"), store.schemaVersion());
    if (!writeBriefings(store, staging, &content->briefings, notes, cancel)) {
        *err = ReviewArchive::tr("Archiving canceled; nothing was written.");
        return false;
    }
    const QList<SourceFileRecord> sources = ReviewCopy::sourceFiles(store, err);
    if (!err->isEmpty())
        return false;
    for (const SourceFileRecord &source : sources)
        content->sources.append(describeSource(source, reviewPath, &content->originals, notes));
    QString why;
    const QString reviewHash = hashOf(copy, &why);
    if (reviewHash.isEmpty()) {
        *err = ReviewArchive::tr("Cannot read the copy of the review: %1").arg(why);
        return false;
    }
    QJsonObject &m = content->manifest;
    m.insert(QStringLiteral("format"), QStringLiteral("faultless-archive"));
    m.insert(QStringLiteral("version"), 1);
    m.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m.insert(QStringLiteral("review"), QLatin1String(ReviewArchive::ReviewEntry));
    m.insert(QStringLiteral("review_hash"), reviewHash);
    m.insert(QStringLiteral("briefings"), content->briefings);
    return true;
}

// Originals that changed between their check and their copy are left out after all.
void leaveOutChanged(ArchiveContent *content, const QStringList &changed, QStringList *notes)
{
    for (qsizetype i = 0; i < content->sources.size(); ++i) {
        QJsonObject s = content->sources.at(i).toObject();
        const QString entry = s.value(QLatin1String("entry")).toString();
        if (entry.isEmpty() || !changed.contains(entry))
            continue;
        const QString why = ReviewArchive::tr("it changed while the archive was written");
        s.remove(QStringLiteral("entry"));
        s.insert(QStringLiteral("missing"), true);
        s.insert(QStringLiteral("left_out"), why);
        content->sources.replace(i, s);
        content->originals.remove(entry);
        if (notes)
            *notes << ReviewArchive::tr(
                "Original file of %1 left out: %2 is not the file that was imported (%3)")
                          .arg(s.value(QLatin1String("name")).toString(),
                              s.value(QLatin1String("origin_path")).toString(), why);
    }
}

// Writes the zip at `zipPath`. When it fails because originals changed while libzip read them,
// `changed` names their entries.
bool writeZip(const QString &zipPath, const ArchiveContent &content,
    const archivefiles::StagingFolder &staging, ProgressState *progress, QStringList *changed, QString *err)
{
    int zipErrorCode = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zipErrorCode);
    if (!archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipErrorCode);
        *err = ReviewArchive::tr("Cannot create %1: %2")
                   .arg(zipPath, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    QJsonObject manifest = content.manifest;
    manifest.insert(QStringLiteral("sources"), content.sources);
    bool ok = addBytes(
                  archive, QLatin1String(ReviewArchive::ManifestEntry), QJsonDocument(manifest).toJson(), err)
        && addFile(archive, QLatin1String(ReviewArchive::ReviewEntry),
            staging.filePath(QLatin1String(ReviewArchive::ReviewEntry)), err);
    for (const QJsonValue &b : content.briefings) {
        if (ok)
            ok = addFile(archive, b.toString(), staging.filePath(b.toString()), err);
    }
    for (auto it = content.originals.begin(); ok && it != content.originals.end(); ++it) {
        const QJsonArray pathAndHash = it.value().toArray();
        ok = addOriginal(
            archive, it.key(), pathAndHash.at(0).toString(), pathAndHash.at(1).toString(), changed, err);
    }
    if (!ok) {
        zip_discard(archive);
        return false;
    }
    zip_register_progress_callback_with_state(archive, 0.01, onProgress, nullptr, progress);
    zip_register_cancel_callback_with_state(archive, onCancel, nullptr, progress);
    if (zip_close(archive) != 0) {
        const bool canceled = progress->cancel && progress->cancel->load();
        *err = canceled ? ReviewArchive::tr("Archiving canceled; nothing was written.")
                        : ReviewArchive::tr("Cannot write %1: %2").arg(zipPath, zipError(archive));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace

QString ReviewArchive::briefingEntry(BriefingAudience audience, BriefingFormat format)
{
    const QString who
        = audience == BriefingAudience::Leader ? QStringLiteral("leader") : QStringLiteral("practitioner");
    const QString suffix = format == BriefingFormat::Pdf ? QStringLiteral("pdf")
        : format == BriefingFormat::Html                 ? QStringLiteral("html")
                                                         : QStringLiteral("md");
    return QStringLiteral("briefing-%1.%2").arg(who, suffix);
}

bool ReviewArchive::create(const QString &reviewPath, const QString &archivePath, QString *error,
    QStringList *notes, const std::atomic<bool> *cancel, const Progress &progress)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    err->clear();
    // Everything is prepared in a folder beside the archive and renamed into place at the end:
    // no half archive under its name, and nothing left in the temporary folder if killed.
    archivefiles::StagingFolder::removeAbandoned(archivePath);
    const archivefiles::StagingFolder staging(archivePath);
    if (!staging.isValid()) {
        *err = staging.errorString();
        return false;
    }
    ArchiveContent content;
    if (!prepareContent(reviewPath, staging, &content, notes, cancel, err))
        return false;
    const QString zipPath = staging.filePath(QStringLiteral("archive.zip"));
    ProgressState state { cancel, &progress };
    // Each retry leaves out at least one more original, so this ends.
    for (;;) {
        QStringList changed;
        err->clear();
        if (writeZip(zipPath, content, staging, &state, &changed, err))
            break;
        if (changed.isEmpty())
            return false;
        leaveOutChanged(&content, changed, notes);
    }
    if (::rename(QFile::encodeName(zipPath).constData(), QFile::encodeName(archivePath).constData()) != 0) {
        *err = tr("Cannot write %1: %2").arg(archivePath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (progress)
        progress(1000);
    return true;
}

} // namespace faultless::model
