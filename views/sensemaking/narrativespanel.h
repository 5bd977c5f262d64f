#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QTableView;

namespace faultless::model {
class NarrativeModel;
class NarrativeStepModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// Narratives: any number, each told from a vantage point, with ordered steps. Steps are built
// by dropping events (from the timeline or the event table) on the step list, reordered by drag
// or Alt+Up / Alt+Down, and written in a step editor with the blameless-language assistant.
class NarrativesPanel : public QWidget
{
    Q_OBJECT
public:
    NarrativesPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    qint64 currentNarrative() const { return m_current; }
    void setCurrentNarrative(qint64 narrativeId);
    void addNarrative();
    void deleteNarrative();
    void addStep();
    void addCurrentEvent();
    void moveCurrentStep(int delta);
    void deleteStep();
    model::NarrativeModel *narrativeModel() const { return m_narratives; }
    model::NarrativeStepModel *stepModel() const { return m_steps; }
    QTableView *stepView() const { return m_stepView; }

signals:
    void compareRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Construction steps, in the order the constructor runs them.
    void setUpNarrativeList();
    QHBoxLayout *createListButtons();
    void setUpNarrativeFields();
    void setUpStepList();
    QHBoxLayout *createStepButtons();
    void layOutEditor(QHBoxLayout *stepButtons);
    void layOutPanel(QHBoxLayout *listButtons);
    void setTabOrders();
    void connectButtons();
    void connectSelection();
    void connectEditors();

    void retranslateUi();
    void showNarrative(qint64 narrativeId);
    void showStep(int row);
    void restoreSelection();
    void restoreStep();

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    model::NarrativeModel *m_narratives;
    model::NarrativeStepModel *m_steps;
    QTableView *m_list;
    QLineEdit *m_title;
    QComboBox *m_vantage;
    QLineEdit *m_author;
    QTableView *m_stepView;
    QPlainTextEdit *m_stepText;
    QWidget *m_editor;
    QFormLayout *m_form;
    QLabel *m_stepsLabel;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_compare;
    QPushButton *m_addStep;
    QPushButton *m_addEvent;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_deleteStep;
    qint64 m_current = 0;
    qint64 m_currentStep = 0;
    bool m_updating = false;
};

} // namespace faultless::views
