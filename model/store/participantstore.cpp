#include "participantstore.h"

#include "domain/event.h"
#include "store/reviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

namespace {

QString columnOf(Participant::Field field)
{
    switch (field) {
    case Participant::Field::Name:
        return QStringLiteral("name");
    case Participant::Field::Role:
        return QStringLiteral("role");
    case Participant::Field::Pseudonym:
        return QStringLiteral("pseudonym");
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Participant> ParticipantStore::all(const ReviewStore &store)
{
    QList<Participant> participants;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, role, pseudonym FROM participants ORDER BY name COLLATE NOCASE, id")))
        return participants;
    while (q.next()) {
        Participant p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.role = q.value(2).toString();
        p.pseudonym = q.value(3).toString();
        participants.append(p);
    }
    return participants;
}

bool ParticipantStore::exists(const ReviewStore &store, qint64 participantId)
{
    return participantId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE id = ?"), { participantId })
               .toInt()
        == 1;
}

std::optional<QString> ParticipantStore::field(
    const ReviewStore &store, qint64 participantId, Participant::Field field)
{
    const QVariant value = store.scalar(
        QStringLiteral("SELECT ") + columnOf(field) + QStringLiteral(" FROM participants WHERE id = ?"),
        { participantId });
    if (!value.isValid())
        return std::nullopt;
    return value.toString();
}

qint64 ParticipantStore::insert(ReviewStore &store, const Participant &participant)
{
    const QVariant id = store.rowId(QStringLiteral("participants"), participant.id);
    if (!store.exec(QStringLiteral("INSERT INTO participants(id,name,role,pseudonym) VALUES(?,?,?,?)"),
            { id, participant.name, participant.role, participant.pseudonym }))
        return 0;
    return participant.id ? participant.id : store.lastInsertId();
}

bool ParticipantStore::setField(
    ReviewStore &store, qint64 participantId, Participant::Field field, const QString &value)
{
    return store.exec(
        QStringLiteral("UPDATE participants SET ") + columnOf(field) + QStringLiteral(" = ? WHERE id = ?"),
        { value, participantId });
}

bool ParticipantStore::remove(ReviewStore &store, qint64 participantId, RemovedRows *removed)
{
    RemovedRows rows;
    if (!rows.capture(store, QStringLiteral("participants"), QStringLiteral("id = ?"), { participantId })
        || rows.isEmpty())
        return false;
    if (!store.exec(QStringLiteral("DELETE FROM participants WHERE id = ?"), { participantId }))
        return false;
    if (removed)
        *removed = rows;
    return true;
}

// --- reports and analysis (briefing, comparison, export)

QStringList ParticipantStore::names(const ReviewStore &store)
{
    QStringList names;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT name FROM participants ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<Participant> ParticipantStore::namesAndPseudonyms(const ReviewStore &store)
{
    QList<Participant> participants;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, pseudonym FROM participants ORDER BY id"))) {
        while (q.next()) {
            Participant p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            p.pseudonym = q.value(2).toString();
            participants.append(p);
        }
    }
    return participants;
}

// --- other spellings and the people the sources name

namespace {
const QString kAliasesKey = QStringLiteral("participant_aliases");
}

QHash<qint64, QStringList> ParticipantStore::aliases(const ReviewStore &store)
{
    QHash<qint64, QStringList> result;
    const QJsonObject all = QJsonDocument::fromJson(store.meta(kAliasesKey).toUtf8()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (!ok || id <= 0 || !exists(store, id))
            continue;
        QStringList spellings;
        for (const QJsonValue &v : it.value().toArray()) {
            const QString alias = v.toString().trimmed();
            if (!alias.isEmpty() && !spellings.contains(alias))
                spellings << alias;
        }
        if (!spellings.isEmpty())
            result.insert(id, spellings);
    }
    return result;
}

bool ParticipantStore::setAliases(ReviewStore &store, qint64 participantId, const QStringList &aliases)
{
    QJsonObject all = QJsonDocument::fromJson(store.meta(kAliasesKey).toUtf8()).object();
    QStringList clean;
    for (const QString &alias : aliases) {
        if (!alias.trimmed().isEmpty() && !clean.contains(alias.trimmed()))
            clean << alias.trimmed();
    }
    if (clean.isEmpty())
        all.remove(QString::number(participantId));
    else
        all.insert(QString::number(participantId), QJsonArray::fromStringList(clean));
    return store.setMeta(kAliasesKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

const QString kPresentKey = QStringLiteral("meeting_present");

QList<qint64> ParticipantStore::present(const ReviewStore &store)
{
    QList<qint64> ids;
    const QJsonArray stored = QJsonDocument::fromJson(store.meta(kPresentKey).toUtf8()).array();
    for (const QJsonValue &v : stored) {
        const qint64 id = v.toInteger(0);
        if (id > 0 && !ids.contains(id) && exists(store, id))
            ids.append(id);
    }
    return ids;
}

bool ParticipantStore::setPresent(ReviewStore &store, const QList<qint64> &participantIds)
{
    QJsonArray ids;
    for (qint64 id : participantIds) {
        if (id > 0 && !ids.contains(QJsonValue(id)))
            ids.append(id);
    }
    return store.setMeta(kPresentKey, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
}

QList<ImportedPerson> ParticipantStore::importedPeople(const ReviewStore &store, QString *error)
{
    // Logs and notes are left out: a log's "actor" is a service or a host, a note's a reviewer.
    // Only the sources that hold such kinds are read (event_counts says which; the events added
    // by hand are few): there is no index on kind, and the logs of a 10M-event review took 1.5 s
    // to pass over for nothing.
    const QString ofSourcesWith = QStringLiteral(
        " AND (source_id IN (SELECT source_id FROM event_counts WHERE kind IN (%1)) OR source_id IS NULL)");
    QSqlQuery q = store.read(
        QStringLiteral(
            "SELECT actor, kind, count(*),"
            " coalesce(CASE WHEN json_valid(attrs) THEN json_extract(attrs, '$.user') END, ''),"
            " coalesce(CASE WHEN json_valid(attrs)"
            " THEN coalesce(json_extract(attrs, '$.member_email'), json_extract(attrs, '$.user_email')) END, "
            "'')"
            " FROM live_events WHERE actor IS NOT NULL AND actor <> '' AND kind IN (?, ?, ?, ?, ?)")
            + ofSourcesWith.arg(QStringLiteral("?, ?, ?, ?, ?"))
            + QStringLiteral(
                " GROUP BY 1, 2, 4, 5"
                " UNION ALL"
                " SELECT json_extract(attrs, '$.labels.owner'), kind, count(*), '', '' FROM live_events"
                " WHERE kind = ? AND json_valid(attrs) AND json_extract(attrs, '$.labels.owner') <> ''")
            + ofSourcesWith.arg(QStringLiteral("?")) + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1"),
        { int(EventKind::Flag), int(EventKind::Experiment), int(EventKind::Chat), int(EventKind::Alert),
            int(EventKind::Deploy), int(EventKind::Flag), int(EventKind::Experiment), int(EventKind::Chat),
            int(EventKind::Alert), int(EventKind::Deploy), int(EventKind::Alert), int(EventKind::Alert) },
        error);
    QList<ImportedPerson> people;
    while (q.next()) {
        ImportedPerson p;
        p.actor = q.value(0).toString().simplified();
        p.kind = q.value(1).toInt();
        p.events = q.value(2).toLongLong();
        p.chatUserId = q.value(3).toString();
        p.email = q.value(4).toString();
        if (!p.actor.isEmpty())
            people.append(p);
    }
    return people;
}

} // namespace faultless::model
