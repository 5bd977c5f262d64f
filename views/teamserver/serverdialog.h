#pragma once

#include "store/serverlocation.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace faultless::views {

// The address of a review on a team server, field by field: File > Open from Team Server… and
// File > Publish to Team Server…. Never asks for a password: libpq reads it from ~/.pgpass or
// PGPASSWORD, so that it is neither typed into the app nor kept in its settings.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Open, Publish };

    explicit ServerDialog(Purpose purpose, QWidget *parent = nullptr);
    ~ServerDialog() override;

    void setFields(const QString &host, const QString &port, const QString &database, const QString &user,
        const QString &review);
    void setReview(const QString &review);
    // What is wrong with the fields, for the user; empty when they name a review.
    QString validationError() const;
    // The review the fields name, or nothing while validationError() is not empty.
    std::optional<model::ServerLocation> location() const;
    QString errorText() const; // what the dialog shows as its last error (tests)
    QStringList listedReviews() const { return m_listed; }
    // Lists the server's reviews in the review box, on a worker thread.
    void listReviews();
    bool isListing() const;

    void accept() override;

private:
    struct Listing
    {
        bool ok = false;
        QStringList names;
        QString error;
    };
    QString serverError() const; // what is wrong with host, port, database
    std::optional<model::ServerLocation> locationFor(const QString &review, QString *error) const;
    QString serverName() const;
    void showError(const QString &message);
    void onListed();
    void saveFields() const;

    Purpose m_purpose;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_review;
    QPushButton *m_listButton;
    QLabel *m_error;
    QStringList m_listed;
    QFutureWatcher<Listing> m_listing;
};

} // namespace faultless::views
