#pragma once

#include <QDialog>

class QComboBox;
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

private:
    QComboBox *m_language;
    QLineEdit *m_author;
    QLabel *m_note;
};

} // namespace faultless::views
