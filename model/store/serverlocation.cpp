#include "serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace faultless::model {

namespace {

// Options libpq understands in a URI that QPSQL passes through; anything else is refused rather
// than ignored, so that a misspelt "sslmode" does not silently connect without TLS.
const QStringList &knownOptions()
{
    static const QStringList options = { QStringLiteral("sslmode"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("options"),
        QStringLiteral("service") };
    return options;
}

} // namespace

bool ServerLocation::isServerName(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

bool ServerLocation::isValidReviewName(const QString &name)
{
    // Letters, digits, '-', '_' and '.', starting with a letter or digit: safe in a URI, a file
    // name and (quoted) a PostgreSQL identifier.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return name.size() <= MaxReviewNameLength && valid.match(name).hasMatch();
}

std::optional<ServerLocation> ServerLocation::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerName(text) || !url.isValid()) {
        *error = tr("\"%1\" is not a server review: expected postgresql://host/database?review=NAME")
                     .arg(text.left(200));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("a password in the server address is not accepted: put it in ~/.pgpass or PGPASSWORD");
        return std::nullopt;
    }
    ServerLocation location;
    location.m_host = url.host();
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    const int port = url.port(0);
    if (port < 0 || port > 65535) {
        *error = tr("the port of \"%1\" is not between 1 and 65535").arg(location.toString());
        return std::nullopt;
    }
    location.m_port = port;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("review")) {
            location.m_review = item.second;
        } else if (knownOptions().contains(item.first)) {
            location.m_options.append(item.first + QLatin1Char('=') + item.second);
        } else {
            *error = tr("unknown connection option \"%1\" in the server address").arg(item.first);
            return std::nullopt;
        }
    }
    if (location.m_review.isEmpty()) {
        *error = tr("the server address names no review: add ?review=NAME");
        return std::nullopt;
    }
    if (!isValidReviewName(location.m_review)) {
        *error = tr("\"%1\" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_'")
                     .arg(location.m_review.left(100))
                     .arg(MaxReviewNameLength);
        return std::nullopt;
    }
    return location;
}

QString ServerLocation::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("review"), m_review);
    for (const QString &option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString();
}

ServerLocation ServerLocation::withReview(const QString &review) const
{
    ServerLocation other = *this;
    other.m_review = review;
    return other;
}

} // namespace faultless::model
