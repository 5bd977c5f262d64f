#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// Several answers to one question, from different people (table question_answers): the only code that
// writes them. Functions take the store (one connection, see ReviewStore); writes return false or 0 on
// failure with ReviewStore::errorString() set, and run inside the caller's transaction (commands open one
// per edit).
class AnswerStore
{
    Q_DECLARE_TR_FUNCTIONS(AnswerStore)
public:
    // --- editing

    static std::optional<Answer> find(const ReviewStore &store, qint64 answerId);
    // Whether the question an answer would belong to exists.
    static bool questionExists(const ReviewStore &store, qint64 questionId);
    // Writes `answer`, with its id when it has one (a redo: later edits may refer to it). Returns the id, 0
    // on failure.
    static qint64 insert(ReviewStore &store, const Answer &answer);
    static bool setText(ReviewStore &store, qint64 answerId, const QString &text);
    // Deletes the answer; `removed` (if given) keeps it for undo.
    static bool remove(ReviewStore &store, qint64 answerId, RemovedRows *removed = nullptr);
};

} // namespace faultless::model
