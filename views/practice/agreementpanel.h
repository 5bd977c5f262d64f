#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;

// The timeline as agreed by the room: the facilitator marks it agreed (with who was present),
// and the panel then lists what changed since — events, annotations and highlights added,
// removed or changed — so the room can revisit exactly those.
class AgreementPanel : public QWidget
{
    Q_OBJECT
public:
    AgreementPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    void markAgreed();
    void refresh();
    QTreeWidget *changes() const { return m_changes; }

signals:
    // A short message for the window's status line (the timeline was marked agreed).
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    QLabel *m_status;
    QPushButton *m_agree;
    QTreeWidget *m_changes;
    QTimer *m_refresh;
};

} // namespace faultless::views
