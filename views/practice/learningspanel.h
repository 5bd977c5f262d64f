#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace faultless::model {
class LearningModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// "What surprised us" and "what helped" (mitigators, adaptive moves people made), side by side.
// They sit next to the contributing factors, may link to events and factors, and never take a
// factor's place. Double-click a line to edit it; every change is undoable.
class LearningsPanel : public QWidget
{
    Q_OBJECT
public:
    LearningsPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    model::LearningModel *surprises() const { return m_surprises; }
    model::LearningModel *helped() const { return m_helped; }
    void addTo(model::LearningModel *model, QListView *view);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The widgets of one list, kept to retranslate them.
    struct List
    {
        model::LearningModel *model = nullptr;
        QLabel *label = nullptr;
        QListView *view = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        QToolButton *link = nullptr;
    };
    QWidget *makeList(model::LearningModel *model, List *list);
    void retranslate();
    QListView *focusedList() const;

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    model::LearningModel *m_surprises;
    model::LearningModel *m_helped;
    QListView *m_surpriseView = nullptr;
    QListView *m_helpedView = nullptr;
    List m_lists[2];
};

} // namespace faultless::views
