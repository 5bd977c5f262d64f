#pragma once

#include "store/serverlocation.h"

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace faultless::model {

// Watches one review on a team server for changes made by anyone (docs/team-server.md,
// "Working together"). It LISTENs on the review's channel for immediacy and also asks for the
// review's change counter every second: that notices a lost connection (shown, then reconnected
// by itself) and any notification missed meanwhile. Either way it reads the change log after
// the last number it saw, so a window that was away catches up on everything, in order.
// Uses its own connection, so that a long edit on the window's connection never delays it.
class ServerWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ServerWatcher(const ServerLocation &location, QObject *parent = nullptr);
    ~ServerWatcher() override;

    // Connects and starts watching after change number `seen` (-1: from now on).
    bool start(qint64 seen = -1);
    void stop();
    qint64 seen() const { return m_seen; }
    bool isConnected() const { return m_connected; }
    QString errorString() const { return m_error; }
    // How often the counter is read; one second by default (the budget for showing a change).
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }
    // The name this reviewer is shown by in the others' "who is here" (set before start()).
    void setDisplayName(const QString &name) { m_displayName = name; }
    // Who has the review open (display names, this reviewer included), as last read.
    QStringList here() const { return m_here; }

signals:
    // Changes after the last one seen, up to `counter`: the tables they touched, each once.
    void changed(qint64 counter, const QStringList &tables);
    void connectionLost(const QString &reason);
    void reconnected();
    // The list of who has the review open changed (read with every heartbeat).
    void hereChanged(const QStringList &names);

private:
    bool connectNow();
    void disconnectNow();
    void beat();
    bool catchUp();
    void readWhoIsHere();
    void lose(const QString &reason);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    ServerLocation m_location;
    QString m_connectionName;
    QString m_error;
    QString m_schema;
    QString m_channel;
    QString m_displayName;
    QStringList m_here;
    qint64 m_reviewId = 0;
    qint64 m_seen = -1;
    bool m_connected = false;
    QTimer m_heartbeat;
};

} // namespace faultless::model
