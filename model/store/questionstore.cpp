#include "questionstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

QList<QuestionRow> QuestionStore::rows(const ReviewStore &store)
{
    QList<QuestionRow> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT q.id, q.text, q.status, (SELECT COUNT(*) FROM question_answers a WHERE a.question_id = "
            "q.id),"
            " (SELECT GROUP_CONCAT(factor_id) FROM question_factors qf WHERE qf.question_id = q.id),"
            " q.author, q.created"
            " FROM questions q ORDER BY q.status = 'explored', q.created, q.id")))
        return result;
    while (q.next()) {
        QuestionRow row;
        row.id = q.value(0).toLongLong();
        row.text = q.value(1).toString();
        row.status = q.value(2).toString();
        row.answerCount = q.value(3).toInt();
        row.factorIds = ReviewStore::idsFromList(q.value(4).toString());
        row.author = q.value(5).toString();
        row.created = q.value(6).toLongLong();
        result.append(row);
    }
    return result;
}

std::optional<Question> QuestionStore::find(const ReviewStore &store, qint64 id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, text, status, author, created FROM questions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Question question;
    question.id = q.value(0).toLongLong();
    question.text = q.value(1).toString();
    question.status = q.value(2).toString();
    question.author = q.value(3).toString();
    question.created = q.value(4).toLongLong();
    return question;
}

bool QuestionStore::exists(const ReviewStore &store, qint64 id)
{
    return id > 0
        && store.scalar(QStringLiteral("SELECT COUNT(*) FROM questions WHERE id = ?"), { id }).toInt() == 1;
}

qint64 QuestionStore::insert(ReviewStore &store, const Question &question)
{
    const QVariant id = store.rowId(QStringLiteral("questions"), question.id);
    if (!store.exec(QStringLiteral("INSERT INTO questions(id,text,status,author,created) VALUES(?,?,?,?,?)"),
            { id, question.text, question.status, question.author, question.created }))
        return 0;
    return question.id ? question.id : store.lastInsertId();
}

bool QuestionStore::setText(ReviewStore &store, qint64 id, const QString &text)
{
    return store.exec(QStringLiteral("UPDATE questions SET text = ? WHERE id = ?"), { text, id });
}

bool QuestionStore::setStatus(ReviewStore &store, qint64 id, const QString &status)
{
    return store.exec(QStringLiteral("UPDATE questions SET status = ? WHERE id = ?"), { status, id });
}

bool QuestionStore::remove(ReviewStore &store, qint64 id, RemovedRows *removed)
{
    if (removed) {
        RemovedRows rows;
        if (!rows.capture(store, QStringLiteral("questions"), QStringLiteral("id = ?"), { id })
            || rows.isEmpty()
            || !rows.capture(
                store, QStringLiteral("question_answers"), QStringLiteral("question_id = ?"), { id })
            || !rows.capture(
                store, QStringLiteral("question_factors"), QStringLiteral("question_id = ?"), { id }))
            return false;
        *removed = rows;
    }
    // The answers and factor links go by cascade.
    return store.exec(QStringLiteral("DELETE FROM questions WHERE id = ?"), { id });
}

QList<qint64> QuestionStore::factorIds(const ReviewStore &store, qint64 questionId)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT factor_id FROM question_factors WHERE question_id = ? ORDER BY factor_id"));
    q.addBindValue(questionId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool QuestionStore::setFactorIds(ReviewStore &store, qint64 questionId, const QList<qint64> &factorIds)
{
    if (!store.exec(QStringLiteral("DELETE FROM question_factors WHERE question_id = ?"), { questionId }))
        return false;
    for (qint64 factorId : factorIds) {
        if (!store.exec(
                QStringLiteral("INSERT OR IGNORE INTO question_factors(question_id,factor_id) VALUES(?, ?)"),
                { questionId, factorId }))
            return false;
    }
    return true;
}

QList<Answer> QuestionStore::answers(const ReviewStore &store, qint64 questionId)
{
    QList<Answer> result;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT id, text, author, question_id, created FROM question_answers WHERE question_id = ?"
        " ORDER BY created, id"));
    q.addBindValue(questionId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Answer answer;
        answer.id = q.value(0).toLongLong();
        answer.text = q.value(1).toString();
        answer.author = q.value(2).toString();
        answer.questionId = q.value(3).toLongLong();
        answer.created = q.value(4).toLongLong();
        result.append(answer);
    }
    return result;
}

// --- reports and analysis (briefing, comparison, export)

QList<Question> QuestionStore::inAskedOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT id, text, status, author FROM questions ORDER BY created, id"), {}, error);
    QList<Question> questions;
    while (q.next()) {
        Question question;
        question.id = q.value(0).toLongLong();
        question.text = q.value(1).toString();
        question.status = q.value(2).toString();
        question.author = q.value(3).toString();
        questions.append(question);
    }
    return questions;
}

QList<Answer> QuestionStore::answersInOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = store.read(
        QStringLiteral("SELECT question_id, author, text FROM question_answers ORDER BY created, id"), {},
        error);
    QList<Answer> answers;
    while (q.next()) {
        Answer a;
        a.questionId = q.value(0).toLongLong();
        a.author = q.value(1).toString();
        a.text = q.value(2).toString();
        answers.append(a);
    }
    return answers;
}

} // namespace faultless::model
