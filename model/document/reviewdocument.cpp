#include "reviewdocument.h"

#include <QDateTime>

namespace faultless::model {

ReviewDocument::ReviewDocument(QObject *parent)
    : QObject(parent)
    , m_author(qEnvironmentVariable("USER"))
{
}

ReviewDocument::~ReviewDocument()
{
    close();
}

bool ReviewDocument::create(const QString &path, const QString &title, const QString &zoneId)
{
    close();
    if (!m_store.create(path, title, zoneId)) {
        m_error = m_store.errorString();
        return false;
    }
    m_zone = m_store.timeZone();
    m_timeline.load(m_store);
    emit opened();
    return true;
}

bool ReviewDocument::open(const QString &path)
{
    close();
    if (!m_store.open(path)) {
        m_error = m_store.errorString();
        return false;
    }
    m_zone = m_store.timeZone();
    QString error;
    if (!m_timeline.load(m_store, &error)) {
        m_error = error;
        m_store.close();
        return false;
    }
    emit opened();
    return true;
}

void ReviewDocument::close()
{
    if (!m_store.isOpen())
        return;
    emit aboutToClose();
    m_undoStack.clear();
    m_timeline.clear();
    m_store.close();
}

QString ReviewDocument::title() const
{
    return m_store.isOpen() ? m_store.title() : QString();
}

void ReviewDocument::notify(Area area, qint64 id)
{
    if (area == Area::Events) {
        m_timeline.load(m_store);
    } else if (area == Area::Event && id > 0) {
        const qsizetype row = m_timeline.rowOfEvent(id);
        if (row >= 0) {
            const bool highlighted =
                m_store.scalar(QStringLiteral("SELECT highlighted FROM events WHERE id = ?"), {id}).toBool();
            m_timeline.setFlag(row, TimelineIndex::Highlighted, highlighted);
        }
    } else if (area == Area::Meta) {
        m_zone = m_store.timeZone();
    }
    m_store.setMeta(QStringLiteral("edited"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    emit changed(area, id);
}

void ReviewDocument::reportError(const QString &message)
{
    m_error = message;
    ++m_errorCount;
    emit errorOccurred(message);
}

} // namespace faultless::model
