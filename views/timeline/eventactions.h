#pragma once

#include <QObject>
#include <QPoint>

class QAction;
class QMenu;
class QWidget;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;

// What can be done to an event where it is seen: one menu, built here and opened on a timeline
// mark, an event-table row (search results are table rows) or with the Menu key. Every entry acts
// on the current event through the undo commands (model/commands), so each is one undo step:
//
//   Annotate…  A      Tag…  T      Highlight  H      Mark Disputed/Uncertain…  D
//   Cite as Evidence for ▸ E (each factor)    Add to Narrative ▸ N (each narrative)
//   Show in Source            Copy  Ctrl+C
//
// The keys are the same actions' shortcuts, live while a widget they were attached to (the
// timeline, the table) has the focus; E and N open their list of factors or narratives at the
// current event.
class EventActions : public QObject
{
    Q_OBJECT
public:
    enum Action { Annotate, Tag, Highlight, Dispute, Cite, AddToNarrative, ShowInSource, Copy, ActionCount };

    EventActions(model::ReviewDocument &document, EventSelection &selection, QWidget *dialogParent);

    // Makes the keys work while `widget` or a child of it has the focus.
    void attachTo(QWidget *widget);
    QAction *action(Action which) const { return m_actions[which]; }
    // The menu for the current event, to exec() (the caller owns it); nullptr without one.
    QMenu *createMenu(QWidget *parent);
    // Makes `eventId` current and opens the menu for it at `globalPos`.
    void popup(qint64 eventId, const QPoint &globalPos);
    // The factor and narrative submenus, filled for the current event.
    void fillCiteMenu(QMenu *menu);
    void fillNarrativeMenu(QMenu *menu);

    // The entries' work, for the keys and tests. Each returns whether an edit was made.
    bool annotate(); // asks for the text in a small dialog
    bool tag();
    bool toggleHighlight();
    bool markDisputed();
    bool citeFor(qint64 factorId);
    bool addToNarrative(qint64 narrativeId);
    void showInSource();
    void copy();

    void retranslate(); // after a change of the interface language

private:
    void updateEnabled();
    // Where a list opened by a key goes: under the current event in the focused view.
    QPoint anchorForKeys() const;
    void popupList(void (EventActions::*fill)(QMenu *));

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    QWidget *m_dialogParent;
    QAction *m_actions[ActionCount] = {};
};

} // namespace faultless::views
