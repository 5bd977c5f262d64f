#include "archiveentry.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

namespace faultless::model {

namespace {

// The index of the entry named `name`, or -1.
zip_int64_t locate(zip_t *archive, const QString &name)
{
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (raw && QString::fromUtf8(raw) == name)
            return i;
    }
    return -1;
}

} // namespace

QString ArchiveEntry::displayName(const QString &archiveName, const QString &entryName)
{
    return tr("%1 › %2").arg(archiveName, entryName);
}

bool ArchiveEntry::read(
    const QString &archivePath, const QString &entryName, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QString name = displayName(archivePath, entryName);
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    // Only a regular file: opening a named pipe put in its place would wait for a writer.
    if (!QFileInfo(archivePath).isFile())
        return fail(tr("%1 is not a file.").arg(archivePath));
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(archivePath).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return fail(tr("%1 is not a readable zip archive: %2").arg(archivePath, reason));
    }
    // Read only: discarded, never written back.
    const std::unique_ptr<zip_t, void (*)(zip_t *)> closer(archive, zip_discard);
    const zip_int64_t index = locate(archive, entryName);
    if (index < 0)
        return fail(tr("%1 has no entry %2 any more.").arg(archivePath, entryName));
    zip_stat_t declared;
    zip_stat_init(&declared);
    const QString tooLarge = tr("%1 is larger than %2 MiB.").arg(name).arg(maxBytes >> 20);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &declared) == 0 && (declared.valid & ZIP_STAT_SIZE)
        && declared.size > zip_uint64_t(maxBytes))
        return fail(tooLarge);
    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file)
        return fail(tr("%1 cannot be read: %2").arg(name, QString::fromUtf8(zip_strerror(archive))));
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> fileCloser(file, zip_fclose);
    // The declared size may lie: the inflated bytes are counted as they come.
    QByteArray out;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0)
            return fail(tr("%1 is damaged: %2").arg(name, QString::fromUtf8(zip_file_strerror(file))));
        if (n == 0)
            break;
        if (out.size() + n > maxBytes)
            return fail(tooLarge);
        out.append(chunk.constData(), qsizetype(n));
    }
    if (bytes)
        *bytes = std::move(out);
    return true;
}

} // namespace faultless::model
