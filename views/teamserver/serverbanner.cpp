#include "teamserver/serverbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace faultless::views {

ServerBanner::ServerBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reload(new QPushButton(this))
{
    setObjectName(QStringLiteral("serverBanner"));
    m_label->setObjectName(QStringLiteral("serverBannerText"));
    m_reload->setObjectName(QStringLiteral("serverBannerReload"));
    // The tooltip colours: the platform's pair for a passing note, readable in light and dark.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    connect(m_reload, &QPushButton::clicked, this, &ServerBanner::reloadRequested);
    hide();
    retranslate();
}

void ServerBanner::showCopy(const QString &review, const QString &address, const QDateTime &takenAt)
{
    m_review = review;
    m_address = address;
    m_takenAt = takenAt;
    m_changed = false;
    m_lost = false;
    m_live = false;
    m_unsent = 0;
    update();
    show();
}

void ServerBanner::setLive(bool live, bool canEdit)
{
    m_live = live;
    m_canEdit = canEdit;
    update();
}

void ServerBanner::setUnsent(int count, const QString &reason)
{
    m_unsent = count;
    m_unsentReason = reason;
    update();
}

void ServerBanner::markChanged()
{
    m_changed = true;
    update();
}

void ServerBanner::markConnectionLost(const QString &reason)
{
    m_lost = true;
    m_lostReason = reason;
    update();
}

void ServerBanner::markReconnected()
{
    m_lost = false;
    update();
}

void ServerBanner::setHere(const QStringList &names)
{
    m_here = names;
    update();
}

void ServerBanner::retranslate()
{
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Pull the server's review again and open the new copy"));
    update();
}

QString ServerBanner::text() const
{
    return m_label->text();
}

void ServerBanner::update()
{
    const QString taken = QLocale().toString(m_takenAt, QLocale::ShortFormat);
    QString text;
    if (m_lost)
        text = tr("Connection to the team server lost — reconnecting…");
    else if (m_changed && m_live)
        text = tr("New events were imported into %1 on the server: reload to see them.").arg(m_review);
    else if (m_changed)
        text = tr("Changed on the server by others since your copy of %1 was taken at %2.")
                   .arg(m_review, taken);
    else if (m_live && m_unsent > 0)
        //: %2 is why the changes could not be saved, as the server said it
        text
            = tr("%n change(s) to %1 not saved on the team server yet (%2). Trying again…", nullptr, m_unsent)
                  .arg(m_review, m_unsentReason);
    else if (m_live && m_canEdit)
        text = tr("Working live on the server review %1: your changes are saved there as you make them, and "
                  "others' appear here.")
                   .arg(m_review);
    else if (m_live)
        text = tr("Reading the server review %1: others' changes appear here. You may read this review, not "
                  "change it; changes you make stay in this copy.")
                   .arg(m_review);
    else
        //: %1 is a review's name on the server, %2 a date and time
        text = tr("This is a copy of the server review %1 taken at %2. Changes you make stay in this copy.")
                   .arg(m_review, taken);
    if (!m_lost && !m_here.isEmpty())
        //: Who has the server review open; %1 is a list of names
        text += QLatin1Char(' ') + tr("Here now: %1.").arg(QLocale().createSeparatedList(m_here));
    m_label->setText(text);
    m_label->setToolTip(m_lost && !m_lostReason.isEmpty() ? m_lostReason : m_address);
    m_reload->setVisible(m_changed && !m_lost);
    setAccessibleName(text);
}

} // namespace faultless::views
