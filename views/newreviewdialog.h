#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace faultless::views {

// Asks for the title, time zone and file of a new review.
class NewReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewReviewDialog(QWidget *parent = nullptr);
    QString path() const;
    QString title() const;
    QString zoneId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslateUi();
    QLineEdit *m_title;
    QComboBox *m_zone;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QFormLayout *m_form;
    QLabel *m_fileLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace faultless::views
