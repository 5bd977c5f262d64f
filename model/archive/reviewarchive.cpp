#include "reviewarchive.h"

#include "export/briefingexporter.h"
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
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <zip.h>

namespace faultless::model {

namespace {

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

struct ProgressState
{
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<int> *progress = nullptr;
};

void onProgress(zip_t *, double fraction, void *state)
{
    auto *s = static_cast<ProgressState *>(state);
    if (s->progress)
        s->progress->store(int(fraction * 1000), std::memory_order_relaxed);
}

int onCancel(zip_t *, void *state)
{
    auto *s = static_cast<ProgressState *>(state);
    return s->cancel && s->cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

bool addFile(zip_t *archive, const QString &entry, const QString &path, QString *error)
{
    const QByteArray local = QFile::encodeName(path);
    zip_source_t *source = zip_source_file(archive, local.constData(), 0, -1);
    if (!source) {
        *error = ReviewArchive::tr("Cannot read %1: %2").arg(path, zipError(archive));
        return false;
    }
    const zip_int64_t index = zip_file_add(archive, entry.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        *error = ReviewArchive::tr("Cannot add %1 to the archive: %2").arg(path, zipError(archive));
        return false;
    }
    // Fast deflate: level 1 costs a few percent in size and saves most of the time on a large
    // review; files that are compressed already are stored as they are.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool compressed = suffix == QLatin1String("gz") || suffix == QLatin1String("zip") || suffix == QLatin1String("zst");
    zip_set_file_compression(archive, zip_uint64_t(index), compressed ? ZIP_CM_STORE : ZIP_CM_DEFLATE, compressed ? 0 : 1);
    return true;
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

// Inflates one entry to `path` within the limits; removes the partial file on failure.
bool extract(zip_t *archive, zip_int64_t index, const QString &path, qint64 maxSize, qint64 *total,
             const ReviewArchive::Limits &limits, QString *error)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0) {
        *error = zipError(archive);
        return false;
    }
    const QString name = QString::fromUtf8(stat.name);
    const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : -1;
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : -1;
    if (size < 0 || size > maxSize || *total + size > limits.maxTotalSize) {
        *error = ReviewArchive::tr("%1 in the archive is larger than allowed (%2 bytes)").arg(name).arg(size);
        return false;
    }
    if (size > limits.ratioFloor && compressed >= 0 && size > qMax<qint64>(1, compressed) * limits.maxRatio) {
        *error = ReviewArchive::tr("%1 in the archive inflates %2 times: refused as a decompression bomb")
                     .arg(name)
                     .arg(size / qMax<qint64>(1, compressed));
        return false;
    }
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = ReviewArchive::tr("Cannot read %1 in the archive: %2").arg(name, zipError(archive));
        return false;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        zip_fclose(file);
        *error = ReviewArchive::tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 written = 0;
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            *error = ReviewArchive::tr("%1 in the archive is damaged: %2")
                         .arg(name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(file))));
            ok = false;
            break;
        }
        if (n == 0)
            break;
        written += n;
        // The declared size is not trusted: stop as soon as more comes out than was declared.
        if (written > size) {
            *error = ReviewArchive::tr("%1 in the archive holds more than it declares").arg(name);
            ok = false;
            break;
        }
        if (out.write(buffer.constData(), n) != n) {
            *error = ReviewArchive::tr("Cannot write %1: %2").arg(path, out.errorString());
            ok = false;
            break;
        }
    }
    zip_fclose(file);
    out.close();
    if (ok && written != size) {
        *error = ReviewArchive::tr("%1 in the archive is truncated").arg(name);
        ok = false;
    }
    if (!ok) {
        QFile::remove(path);
        return false;
    }
    *total += written;
    return true;
}

} // namespace

QString ReviewArchive::briefingEntry(BriefingAudience audience, BriefingFormat format)
{
    const QString who = audience == BriefingAudience::Leader ? QStringLiteral("leader") : QStringLiteral("practitioner");
    const QString suffix = format == BriefingFormat::Pdf ? QStringLiteral("pdf")
        : format == BriefingFormat::Html                 ? QStringLiteral("html")
                                                         : QStringLiteral("md");
    return QStringLiteral("briefing-%1.%2").arg(who, suffix);
}

bool ReviewArchive::create(const QString &reviewPath, const QString &archivePath, QString *error, QStringList *notes,
                           const std::atomic<bool> *cancel, std::atomic<int> *progress)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    QTemporaryDir temp;
    if (!temp.isValid()) {
        *err = tr("Cannot create a temporary folder: %1").arg(temp.errorString());
        return false;
    }
    const QString copy = temp.filePath(QLatin1String(ReviewEntry));
    QJsonObject manifest;
    QJsonArray sources;
    QJsonArray briefings;
    {
        ReviewStore store;
        if (!store.open(reviewPath)) {
            *err = store.errorString();
            return false;
        }
        // A consistent copy that includes what is still in the WAL, without touching the original.
        if (!store.exec(QStringLiteral("VACUUM INTO ?"), {copy})) {
            *err = tr("Cannot copy the review: %1").arg(store.errorString());
            return false;
        }
        manifest.insert(QStringLiteral("title"), store.title());
        manifest.insert(QStringLiteral("schema_version"), store.schemaVersion());

        BriefingOptions options;
        options.format = BriefingFormat::Markdown;
        const QString markdown = BriefingExporter::markdown(store, options);
        QFile md(temp.filePath(QStringLiteral("briefing.md")));
        if (md.open(QIODevice::WriteOnly) && md.write(markdown.toUtf8()) >= 0) {
            md.close();
            briefings.append(QStringLiteral("briefing.md"));
        }
        // The briefing for each audience, as PDF to hand over and as HTML to read in a browser
        // (see briefingEntry()). Both render charts and PDF pages, which need a QGuiApplication:
        // the app has one, and faultless-cli makes one for `archive`; without one they are left
        // out and the notes say so.
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            for (BriefingAudience audience : {BriefingAudience::Leader, BriefingAudience::Practitioner}) {
                for (BriefingFormat format : {BriefingFormat::Pdf, BriefingFormat::Html}) {
                    if (cancel && cancel->load(std::memory_order_relaxed)) {
                        *err = tr("Archiving canceled; nothing was written.");
                        return false;
                    }
                    options.audience = audience;
                    options.format = format;
                    const QString entry = briefingEntry(audience, format);
                    QString briefingError;
                    if (BriefingExporter::exportTo(store, options, temp.filePath(entry), &briefingError))
                        briefings.append(entry);
                    else if (notes)
                        *notes << tr("%1 was left out: %2").arg(entry, briefingError);
                }
            }
        } else if (notes) {
            *notes << tr("The PDF and HTML briefings were left out: they need a graphical application");
        }

        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id, name, format, origin_path, content_hash, removed FROM sources ORDER BY id"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString origin = q.value(3).toString();
            QJsonObject s {{QStringLiteral("id"), id},
                           {QStringLiteral("name"), q.value(1).toString()},
                           {QStringLiteral("format"), q.value(2).toString()},
                           {QStringLiteral("origin_path"), origin},
                           {QStringLiteral("content_hash"), q.value(4).toString()},
                           {QStringLiteral("removed"), q.value(5).toBool()}};
            if (!origin.isEmpty() && QFileInfo(origin).isFile() && QFileInfo(origin).isReadable()) {
                s.insert(QStringLiteral("entry"), entryNameFor(id, origin));
            } else {
                s.insert(QStringLiteral("missing"), true);
                if (notes)
                    *notes << tr("Original file of %1 not found: %2").arg(q.value(1).toString(), origin);
            }
            sources.append(s);
        }
    }
    manifest.insert(QStringLiteral("format"), QStringLiteral("faultless-archive"));
    manifest.insert(QStringLiteral("version"), 1);
    manifest.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    manifest.insert(QStringLiteral("review"), QLatin1String(ReviewEntry));
    manifest.insert(QStringLiteral("briefings"), briefings);
    manifest.insert(QStringLiteral("sources"), sources);

    // Written next to the destination and renamed at the end: no half archive under its name.
    const QString partial = archivePath + QStringLiteral(".part");
    QFile::remove(partial);
    int zipErrorCode = 0;
    zip_t *archive = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &zipErrorCode);
    if (!archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipErrorCode);
        *err = tr("Cannot create %1: %2").arg(archivePath, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    bool ok = addBytes(archive, QLatin1String(ManifestEntry), QJsonDocument(manifest).toJson(), err)
        && addFile(archive, QLatin1String(ReviewEntry), copy, err);
    for (const QJsonValue &b : std::as_const(briefings)) {
        if (ok)
            ok = addFile(archive, b.toString(), temp.filePath(b.toString()), err);
    }
    for (const QJsonValue &v : std::as_const(sources)) {
        const QJsonObject s = v.toObject();
        if (!ok || !s.contains(QLatin1String("entry")))
            continue;
        const QString entry = s.value(QLatin1String("entry")).toString();
        const QString origin = s.value(QLatin1String("origin_path")).toString();
        if (origin.startsWith(QLatin1Char(':'))) {
            // A Qt resource (the demo review's sources): libzip cannot open it by name.
            QFile resource(origin);
            ok = resource.open(QIODevice::ReadOnly) && addBytes(archive, entry, resource.readAll(), err);
            if (!ok && err->isEmpty())
                *err = tr("Cannot read %1: %2").arg(origin, resource.errorString());
        } else {
            ok = addFile(archive, entry, origin, err);
        }
    }
    if (!ok) {
        zip_discard(archive);
        QFile::remove(partial);
        return false;
    }
    ProgressState state {cancel, progress};
    zip_register_progress_callback_with_state(archive, 0.01, onProgress, nullptr, &state);
    zip_register_cancel_callback_with_state(archive, onCancel, nullptr, &state);
    if (zip_close(archive) != 0) {
        const bool canceled = cancel && cancel->load();
        *err = canceled ? tr("Archiving canceled; nothing was written.")
                        : tr("Cannot write %1: %2").arg(archivePath, zipError(archive));
        zip_discard(archive);
        QFile::remove(partial);
        return false;
    }
    QFile::remove(archivePath);
    if (!QFile::rename(partial, archivePath)) {
        *err = tr("Cannot write %1").arg(archivePath);
        QFile::remove(partial);
        return false;
    }
    if (progress)
        progress->store(1000);
    return true;
}

bool ReviewArchive::restore(const QString &archivePath, const QString &reviewPath, QString *error,
                            const QString &sourcesDir, const Limits &limits)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (QFileInfo::exists(reviewPath)) {
        *err = tr("%1 exists already; choose a new file to restore into").arg(reviewPath);
        return false;
    }
    int zipErrorCode = 0;
    zip_t *archive = zip_open(QFile::encodeName(archivePath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &zipErrorCode);
    if (!archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipErrorCode);
        *err = tr("%1 is not a readable archive: %2").arg(archivePath, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    const auto closeArchive = qScopeGuard([archive] { zip_discard(archive); });
    const zip_int64_t reviewIndex = zip_name_locate(archive, ReviewEntry, 0);
    if (reviewIndex < 0) {
        *err = tr("%1 is not a Faultless review archive (it holds no %2)").arg(archivePath, QLatin1String(ReviewEntry));
        return false;
    }
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), 0);
        if (!name || !isSafeEntryName(QString::fromUtf8(name))) {
            *err = tr("%1 holds an entry with an unsafe name (%2); nothing was restored")
                       .arg(archivePath, QString::fromUtf8(name ? name : "?"));
            return false;
        }
    }

    qint64 total = 0;
    const QString partial = reviewPath + QStringLiteral(".part");
    QFile::remove(partial);
    if (!extract(archive, reviewIndex, partial, limits.maxEntrySize, &total, limits, err))
        return false;
    {
        ReviewStore check;
        if (!check.open(partial)) {
            *err = tr("The review in %1 cannot be opened: %2").arg(archivePath, check.errorString());
            check.close();
            QFile::remove(partial);
            return false;
        }
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, reviewPath)) {
        *err = tr("Cannot write %1").arg(reviewPath);
        QFile::remove(partial);
        return false;
    }

    if (!sourcesDir.isEmpty()) {
        QDir dir(sourcesDir);
        if (!dir.mkpath(QStringLiteral("."))) {
            *err = tr("Cannot create %1").arg(sourcesDir);
            return false;
        }
        const QString root = QFileInfo(dir.absolutePath()).canonicalFilePath();
        for (zip_int64_t i = 0; i < entries; ++i) {
            const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
            if (!name.startsWith(QLatin1String(SourcesFolder)) || name.endsWith(QLatin1Char('/')))
                continue;
            // Only the base name is used, and the result must stay inside the folder.
            const QString target = QDir::cleanPath(root + QLatin1Char('/') + QFileInfo(name).fileName());
            if (!target.startsWith(root + QLatin1Char('/')) || QFileInfo::exists(target))
                continue;
            if (!extract(archive, i, target, limits.maxEntrySize, &total, limits, err))
                return false;
        }
    }
    return true;
}

} // namespace faultless::model
