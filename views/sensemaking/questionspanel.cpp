#include "questionspanel.h"

#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "factorchecklist.h"
#include "items/questionmodel.h"
#include "languagehighlighter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

QuestionsPanel::QuestionsPanel(ReviewDocument &document, FactorModel &factors, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_questions(new QuestionModel(document, this))
    , m_answers(new AnswerModel(document, this))
    , m_list(new QTableView(this))
    , m_answerView(new QTableView(this))
    , m_newQuestion(new QLineEdit(this))
    , m_newAnswer(new QLineEdit(this))
    , m_explored(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_answersLabel(new QLabel(this))
    , m_linksLabel(new QLabel(this))
    , m_links(new FactorChecklist(factors, this))
{
    setObjectName(QStringLiteral("questionsPanel"));
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setModel(m_questions);
    m_list->setItemDelegate(new LanguageCheckedDelegate(document, m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false); // Tab moves on; arrows move between questions
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QuestionModel::TextColumn, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    m_newQuestion->setObjectName(QStringLiteral("newQuestion"));
    m_newQuestion->setClearButtonEnabled(true);
    m_explored->setObjectName(QStringLiteral("exploredButton"));
    m_delete->setObjectName(QStringLiteral("deleteQuestionButton"));
    m_explored->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newQuestion, 1);
    row->addWidget(m_explored);
    row->addWidget(m_delete);

    m_answerView->setObjectName(QStringLiteral("answerList"));
    m_answerView->setModel(m_answers);
    m_answerView->setItemDelegate(new LanguageCheckedDelegate(document, m_answerView));
    m_answerView->setTabKeyNavigation(false);
    m_answerView->verticalHeader()->hide();
    m_answerView->horizontalHeader()->setSectionResizeMode(AnswerModel::TextColumn, QHeaderView::Stretch);
    m_answerView->setWordWrap(true);
    m_newAnswer->setObjectName(QStringLiteral("newAnswer"));
    m_newAnswer->setEnabled(false);
    m_links->setEnabled(false);
    m_links->setMaximumHeight(120);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_answersLabel->setBuddy(m_answerView);
    m_linksLabel->setBuddy(m_links);
    bottomLayout->addWidget(m_answersLabel);
    bottomLayout->addWidget(m_answerView, 1);
    bottomLayout->addWidget(m_newAnswer);
    bottomLayout->addWidget(m_linksLabel);
    bottomLayout->addWidget(m_links);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(row);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    // Questions and answers are written too: the language check runs on both lines.
    LanguageLineHint::attach(m_newQuestion)->followPeople(m_document);
    LanguageLineHint::attach(m_newAnswer)->followPeople(m_document);
    connect(m_newQuestion, &QLineEdit::returnPressed, this, [this] {
        if (const qint64 id = commands::addQuestion(m_document, m_newQuestion->text())) {
            m_newQuestion->clear();
            showQuestion(id);
        }
    });
    connect(m_newAnswer, &QLineEdit::returnPressed, this, [this] {
        if (m_current && commands::addAnswer(m_document, m_current, m_document.author(), m_newAnswer->text()))
            m_newAnswer->clear();
    });
    // Top to bottom: questions, the new question and its buttons, answers, the new answer, factors.
    QWidget *previous = m_list;
    for (QWidget *next : std::initializer_list<QWidget *> {
             m_newQuestion, m_explored, m_delete, m_answerView, m_newAnswer, m_links }) {
        setTabOrder(previous, next);
        previous = next;
    }
    retranslateUi();

    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_current)
            commands::deleteQuestion(m_document, m_current);
    });
    connect(m_explored, &QPushButton::clicked, this, [this] {
        const int row = m_questions->rowOfId(m_current);
        if (row >= 0)
            commands::setQuestionExplored(m_document, m_current, !m_questions->isExplored(row));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showQuestion(current.isValid() ? m_questions->idAt(current.row()) : 0);
        });
    connect(m_questions, &QAbstractItemModel::modelReset, this, [this] {
        const int r = m_questions->rowOfId(m_current);
        if (r >= 0)
            m_list->setCurrentIndex(m_questions->index(r, 0));
        showQuestion(r >= 0 ? m_current : 0);
    });
    connect(m_links, &FactorChecklist::edited, this, [this](const QList<qint64> &ids) {
        if (m_current)
            commands::setQuestionFactors(m_document, m_current, ids);
    });
    showQuestion(0);
}

void QuestionsPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Open questions"));
    m_newQuestion->setAccessibleName(tr("New question"));
    // Facilitation guides: ask how, not why; look for descriptions rather than explanations.
    m_newQuestion->setPlaceholderText(
        tr("Ask how, not why: e.g. \"How did the on-call engineer decide what to look at first?\""));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the current question"));
    m_answersLabel->setText(tr("&Answers:"));
    m_answerView->setAccessibleName(tr("Answers"));
    m_newAnswer->setAccessibleName(tr("New answer"));
    m_newAnswer->setPlaceholderText(
        tr("Add an answer (press Enter); several answers can stand side by side"));
    m_linksLabel->setText(tr("&Bears on these factors:"));
    showQuestion(m_current); // the Mark explored / Reopen button
}

void QuestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuestionsPanel::showQuestion(qint64 questionId)
{
    m_current = questionId;
    const int row = m_questions->rowOfId(questionId);
    m_explored->setEnabled(row >= 0);
    m_explored->setText(row >= 0 && m_questions->isExplored(row) ? tr("Reopen") : tr("Mark explored"));
    m_newAnswer->setEnabled(row >= 0);
    m_links->setEnabled(row >= 0);
    m_links->setChecked(row >= 0 ? m_questions->factorIds(row) : QList<qint64>());
    if (m_answers->question() != questionId)
        m_answers->setQuestion(questionId);
}

} // namespace faultless::views
