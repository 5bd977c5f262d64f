#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace faultless::views {

// Edit > Preferences: the interface language and the name recorded with your edits.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString languageCode() const; // "" = system
    QString authorName() const;
    // Stores the choices and applies the language at once.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QComboBox *m_language;
    QLineEdit *m_author;
    QLabel *m_note;
};

} // namespace faultless::views
