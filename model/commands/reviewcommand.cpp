#include "reviewcommand.h"

namespace faultless::model::commands {

ReviewCommand::ReviewCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 id)
    : QUndoCommand(text)
    , m_document(document)
    , m_area(area)
    , m_id(id)
{
}

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
    document.undoStack()->push(command); // runs redo(); an obsolete command is deleted by the stack
    const int index = document.undoStack()->index() - 1;
    return index >= 0 && document.undoStack()->command(index) == command && !command->failed();
}

} // namespace faultless::model::commands
