#pragma once

#include "analysis/participantsuggestions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EditableListPanel;

// The participants of the review and, under them, the people the imported sources name that are
// not participants yet (analysis/participantsuggestions.h): the facilitator confirms one as a
// participant, or merges their spellings into a participant (one chat user seen as an id and as
// a name). Both are undoable commands; the briefing then names them by name or pseudonym.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    ParticipantsPanel(model::ReviewDocument &document, QWidget *parent = nullptr);
    EditableListPanel *list() const { return m_list; }
    QTreeWidget *suggestionView() const { return m_suggestions; }
    // The suggestions shown, in their order (tests).
    const QList<model::ParticipantSuggestion> &suggestions() const { return m_current; }
    // The actions behind the buttons, on suggestion `row` (tests call them directly).
    bool confirmSuggestion(int row);
    bool mergeSuggestion(int row, qint64 participantId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateButtons();
    void retranslateUi();

    model::ReviewDocument &m_document;
    EditableListPanel *m_list;
    QLabel *m_heading;
    QLabel *m_note;
    QTreeWidget *m_suggestions;
    QPushButton *m_confirm;
    QLabel *m_mergeLabel;
    QComboBox *m_mergeTarget;
    QPushButton *m_merge;
    QList<model::ParticipantSuggestion> m_current;
};

} // namespace faultless::views
