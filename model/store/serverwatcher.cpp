#include "serverwatcher.h"

#include "store/serverschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace faultless::model {

ServerWatcher::ServerWatcher(const ServerLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_connectionName(
          QStringLiteral("faultless-watch-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_heartbeat.setInterval(1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerWatcher::beat);
}

ServerWatcher::~ServerWatcher()
{
    stop();
}

bool ServerWatcher::start(qint64 seen)
{
    m_seen = seen;
    if (!connectNow())
        return false;
    m_heartbeat.start();
    return catchUp();
}

void ServerWatcher::stop()
{
    m_heartbeat.stop();
    disconnectNow();
}

bool ServerWatcher::connectNow()
{
    disconnectNow();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_location.host());
    if (m_location.port() > 0)
        db.setPort(m_location.port());
    db.setDatabaseName(m_location.database());
    db.setUserName(m_location.user());
    db.setConnectOptions(m_location.connectOptions());
    if (!db.open()) {
        m_error = tr("cannot connect to %1: %2").arg(m_location.toString(), db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, changes FROM faultless.reviews WHERE name = ?"));
    q.addBindValue(m_location.review());
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().isValid()
            ? q.lastError().text()
            : tr("there is no review \"%1\" on %2").arg(m_location.review(), m_location.toString());
        return false;
    }
    m_reviewId = q.value(0).toLongLong();
    if (m_seen < 0)
        m_seen = q.value(1).toLongLong();
    m_schema = QStringLiteral("review_%1").arg(m_reviewId);
    m_channel = serverschema::channel(m_reviewId);
    connect(db.driver(), &QSqlDriver::notification, this, &ServerWatcher::onNotification);
    if (!db.driver()->subscribeToNotification(m_channel)) {
        m_error = db.driver()->lastError().text();
        return false;
    }
    // Announced on this connection: the server forgets it when the connection ends.
    if (!m_displayName.isEmpty()) {
        QSqlQuery announce(db);
        announce.prepare(QStringLiteral("SELECT faultless.announce(?, ?)"));
        announce.addBindValue(m_reviewId);
        announce.addBindValue(m_displayName);
        if (!announce.exec()) {
            m_error = announce.lastError().text();
            return false;
        }
    }
    m_connected = true;
    readWhoIsHere();
    return true;
}

void ServerWatcher::readWhoIsHere()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT faultless.here(?)"));
    q.addBindValue(m_reviewId);
    if (!q.exec())
        return; // the heartbeat's own query tells a lost connection
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    if (names != m_here) {
        m_here = names;
        emit hereChanged(names);
    }
}

void ServerWatcher::disconnectNow()
{
    m_connected = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            db.driver()->disconnect(this);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ServerWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &)
{
    // The payload says which change it was; the log says it too, in order and without gaps.
    if (name == m_channel)
        catchUp();
}

void ServerWatcher::beat()
{
    if (!m_connected) {
        if (connectNow()) {
            emit reconnected();
            catchUp();
        }
        return;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT changes FROM faultless.reviews WHERE id = ?"));
    q.addBindValue(m_reviewId);
    if (!q.exec() || !q.next()) {
        lose(q.lastError().text());
        return;
    }
    if (q.value(0).toLongLong() > m_seen)
        catchUp();
    readWhoIsHere();
}

bool ServerWatcher::catchUp()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT counter, table_name FROM %1.changes WHERE counter > ? ORDER BY counter")
                  .arg(m_schema));
    q.addBindValue(m_seen);
    if (!q.exec()) {
        lose(q.lastError().text());
        return false;
    }
    QStringList tables;
    qint64 last = m_seen;
    while (q.next()) {
        last = q.value(0).toLongLong();
        const QString table = q.value(1).toString();
        if (!tables.contains(table))
            tables.append(table);
    }
    if (last > m_seen) {
        m_seen = last;
        emit changed(last, tables);
    }
    return true;
}

void ServerWatcher::lose(const QString &reason)
{
    if (!m_connected)
        return;
    disconnectNow();
    m_error = reason;
    emit connectionLost(reason);
}

} // namespace faultless::model
