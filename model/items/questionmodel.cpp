#include "questionmodel.h"

#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"

namespace faultless::model {

QuestionModel::QuestionModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Questions, ReviewDocument::Area::Factors }, parent)
{
    reload();
}

QList<QuestionRow> QuestionModel::fetch() const
{
    return QuestionStore::rows(document().store());
}

QStringList QuestionModel::headers() const
{
    return { tr("Question"), tr("Status"), tr("Answers") };
}

QVariant QuestionModel::cell(int row, int column, int role) const
{
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        //: Status of a question in the review session
        return isExplored(row) ? tr("Explored") : tr("Open");
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const QuestionRow &question = recordAt(row);
    switch (column) {
    case TextColumn:
        return question.text;
    case StatusColumn:
        return question.status;
    case AnswersColumn:
        return question.answerCount;
    }
    return {};
}

bool QuestionModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TextColumn && commands::setQuestionText(document(), id, value.toString());
}

AnswerModel::AnswerModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Questions }, parent)
{ }

void AnswerModel::setQuestion(qint64 questionId)
{
    m_question = questionId;
    reload();
}

QList<Answer> AnswerModel::fetch() const
{
    if (m_question <= 0)
        return {};
    return QuestionStore::answers(document().store(), m_question);
}

QStringList AnswerModel::headers() const
{
    return { tr("Answer"), tr("From") };
}

QVariant AnswerModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const Answer &answer = recordAt(row);
    return column == TextColumn ? answer.text : answer.author;
}

bool AnswerModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TextColumn && commands::editAnswer(document(), id, value.toString());
}

} // namespace faultless::model
