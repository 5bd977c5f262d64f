#include "questionstore.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

// --- reports and analysis (briefing, comparison, export)

namespace {

// A read for a report; on failure the query has no rows and `error` gets the database's message
// unless it holds an earlier one (a report reads on after a failure and tells the first).
QSqlQuery reportQuery(
    const ReviewStore &store, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok && error && error->isEmpty())
        *error = q.lastError().text();
    return q;
}

} // namespace

QList<Question> QuestionStore::inAskedOrder(const ReviewStore &store, QString *error)
{
    QSqlQuery q = reportQuery(store,
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
    QSqlQuery q = reportQuery(store,
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
