#include "eventcommands.h"

#include "commands/reviewcommand.h"

#include <QDateTime>
#include <QSqlQuery>

namespace faultless::model::commands {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)
};

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

bool setSourceRemoved(ReviewStore &store, qint64 sourceId, bool removed)
{
    return store.exec(QStringLiteral("UPDATE sources SET removed = ? WHERE id = ?"), {removed ? 1 : 0, sourceId});
}

// Annotation rows are deleted on undo of "add" and restored with their id on redo, so that
// evidence links made later to the same id stay valid through undo/redo.
struct AnnotationRow
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString author;
    QString text;
    qint64 created = 0;
    qint64 edited = 0;

    bool insert(ReviewStore &store) const
    {
        return store.exec(QStringLiteral("INSERT INTO annotations(id, event_id, author, text, created, edited)"
                                         " VALUES(?, ?, ?, ?, ?, ?)"),
                          {id ? QVariant(id) : QVariant(), eventId, author, text, created, edited});
    }
    static AnnotationRow read(const ReviewStore &store, qint64 id)
    {
        AnnotationRow row;
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id, event_id, author, text, created, edited FROM annotations WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            row = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toLongLong(), q.value(5).toLongLong()};
        }
        return row;
    }
};

// Disputes name their item by type and id, without a foreign key (one table serves events,
// annotations and steps), so no cascade removes them: a deletion takes them along by hand. Left
// behind, they would mark whatever annotation SQLite later gives the same id.
struct DisputeRow
{
    qint64 id = 0;
    QString state;
    QString raisedBy;
    QString reason;
    qint64 created = 0;
};

QList<DisputeRow> readAnnotationDisputes(const ReviewStore &store, qint64 annotationId)
{
    QList<DisputeRow> rows;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, state, raised_by, reason, created FROM disputes"
                             " WHERE item_type = 'annotation' AND item_id = ? ORDER BY id"));
    q.addBindValue(annotationId);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toLongLong()});
    return rows;
}

bool deleteAnnotationDisputes(ReviewStore &store, qint64 annotationId)
{
    return store.exec(QStringLiteral("DELETE FROM disputes WHERE item_type = 'annotation' AND item_id = ?"), {annotationId});
}

class AddAnnotationCommand : public ReviewCommand
{
public:
    AddAnnotationCommand(ReviewDocument &document, AnnotationRow row)
        : ReviewCommand(document, Text::tr("Add annotation"), ReviewDocument::Area::Annotations, row.eventId)
        , m_row(std::move(row))
    {
    }
    qint64 annotationId() const { return m_row.id; }

protected:
    bool apply(bool forward) override
    {
        if (!forward)
            return store().exec(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {m_row.id});
        const bool fresh = m_row.id == 0;
        if (!m_row.insert(store()))
            return false;
        m_row.id = store().lastInsertId();
        // A new id may be that of an annotation deleted by a version that left its disputes
        // behind: they were about another annotation, and must not mark this one.
        return !fresh || deleteAnnotationDisputes(store(), m_row.id);
    }

private:
    AnnotationRow m_row;
};

class DeleteAnnotationCommand : public ReviewCommand
{
public:
    DeleteAnnotationCommand(ReviewDocument &document, AnnotationRow row)
        : ReviewCommand(document, Text::tr("Delete annotation"), ReviewDocument::Area::Annotations, row.eventId)
        , m_row(std::move(row))
    {
        alsoNotify(ReviewDocument::Area::Disputes, m_row.id);
    }

protected:
    bool apply(bool forward) override
    {
        // Evidence that cited the annotation is kept by the cascade's inverse: re-inserting the
        // row with its id brings back nothing else, so remember and restore the links too. The
        // annotation's disputes go and come back with it, with their ids.
        if (forward) {
            m_links.clear();
            QSqlQuery q(store().database());
            q.prepare(QStringLiteral("SELECT factor_id, note FROM factor_evidence WHERE annotation_id = ?"));
            q.addBindValue(m_row.id);
            q.exec();
            while (q.next())
                m_links.append({q.value(0).toLongLong(), q.value(1).toString()});
            m_disputes = readAnnotationDisputes(store(), m_row.id);
            return deleteAnnotationDisputes(store(), m_row.id)
                && store().exec(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {m_row.id});
        }
        if (!m_row.insert(store()))
            return false;
        for (const auto &link : std::as_const(m_links)) {
            if (!store().exec(QStringLiteral("INSERT INTO factor_evidence(factor_id, annotation_id, note) VALUES(?, ?, ?)"),
                              {link.first, m_row.id, link.second}))
                return false;
        }
        for (const DisputeRow &d : std::as_const(m_disputes)) {
            if (!store().exec(QStringLiteral("INSERT INTO disputes(id, item_type, item_id, state, raised_by, reason, created)"
                                             " VALUES(?, 'annotation', ?, ?, ?, ?, ?)"),
                              {d.id, m_row.id, d.state, d.raisedBy, d.reason, d.created}))
                return false;
        }
        return true;
    }

private:
    AnnotationRow m_row;
    QList<QPair<qint64, QString>> m_links;
    QList<DisputeRow> m_disputes;
};

class EditAnnotationCommand : public ReviewCommand
{
public:
    enum { Id = 0x41e1 };
    EditAnnotationCommand(ReviewDocument &document, const AnnotationRow &row, const QString &newText)
        : ReviewCommand(document, Text::tr("Edit annotation"), ReviewDocument::Area::Annotations, row.eventId)
        , m_annotationId(row.id)
        , m_old(row.text)
        , m_new(newText)
    {
    }
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditAnnotationCommand *>(other);
        if (edit->m_annotationId != m_annotationId)
            return false;
        m_new = edit->m_new;
        return true;
    }

protected:
    bool apply(bool forward) override
    {
        return store().exec(QStringLiteral("UPDATE annotations SET text = ?, edited = ? WHERE id = ?"),
                            {forward ? m_new : m_old, nowUs(), m_annotationId});
    }

private:
    qint64 m_annotationId;
    QString m_old;
    QString m_new;
};

} // namespace

bool recordImport(ReviewDocument &document, qint64 sourceId, const QString &sourceName)
{
    // The import is already committed, and its text may still be being indexed by a transaction
    // that holds the write lock: the first redo() only shows the events, writing nothing.
    auto *command = new LambdaCommand(
        document, Text::tr("Import %1").arg(sourceName), ReviewDocument::Area::Events, 0,
        [sourceId](ReviewStore &s) { return setSourceRemoved(s, sourceId, false); },
        [sourceId](ReviewStore &s) { return setSourceRemoved(s, sourceId, true); });
    command->skipFirstApply();
    return push(document, command);
}

bool removeSource(ReviewDocument &document, qint64 sourceId)
{
    const QString name = document.store().scalar(QStringLiteral("SELECT name FROM sources WHERE id = ?"), {sourceId}).toString();
    auto *command = new LambdaCommand(
        document, Text::tr("Remove source %1").arg(name), ReviewDocument::Area::Events, 0,
        [sourceId](ReviewStore &s) { return setSourceRemoved(s, sourceId, true); },
        [sourceId](ReviewStore &s) { return setSourceRemoved(s, sourceId, false); });
    return push(document, command);
}

bool setHighlighted(ReviewDocument &document, qint64 eventId, bool highlighted)
{
    auto set = [eventId](bool on) {
        return [eventId, on](ReviewStore &s) {
            return s.exec(QStringLiteral("UPDATE events SET highlighted = ? WHERE id = ?"), {on ? 1 : 0, eventId});
        };
    };
    auto *command = new LambdaCommand(document, highlighted ? Text::tr("Highlight event") : Text::tr("Remove highlight"),
                                      ReviewDocument::Area::Event, eventId, set(highlighted), set(!highlighted));
    const bool ok = push(document, command);
    return ok;
}

bool setPhase(ReviewDocument &document, qint64 eventId, const QString &phase)
{
    const QString old = document.store().scalar(QStringLiteral("SELECT COALESCE(phase, '') FROM events WHERE id = ?"), {eventId}).toString();
    auto set = [eventId](const QString &value) {
        return [eventId, value](ReviewStore &s) {
            return s.exec(QStringLiteral("UPDATE events SET phase = NULLIF(?, '') WHERE id = ?"), {value, eventId});
        };
    };
    return push(document, new LambdaCommand(document, Text::tr("Set phase"), ReviewDocument::Area::Event, eventId,
                                            set(phase), set(old)));
}

qint64 addAnnotation(ReviewDocument &document, qint64 eventId, const QString &text)
{
    AnnotationRow row;
    row.eventId = eventId;
    row.author = document.author();
    row.text = text;
    row.created = row.edited = nowUs();
    auto *command = new AddAnnotationCommand(document, row);
    if (!push(document, command))
        return 0;
    return command->annotationId();
}

bool editAnnotation(ReviewDocument &document, qint64 annotationId, const QString &text)
{
    const AnnotationRow row = AnnotationRow::read(document.store(), annotationId);
    if (row.id == 0 || row.text == text)
        return row.id != 0;
    return push(document, new EditAnnotationCommand(document, row, text));
}

bool deleteAnnotation(ReviewDocument &document, qint64 annotationId)
{
    const AnnotationRow row = AnnotationRow::read(document.store(), annotationId);
    if (row.id == 0)
        return false;
    return push(document, new DeleteAnnotationCommand(document, row));
}

bool addTag(ReviewDocument &document, qint64 eventId, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return false;
    return push(document, new LambdaCommand(
                              document, Text::tr("Tag event \"%1\"").arg(name), ReviewDocument::Area::Tags, eventId,
                              [eventId, name](ReviewStore &s) {
                                  return s.exec(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES(?)"), {name})
                                      && s.exec(QStringLiteral("INSERT OR IGNORE INTO event_tags(event_id, tag_id)"
                                                               " SELECT ?, id FROM tags WHERE name = ?"),
                                                {eventId, name});
                              },
                              [eventId, name](ReviewStore &s) {
                                  return s.exec(QStringLiteral("DELETE FROM event_tags WHERE event_id = ? AND tag_id ="
                                                               " (SELECT id FROM tags WHERE name = ?)"),
                                                {eventId, name});
                              }));
}

bool removeTag(ReviewDocument &document, qint64 eventId, const QString &tag)
{
    const QString name = tag.trimmed();
    return push(document, new LambdaCommand(
                              document, Text::tr("Remove tag \"%1\"").arg(name), ReviewDocument::Area::Tags, eventId,
                              [eventId, name](ReviewStore &s) {
                                  return s.exec(QStringLiteral("DELETE FROM event_tags WHERE event_id = ? AND tag_id ="
                                                               " (SELECT id FROM tags WHERE name = ?)"),
                                                {eventId, name});
                              },
                              [eventId, name](ReviewStore &s) {
                                  return s.exec(QStringLiteral("INSERT OR IGNORE INTO event_tags(event_id, tag_id)"
                                                               " SELECT ?, id FROM tags WHERE name = ?"),
                                                {eventId, name});
                              }));
}

} // namespace faultless::model::commands
