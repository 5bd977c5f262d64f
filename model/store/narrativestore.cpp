#include "narrativestore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

namespace {

bool setNarrativeText(
    ReviewStore &store, const QString &column, qint64 narrativeId, const QString &value, qint64 edited)
{
    return store.exec(
        QStringLiteral("UPDATE narratives SET ") + column + QStringLiteral(" = ?, edited = ? WHERE id = ?"),
        { value, edited, narrativeId });
}

// A step's disputes name it by type and id, without a foreign key (one table serves events,
// annotations and steps), so no cascade removes them: deleting steps takes them along by hand and
// undo brings them back with their ids. Left behind, they would mark whatever step SQLite later
// gives the same id. `idMatch` completes "item_id ..." with one "?" for the deleted row's id.
QString stepDisputes(const QString &idMatch)
{
    return QStringLiteral("item_type = 'step' AND item_id ") + idMatch;
}

// Captures the row `id` of `table`, the rows of `cascaded` (each a table and a condition with one
// "?" for the id) that the foreign-key cascade deletes with it, and the step disputes matching
// `disputesWhere` (see stepDisputes()); then deletes those disputes by hand and the row. False,
// with nothing deleted, when there is no such row.
bool removeRow(ReviewStore &store, const QString &table, qint64 id,
    const QList<QPair<QString, QString>> &cascaded, const QString &disputesWhere, RemovedRows *removed)
{
    RemovedRows rows;
    if (!rows.capture(store, table, QStringLiteral("id = ?"), { id }) || rows.isEmpty())
        return false;
    for (const auto &[dependent, where] : cascaded) {
        if (!rows.capture(store, dependent, where, { id }))
            return false;
    }
    if (!rows.capture(store, QStringLiteral("disputes"), disputesWhere, { id })
        || !store.exec(QStringLiteral("DELETE FROM disputes WHERE ") + disputesWhere, { id })
        || !store.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), { id }))
        return false;
    if (removed)
        *removed = rows;
    return true;
}

} // namespace

QList<NarrativeStore::Listed> NarrativeStore::listed(const ReviewStore &store)
{
    QList<Listed> narratives;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.id, n.title, n.vantage_point, n.author,"
                               " (SELECT COUNT(*) FROM narrative_steps s WHERE s.narrative_id = n.id),"
                               " n.created, n.edited, n.position"
                               " FROM narratives n ORDER BY n.position, n.id")))
        return narratives;
    while (q.next()) {
        Listed n;
        n.id = q.value(0).toLongLong();
        n.title = q.value(1).toString();
        n.vantagePoint = q.value(2).toString();
        n.author = q.value(3).toString();
        n.stepCount = q.value(4).toInt();
        n.created = q.value(5).toLongLong();
        n.edited = q.value(6).toLongLong();
        n.position = q.value(7).toInt();
        narratives.append(n);
    }
    return narratives;
}

std::optional<Narrative> NarrativeStore::find(const ReviewStore &store, qint64 narrativeId)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, title, vantage_point, author, created, edited, position FROM narratives"
                       " WHERE id = ?"));
    q.addBindValue(narrativeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Narrative n;
    n.id = q.value(0).toLongLong();
    n.title = q.value(1).toString();
    n.vantagePoint = q.value(2).toString();
    n.author = q.value(3).toString();
    n.created = q.value(4).toLongLong();
    n.edited = q.value(5).toLongLong();
    n.position = q.value(6).toInt();
    return n;
}

bool NarrativeStore::exists(const ReviewStore &store, qint64 narrativeId)
{
    return narrativeId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM narratives WHERE id = ?"), { narrativeId })
               .toInt()
        == 1;
}

int NarrativeStore::nextPosition(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM narratives")).toInt();
}

qint64 NarrativeStore::insert(ReviewStore &store, const Narrative &narrative)
{
    if (!store.exec(
            QStringLiteral("INSERT INTO narratives(id,title,vantage_point,author,created,edited,position)"
                           " VALUES(?,?,?,?,?,?,?)"),
            { store.rowId(QStringLiteral("narratives"), narrative.id), narrative.title,
                narrative.vantagePoint, narrative.author, narrative.created, narrative.edited,
                narrative.position }))
        return 0;
    return narrative.id ? narrative.id : store.lastInsertId();
}

bool NarrativeStore::setTitle(ReviewStore &store, qint64 narrativeId, const QString &title, qint64 edited)
{
    return setNarrativeText(store, QStringLiteral("title"), narrativeId, title, edited);
}

bool NarrativeStore::setVantagePoint(
    ReviewStore &store, qint64 narrativeId, const QString &vantagePoint, qint64 edited)
{
    return setNarrativeText(store, QStringLiteral("vantage_point"), narrativeId, vantagePoint, edited);
}

bool NarrativeStore::setAuthor(ReviewStore &store, qint64 narrativeId, const QString &author, qint64 edited)
{
    return setNarrativeText(store, QStringLiteral("author"), narrativeId, author, edited);
}

bool NarrativeStore::remove(ReviewStore &store, qint64 narrativeId, RemovedRows *removed)
{
    // The steps go by cascade; their disputes by hand (see stepDisputes()), before the steps.
    return removeRow(store, QStringLiteral("narratives"), narrativeId,
        { { QStringLiteral("narrative_steps"), QStringLiteral("narrative_id = ?") } },
        stepDisputes(QStringLiteral("IN (SELECT id FROM narrative_steps WHERE narrative_id = ?)")), removed);
}

QList<NarrativeStore::ListedStep> NarrativeStore::listedSteps(const ReviewStore &store, qint64 narrativeId)
{
    QList<ListedStep> steps;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.id, s.text, COALESCE(e.id, 0), e.instant, COALESCE(e.text, ''), s.position,"
                       " s.author FROM narrative_steps s LEFT JOIN live_events e ON e.id = s.event_id"
                       " WHERE s.narrative_id = ? ORDER BY s.position, s.id"));
    q.addBindValue(narrativeId);
    if (!q.exec())
        return steps;
    while (q.next()) {
        ListedStep s;
        s.id = q.value(0).toLongLong();
        s.narrativeId = narrativeId;
        s.text = q.value(1).toString();
        s.eventId = q.value(2).toLongLong();
        s.eventInstant = q.value(3).toLongLong();
        s.eventText = q.value(4).toString();
        s.position = q.value(5).toInt();
        s.author = q.value(6).toString();
        steps.append(s);
    }
    return steps;
}

std::optional<NarrativeStep> NarrativeStore::findStep(const ReviewStore &store, qint64 stepId)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, narrative_id, position, text, COALESCE(event_id, 0), author"
                             " FROM narrative_steps WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NarrativeStep s;
    s.id = q.value(0).toLongLong();
    s.narrativeId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.text = q.value(3).toString();
    s.eventId = q.value(4).toLongLong();
    s.author = q.value(5).toString();
    return s;
}

QList<qint64> NarrativeStore::stepOrder(const ReviewStore &store, qint64 narrativeId)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM narrative_steps WHERE narrative_id = ? ORDER BY position, id"));
    q.addBindValue(narrativeId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool NarrativeStore::setStepOrder(ReviewStore &store, const QList<qint64> &stepIds)
{
    for (qsizetype i = 0; i < stepIds.size(); ++i) {
        if (!store.exec(QStringLiteral("UPDATE narrative_steps SET position = ? WHERE id = ?"),
                { int(i), stepIds.at(i) }))
            return false;
    }
    return true;
}

bool NarrativeStore::isCitable(const ReviewStore &store, qint64 eventId)
{
    return eventId > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE id = ?"), { eventId }).toInt() > 0;
}

qint64 NarrativeStore::insertStep(ReviewStore &store, const NarrativeStep &step)
{
    if (!store.exec(
            QStringLiteral("INSERT INTO narrative_steps(id,narrative_id,position,text,event_id,author) "
                           "VALUES(?,?,?,?,?,?)"),
            { store.rowId(QStringLiteral("narrative_steps"), step.id), step.narrativeId, step.position,
                step.text, ReviewStore::idOrNull(step.eventId), step.author }))
        return 0;
    const qint64 id = step.id ? step.id : store.lastInsertId();
    // A new id may be that of a step deleted by a version that left its disputes behind: they were
    // about another step, and must not mark this one. (Disputes of this step itself cannot exist
    // here: they are undone before the step is.)
    if (!store.exec(QStringLiteral("DELETE FROM disputes WHERE item_type = 'step' AND item_id = ?"), { id }))
        return 0;
    return id;
}

bool NarrativeStore::setStepText(ReviewStore &store, qint64 stepId, const QString &text)
{
    return store.exec(QStringLiteral("UPDATE narrative_steps SET text = ? WHERE id = ?"), { text, stepId });
}

bool NarrativeStore::setStepEvent(ReviewStore &store, qint64 stepId, qint64 eventId)
{
    return store.exec(QStringLiteral("UPDATE narrative_steps SET event_id = ? WHERE id = ?"),
        { ReviewStore::idOrNull(eventId), stepId });
}

bool NarrativeStore::removeStep(ReviewStore &store, qint64 stepId, RemovedRows *removed)
{
    return removeRow(
        store, QStringLiteral("narrative_steps"), stepId, {}, stepDisputes(QStringLiteral("= ?")), removed);
}

// --- reports and analysis (briefing, comparison, export)

QList<Narrative> NarrativeStore::inOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT id, title, vantage_point, author FROM narratives ORDER BY position, id"), {},
        error);
    QList<Narrative> narratives;
    while (q.next()) {
        Narrative n;
        n.id = q.value(0).toLongLong();
        n.title = q.value(1).toString();
        n.vantagePoint = q.value(2).toString();
        n.author = q.value(3).toString();
        narratives.append(n);
    }
    return narratives;
}

std::optional<Narrative> NarrativeStore::forComparison(const ReviewStore &store, qint64 narrativeId)
{
    QSqlQuery q
        = store.read(QStringLiteral("SELECT title, vantage_point, author FROM narratives WHERE id = ?"),
            { narrativeId }, nullptr);
    if (!q.next())
        return std::nullopt;
    Narrative n;
    n.id = narrativeId;
    n.title = q.value(0).toString();
    n.vantagePoint = q.value(1).toString();
    n.author = q.value(2).toString();
    return n;
}

QList<NarrativeStep> NarrativeStore::stepsInOrder(
    const ReviewStore &store, qint64 narrativeId, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT id, text, COALESCE(event_id, 0) FROM narrative_steps WHERE narrative_id = ?"
                       " ORDER BY position, id"),
        { narrativeId }, error);
    QList<NarrativeStep> steps;
    while (q.next()) {
        NarrativeStep s;
        s.id = q.value(0).toLongLong();
        s.narrativeId = narrativeId;
        s.text = q.value(1).toString();
        s.eventId = q.value(2).toLongLong();
        steps.append(s);
    }
    return steps;
}

std::optional<QString> NarrativeStore::stepText(const ReviewStore &store, qint64 stepId, QString *error)
{
    QSqlQuery q
        = store.read(QStringLiteral("SELECT text FROM narrative_steps WHERE id = ?"), { stepId }, error);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace faultless::model
