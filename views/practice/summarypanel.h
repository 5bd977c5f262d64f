#pragma once

#include "domain/incidentsummary.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

// What the briefing opens with: a few sentences on the impact, written by the facilitator, and
// the impact window (when customers were affected) in the review's time zone. Every change is an
// undo step (commands::setIncidentSummary); typing merges into one step, saved shortly after the
// last key or when the editor loses the focus.
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(model::ReviewDocument &document, QWidget *parent = nullptr);

    // Shows the summary as stored (after an undo, or another document).
    void refresh();
    // Saves what the editors hold now (also what the typing timer does).
    void save();

    QPlainTextEdit *textEdit() const { return m_text; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    model::IncidentSummary edited() const;
    model::Instant instantOf(const QDateTimeEdit *edit) const;
    void show(QDateTimeEdit *edit, model::Instant instant);
    void updateWindowNote();

    model::ReviewDocument &m_document;
    QLabel *m_intro;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_fromLabel;
    QDateTimeEdit *m_from;
    QLabel *m_toLabel;
    QDateTimeEdit *m_to;
    QPushButton *m_clearWindow;
    QLabel *m_windowNote;
    QTimer *m_typing;
    bool m_refreshing = false;
};

} // namespace faultless::views
