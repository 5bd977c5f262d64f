#pragma once

#include "commands/practicecommands.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace faultless::views {

// Adds or edits an event by hand ("10:30 phone call between on-call and vendor"): time (in the
// review's zone, to the millisecond), an optional end, kind, lane, actor and what happened.
class ManualEventDialog : public QDialog
{
    Q_OBJECT
public:
    ManualEventDialog(const QTimeZone &zone, const QStringList &lanes, QWidget *parent = nullptr);

    void setEvent(const model::commands::ManualEvent &event);
    model::commands::ManualEvent event() const;

    void accept() override;

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_lane;
    QLineEdit *m_actor;
    QPlainTextEdit *m_text;
};

} // namespace faultless::views
