#pragma once

#include <QDialog>

class QLineEdit;

namespace faultless::views {

// The first run's question: the display name shown beside what you write and to the other
// reviewers of a team review. Asked once; Edit > Preferences changes it afterwards.
class AuthorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuthorDialog(QWidget *parent = nullptr);

    QString name() const;

    // The name chosen: FAULTLESS_AUTHOR when set (scripts and tests), else the one in the
    // settings; empty when none is known yet.
    static QString knownAuthor();
    // A first guess for the name: the account's full name, else its login name.
    static QString accountName();
    static void store(const QString &name);

private:
    QLineEdit *m_name;
};

} // namespace faultless::views
