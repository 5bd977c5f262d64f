#include "sourcestore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and practice (clock skew, removal)

std::optional<Source> SourceStore::find(const ReviewStore &store, qint64 sourceId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT name, kind, format, origin_path, content_hash, zone, accepted, rejected,"
                             " duplicates, imported_at, notes, removed, clock_offset_us, clock_offset_reason"
                             " FROM sources WHERE id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Source s;
    s.id = sourceId;
    s.name = q.value(0).toString();
    s.kind = q.value(1).toString();
    s.format = q.value(2).toString();
    s.originPath = q.value(3).toString();
    s.contentHash = q.value(4).toString();
    s.zone = q.value(5).toString();
    s.accepted = q.value(6).toLongLong();
    s.rejected = q.value(7).toLongLong();
    s.duplicates = q.value(8).toLongLong();
    s.importedAt = q.value(9).toLongLong();
    s.notes = q.value(10).toString();
    s.removed = q.value(11).toBool();
    s.clockOffsetUs = q.value(12).toLongLong();
    s.clockOffsetReason = q.value(13).toString();
    return s;
}

QList<Source> SourceStore::listed(const ReviewStore &store)
{
    QList<Source> list;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT s.id, s.name, s.kind, s.format, s.origin_path, s.zone,"
                          " (SELECT COALESCE(SUM(c.events), 0) FROM event_counts c WHERE c.source_id = s.id),"
                          " s.rejected,"
                          " s.clock_offset_us, s.clock_offset_reason, s.notes FROM sources s"
                          " WHERE s.removed = 0 ORDER BY s.id"));
    while (q.next()) {
        Source s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.format = q.value(3).toString();
        s.originPath = q.value(4).toString();
        s.zone = q.value(5).toString();
        s.events = q.value(6).toLongLong();
        s.rejected = q.value(7).toLongLong();
        s.clockOffsetUs = q.value(8).toLongLong();
        s.clockOffsetReason = q.value(9).toString();
        s.notes = q.value(10).toString();
        list.append(s);
    }
    return list;
}

QList<SourceReject> SourceStore::firstRejects(const ReviewStore &store, qint64 sourceId, int limit)
{
    QList<SourceReject> list;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT line, reason, raw FROM rejects WHERE source_id = ? ORDER BY line, id LIMIT ?"));
    q.addBindValue(sourceId);
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        SourceReject r;
        r.sourceId = sourceId;
        r.line = q.value(0).toLongLong();
        r.reason = q.value(1).toString();
        r.raw = q.value(2).toByteArray();
        list.append(r);
    }
    return list;
}

bool SourceStore::addClockOffset(ReviewStore &store, qint64 sourceId, qint64 deltaUs, const QString &reason)
{
    return store.exec(QStringLiteral("UPDATE sources SET clock_offset_us = clock_offset_us + ?,"
                                     " clock_offset_reason = ? WHERE id = ?"),
        { deltaUs, reason, sourceId });
}

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

int SourceStore::removeLiveImportsWithHash(ReviewStore &store, const QString &contentHash)
{
    const int live
        = store
              .scalar(QStringLiteral("SELECT COUNT(*) FROM sources WHERE content_hash = ? AND removed = 0"),
                  { contentHash })
              .toInt();
    if (live == 0)
        return 0;
    if (!store.exec(QStringLiteral("UPDATE sources SET removed = 1 WHERE content_hash = ? AND removed = 0"),
            { contentHash }))
        return -1;
    return live;
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

bool SourceStore::anyRemoved(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM sources WHERE removed = 1)")).toBool();
}

QVariantList SourceStore::liveSourceKeys(const ReviewStore &store, const std::optional<qint64> &only)
{
    QVariantList keys;
    QSqlQuery q = store.read(only ? QStringLiteral("SELECT id FROM sources WHERE removed = 0 AND id = ?")
                                  : QStringLiteral("SELECT id FROM sources WHERE removed = 0"),
        only ? QVariantList { *only } : QVariantList {});
    while (q.next())
        keys << q.value(0);
    if (!only)
        keys << QVariant();
    return keys;
}

QList<Source> SourceStore::liveSources(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral(
            "SELECT name, format, kind, accepted, rejected FROM sources WHERE removed = 0 ORDER BY id"),
        {}, error);
    QList<Source> sources;
    while (q.next()) {
        Source s;
        s.name = q.value(0).toString();
        s.format = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.accepted = q.value(3).toLongLong();
        s.rejected = q.value(4).toLongLong();
        sources.append(s);
    }
    return sources;
}

qint64 SourceStore::liveAccepted(const ReviewStore &store, QString *error)
{
    QSqlQuery c = store.read(
        QStringLiteral("SELECT COALESCE(SUM(accepted), 0) FROM sources WHERE removed = 0"), {}, error);
    return c.next() ? c.value(0).toLongLong() : 0;
}

} // namespace faultless::model
