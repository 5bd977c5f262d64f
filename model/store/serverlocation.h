#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace faultless::model {

// Where a team review lives: a PostgreSQL database named by a libpq connection URI, and the
// review's name in it (docs/team-server.md):
//   postgresql://[user@]host[:port]/dbname?review=NAME[&sslmode=...]
// A password in the URI is refused: it would end up in shell histories, process lists and the
// recent-files list. libpq takes it from PGPASSWORD or ~/.pgpass instead, as psql does. Query
// parameters other than `review` are handed to libpq as connection options.
class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)
public:
    // Whether `text` names a server review rather than a file (its scheme is postgresql: or
    // postgres:); parse() then says whether it is a valid one.
    static bool isServerName(const QString &text);
    static std::optional<ServerLocation> parse(const QString &text, QString *error);

    QString host() const { return m_host; }
    int port() const { return m_port; } // 0 = libpq's default (PGPORT or 5432)
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString review() const { return m_review; }
    // libpq options other than the review, as QPSQL's connect options ("sslmode=require;...").
    QString connectOptions() const { return m_options.join(QLatin1Char(';')); }
    // The URI without a password, as shown to the user and kept in recent files.
    QString toString() const;
    // The same location naming another review in the same database.
    ServerLocation withReview(const QString &review) const;

    // The longest review name: it is also part of a PostgreSQL identifier (63 bytes at most).
    static constexpr int MaxReviewNameLength = 48;
    static bool isValidReviewName(const QString &name);

private:
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_review;
    QStringList m_options;
};

} // namespace faultless::model
