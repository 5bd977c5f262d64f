#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

// The session view: walks the group through the timeline's highlighted events, then the open
// questions, then each narrative, one slide at a time in big type, with a session timer.
// Right/Left (or Page Down/Up, Space) step through; F11 toggles full screen; Esc leaves full
// screen, then closes.
class FacilitatorMode : public QWidget
{
    Q_OBJECT
public:
    explicit FacilitatorMode(model::ReviewDocument &document, QWidget *parent = nullptr);

    struct Slide
    {
        QString section; // "Highlighted events", "Open questions", "Narrative"
        QString title;
        QString body;
    };
    const QList<Slide> &slides() const { return m_slides; }
    int current() const { return m_index; }
    void next();
    void previous();
    void reload();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSlide(int index);
    void tick();

    model::ReviewDocument &m_document;
    QList<Slide> m_slides;
    int m_index = 0;
    QLabel *m_section;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_position;
    QLabel *m_clock;
    QLabel *m_hint = nullptr;
    QTimer *m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace faultless::views
