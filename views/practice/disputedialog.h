#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace faultless::views {

// Marks an item uncertain or disputed, with who raises it and why.
class DisputeDialog : public QDialog
{
    Q_OBJECT
public:
    // `state`: "uncertain" or "disputed"; `itemText` is shown so the user sees what is marked.
    DisputeDialog(
        const QString &state, const QString &itemText, const QString &raisedBy, QWidget *parent = nullptr);

    QString state() const;
    QString raisedBy() const;
    QString reason() const;

private:
    QComboBox *m_state;
    QLineEdit *m_raisedBy;
    QPlainTextEdit *m_reason;
};

} // namespace faultless::views
