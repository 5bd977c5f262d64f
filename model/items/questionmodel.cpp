#include "questionmodel.h"

#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"

namespace faultless::model {

QuestionModel::QuestionModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Questions, ReviewDocument::Area::Factors}, parent)
{
    reload();
}

QString QuestionModel::query() const
{
    return QStringLiteral("SELECT q.id, q.text, q.status, (SELECT COUNT(*) FROM question_answers a WHERE a.question_id = q.id),"
                          " (SELECT GROUP_CONCAT(factor_id) FROM question_factors qf WHERE qf.question_id = q.id)"
                          " FROM questions q ORDER BY q.status = 'explored', q.created, q.id");
}

QList<qint64> QuestionModel::factorIds(int row) const
{
    QList<qint64> ids;
    for (const QString &id : field(row, 4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

QStringList QuestionModel::headers() const
{
    return {tr("Question"), tr("Status"), tr("Answers")};
}

QVariant QuestionModel::cell(int row, int column, int role) const
{
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        //: Status of a question in the review session
        return isExplored(row) ? tr("Explored") : tr("Open");
    return SqlRecordTableModel::cell(row, column, role);
}

bool QuestionModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TextColumn && commands::setQuestionText(document(), id, value.toString());
}

AnswerModel::AnswerModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Questions}, parent)
{
}

void AnswerModel::setQuestion(qint64 questionId)
{
    m_question = questionId;
    reload();
}

QString AnswerModel::query() const
{
    if (m_question <= 0)
        return {};
    return QStringLiteral("SELECT id, text, author FROM question_answers WHERE question_id = ? ORDER BY created, id");
}

QStringList AnswerModel::headers() const
{
    return {tr("Answer"), tr("From")};
}

bool AnswerModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TextColumn && commands::editAnswer(document(), id, value.toString());
}

} // namespace faultless::model
