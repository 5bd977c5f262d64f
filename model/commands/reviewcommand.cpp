#include "reviewcommand.h"

namespace faultless::model::commands {

ReviewCommand::ReviewCommand(
    ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 id)
    : QUndoCommand(text)
    , m_document(document)
    , m_area(area)
    , m_id(id)
{ }

void ReviewCommand::redo()
{
    run(true);
}

void ReviewCommand::undo()
{
    run(false);
}

void ReviewCommand::run(bool forward)
{
    if (m_skipApply) {
        m_skipApply = false;
        m_document.refresh(m_area, m_id);
        for (const auto &extra : std::as_const(m_extra))
            m_document.refresh(extra.first, extra.second);
        return;
    }
    ReviewStore::Transaction transaction(m_document.store());
    m_failed = !apply(forward) || !transaction.commit();
    if (m_failed) {
        m_document.reportError(tr("Could not save \"%1\": %2").arg(text(), m_document.store().errorString()));
        setObsolete(true);
        return;
    }
    m_document.notify(m_area, m_id);
    for (const auto &extra : std::as_const(m_extra))
        m_document.notify(extra.first, extra.second);
}

bool push(ReviewDocument &document, ReviewCommand *command)
{
    // push() runs redo(); the stack deletes a command that failed (obsolete) or that merged into
    // the previous one, so success is read from the document's error count, not the command.
    const int errorsBefore = document.errorCount();
    document.undoStack()->push(command);
    return document.errorCount() == errorsBefore;
}

} // namespace faultless::model::commands
