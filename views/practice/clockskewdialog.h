#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace faultless::views {

// Shifts a whole source's clock: by how much (hours, minutes, seconds to the microsecond,
// forwards or backwards) and why ("NTP was off on the checkout hosts", "zone was labelled UTC
// but was CET").
class ClockSkewDialog : public QDialog
{
    Q_OBJECT
public:
    ClockSkewDialog(const QString &sourceName, qint64 currentOffsetUs, QWidget *parent = nullptr);

    qint64 deltaUs() const;
    QString reason() const;
    void accept() override;

private:
    void updatePreview();

    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QDoubleSpinBox *m_seconds;
    QLineEdit *m_reason;
    QLabel *m_preview;
    qint64 m_current;
};

} // namespace faultless::views
