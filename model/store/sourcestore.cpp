#include "sourcestore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and practice (clock skew, removal)

// --- import

QString SourceStore::nameOfImport(const ReviewStore &store, qint64 sourceId)
{
    return store.scalar(QStringLiteral("SELECT name FROM sources WHERE id = ?"), { sourceId }).toString();
}

bool SourceStore::setImportRemoved(ReviewStore &store, qint64 sourceId, bool removed)
{
    return store.exec(
        QStringLiteral("UPDATE sources SET removed = ? WHERE id = ?"), { removed ? 1 : 0, sourceId });
}

bool SourceStore::hasImportOfSize(const ReviewStore &store, qint64 size)
{
    const QString sizePrefix = QString::number(size) + QLatin1Char('-');
    return store
               .scalar(
                   QStringLiteral(
                       "SELECT COUNT(*) FROM sources WHERE removed = 0 AND substr(content_hash, 1, ?) = ?"),
                   { sizePrefix.size(), sizePrefix })
               .toLongLong()
        > 0;
}

bool SourceStore::hasImportWithHash(const ReviewStore &store, const QString &contentHash)
{
    return store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM sources WHERE content_hash = ? AND removed = 0"),
                   { contentHash })
               .toLongLong()
        > 0;
}

qint64 SourceStore::insertImport(ReviewStore &store, const Source &source)
{
    if (!store.exec(QStringLiteral("INSERT INTO sources(name, kind, format, origin_path, content_hash, zone,"
                                   " imported_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
            { source.name, source.kind, source.format, source.originPath, source.contentHash, source.zone,
                source.importedAt }))
        return 0;
    return store.lastInsertId();
}

bool SourceStore::finishImport(ReviewStore &store, const Source &source)
{
    return store.exec(
        QStringLiteral("UPDATE sources SET accepted = ?, rejected = ?, duplicates = ?, notes = ?,"
                       " content_hash = ? WHERE id = ?"),
        { source.accepted, source.rejected, source.duplicates, source.notes, source.contentHash, source.id });
}

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
