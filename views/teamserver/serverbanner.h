#pragma once

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace faultless::views {

// The bar at the top of the window while it shows a copy of a team-server review: which review,
// taken when, and whether others have changed it on the server since (with Reload) or the
// connection that watches it is lost. Not modal: the copy stays usable meanwhile.
class ServerBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ServerBanner(QWidget *parent = nullptr);

    void showCopy(const QString &review, const QString &address, const QDateTime &takenAt);
    void markChanged();
    void markConnectionLost(const QString &reason);
    void markReconnected();
    // Who has the review open, this reviewer included.
    void setHere(const QStringList &names);
    void retranslate();
    QString text() const;
    bool isChanged() const { return m_changed; }
    bool isConnectionLost() const { return m_lost; }

signals:
    void reloadRequested();

private:
    void update();

    QLabel *m_label;
    QPushButton *m_reload;
    QString m_review;
    QString m_address;
    QString m_lostReason;
    QDateTime m_takenAt;
    QStringList m_here;
    bool m_changed = false;
    bool m_lost = false;
};

} // namespace faultless::views
