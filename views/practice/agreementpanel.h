#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace faultless::views {

class MainWindow;

// The timeline as agreed by the room: the facilitator marks it agreed (with who was present),
// and the panel then lists what changed since — events, annotations and highlights added,
// removed or changed — so the room can revisit exactly those.
class AgreementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementPanel(MainWindow &window, QWidget *parent = nullptr);

    void markAgreed();
    void refresh();
    QTreeWidget *changes() const { return m_changes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    MainWindow &m_window;
    QLabel *m_status;
    QPushButton *m_agree;
    QTreeWidget *m_changes;
    QTimer *m_refresh;
};

} // namespace faultless::views
