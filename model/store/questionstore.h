#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Questions the room explores and their answers (tables questions, question_answers, question_factors): the
// only code that knows these tables. Functions take the store (one connection, see ReviewStore); writes
// return false or 0 on failure with ReviewStore::errorString() set, and run inside the caller's transaction
// (commands open one per edit).
class QuestionStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every question in the order asked, with its id, text, status and author (factors not read).
    static QList<Question> inAskedOrder(const ReviewStore &store, QString *error = nullptr);
    // Every answer in the order given, with its question, author and text.
    static QList<Answer> answersInOrder(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
