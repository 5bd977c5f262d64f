#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// A question as the question list shows it: with its count of answers.
struct QuestionRow : Question
{
    int answerCount = 0;
};

// Questions the room explores and their answers (tables questions, question_answers, question_factors): the
// only code that knows these tables. Functions take the store (one connection, see ReviewStore); writes
// return false or 0 on failure with ReviewStore::errorString() set, and run inside the caller's transaction
// (commands open one per edit).
class QuestionStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStore)
public:
    // --- editing and item models
    // Open ones first, then explored ones, each in the order asked; with their linked factors.
    static QList<QuestionRow> rows(const ReviewStore &store);
    static std::optional<Question> find(const ReviewStore &store, qint64 id); // without factorIds
    static bool exists(const ReviewStore &store, qint64 id);
    // Writes `question` (its id when not 0, else a new one); returns the id, 0 on failure.
    static qint64 insert(ReviewStore &store, const Question &question);
    static bool setText(ReviewStore &store, qint64 id, const QString &text);
    static bool setStatus(ReviewStore &store, qint64 id, const QString &status);
    // Deletes the question with its answers and factor links (captured first into `removed` when
    // given); false when there is no such question.
    static bool remove(ReviewStore &store, qint64 id, RemovedRows *removed);
    // The ids of the factors linked to the question, ascending.
    static QList<qint64> factorIds(const ReviewStore &store, qint64 questionId);
    static bool setFactorIds(ReviewStore &store, qint64 questionId, const QList<qint64> &factorIds);
    // The answers to one question, oldest first (for the answer list).
    static QList<Answer> answers(const ReviewStore &store, qint64 questionId);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every question in the order asked, with its id, text, status and author (factors not read).
    static QList<Question> inAskedOrder(const ReviewStore &store, QString *error = nullptr);
    // Every answer in the order given, with its question, author and text.
    static QList<Answer> answersInOrder(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
