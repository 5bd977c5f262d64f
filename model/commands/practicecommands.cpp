#include "practicecommands.h"

#include "analysis/agreementdiff.h"
#include "analysis/disputes.h"
#include "commands/reviewcommand.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model::commands {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCommands)
};

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A LambdaCommand that may notify more than one area.
class StepsCommand : public LambdaCommand
{
public:
    using LambdaCommand::LambdaCommand;
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }
};

// Rows of one table that a deletion takes with it (by cascade or by hand), kept by the command
// so that undo puts them back with their ids: later commands on the stack may refer to them.
struct SavedRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;

    static SavedRows read(const ReviewStore &store, const QString &table, const QStringList &columns,
                          const QString &where, const QVariantList &values)
    {
        SavedRows saved {table, columns, {}};
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(columns.join(QLatin1Char(',')), table, where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return saved;
        while (q.next()) {
            QVariantList row;
            // NULL comes back as a null QString, which the store would bind as '' (and break
            // foreign keys): keep it a typed null.
            for (int i = 0; i < columns.size(); ++i)
                row << (q.isNull(i) ? QVariant(QMetaType::fromType<qint64>()) : q.value(i));
            saved.rows << row;
        }
        return saved;
    }

    bool restore(ReviewStore &store) const
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        for (const QVariantList &row : rows) {
            if (!store.exec(sql, row))
                return false;
        }
        return true;
    }
};

// ---------------------------------------------------------------------------------------------
// Manual events

qint64 laneId(ReviewStore &store, const QString &lane, bool *ok)
{
    *ok = true;
    if (lane.trimmed().isEmpty())
        return 0;
    if (!store.exec(QStringLiteral("INSERT OR IGNORE INTO lanes(name) VALUES(?)"), {lane.trimmed()})) {
        *ok = false;
        return 0;
    }
    return store.scalar(QStringLiteral("SELECT id FROM lanes WHERE name = ?"), {lane.trimmed()}).toLongLong();
}

// events_fts is an external-content table filled in bulk by imports, not by trigger: rows
// written here are indexed by hand, and removed with FTS5's 'delete' command, which needs the
// values that were indexed.
// The indexed value is the events_search view's `body` (text and actor): read through the view
// so that what is inserted and what is later deleted are always the same string.
bool ftsInsert(ReviewStore &store, qint64 id)
{
    return store.exec(QStringLiteral("INSERT INTO events_fts(rowid, body) SELECT id, body FROM events_search"
                                     " WHERE id = ?"),
                      {id});
}

// Must run before the events row changes: FTS5 removes exactly the tokens of the body given.
bool ftsDelete(ReviewStore &store, qint64 id)
{
    return store.exec(QStringLiteral("INSERT INTO events_fts(events_fts, rowid, body) SELECT 'delete', id, body"
                                     " FROM events_search WHERE id = ?"),
                      {id});
}

bool insertManual(ReviewStore &store, qint64 id, const ManualEvent &e, qint64 *newId)
{
    bool ok = false;
    const qint64 lane = laneId(store, e.lane, &ok);
    if (!ok)
        return false;
    if (!store.exec(QStringLiteral("INSERT INTO events(id, instant, end_instant, kind, lane_id, severity, actor, text,"
                                   " source_id, manual) VALUES(?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)"),
                    {orNull(id), e.instant, e.end == NoInstant ? QVariant(QMetaType::fromType<qint64>()) : QVariant(e.end),
                     int(e.kind), orNull(lane), int(e.severity), e.actor, e.text}))
        return false;
    *newId = store.lastInsertId();
    return ftsInsert(store, *newId);
}

ManualEvent readManual(const ReviewStore &store, qint64 id)
{
    ManualEvent e;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT e.instant, e.end_instant, e.kind, e.severity, COALESCE(l.name, ''),"
                             " COALESCE(e.actor, ''), e.text FROM events e LEFT JOIN lanes l ON l.id = e.lane_id"
                             " WHERE e.id = ? AND e.manual = 1"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        e.instant = q.value(0).toLongLong();
        e.end = q.value(1).isNull() ? NoInstant : q.value(1).toLongLong();
        e.kind = static_cast<EventKind>(q.value(2).toInt());
        e.severity = static_cast<Severity>(q.value(3).toInt());
        e.lane = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.text = q.value(6).toString();
    }
    return e;
}

bool validManual(ReviewDocument &document, const ManualEvent &e)
{
    if (e.instant == NoInstant) {
        document.reportError(Text::tr("The event needs a time."));
        return false;
    }
    if (e.text.trimmed().isEmpty()) {
        document.reportError(Text::tr("The event needs a text saying what happened."));
        return false;
    }
    if (e.end != NoInstant && e.end < e.instant) {
        document.reportError(Text::tr("The event ends before it starts."));
        return false;
    }
    if (!isSupportedInstant(e.instant) || (e.end != NoInstant && !isSupportedInstant(e.end))) {
        document.reportError(DomainText::instantOutOfRange());
        return false;
    }
    return true;
}

class AddManualEventCommand : public ReviewCommand
{
public:
    AddManualEventCommand(ReviewDocument &document, const ManualEvent &event)
        : ReviewCommand(document, Text::tr("Add event by hand"), ReviewDocument::Area::Events)
        , m_event(event)
    {
    }
    qint64 eventId() const { return m_id; }

protected:
    bool apply(bool forward) override
    {
        if (forward)
            return insertManual(store(), m_id, m_event, &m_id);
        return ftsDelete(store(), m_id)
            && store().exec(QStringLiteral("DELETE FROM events WHERE id = ? AND manual = 1"), {m_id});
    }

private:
    ManualEvent m_event;
    qint64 m_id = 0;
};

class EditManualEventCommand : public ReviewCommand
{
public:
    EditManualEventCommand(ReviewDocument &document, qint64 id, const ManualEvent &before, const ManualEvent &after)
        : ReviewCommand(document, Text::tr("Edit event added by hand"), ReviewDocument::Area::Events)
        , m_id(id)
        , m_before(before)
        , m_after(after)
    {
        alsoNotify(ReviewDocument::Area::Event, id);
    }

protected:
    bool apply(bool forward) override
    {
        const ManualEvent &to = forward ? m_after : m_before;
        bool ok = false;
        const qint64 lane = laneId(store(), to.lane, &ok);
        return ok && ftsDelete(store(), m_id)
            && store().exec(QStringLiteral("UPDATE events SET instant = ?, end_instant = ?, kind = ?, lane_id = ?,"
                                           " severity = ?, actor = ?, text = ? WHERE id = ? AND manual = 1"),
                            {to.instant, to.end == NoInstant ? QVariant(QMetaType::fromType<qint64>()) : QVariant(to.end),
                             int(to.kind), orNull(lane), int(to.severity), to.actor, to.text, m_id})
            && ftsInsert(store(), m_id);
    }

private:
    qint64 m_id;
    ManualEvent m_before;
    ManualEvent m_after;
};

class DeleteManualEventCommand : public ReviewCommand
{
public:
    DeleteManualEventCommand(ReviewDocument &document, qint64 id, const ManualEvent &event)
        : ReviewCommand(document, Text::tr("Delete event added by hand"), ReviewDocument::Area::Events)
        , m_id(id)
        , m_event(event)
    {
        alsoNotify(ReviewDocument::Area::Annotations, id);
        alsoNotify(ReviewDocument::Area::Disputes);
        alsoNotify(ReviewDocument::Area::Learnings);
        alsoNotify(ReviewDocument::Area::Factors);
        alsoNotify(ReviewDocument::Area::Narratives);
    }

protected:
    bool apply(bool forward) override
    {
        if (forward) {
            const QVariantList id {m_id};
            const QString ofAnnotations = QStringLiteral("(SELECT id FROM annotations WHERE event_id = ?)");
            m_saved = {
                SavedRows::read(store(), QStringLiteral("annotations"),
                                {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("author"),
                                 QStringLiteral("text"), QStringLiteral("created"), QStringLiteral("edited")},
                                QStringLiteral("event_id = ?"), id),
                SavedRows::read(store(), QStringLiteral("factor_evidence"),
                                {QStringLiteral("id"), QStringLiteral("factor_id"), QStringLiteral("event_id"),
                                 QStringLiteral("annotation_id"), QStringLiteral("note")},
                                QStringLiteral("event_id = ? OR annotation_id IN ") + ofAnnotations, {m_id, m_id}),
                SavedRows::read(store(), QStringLiteral("event_tags"), {QStringLiteral("event_id"), QStringLiteral("tag_id")},
                                QStringLiteral("event_id = ?"), id),
                SavedRows::read(store(), QStringLiteral("learning_links"),
                                {QStringLiteral("learning_id"), QStringLiteral("event_id"), QStringLiteral("factor_id")},
                                QStringLiteral("event_id = ?"), id),
                SavedRows::read(store(), QStringLiteral("disputes"),
                                {QStringLiteral("id"), QStringLiteral("item_type"), QStringLiteral("item_id"),
                                 QStringLiteral("state"), QStringLiteral("raised_by"), QStringLiteral("reason"),
                                 QStringLiteral("created")},
                                QStringLiteral("(item_type = 'event' AND item_id = ?) OR (item_type = 'annotation'"
                                               " AND item_id IN ")
                                    + ofAnnotations + QLatin1Char(')'),
                                {m_id, m_id}),
            };
            m_steps.clear();
            QSqlQuery q(store().database());
            q.prepare(QStringLiteral("SELECT id FROM narrative_steps WHERE event_id = ?"));
            q.addBindValue(m_id);
            if (q.exec()) {
                while (q.next())
                    m_steps << q.value(0).toLongLong();
            }
            return store().exec(QStringLiteral("DELETE FROM disputes WHERE (item_type = 'event' AND item_id = ?) OR"
                                               " (item_type = 'annotation' AND item_id IN ")
                                    + ofAnnotations + QLatin1Char(')'),
                                {m_id, m_id})
                && ftsDelete(store(), m_id)
                && store().exec(QStringLiteral("DELETE FROM events WHERE id = ? AND manual = 1"), id);
        }
        qint64 id = 0;
        if (!insertManual(store(), m_id, m_event, &id))
            return false;
        for (const SavedRows &rows : std::as_const(m_saved)) {
            if (!rows.restore(store()))
                return false;
        }
        for (qint64 step : std::as_const(m_steps)) {
            if (!store().exec(QStringLiteral("UPDATE narrative_steps SET event_id = ? WHERE id = ?"), {m_id, step}))
                return false;
        }
        return true;
    }

private:
    qint64 m_id;
    ManualEvent m_event;
    QList<SavedRows> m_saved;
    QList<qint64> m_steps;
};

// ---------------------------------------------------------------------------------------------
// Rows restored with their id on redo: disputes, learnings, agreements, answers.

class InsertRowCommand : public ReviewCommand
{
public:
    InsertRowCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 notifiedId,
                     SavedRows row)
        : ReviewCommand(document, text, area, notifiedId)
        , m_row(std::move(row))
    {
    }
    qint64 rowId() const { return m_id; }
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }

protected:
    bool apply(bool forward) override
    {
        if (!forward)
            return store().exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_row.table), {m_id});
        SavedRows row = m_row;
        row.columns.prepend(QStringLiteral("id"));
        row.rows.first().prepend(orNull(m_id));
        if (!row.restore(store()))
            return false;
        m_id = store().lastInsertId();
        return true;
    }

private:
    SavedRows m_row;
    qint64 m_id = 0;
};

// Deletes one row (with the rows of `dependents` it takes along) and restores them on undo.
class DeleteRowCommand : public ReviewCommand
{
public:
    DeleteRowCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 notifiedId,
                     QList<SavedRows> rows)
        : ReviewCommand(document, text, area, notifiedId)
        , m_rows(std::move(rows))
    {
    }
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }

protected:
    bool apply(bool forward) override
    {
        if (forward) {
            const SavedRows &main = m_rows.first();
            return !main.rows.isEmpty()
                && store().exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(main.table), {main.rows.first().first()});
        }
        for (const SavedRows &rows : std::as_const(m_rows)) {
            if (!rows.restore(store()))
                return false;
        }
        return true;
    }

private:
    QList<SavedRows> m_rows; // first: the row itself, `id` its first column
};

// Typing in a text field is one undo step (id()/mergeWith()), whichever table it edits.
class EditTextCommand : public ReviewCommand
{
public:
    enum { Id = 0x7e47 };
    EditTextCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 notifiedId,
                    const QString &table, qint64 rowId, const QString &before, const QString &after)
        : ReviewCommand(document, text, area, notifiedId)
        , m_table(table)
        , m_rowId(rowId)
        , m_before(before)
        , m_after(after)
    {
    }
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditTextCommand *>(other);
        if (edit->m_table != m_table || edit->m_rowId != m_rowId)
            return false;
        m_after = edit->m_after;
        return true;
    }

protected:
    bool apply(bool forward) override
    {
        return store().exec(QStringLiteral("UPDATE %1 SET text = ? WHERE id = ?").arg(m_table),
                            {forward ? m_after : m_before, m_rowId});
    }

private:
    QString m_table; // a name from this file, never user input
    qint64 m_rowId;
    QString m_before;
    QString m_after;
};

const QStringList kDisputeColumns = {QStringLiteral("id"), QStringLiteral("item_type"), QStringLiteral("item_id"),
                                     QStringLiteral("state"), QStringLiteral("raised_by"), QStringLiteral("reason"),
                                     QStringLiteral("created")};
const QStringList kLearningColumns = {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
                                      QStringLiteral("author"), QStringLiteral("created")};
const QStringList kLinkColumns = {QStringLiteral("learning_id"), QStringLiteral("event_id"), QStringLiteral("factor_id")};
const QStringList kAnswerColumns = {QStringLiteral("id"), QStringLiteral("question_id"), QStringLiteral("author"),
                                    QStringLiteral("text"), QStringLiteral("created")};

// Besides Disputes, the area that shows the item: views that mark disputed items listen there
// (the event's fields, the annotation thread of its event, the narrative of a step).
template<typename Command>
void notifyItem(const ReviewDocument &document, Disputes::ItemType type, qint64 itemId, Command *command)
{
    switch (type) {
    case Disputes::ItemType::Event:
        command->also(ReviewDocument::Area::Event, itemId);
        break;
    case Disputes::ItemType::Annotation:
        command->also(ReviewDocument::Area::Annotations,
                      document.store().scalar(QStringLiteral("SELECT event_id FROM annotations WHERE id = ?"), {itemId}).toLongLong());
        break;
    case Disputes::ItemType::Step:
        command->also(ReviewDocument::Area::Narratives,
                      document.store().scalar(QStringLiteral("SELECT narrative_id FROM narrative_steps WHERE id = ?"), {itemId})
                          .toLongLong());
        break;
    }
}

bool linkLearning(ReviewDocument &document, qint64 learningId, const QString &column, qint64 targetId, bool link)
{
    const QString where = QStringLiteral("learning_id = ? AND %1 = ?").arg(column);
    const bool linked = document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM learning_links WHERE ") + where,
                                                {learningId, targetId}).toLongLong() > 0;
    if (linked == link)
        return true;
    if (link && document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM learnings WHERE id = ?"), {learningId}).toLongLong() == 0)
        return false;
    auto add = [learningId, column, targetId](ReviewStore &s) {
        return s.exec(QStringLiteral("INSERT INTO learning_links(learning_id, %1) VALUES(?, ?)").arg(column),
                      {learningId, targetId});
    };
    auto remove = [learningId, where, targetId](ReviewStore &s) {
        return s.exec(QStringLiteral("DELETE FROM learning_links WHERE ") + where, {learningId, targetId});
    };
    const QString text = link ? Text::tr("Link learning") : Text::tr("Unlink learning");
    return push(document, new LambdaCommand(document, text, ReviewDocument::Area::Learnings, learningId,
                                            link ? LambdaCommand::Step(add) : LambdaCommand::Step(remove),
                                            link ? LambdaCommand::Step(remove) : LambdaCommand::Step(add)));
}

} // namespace

// ---------------------------------------------------------------------------------------------

qint64 addManualEvent(ReviewDocument &document, const ManualEvent &event)
{
    if (!validManual(document, event))
        return 0;
    auto *command = new AddManualEventCommand(document, event);
    if (!push(document, command))
        return 0;
    return command->eventId();
}

bool editManualEvent(ReviewDocument &document, qint64 eventId, const ManualEvent &event)
{
    const ManualEvent before = readManual(document.store(), eventId);
    if (before.instant == NoInstant) {
        document.reportError(Text::tr("Only events added by hand can be edited; recorded events stay as recorded."));
        return false;
    }
    if (!validManual(document, event))
        return false;
    return push(document, new EditManualEventCommand(document, eventId, before, event));
}

bool deleteManualEvent(ReviewDocument &document, qint64 eventId)
{
    const ManualEvent event = readManual(document.store(), eventId);
    if (event.instant == NoInstant) {
        document.reportError(Text::tr("Only events added by hand can be deleted; remove a whole source instead."));
        return false;
    }
    return push(document, new DeleteManualEventCommand(document, eventId, event));
}

ManualEvent manualEvent(const ReviewDocument &document, qint64 eventId)
{
    return readManual(document.store(), eventId);
}

bool shiftSourceClock(ReviewDocument &document, qint64 sourceId, qint64 deltaUs, const QString &reason)
{
    QSqlQuery q(document.store().database());
    q.prepare(QStringLiteral("SELECT name, clock_offset_reason FROM sources WHERE id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec() || !q.next()) {
        document.reportError(Text::tr("There is no source %1 in this review.").arg(sourceId));
        return false;
    }
    if (deltaUs == 0)
        return true;
    const QString name = q.value(0).toString();
    const QString oldReason = q.value(1).toString();
    // Every shifted time stays in the supported range (SQLite would turn an overflowing sum
    // into a floating-point number).
    QSqlQuery range(document.store().database());
    range.prepare(QStringLiteral("SELECT MIN(instant), MAX(COALESCE(end_instant, instant)) FROM events"
                                 " WHERE source_id = ?"));
    range.addBindValue(sourceId);
    if (!range.exec() || !range.next()) {
        document.reportError(range.lastError().text());
        return false;
    }
    const auto shiftedFits = [deltaUs](const QVariant &value) {
        if (value.isNull())
            return true; // no events
        const qint64 t = value.toLongLong();
        constexpr qint64 span = MaxSupportedInstant - MinSupportedInstant;
        // Checked in this order, `t + deltaUs` cannot overflow.
        return isSupportedInstant(t) && deltaUs > -span && deltaUs < span && isSupportedInstant(t + deltaUs);
    };
    if (!shiftedFits(range.value(0)) || !shiftedFits(range.value(1))) {
        document.reportError(DomainText::instantOutOfRange());
        return false;
    }
    auto shift = [sourceId](qint64 delta, const QString &why) {
        return [sourceId, delta, why](ReviewStore &s) {
            return s.exec(QStringLiteral("UPDATE events SET instant = instant + ?, end_instant = end_instant + ?"
                                         " WHERE source_id = ?"),
                          {delta, delta, sourceId})
                && s.exec(QStringLiteral("UPDATE sources SET clock_offset_us = clock_offset_us + ?,"
                                         " clock_offset_reason = ? WHERE id = ?"),
                          {delta, why, sourceId});
        };
    };
    auto *command = new StepsCommand(document, Text::tr("Shift clock of %1").arg(name), ReviewDocument::Area::Events, 0,
                                     shift(deltaUs, reason), shift(-deltaUs, oldReason));
    command->also(ReviewDocument::Area::Sources, sourceId);
    return push(document, command);
}

qint64 addDispute(ReviewDocument &document, const QString &itemType, qint64 itemId, const QString &state,
                  const QString &raisedBy, const QString &reason)
{
    Disputes::ItemType type;
    if (!Disputes::typeFromName(itemType, &type) || Disputes::stateFromName(state) == Disputes::State::None) {
        document.reportError(Text::tr("Cannot mark \"%1\" as \"%2\".").arg(itemType, state));
        return 0;
    }
    if (!Disputes::itemExists(document.store(), type, itemId)) {
        document.reportError(Text::tr("There is no %1 %2 in this review.").arg(Disputes::typeLabel(type)).arg(itemId));
        return 0;
    }
    SavedRows row {QStringLiteral("disputes"), kDisputeColumns.mid(1), {{itemType, itemId, state, raisedBy, reason, nowUs()}}};
    auto *command = new InsertRowCommand(document,
                                         Disputes::stateFromName(state) == Disputes::State::Disputed
                                             ? Text::tr("Mark disputed")
                                             : Text::tr("Mark uncertain"),
                                         ReviewDocument::Area::Disputes, itemId, row);
    notifyItem(document, type, itemId, command);
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool removeDispute(ReviewDocument &document, qint64 disputeId)
{
    SavedRows row = SavedRows::read(document.store(), QStringLiteral("disputes"), kDisputeColumns,
                                    QStringLiteral("id = ?"), {disputeId});
    if (row.rows.isEmpty())
        return false;
    const qint64 itemId = row.rows.first().at(2).toLongLong();
    Disputes::ItemType type = Disputes::ItemType::Event;
    Disputes::typeFromName(row.rows.first().at(1).toString(), &type);
    auto *command = new DeleteRowCommand(document, Text::tr("Settle dispute"), ReviewDocument::Area::Disputes, itemId, {row});
    notifyItem(document, type, itemId, command);
    return push(document, command);
}

qint64 addLearning(ReviewDocument &document, const QString &kind, const QString &text)
{
    if (kind != QLatin1String("surprise") && kind != QLatin1String("helped")) {
        document.reportError(Text::tr("Unknown kind of learning \"%1\".").arg(kind));
        return 0;
    }
    if (text.trimmed().isEmpty())
        return 0;
    SavedRows row {QStringLiteral("learnings"), kLearningColumns.mid(1), {{kind, text, document.author(), nowUs()}}};
    auto *command = new InsertRowCommand(document,
                                         kind == QLatin1String("surprise") ? Text::tr("Add surprise")
                                                                           : Text::tr("Add what helped"),
                                         ReviewDocument::Area::Learnings, 0, row);
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool editLearning(ReviewDocument &document, qint64 learningId, const QString &text)
{
    const QVariant old = document.store().scalar(QStringLiteral("SELECT text FROM learnings WHERE id = ?"), {learningId});
    if (!old.isValid())
        return false;
    if (old.toString() == text)
        return true;
    return push(document, new EditTextCommand(document, Text::tr("Edit learning"), ReviewDocument::Area::Learnings,
                                              learningId, QStringLiteral("learnings"), learningId, old.toString(), text));
}

bool deleteLearning(ReviewDocument &document, qint64 learningId)
{
    const SavedRows row = SavedRows::read(document.store(), QStringLiteral("learnings"), kLearningColumns,
                                          QStringLiteral("id = ?"), {learningId});
    if (row.rows.isEmpty())
        return false;
    const SavedRows links = SavedRows::read(document.store(), QStringLiteral("learning_links"), kLinkColumns,
                                            QStringLiteral("learning_id = ?"), {learningId});
    return push(document, new DeleteRowCommand(document, Text::tr("Delete learning"), ReviewDocument::Area::Learnings,
                                               learningId, {row, links}));
}

bool linkLearningToEvent(ReviewDocument &document, qint64 learningId, qint64 eventId)
{
    return linkLearning(document, learningId, QStringLiteral("event_id"), eventId, true);
}

bool linkLearningToFactor(ReviewDocument &document, qint64 learningId, qint64 factorId)
{
    return linkLearning(document, learningId, QStringLiteral("factor_id"), factorId, true);
}

bool unlinkLearningFromEvent(ReviewDocument &document, qint64 learningId, qint64 eventId)
{
    return linkLearning(document, learningId, QStringLiteral("event_id"), eventId, false);
}

bool unlinkLearningFromFactor(ReviewDocument &document, qint64 learningId, qint64 factorId)
{
    return linkLearning(document, learningId, QStringLiteral("factor_id"), factorId, false);
}

qint64 recordAgreement(ReviewDocument &document, const QStringList &present)
{
    QJsonArray names;
    for (const QString &name : present)
        names.append(name);
    SavedRows row {QStringLiteral("agreements"),
                   {QStringLiteral("agreed_at"), QStringLiteral("present"), QStringLiteral("snapshot")},
                   {{nowUs(), QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(Agreement::capture(document.store()))}}};
    auto *command = new InsertRowCommand(document, Text::tr("Mark timeline agreed"), ReviewDocument::Area::Agreement, 0, row);
    if (!push(document, command))
        return 0;
    return command->rowId();
}

qint64 addAnswer(ReviewDocument &document, qint64 questionId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    if (document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM questions WHERE id = ?"), {questionId}).toLongLong() == 0) {
        document.reportError(Text::tr("There is no question %1 in this review.").arg(questionId));
        return 0;
    }
    SavedRows row {QStringLiteral("question_answers"), kAnswerColumns.mid(1),
                   {{questionId, author.isEmpty() ? document.author() : author, text, nowUs()}}};
    auto *command = new InsertRowCommand(document, Text::tr("Add answer"), ReviewDocument::Area::Questions, questionId, row);
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool editAnswer(ReviewDocument &document, qint64 answerId, const QString &text)
{
    QSqlQuery q(document.store().database());
    q.prepare(QStringLiteral("SELECT question_id, text FROM question_answers WHERE id = ?"));
    q.addBindValue(answerId);
    if (!q.exec() || !q.next())
        return false;
    if (q.value(1).toString() == text)
        return true;
    return push(document, new EditTextCommand(document, Text::tr("Edit answer"), ReviewDocument::Area::Questions,
                                              q.value(0).toLongLong(), QStringLiteral("question_answers"), answerId,
                                              q.value(1).toString(), text));
}

bool deleteAnswer(ReviewDocument &document, qint64 answerId)
{
    const SavedRows row = SavedRows::read(document.store(), QStringLiteral("question_answers"), kAnswerColumns,
                                          QStringLiteral("id = ?"), {answerId});
    if (row.rows.isEmpty())
        return false;
    return push(document, new DeleteRowCommand(document, Text::tr("Delete answer"), ReviewDocument::Area::Questions,
                                               row.rows.first().at(1).toLongLong(), {row}));
}

} // namespace faultless::model::commands
