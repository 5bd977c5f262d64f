#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace faultless::model {
class AnswerModel;
class FactorModel;
class ParticipantModel;
class QuestionModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;
class TimelineView;

// The meeting view: the timeline with its highlighted events and phases, the current question
// with its answers, the contributing factors, the narratives and who is present — and the
// facilitator records answers, adds questions and factors, and ticks who is present, live. Every
// edit is an undo step on the document's stack (model/commands), and every list reads the
// document's item models, which refresh on the document's change notifications: on a team
// server review, what others add appears here as it is made.
// Page Down/Page Up (or the buttons) move between questions; F11 toggles full screen; Esc leaves
// full screen, then closes.
class FacilitatorMode : public QWidget
{
    Q_OBJECT
public:
    explicit FacilitatorMode(model::ReviewDocument &document, QWidget *parent = nullptr);

    // The question on screen (0 when there is none), its row in questions(), and moving on.
    qint64 currentQuestion() const { return m_question; }
    void showQuestion(int row);
    void next();
    void previous();
    // What the facilitator does in the room, as the buttons do it; each is one undo step.
    bool recordAnswer(const QString &text);
    qint64 addQuestion(const QString &text);
    qint64 addFactor(const QString &title);
    bool setPresent(qint64 participantId, bool present);

    model::QuestionModel *questions() const { return m_questions; }
    model::AnswerModel *answers() const { return m_answers; }
    model::FactorModel *factors() const { return m_factors; }
    QListWidget *presentList() const { return m_present; }
    QString narrativesText() const;
    TimelineView *timeline() const { return m_timeline; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildQuestionColumn();
    QWidget *buildFactorColumn();
    QWidget *buildNarrativeColumn();
    void connectActions();
    void retranslateUi();
    void updateQuestion();
    void updateNarratives();
    void updatePresent();
    void updateCurrentEvent();
    void tick();

    model::ReviewDocument &m_document;
    EventSelection *m_selection;
    model::QuestionModel *m_questions;
    model::AnswerModel *m_answers;
    model::FactorModel *m_factors;
    model::ParticipantModel *m_participants;
    qint64 m_question = 0;
    bool m_fillingPresent = false;

    TimelineView *m_timeline = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_currentEvent = nullptr;
    QLabel *m_questionHeading = nullptr;
    QLabel *m_questionText = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_explored = nullptr;
    QListView *m_answerList = nullptr;
    QLineEdit *m_answerEdit = nullptr;
    QPushButton *m_recordAnswer = nullptr;
    QLineEdit *m_questionEdit = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QLabel *m_factorHeading = nullptr;
    QListView *m_factorList = nullptr;
    QLineEdit *m_factorEdit = nullptr;
    QPushButton *m_addFactor = nullptr;
    QPushButton *m_cite = nullptr;
    QLabel *m_narrativeHeading = nullptr;
    QTextBrowser *m_narratives = nullptr;
    QLabel *m_presentHeading = nullptr;
    QListWidget *m_present = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QPushButton *m_addPerson = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
};

} // namespace faultless::views
