#include "agreementstore.h"

#include "store/reviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models and analysis of agreements

QList<AgreementRecord> AgreementStore::all(const ReviewStore &store)
{
    QList<AgreementRecord> list;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, agreed_at, present, snapshot FROM agreements ORDER BY agreed_at, id"));
    while (q.next()) {
        AgreementRecord a;
        a.id = q.value(0).toLongLong();
        a.agreedAt = q.value(1).toLongLong();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
            a.present << v.toString();
        a.snapshot = q.value(3).toByteArray();
        list.append(a);
    }
    return list;
}

std::optional<AgreementRecord> AgreementStore::latest(const ReviewStore &store)
{
    const QList<AgreementRecord> list = all(store);
    if (list.isEmpty())
        return std::nullopt;
    return list.last();
}

qint64 AgreementStore::insert(ReviewStore &store, const AgreementRecord &agreement)
{
    // `present` is a JSON array of names; the snapshot is stored as text.
    QJsonArray names;
    for (const QString &name : agreement.present)
        names.append(name);
    const QVariant id = store.rowId(QStringLiteral("agreements"), agreement.id);
    if (!store.exec(
            QStringLiteral("INSERT INTO agreements(id, agreed_at, present, snapshot) VALUES(?, ?, ?, ?)"),
            { id, agreement.agreedAt, QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(agreement.snapshot) }))
        return 0;
    return store.lastInsertId();
}

bool AgreementStore::remove(ReviewStore &store, qint64 agreementId)
{
    return store.exec(QStringLiteral("DELETE FROM agreements WHERE id = ?"), { agreementId });
}

void AgreementStore::scanSnapshot(const ReviewStore &store,
    const std::function<void(const SnapshotEvent &)> &event,
    const std::function<void(const SnapshotAnnotation &)> &annotation)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT e.id, e.instant, e.end_instant, e.kind, l.name, e.actor, e.text, e.highlighted"
                       " FROM live_events e LEFT JOIN lanes l ON l.id = e.lane_id ORDER BY e.id"));
    SnapshotEvent e;
    while (q.next()) {
        e.id = q.value(0).toLongLong();
        e.instant = q.value(1).toLongLong();
        e.end = q.value(2).isNull() ? std::nullopt : std::optional<qint64>(q.value(2).toLongLong());
        e.kind = q.value(3).toString();
        e.lane = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.text = q.value(6).toString();
        e.highlighted = q.value(7).toBool();
        event(e);
    }
    q.exec(QStringLiteral(
        "SELECT a.id, a.event_id, a.text FROM annotations a JOIN live_events e ON e.id = a.event_id"
        " ORDER BY a.id"));
    while (q.next())
        annotation({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString() });
}

// --- reports and analysis (briefing, comparison, export)

std::optional<AgreementRecord> AgreementStore::latestSignOff(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral(
            "SELECT id, agreed_at, present FROM agreements ORDER BY agreed_at DESC, id DESC LIMIT 1"),
        {}, error);
    if (!q.next())
        return std::nullopt;
    AgreementRecord a;
    a.id = q.value(0).toLongLong();
    a.agreedAt = q.value(1).toLongLong();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        a.present << v.toString();
    return a;
}

} // namespace faultless::model
