#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace faultless::model {
class AnswerModel;
class FactorModel;
class QuestionModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class FactorChecklist;

// Open questions for the session: open or explored, several answers from different people (none
// marked final), each linked to the factors it bears on.
class QuestionsPanel : public QWidget
{
    Q_OBJECT
public:
    QuestionsPanel(model::ReviewDocument &document, model::FactorModel &factors, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showQuestion(qint64 questionId);
    void retranslateUi();

    model::ReviewDocument &m_document;
    model::QuestionModel *m_questions;
    model::AnswerModel *m_answers;
    QTableView *m_list;
    QTableView *m_answerView;
    QLineEdit *m_newQuestion;
    QLineEdit *m_newAnswer;
    QPushButton *m_explored;
    QPushButton *m_delete;
    QLabel *m_answersLabel;
    QLabel *m_linksLabel;
    FactorChecklist *m_links;
    qint64 m_current = 0;
};

} // namespace faultless::views
