#pragma once

#include "items/recordtablemodel.h"
#include "store/questionstore.h"

namespace faultless::model {

// Open questions for the session: open ones first, then explored ones, each with its count of
// answers (several, from different people; none is marked final).
class QuestionModel : public RecordListModel<QuestionRow>
{
    Q_OBJECT
public:
    enum Column { TextColumn, StatusColumn, AnswersColumn, ColumnCount };
    explicit QuestionModel(ReviewDocument &document, QObject *parent = nullptr);
    bool isExplored(int row) const { return recordAt(row).status == QLatin1String("explored"); }
    QString text(int row) const { return recordAt(row).text; }
    QList<qint64> factorIds(int row) const { return recordAt(row).factorIds; } // linked factors

protected:
    QList<QuestionRow> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column == TextColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

// The answers to one question, oldest first.
class AnswerModel : public RecordListModel<Answer>
{
    Q_OBJECT
public:
    enum Column { TextColumn, AuthorColumn, ColumnCount };
    explicit AnswerModel(ReviewDocument &document, QObject *parent = nullptr);
    void setQuestion(qint64 questionId);
    qint64 question() const { return m_question; }

protected:
    QList<Answer> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column == TextColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;

private:
    qint64 m_question = 0;
};

} // namespace faultless::model
