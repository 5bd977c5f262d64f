#include "teamserver/serverdialog.h"

#include "store/serverreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace faultless::views {

using model::ServerLocation;

namespace {
const QString kHostKey = QStringLiteral("teamServer/host");
const QString kPortKey = QStringLiteral("teamServer/port");
const QString kDatabaseKey = QStringLiteral("teamServer/database");
const QString kUserKey = QStringLiteral("teamServer/user");
constexpr int kDefaultPort = 5432;
// Listing is a quick look: a server that does not answer in this many seconds is reported
// rather than waited for.
constexpr int kListTimeoutSeconds = 10;
} // namespace

ServerDialog::ServerDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_review(new QComboBox(this))
    , m_listButton(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(purpose == Purpose::Open ? QStringLiteral("openFromServerDialog")
                                           : QStringLiteral("publishToServerDialog"));
    setWindowTitle(purpose == Purpose::Open ? tr("Open from Team Server") : tr("Publish to Team Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_review->setObjectName(QStringLiteral("review"));
    m_error->setObjectName(QStringLiteral("error"));
    m_listButton->setObjectName(QStringLiteral("listReviews"));

    m_port->setValidator(new QIntValidator(0, 99999, m_port));
    m_host->setPlaceholderText(tr("e.g. reviews.example.org"));
    m_review->setEditable(true);
    m_review->setInsertPolicy(QComboBox::NoInsert);
    m_review->lineEdit()->setMaxLength(ServerLocation::MaxReviewNameLength);
    m_review->setMinimumContentsLength(24);
    m_listButton->setText(tr("&List Reviews"));
    m_listButton->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("Por&t:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(m_listButton);
    // A label of its own: QFormLayout gives a row of a layout no buddy, so no mnemonic.
    auto *reviewLabel = new QLabel(purpose == Purpose::Open ? tr("&Review:") : tr("New &review name:"), this);
    reviewLabel->setBuddy(m_review);
    form->addRow(reviewLabel, reviewRow);

    auto *password = new QLabel(tr("No password is asked for here: like psql, the connection takes it from "
                                   "~/.pgpass or the PGPASSWORD environment variable."),
        this);
    password->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Open ? tr("&Open") : tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    connect(m_listButton, &QPushButton::clicked, this, &ServerDialog::listReviews);
    connect(&m_listing, &QFutureWatcher<Listing>::finished, this, &ServerDialog::onListed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    const QSettings settings;
    m_host->setText(settings.value(kHostKey).toString());
    m_port->setText(QString::number(settings.value(kPortKey, kDefaultPort).toInt()));
    m_database->setText(settings.value(kDatabaseKey).toString());
    m_user->setText(settings.value(kUserKey, qEnvironmentVariable("USER")).toString());
    if (m_host->text().isEmpty())
        m_host->setFocus();
    else
        m_review->setFocus();
}

ServerDialog::~ServerDialog()
{
    // The worker holds no pointer into the dialog, but its connection must close on its thread.
    m_listing.waitForFinished();
}

void ServerDialog::setFields(const QString &host, const QString &port, const QString &database,
    const QString &user, const QString &review)
{
    m_host->setText(host);
    m_port->setText(port);
    m_database->setText(database);
    m_user->setText(user);
    m_review->setEditText(review);
}

void ServerDialog::setReview(const QString &review)
{
    m_review->setEditText(review);
}

QString ServerDialog::serverError() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the host name of the team server.");
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database that holds the reviews.");
    return {};
}

QString ServerDialog::validationError() const
{
    const QString server = serverError();
    if (!server.isEmpty())
        return server;
    const QString review = m_review->currentText().trimmed();
    if (review.isEmpty())
        return m_purpose == Purpose::Open ? tr("Choose the review to open, or list the server's reviews.")
                                          : tr("Enter a name for the new review.");
    if (!ServerLocation::isValidReviewName(review))
        return tr(
            "\"%1\" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_', starting "
            "with a letter or digit.")
            .arg(review)
            .arg(ServerLocation::MaxReviewNameLength);
    if (m_purpose == Purpose::Publish && m_listed.contains(review))
        return tr("%1 already has a review named \"%2\": choose another name.").arg(serverName(), review);
    QString error;
    if (!locationFor(review, &error))
        return error;
    return {};
}

std::optional<ServerLocation> ServerDialog::locationFor(const QString &review, QString *error) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->text().trimmed().toInt());
    if (!m_user->text().trimmed().isEmpty())
        url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("review"), review);
    url.setQuery(query);
    return ServerLocation::parse(url.toString(), error);
}

std::optional<ServerLocation> ServerDialog::location() const
{
    if (!validationError().isEmpty())
        return std::nullopt;
    QString error;
    return locationFor(m_review->currentText().trimmed(), &error);
}

QString ServerDialog::serverName() const
{
    //: %1 is a database, %2 a host name and %3 a port, e.g. "reviews on db.example.org:5432"
    return tr("%1 on %2:%3")
        .arg(m_database->text().trimmed(), m_host->text().trimmed(), m_port->text().trimmed());
}

QString ServerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ServerDialog::isListing() const
{
    return m_listing.isRunning();
}

void ServerDialog::listReviews()
{
    if (m_listing.isRunning())
        return;
    const QString problem = serverError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    // Any valid name will do: listing looks at the server's catalog, not at one review.
    QString error;
    const auto location = locationFor(QStringLiteral("list"), &error);
    if (!location) {
        showError(error);
        return;
    }
    const QString address
        = location->toString() + QStringLiteral("&connect_timeout=%1").arg(kListTimeoutSeconds);
    showError(QString());
    m_listButton->setEnabled(false);
    m_listButton->setText(tr("Listing…"));
    m_listing.setFuture(QtConcurrent::run([address] {
        // Connections belong to the thread that made them: this one lives and dies here.
        Listing result;
        QString error;
        const auto location = ServerLocation::parse(address, &error);
        model::ServerReview server;
        if (!location || !server.connect(*location)) {
            result.error = location ? server.errorString() : error;
            return result;
        }
        result.names = server.reviewNames();
        result.ok = server.errorString().isEmpty();
        result.error = server.errorString();
        return result;
    }));
}

void ServerDialog::onListed()
{
    const Listing result = m_listing.result();
    m_listButton->setEnabled(true);
    m_listButton->setText(tr("&List Reviews"));
    if (!result.ok) {
        showError(tr("Could not list the reviews of %1: %2").arg(serverName(), result.error));
        return;
    }
    m_listed = result.names;
    const QString typed = m_review->currentText();
    m_review->clear();
    m_review->addItems(m_listed);
    m_review->setEditText(typed.isEmpty() && m_purpose == Purpose::Open ? m_listed.value(0) : typed);
    if (m_listed.isEmpty())
        showError(tr("%1 has no reviews yet.").arg(serverName()));
}

void ServerDialog::saveFields() const
{
    QSettings settings;
    settings.setValue(kHostKey, m_host->text().trimmed());
    settings.setValue(kPortKey, m_port->text().trimmed().toInt());
    settings.setValue(kDatabaseKey, m_database->text().trimmed());
    settings.setValue(kUserKey, m_user->text().trimmed());
}

void ServerDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    saveFields();
    QDialog::accept();
}

} // namespace faultless::views
