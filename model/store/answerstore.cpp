#include "answerstore.h"

#include "store/removedrows.h"
#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing

std::optional<Answer> AnswerStore::find(const ReviewStore &store, qint64 answerId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT question_id, author, text, created FROM question_answers WHERE id = ?"));
    q.addBindValue(answerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Answer a;
    a.id = answerId;
    a.questionId = q.value(0).toLongLong();
    a.author = q.value(1).toString();
    a.text = q.value(2).toString();
    a.created = q.value(3).toLongLong();
    return a;
}

bool AnswerStore::questionExists(const ReviewStore &store, qint64 questionId)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM questions WHERE id = ?"), { questionId })
               .toLongLong()
        > 0;
}

qint64 AnswerStore::insert(ReviewStore &store, const Answer &answer)
{
    const QVariant id = store.rowId(QStringLiteral("question_answers"), answer.id);
    if (!store.exec(QStringLiteral("INSERT INTO question_answers(id, question_id, author, text, created)"
                                   " VALUES(?, ?, ?, ?, ?)"),
            { id, answer.questionId, answer.author, answer.text, answer.created }))
        return 0;
    return store.lastInsertId();
}

bool AnswerStore::setText(ReviewStore &store, qint64 answerId, const QString &text)
{
    return store.exec(
        QStringLiteral("UPDATE question_answers SET text = ? WHERE id = ?"), { text, answerId });
}

bool AnswerStore::remove(ReviewStore &store, qint64 answerId, RemovedRows *removed)
{
    if (removed
        && !removed->capture(
            store, QStringLiteral("question_answers"), QStringLiteral("id = ?"), { answerId }))
        return false;
    return store.exec(QStringLiteral("DELETE FROM question_answers WHERE id = ?"), { answerId });
}

} // namespace faultless::model
