#include "learningstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

namespace {
// Helpers of this section, named apart from the other sections'.
namespace practice {
QString linkColumn(LearningStore::LinkTo to)
{
    return to == LearningStore::LinkTo::Event ? QStringLiteral("event_id") : QStringLiteral("factor_id");
}
} // namespace practice
} // namespace

QString LearningStore::kindName(Learning::Kind kind)
{
    return kind == Learning::Kind::Surprise ? QStringLiteral("surprise") : QStringLiteral("helped");
}

std::optional<Learning::Kind> LearningStore::kindFromName(const QString &name)
{
    if (name == QLatin1String("surprise"))
        return Learning::Kind::Surprise;
    if (name == QLatin1String("helped"))
        return Learning::Kind::Helped;
    return std::nullopt;
}

QList<Learning> LearningStore::ofKind(const ReviewStore &store, Learning::Kind kind)
{
    QList<Learning> list;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT id, text, author, created FROM learnings WHERE kind = ? ORDER BY created, id"));
    q.addBindValue(kindName(kind));
    if (q.exec()) {
        while (q.next()) {
            Learning l;
            l.id = q.value(0).toLongLong();
            l.kind = kind;
            l.text = q.value(1).toString();
            l.author = q.value(2).toString();
            l.created = q.value(3).toLongLong();
            list.append(l);
        }
    }
    QSqlQuery links(store.database());
    links.prepare(QStringLiteral("SELECT k.learning_id, k.event_id, k.factor_id FROM learning_links k"
                                 " JOIN learnings l ON l.id = k.learning_id WHERE l.kind = ?"));
    links.addBindValue(kindName(kind));
    if (links.exec()) {
        while (links.next()) {
            for (Learning &l : list) {
                if (l.id != links.value(0).toLongLong())
                    continue;
                if (!links.value(1).isNull())
                    l.eventIds << links.value(1).toLongLong();
                if (!links.value(2).isNull())
                    l.factorIds << links.value(2).toLongLong();
            }
        }
    }
    return list;
}

std::optional<Learning> LearningStore::find(const ReviewStore &store, qint64 learningId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT kind, text, author, created FROM learnings WHERE id = ?"));
    q.addBindValue(learningId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Learning l;
    l.id = learningId;
    l.kind = kindFromName(q.value(0).toString()).value_or(Learning::Kind::Surprise);
    l.text = q.value(1).toString();
    l.author = q.value(2).toString();
    l.created = q.value(3).toLongLong();
    return l;
}

qint64 LearningStore::insert(ReviewStore &store, const Learning &learning)
{
    const QVariant id = store.rowId(QStringLiteral("learnings"), learning.id);
    if (!store.exec(
            QStringLiteral("INSERT INTO learnings(id, kind, text, author, created) VALUES(?, ?, ?, ?, ?)"),
            { id, kindName(learning.kind), learning.text, learning.author, learning.created }))
        return 0;
    return store.lastInsertId();
}

bool LearningStore::setText(ReviewStore &store, qint64 learningId, const QString &text)
{
    return store.exec(QStringLiteral("UPDATE learnings SET text = ? WHERE id = ?"), { text, learningId });
}

bool LearningStore::remove(ReviewStore &store, qint64 learningId, RemovedRows *removed)
{
    if (removed
        && !(removed->capture(store, QStringLiteral("learnings"), QStringLiteral("id = ?"), { learningId })
            && removed->capture(
                store, QStringLiteral("learning_links"), QStringLiteral("learning_id = ?"), { learningId })))
        return false;
    return store.exec(QStringLiteral("DELETE FROM learnings WHERE id = ?"), { learningId });
}

bool LearningStore::isLinked(const ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId)
{
    return store
               .scalar(QStringLiteral("SELECT COUNT(*) FROM learning_links WHERE learning_id = ? AND %1 = ?")
                           .arg(practice::linkColumn(to)),
                   { learningId, targetId })
               .toLongLong()
        > 0;
}

bool LearningStore::link(ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId)
{
    return store.exec(QStringLiteral("INSERT INTO learning_links(learning_id, %1) VALUES(?, ?)")
                          .arg(practice::linkColumn(to)),
        { learningId, targetId });
}

bool LearningStore::unlink(ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId)
{
    return store.exec(QStringLiteral("DELETE FROM learning_links WHERE learning_id = ? AND %1 = ?")
                          .arg(practice::linkColumn(to)),
        { learningId, targetId });
}

// --- reports and analysis (briefing, comparison, export)

QList<Learning> LearningStore::inKindOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT id, kind, text, author FROM learnings ORDER BY kind, created, id"), {}, error);
    QList<Learning> learnings;
    while (q.next()) {
        Learning l;
        l.id = q.value(0).toLongLong();
        // The table's CHECK constraint allows only "surprise" and "helped".
        l.kind = q.value(1).toString() == QLatin1String("helped") ? Learning::Kind::Helped
                                                                  : Learning::Kind::Surprise;
        l.text = q.value(2).toString();
        l.author = q.value(3).toString();
        learnings.append(l);
    }
    return learnings;
}

QList<LearningStore::LinkText> LearningStore::linkTexts(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral(
            "SELECT ll.learning_id, COALESCE(f.title, ''), COALESCE(e.text, '') FROM learning_links ll"
            " LEFT JOIN factors f ON f.id = ll.factor_id LEFT JOIN events e ON e.id = ll.event_id"),
        {}, error);
    QList<LinkText> links;
    while (q.next())
        links.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return links;
}

} // namespace faultless::model
