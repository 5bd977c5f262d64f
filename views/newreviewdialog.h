#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

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

private:
    void browse();
    QLineEdit *m_title;
    QComboBox *m_zone;
    QLineEdit *m_path;
};

} // namespace faultless::views
