#pragma once

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace faultless::views {

// The bar at the top of the window while it shows a team-server review: which review, whether it
// is live (edits saved there as they are made) or a copy taken at some time, edits not sent yet,
// an import on the server that needs a reload, a lost connection, and who else has it open.
// Not modal: the review stays usable meanwhile.
class ServerBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ServerBanner(QWidget *parent = nullptr);

    void showCopy(const QString &review, const QString &address, const QDateTime &takenAt);
    void markChanged();
    void markConnectionLost(const QString &reason);
    void markReconnected();
    // The copy is kept live: edits go to the server as they are made (`canEdit`), others' come in.
    void setLive(bool live, bool canEdit);
    // Edits made here that have not reached the server yet, and why.
    void setUnsent(int count, const QString &reason);
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
    QString m_unsentReason;
    int m_unsent = 0;
    bool m_live = false;
    bool m_canEdit = true;
    bool m_changed = false;
    bool m_lost = false;
};

} // namespace faultless::views
