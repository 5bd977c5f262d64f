#pragma once

#include "document/reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace faultless::model::commands {

// Base of every undoable edit. Subclasses implement apply(forward) as one transaction on the
// store; this class commits or rolls back, reports failures through the document (never
// silently), and sends the notification that views listen to, on undo and redo alike.
// Commands stay private to model/commands: views use the facade functions.
class ReviewCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    ReviewCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 id = 0);

    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }
    // For a change made before the command exists (an import): the first redo() only shows it,
    // writing nothing.
    void skipFirstApply() { m_skipApply = true; }

protected:
    // Writes the change (forward = redo) or its inverse. Returns false on a store error.
    virtual bool apply(bool forward) = 0;
    ReviewStore &store() { return m_document.store(); }
    ReviewDocument &document() { return m_document; }
    // Some commands touch a second area (e.g. deleting a factor also changes evidence lists).
    void alsoNotify(ReviewDocument::Area area, qint64 id = 0) { m_extra.append({ area, id }); }
    void setNotifiedId(qint64 id) { m_id = id; }

private:
    void run(bool forward);

    ReviewDocument &m_document;
    ReviewDocument::Area m_area;
    qint64 m_id;
    QList<QPair<ReviewDocument::Area, qint64>> m_extra;
    bool m_failed = false;
    bool m_skipApply = false;
};

// A command whose apply() is a pair of lambdas: for the many simple edits (one UPDATE and its
// inverse) that would otherwise each need a class.
class LambdaCommand : public ReviewCommand
{
public:
    using Step = std::function<bool(ReviewStore &)>;
    LambdaCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 id,
        Step redo, Step undo)
        : ReviewCommand(document, text, area, id)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }

protected:
    bool apply(bool forward) override { return forward ? m_redo(store()) : m_undo(store()); }

private:
    Step m_redo;
    Step m_undo;
};

// Pushes `command` and tells whether its first redo() succeeded (a failed command is removed
// from the stack, so the user never undoes an edit that did not happen).
bool push(ReviewDocument &document, ReviewCommand *command);

} // namespace faultless::model::commands
