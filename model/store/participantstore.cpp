#include "participantstore.h"

#include "store/reviewstore.h"

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
    if (q.exec(QStringLiteral("SELECT name, pseudonym FROM participants ORDER BY id"))) {
        while (q.next()) {
            Participant p;
            p.name = q.value(0).toString();
            p.pseudonym = q.value(1).toString();
            participants.append(p);
        }
    }
    return participants;
}

} // namespace faultless::model
