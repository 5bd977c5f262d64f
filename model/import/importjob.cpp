#include "importjob.h"

#include "import/importerregistry.h"
#include "import/importinput.h"
#include "store/eventwriter.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

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

QString ImportJob::contentHash(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    uLong crc = crc32(0L, Z_NULL, 0);
    uLong adler = adler32(0L, Z_NULL, 0);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n));
        adler = adler32(adler, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n));
        total += n;
    }
    return QStringLiteral("%1-%2-%3").arg(total).arg(crc, 8, 16, QLatin1Char('0')).arg(adler, 8, 16, QLatin1Char('0'));
}

ImportResult ImportJob::run(ReviewStore &store, const ImporterRegistry &registry, const ImportRequest &request,
                            const std::atomic<bool> *cancel, std::atomic<qint64> *progress)
{
    ImportResult result;
    const QFileInfo info(request.path);
    result.sourceName = request.sourceName.isEmpty() ? info.fileName() : request.sourceName;

    QString error;
    const QString hash = contentHash(request.path, &error);
    if (hash.isEmpty()) {
        result.error = error;
        return result;
    }
    if (store.scalar(QStringLiteral("SELECT COUNT(*) FROM sources WHERE content_hash = ? AND removed = 0"), {hash})
            .toLongLong()
        > 0) {
        result.status = ImportResult::Status::AlreadyImported;
        return result;
    }

    ImportInput input;
    if (!input.open(request.path)) {
        result.error = input.errorString();
        return result;
    }
    input.setCancelFlag(cancel);
    input.setProgressCounter(progress);
    const QByteArray prefix = input.peek(ImporterRegistry::SniffSize);

    std::unique_ptr<Importer> importer;
    if (!request.formatId.isEmpty()) {
        importer = registry.create(request.formatId);
        if (!importer) {
            result.error = tr("Unknown format \"%1\" (see `faultless-cli formats`)").arg(request.formatId);
            return result;
        }
    } else {
        if (prefix.trimmed().isEmpty()) {
            result.status = ImportResult::Status::NothingUsable;
            result.error = tr("%1: the file is empty").arg(request.path);
            return result;
        }
        const FormatDetection detection = registry.detect(prefix, info.fileName());
        if (!detection.importer) {
            result.error = tr("%1: unrecognised format; choose one with --format (see `faultless-cli formats`)")
                               .arg(request.path);
            return result;
        }
        importer = registry.create(detection.importer->id());
    }
    result.formatId = importer->id();

    ImportContext context;
    context.fileName = request.path;
    const QString zoneId = request.zoneId.isEmpty() ? QString::fromUtf8(store.timeZone().id()) : request.zoneId;
    context.zone = QTimeZone(zoneId.toUtf8());
    if (!context.zone.isValid()) {
        result.error = tr("Unknown time zone \"%1\"").arg(zoneId);
        return result;
    }
    context.zoneChosen = !request.zoneId.isEmpty();
    context.referenceYear = request.referenceYear > 0 ? request.referenceYear : info.lastModified().toUTC().date().year();
    context.formatOption = request.formatOption;

    ReviewStore::Transaction transaction(store);
    if (!store.exec(QStringLiteral("INSERT INTO sources(name, kind, format, origin_path, content_hash, zone,"
                                   " imported_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                    {result.sourceName, importer->sourceKind(), importer->id(), info.absoluteFilePath(), hash,
                     zoneId, QDateTime::currentMSecsSinceEpoch() * 1000})) {
        result.error = store.errorString();
        return result;
    }
    result.sourceId = store.lastInsertId();

    EventWriter writer(store, result.sourceId);
    if (!writer.begin(&error)) {
        result.error = error;
        return result;
    }
    QString readError;
    const bool readable = importer->read(input, writer, context, &readError);
    result.accepted = writer.accepted();
    result.rejected = writer.rejected();
    result.duplicates = writer.duplicates();
    result.rejects = writer.firstRejects();

    if (input.isCanceled()) {
        result.status = ImportResult::Status::Canceled;
        return result; // the transaction rolls back
    }
    if (writer.failed()) {
        result.error = tr("%1: cannot write to the review: %2").arg(request.path, writer.errorString());
        return result;
    }
    if (!readable && result.accepted == 0) {
        result.error = readError.isEmpty() ? tr("%1: not readable as %2").arg(request.path, importer->displayName())
                                           : readError;
        return result;
    }
    if (result.accepted == 0 && result.duplicates == 0) {
        result.status = ImportResult::Status::NothingUsable;
        result.error = result.rejects.isEmpty()
            ? tr("%1: no usable records").arg(request.path)
            : tr("%1: no usable records (line %2: %3)").arg(request.path).arg(result.rejects.first().line).arg(result.rejects.first().reason);
        return result;
    }
    if (result.accepted == 0) {
        result.status = ImportResult::Status::AlreadyImported;
        return result;
    }
    if (!readable && !readError.isEmpty())
        result.notes << readError;
    if (context.usedZoneForNaiveTimestamps)
        result.notes << tr("Timestamps without a zone were read as %1.").arg(zoneId);
    if (context.usedReferenceYear)
        result.notes << tr("Timestamps without a year were placed in %1.").arg(context.referenceYear);
    result.notes << context.notes;

    if (!writer.finish(&error)
        || !store.exec(QStringLiteral("UPDATE sources SET accepted = ?, rejected = ?, duplicates = ?, notes = ?"
                                      " WHERE id = ?"),
                       {result.accepted, result.rejected, result.duplicates, result.notes.join(QLatin1Char('\n')),
                        result.sourceId})
        || !store.setMeta(QStringLiteral("edited"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        || !transaction.commit()) {
        result.error = tr("%1: cannot write to the review: %2").arg(request.path, error.isEmpty() ? store.errorString() : error);
        return result;
    }
    result.status = ImportResult::Status::Imported;
    return result;
}

} // namespace faultless::model
