#include "eventcommands.h"

#include "commands/reviewcommand.h"
#include "domain/timestamps.h"
#include "store/annotationstore.h"
#include "store/eventstore.h"
#include "store/removedrows.h"
#include "store/sourcestore.h"
#include "store/tagstore.h"

namespace faultless::model::commands {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)
};

class AddAnnotationCommand : public ReviewCommand
{
public:
    AddAnnotationCommand(ReviewDocument &document, Annotation annotation)
        : ReviewCommand(
            document, Text::tr("Add annotation"), ReviewDocument::Area::Annotations, annotation.eventId)
        , m_annotation(std::move(annotation))
    { }
    qint64 annotationId() const { return m_annotation.id; }

protected:
    // Undo deletes the annotation and redo restores it with its id, so that evidence linked later
    // to the same id stays valid through undo/redo.
    bool apply(bool forward) override
    {
        if (!forward)
            return AnnotationStore::remove(store(), m_annotation.id);
        const qint64 id = AnnotationStore::insert(store(), m_annotation);
        if (!id)
            return false;
        m_annotation.id = id;
        return true;
    }

private:
    Annotation m_annotation;
};

class DeleteAnnotationCommand : public ReviewCommand
{
public:
    DeleteAnnotationCommand(ReviewDocument &document, const Annotation &annotation)
        : ReviewCommand(
            document, Text::tr("Delete annotation"), ReviewDocument::Area::Annotations, annotation.eventId)
        , m_annotationId(annotation.id)
    {
        alsoNotify(ReviewDocument::Area::Disputes, m_annotationId);
    }

protected:
    // Evidence that cited the annotation and its disputes go and come back with it, with their ids.
    bool apply(bool forward) override
    {
        if (forward) {
            m_removed = RemovedRows();
            return AnnotationStore::remove(store(), m_annotationId, &m_removed);
        }
        return m_removed.restore(store());
    }

private:
    qint64 m_annotationId;
    RemovedRows m_removed;
};

class EditAnnotationCommand : public ReviewCommand
{
public:
    enum { Id = 0x41e1 };
    EditAnnotationCommand(ReviewDocument &document, const Annotation &annotation, const QString &newText)
        : ReviewCommand(
            document, Text::tr("Edit annotation"), ReviewDocument::Area::Annotations, annotation.eventId)
        , m_annotationId(annotation.id)
        , m_old(annotation.text)
        , m_new(newText)
    { }
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
        return AnnotationStore::setText(store(), m_annotationId, forward ? m_new : m_old, timestamps::now());
    }

private:
    qint64 m_annotationId;
    QString m_old;
    QString m_new;
};

// An import that has already been committed (on a worker thread): undo hides its sources, redo
// shows them again. Its text may still be being indexed by a transaction that holds the write
// lock, so the first redo() only shows the events, writing nothing.
//
// The files of one import job are recorded one by one, as each commits, and merge into the step
// of the job's earlier files while that step is the newest on the stack (QUndoStack only merges
// into the command on top). An edit made in between — an annotation on file 1's events while
// file 2 is read — ends that step, and the files after it make a step of their own above the
// edit: undo takes things back in the order they happened, never an import before an edit that
// relies on its events.
class ImportCommand : public ReviewCommand
{
public:
    enum { Id = 0x1a90 };
    // `job` 0: a step of its own that never merges.
    ImportCommand(ReviewDocument &document, quint64 job, const QList<QPair<qint64, QString>> &sources)
        : ReviewCommand(document, QString(), ReviewDocument::Area::Events)
        , m_job(job)
        , m_sources(sources)
    {
        setText(describe());
        skipFirstApply();
    }
    int id() const override { return m_job ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ImportCommand *>(other);
        if (next->m_job != m_job)
            return false;
        m_sources += next->m_sources;
        setText(describe());
        return true;
    }

protected:
    bool apply(bool forward) override
    {
        for (const auto &source : std::as_const(m_sources)) {
            if (!SourceStore::setImportRemoved(store(), source.first, !forward))
                return false;
        }
        return true;
    }

private:
    QString describe() const
    {
        return m_sources.size() == 1 ? Text::tr("Import %1").arg(m_sources.first().second)
                                     : Text::tr("Import %n file(s)", nullptr, int(m_sources.size()));
    }

    quint64 m_job;
    QList<QPair<qint64, QString>> m_sources; // source id, name
};

} // namespace

bool recordImport(ReviewDocument &document, qint64 sourceId, const QString &sourceName)
{
    return push(document, new ImportCommand(document, 0, { { sourceId, sourceName } }));
}

bool recordImportedFile(ReviewDocument &document, quint64 job, qint64 sourceId, const QString &sourceName)
{
    return push(document, new ImportCommand(document, job, { { sourceId, sourceName } }));
}

bool removeSource(ReviewDocument &document, qint64 sourceId)
{
    const QString name = SourceStore::nameOfImport(document.store(), sourceId);
    auto *command = new LambdaCommand(
        document, Text::tr("Remove source %1").arg(name), ReviewDocument::Area::Events, 0,
        [sourceId](ReviewStore &s) { return SourceStore::setImportRemoved(s, sourceId, true); },
        [sourceId](ReviewStore &s) { return SourceStore::setImportRemoved(s, sourceId, false); });
    return push(document, command);
}

bool setHighlighted(ReviewDocument &document, qint64 eventId, bool highlighted)
{
    auto set = [eventId](bool on) {
        return [eventId, on](ReviewStore &s) { return EventStore::setHighlighted(s, eventId, on); };
    };
    auto *command = new LambdaCommand(document,
        highlighted ? Text::tr("Highlight event") : Text::tr("Remove highlight"), ReviewDocument::Area::Event,
        eventId, set(highlighted), set(!highlighted));
    const bool ok = push(document, command);
    return ok;
}

bool setPhase(ReviewDocument &document, qint64 eventId, const QString &phase)
{
    const QString old = EventStore::phase(document.store(), eventId);
    auto set = [eventId](const QString &value) {
        return [eventId, value](ReviewStore &s) { return EventStore::setPhase(s, eventId, value); };
    };
    return push(document,
        new LambdaCommand(
            document, Text::tr("Set phase"), ReviewDocument::Area::Event, eventId, set(phase), set(old)));
}

qint64 addAnnotation(ReviewDocument &document, qint64 eventId, const QString &text)
{
    Annotation annotation;
    annotation.eventId = eventId;
    annotation.author = document.author();
    annotation.text = text;
    annotation.created = annotation.edited = timestamps::now();
    auto *command = new AddAnnotationCommand(document, annotation);
    if (!push(document, command))
        return 0;
    return command->annotationId();
}

bool editAnnotation(ReviewDocument &document, qint64 annotationId, const QString &text)
{
    const std::optional<Annotation> annotation = AnnotationStore::find(document.store(), annotationId);
    if (!annotation || annotation->text == text)
        return annotation.has_value();
    return push(document, new EditAnnotationCommand(document, *annotation, text));
}

bool deleteAnnotation(ReviewDocument &document, qint64 annotationId)
{
    const std::optional<Annotation> annotation = AnnotationStore::find(document.store(), annotationId);
    if (!annotation)
        return false;
    return push(document, new DeleteAnnotationCommand(document, *annotation));
}

bool addTag(ReviewDocument &document, qint64 eventId, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return false;
    return push(document,
        new LambdaCommand(
            document, Text::tr("Tag event \"%1\"").arg(name), ReviewDocument::Area::Tags, eventId,
            [eventId, name](
                ReviewStore &s) { return TagStore::ensure(s, name) && TagStore::tagEvent(s, eventId, name); },
            [eventId, name](ReviewStore &s) { return TagStore::untagEvent(s, eventId, name); }));
}

bool removeTag(ReviewDocument &document, qint64 eventId, const QString &tag)
{
    const QString name = tag.trimmed();
    return push(document,
        new LambdaCommand(
            document, Text::tr("Remove tag \"%1\"").arg(name), ReviewDocument::Area::Tags, eventId,
            [eventId, name](ReviewStore &s) { return TagStore::untagEvent(s, eventId, name); },
            [eventId, name](ReviewStore &s) { return TagStore::tagEvent(s, eventId, name); }));
}

} // namespace faultless::model::commands
