#include "reviewarchive.h"

#include "archivefiles.h"
#include "store/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QStorageInfo>

#include <zip.h>

// ReviewArchive::restore(): the archive is untrusted input (see reviewarchive.h).
namespace faultless::model {

using archivefiles::ContentHasher;

namespace {

constexpr qint64 kReadBlock = 1 << 20;
constexpr qint64 kMaxManifestSize = 16 * 1024 * 1024;
constexpr int kSqliteHeaderSize = 100;

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

// A safe name: relative, forward slashes only, no "..", no drive letters, no control characters.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char(':')))
        return false;
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    for (QChar c : name) {
        if (c.unicode() < 0x20)
            return false;
    }
    return true;
}

// One entry restore writes: where to, and what it must hold.
struct PlannedFile
{
    zip_int64_t index = -1;
    QString name;
    qint64 size = 0; // declared by the zip's directory, and checked against the hash's size
    QString hash; // empty: no hash to check (an archive from before review_hash)
    QString target;
    QString temp; // beside the target while it is written
};

struct RestorePlan
{
    PlannedFile review;
    QList<PlannedFile> sources;
    bool createdSourcesDir = false;
};

// Removes what a restore wrote unless it completed: nothing appears if any stage fails.
struct RestoreCleanup
{
    RestorePlan &plan;
    QStringList published;
    bool done = false;
    ~RestoreCleanup()
    {
        if (done)
            return;
        for (const PlannedFile *f : all())
            if (!f->temp.isEmpty())
                QFile::remove(f->temp);
        for (const QString &path : std::as_const(published))
            QFile::remove(path);
        if (plan.createdSourcesDir && !plan.sources.isEmpty())
            QDir().rmdir(QFileInfo(plan.sources.first().target).path());
    }
    QList<PlannedFile *> all()
    {
        QList<PlannedFile *> files { &plan.review };
        for (PlannedFile &f : plan.sources)
            files.append(&f);
        return files;
    }
};

bool statEntry(zip_t *archive, zip_int64_t index, zip_stat_t *stat, QString *error)
{
    zip_stat_init(stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, stat) != 0) {
        *error = zipError(archive);
        return false;
    }
    return true;
}

// The declared size of an entry, checked against the limits before anything is inflated.
bool checkDeclaredSize(zip_t *archive, zip_int64_t index, const ReviewArchive::Limits &limits, qint64 *total,
    qint64 *size, QString *error)
{
    zip_stat_t stat;
    if (!statEntry(archive, index, &stat, error))
        return false;
    const QString name = QString::fromUtf8(stat.name);
    *size = (stat.valid & ZIP_STAT_SIZE) && stat.size <= zip_uint64_t(INT64_MAX) ? qint64(stat.size) : -1;
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : -1;
    if (*size < 0 || *size > limits.maxEntrySize || *size > limits.maxTotalSize - *total) {
        *error
            = ReviewArchive::tr("%1 in the archive is larger than allowed (%2 bytes)").arg(name).arg(*size);
        return false;
    }
    if (*size > limits.ratioFloor && compressed >= 0
        && *size / qMax<qint64>(1, compressed) > limits.maxRatio) {
        *error = ReviewArchive::tr("%1 in the archive inflates %2 times: refused as a decompression bomb")
                     .arg(name)
                     .arg(*size / qMax<qint64>(1, compressed));
        return false;
    }
    *total += *size;
    return true;
}

// Up to `limit` bytes from the start of an entry (the whole entry when it is smaller).
QByteArray readEntryStart(zip_t *archive, zip_int64_t index, qint64 limit, QString *error)
{
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = zipError(archive);
        return {};
    }
    QByteArray bytes(qsizetype(limit), Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < limit) {
        const zip_int64_t n = zip_fread(file, bytes.data() + filled, zip_uint64_t(limit - filled));
        if (n < 0) {
            *error = QString::fromUtf8(zip_error_strerror(zip_file_get_error(file)));
            zip_fclose(file);
            return {};
        }
        if (n == 0)
            break;
        filled += n;
    }
    zip_fclose(file);
    bytes.truncate(qsizetype(filled));
    return bytes;
}

quint32 bigEndian(const QByteArray &bytes, int offset, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// The review entry must start with the header of a Faultless document whose size is the entry's
// declared size, before a byte of it is written (https://www.sqlite.org/fileformat.html).
bool checkReviewHeader(zip_t *archive, const PlannedFile &review, QString *why)
{
    const QByteArray header = readEntryStart(archive, review.index, kSqliteHeaderSize, why);
    if (header.size() < kSqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (why->isEmpty())
            *why = ReviewArchive::tr("it is not an SQLite database");
        return false;
    }
    const quint32 rawPageSize = bigEndian(header, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || review.size == 0
        || review.size % pageSize != 0) {
        *why = ReviewArchive::tr("its size (%1 bytes) does not fit its page size (%2)")
                   .arg(review.size)
                   .arg(pageSize);
        return false;
    }
    if (qint32(bigEndian(header, 68, 4)) != ReviewStore::ApplicationId) {
        *why = ReviewArchive::tr("it is an SQLite database but not a Faultless review document");
        return false;
    }
    // The page count in the header is valid when its "version-valid-for" matches the change counter.
    const qint64 pages = bigEndian(header, 28, 4);
    if (pages != 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4)
        && pages * pageSize != review.size) {
        *why = ReviewArchive::tr("it declares %1 bytes but its header says %2")
                   .arg(review.size)
                   .arg(pages * pageSize);
        return false;
    }
    return true;
}

bool readManifest(zip_t *archive, QJsonObject *manifest, QString *why)
{
    const zip_int64_t index = zip_name_locate(archive, ReviewArchive::ManifestEntry, 0);
    zip_stat_t stat;
    if (index < 0 || !statEntry(archive, index, &stat, why)) {
        *why = ReviewArchive::tr("it holds no %1").arg(QLatin1String(ReviewArchive::ManifestEntry));
        return false;
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(kMaxManifestSize)) {
        *why = ReviewArchive::tr("its %1 is larger than allowed")
                   .arg(QLatin1String(ReviewArchive::ManifestEntry));
        return false;
    }
    const QByteArray bytes = readEntryStart(archive, index, qint64(stat.size), why);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    *manifest = document.object();
    if (!why->isEmpty() || parseError.error != QJsonParseError::NoError
        || manifest->value(QLatin1String("format")).toString() != QLatin1String("faultless-archive")) {
        *why = ReviewArchive::tr("its %1 is not a Faultless archive manifest (offset %2: %3)")
                   .arg(QLatin1String(ReviewArchive::ManifestEntry))
                   .arg(parseError.offset)
                   .arg(why->isEmpty() ? parseError.errorString() : *why);
        return false;
    }
    return true;
}

// The hash a planned file must match, from the manifest; it must agree with the declared size.
bool checkHashAgreesWithSize(const PlannedFile &file, QString *why)
{
    if (file.hash.isEmpty() || archivefiles::sizeOfContentHash(file.hash) == file.size)
        return true;
    *why = ReviewArchive::tr("%1 declares %2 bytes but its manifest says %3")
               .arg(file.name)
               .arg(file.size)
               .arg(archivefiles::sizeOfContentHash(file.hash));
    return false;
}

// The target must be free: not a file, not a folder, not a symbolic link (dangling or not).
bool checkFree(const QString &path, QString *error)
{
    if (!archivefiles::isOccupied(path))
        return true;
    *error = QFileInfo(path).isSymLink()
        ? ReviewArchive::tr("%1 is a symbolic link; restore writes only new files").arg(path)
        : ReviewArchive::tr("%1 exists already; choose a new file to restore into").arg(path);
    return false;
}

// Plans the original files: each must be listed in the manifest with a hash that agrees with its
// size, and its target in `sourcesDir` must be free.
bool planSources(zip_t *archive, const QJsonObject &manifest, const QString &sourcesDir,
    const ReviewArchive::Limits &limits, qint64 *total, RestorePlan *plan, QString *error)
{
    const QString root = QDir::cleanPath(QFileInfo(sourcesDir).absoluteFilePath());
    if (archivefiles::isOccupied(root) && !QFileInfo(root).isDir()) {
        *error = ReviewArchive::tr("%1 is not a folder").arg(sourcesDir);
        return false;
    }
    QHash<QString, QString> listed; // entry -> content hash
    for (const QJsonValue &v : manifest.value(QLatin1String("sources")).toArray()) {
        const QString entry = v.toObject().value(QLatin1String("entry")).toString();
        if (!entry.isEmpty())
            listed.insert(entry, v.toObject().value(QLatin1String("content_hash")).toString());
    }
    QSet<QString> targets;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        PlannedFile file;
        file.index = i;
        file.name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        if (!file.name.startsWith(QLatin1String(ReviewArchive::SourcesFolder))
            || file.name.endsWith(QLatin1Char('/')))
            continue;
        if (!listed.contains(file.name) || archivefiles::sizeOfContentHash(listed.value(file.name)) < 0) {
            *error
                = ReviewArchive::tr("%1 is not listed in the manifest with its content hash").arg(file.name);
            return false;
        }
        file.hash = listed.take(file.name);
        // Only the base name is used: the target stays inside the folder.
        file.target = root + QLatin1Char('/') + QFileInfo(file.name).fileName();
        if (targets.contains(file.target)) {
            *error = ReviewArchive::tr("%1 appears twice in the archive").arg(file.name);
            return false;
        }
        targets.insert(file.target);
        if (!checkDeclaredSize(archive, i, limits, total, &file.size, error)
            || !checkHashAgreesWithSize(file, error) || !checkFree(file.target, error))
            return false;
        plan->sources.append(file);
    }
    if (!listed.isEmpty()) {
        *error = ReviewArchive::tr("the manifest lists %1, which is not in the archive")
                     .arg(listed.keys().first());
        return false;
    }
    return true;
}

// The nearest folder of `path` (or `path` itself) that exists.
QString existingFolder(const QString &path)
{
    QString folder = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo(folder).isDir() && folder != QFileInfo(folder).path())
        folder = QFileInfo(folder).path();
    return folder;
}

bool checkSpace(const RestorePlan &plan, QString *error)
{
    QHash<QString, qint64> needed; // file system root -> bytes
    QHash<QString, qint64> available;
    QList<const PlannedFile *> files { &plan.review };
    for (const PlannedFile &f : plan.sources)
        files.append(&f);
    for (const PlannedFile *f : files) {
        const QStorageInfo storage(existingFolder(QFileInfo(f->target).path()));
        needed[storage.rootPath()] += f->size;
        available[storage.rootPath()] = storage.bytesAvailable();
    }
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const qint64 free = available.value(it.key());
        if (free >= 0 && it.value() > free) {
            *error = ReviewArchive::tr("the archive needs %1 bytes on %2, which has %3 free")
                         .arg(it.value())
                         .arg(it.key())
                         .arg(free);
            return false;
        }
    }
    return true;
}

// Everything that can be checked before a byte is written: names, declared sizes against the
// limits and the free space, the manifest, the review's header, and the targets.
bool planRestore(zip_t *archive, const QString &reviewPath, const QString &sourcesDir,
    const ReviewArchive::Limits &limits, RestorePlan *plan, QString *why)
{
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), 0);
        if (!name || !isSafeEntryName(QString::fromUtf8(name))) {
            *why = ReviewArchive::tr("it holds an entry with an unsafe name (%1)")
                       .arg(QString::fromUtf8(name ? name : "?"));
            return false;
        }
    }
    PlannedFile &review = plan->review;
    review.name = QLatin1String(ReviewArchive::ReviewEntry);
    review.index = zip_name_locate(archive, ReviewArchive::ReviewEntry, 0);
    review.target = reviewPath;
    if (review.index < 0) {
        *why = ReviewArchive::tr("it holds no %1").arg(review.name);
        return false;
    }
    qint64 total = 0;
    QJsonObject manifest;
    if (!checkDeclaredSize(archive, review.index, limits, &total, &review.size, why)
        || !readManifest(archive, &manifest, why))
        return false;
    review.hash = manifest.value(QLatin1String("review_hash")).toString();
    if (!checkHashAgreesWithSize(review, why))
        return false;
    if (!checkReviewHeader(archive, review, why)) {
        *why = ReviewArchive::tr("its %1 is not a review document: %2").arg(review.name, *why);
        return false;
    }
    if (!sourcesDir.isEmpty() && !planSources(archive, manifest, sourcesDir, limits, &total, plan, why))
        return false;
    return checkSpace(*plan, why);
}

// Inflates one planned entry into a new file beside its target, checking its size and hash.
bool extract(zip_t *archive, PlannedFile *file, QString *error)
{
    zip_file_t *entry = zip_fopen_index(archive, zip_uint64_t(file->index), 0);
    if (!entry) {
        *error = ReviewArchive::tr("Cannot read %1 in the archive: %2").arg(file->name, zipError(archive));
        return false;
    }
    const auto closeEntry = qScopeGuard([entry] { zip_fclose(entry); });
    // Created exclusively under a new name: never through an existing file or symbolic link.
    QFile out;
    for (int attempt = 0; attempt < 16 && !out.isOpen(); ++attempt) {
        out.setFileName(file->target
            + QStringLiteral(".part-%1")
                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file->temp = out.fileName();
    }
    if (!out.isOpen()) {
        *error = ReviewArchive::tr("Cannot write %1: %2").arg(file->target, out.errorString());
        return false;
    }
    ContentHasher hasher;
    QByteArray buffer(kReadBlock, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(entry, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            *error = ReviewArchive::tr("%1 in the archive is damaged: %2")
                         .arg(file->name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(entry))));
            return false;
        }
        if (n == 0)
            break;
        hasher.add(buffer.constData(), n);
        // The declared size is not trusted: stop as soon as more comes out than was declared.
        if (hasher.size() > file->size) {
            *error = ReviewArchive::tr("%1 in the archive holds more than it declares").arg(file->name);
            return false;
        }
        if (out.write(buffer.constData(), n) != n) {
            *error = ReviewArchive::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
    }
    if (!out.flush()) {
        *error = ReviewArchive::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    out.close();
    if (hasher.size() != file->size) {
        *error = ReviewArchive::tr("%1 in the archive is truncated").arg(file->name);
        return false;
    }
    if (!file->hash.isEmpty() && hasher.result() != file->hash) {
        *error
            = ReviewArchive::tr("%1 in the archive does not match the hash in its manifest").arg(file->name);
        return false;
    }
    return true;
}

// The restored review must open as a review before it takes its name.
bool checkReviewOpens(const PlannedFile &review, const QString &archivePath, QString *error)
{
    bool ok = false;
    {
        ReviewStore check;
        ok = check.open(review.temp);
        if (!ok)
            *error = ReviewArchive::tr("The review in %1 cannot be opened: %2")
                         .arg(archivePath, check.errorString());
    }
    QFile::remove(review.temp + QStringLiteral("-wal"));
    QFile::remove(review.temp + QStringLiteral("-shm"));
    return ok;
}

bool publish(PlannedFile *file, QStringList *published, QString *error)
{
    QString why;
    if (!archivefiles::renameNoReplace(file->temp, file->target, &why)) {
        *error = ReviewArchive::tr("Cannot write %1: %2").arg(file->target, why);
        return false;
    }
    file->temp.clear();
    published->append(file->target);
    return true;
}

} // namespace

bool ReviewArchive::restore(const QString &archivePath, const QString &reviewPath, QString *error,
    const QString &sourcesDir, const Limits &limits)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    err->clear();
    // Not over a file, a symbolic link, or a foreign WAL the restored review would pick up.
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        if (!checkFree(reviewPath + QLatin1String(suffix), err))
            return false;
    }
    int zipErrorCode = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(archivePath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &zipErrorCode);
    if (!archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipErrorCode);
        *err = tr("%1 is not a readable archive: %2")
                   .arg(archivePath, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    const auto closeArchive = qScopeGuard([archive] { zip_discard(archive); });
    RestorePlan plan;
    QString why;
    if (!planRestore(archive, reviewPath, sourcesDir, limits, &plan, &why)) {
        *err = tr("%1 cannot be restored: %2; nothing was restored").arg(archivePath, why);
        return false;
    }
    RestoreCleanup cleanup { plan, {} };
    if (!extract(archive, &plan.review, err) || !checkReviewOpens(plan.review, archivePath, err))
        return false;
    if (!plan.sources.isEmpty() && !QFileInfo(sourcesDir).isDir()) {
        if (!QDir().mkpath(sourcesDir)) {
            *err = tr("Cannot create %1").arg(sourcesDir);
            return false;
        }
        plan.createdSourcesDir = true;
    }
    for (PlannedFile &file : plan.sources) {
        if (!extract(archive, &file, err))
            return false;
    }
    // Everything is complete: the originals take their names, then the review.
    for (PlannedFile &file : plan.sources) {
        if (!publish(&file, &cleanup.published, err))
            return false;
    }
    if (!publish(&plan.review, &cleanup.published, err))
        return false;
    cleanup.done = true;
    return true;
}

} // namespace faultless::model
