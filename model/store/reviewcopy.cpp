#include "reviewcopy.h"

#include "reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

bool ReviewCopy::vacuumInto(ReviewStore &store, const QString &path, QString *error)
{
    if (store.exec(QStringLiteral("VACUUM INTO ?"), { path }))
        return true;
    *error = tr("Cannot copy the review: %1").arg(store.errorString());
    return false;
}

QList<SourceFileRecord> ReviewCopy::sourceFiles(const ReviewStore &store, QString *error)
{
    QList<SourceFileRecord> records;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, format, origin_path, content_hash, removed FROM sources ORDER BY id"))) {
        *error = tr("Cannot read the review's sources: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        SourceFileRecord r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.format = q.value(2).toString();
        r.originPath = q.value(3).toString();
        r.contentHash = q.value(4).toString();
        r.removed = q.value(5).toBool();
        records.append(r);
    }
    return records;
}

} // namespace faultless::model
