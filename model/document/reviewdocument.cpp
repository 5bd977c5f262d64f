#include "reviewdocument.h"

#include "store/eventstore.h"
#include "store/eventwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace faultless::model {

ReviewDocument::ReviewDocument(QObject *parent)
    : QObject(parent)
    , m_author(qEnvironmentVariable("USER"))
{
    connect(&m_textIndexer, &TextIndexer::finished, this, [this](const QString &error) {
        if (!error.isEmpty())
            reportError(tr("The text of some events could not be indexed for search: %1. It will be "
                           "indexed when the review is next opened.")
                            .arg(error));
        refresh(Area::SearchIndex);
    });
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

QString ReviewDocument::readOnlyReasonFor(const QString &path, bool connectionReadOnly)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable())
        return tr("%1 is read-only: changes cannot be saved. To edit the review, save a copy to a writable "
                  "folder or ask its owner for write access.")
            .arg(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    const bool journalFilesWritable = wal.exists() && wal.isWritable() && shm.exists() && shm.isWritable();
    const QFileInfo folder(file.absolutePath());
    if (!journalFilesWritable && !folder.isWritable())
        return tr(
            "The folder of %1 is read-only, and saving a review needs to create files beside it: changes "
            "cannot be saved. To edit the review, save a copy to a writable folder.")
            .arg(path);
    if (connectionReadOnly)
        return tr("%1 can only be read (the file system or SQLite refused write access): changes cannot be "
                  "saved. To edit the review, save a copy to a writable folder.")
            .arg(path);
    return {};
}

QString ReviewDocument::readOnlyReasonFor(const ReviewStore &store)
{
    if (!store.readOnlyReason().isEmpty())
        return store.readOnlyReason();
    return readOnlyReasonFor(store.path(), store.isConnectionReadOnly());
}

bool ReviewDocument::open(const QString &path)
{
    close();
    const QString readOnlyBefore = readOnlyReasonFor(path);
    // Text left unindexed (a pull, an interrupted import) is indexed after the review shows.
    if (!m_store.open(path, ReviewStore::PendingText::Leave)) {
        m_error = m_store.errorString();
        // A read-only document the store could not open (an older version that needs upgrading,
        // a WAL document whose -shm cannot be created): say that it is the permissions.
        if (!readOnlyBefore.isEmpty())
            m_error = QStringLiteral("%1\n%2").arg(m_error, readOnlyBefore);
        return false;
    }
    m_readOnlyReason = readOnlyReasonFor(m_store);
    // Nothing may even try to write: SQLite refuses every write statement from here on with
    // "attempt to write a readonly database", which the commands report.
    if (isReadOnly())
        m_store.refuseWrites();
    m_zone = m_store.timeZone();
    QString error;
    if (!m_timeline.load(m_store, &error)) {
        m_error = error;
        m_store.close();
        return false;
    }
    if (!isReadOnly() && EventWriter::hasPendingText(m_store))
        m_textIndexer.start(path);
    emit opened();
    return true;
}

void ReviewDocument::close()
{
    if (!m_store.isOpen())
        return;
    m_textIndexer.stop();
    emit aboutToClose();
    m_undoStack.clear();
    m_timeline.clear();
    m_store.close();
    m_readOnlyReason.clear();
}

QString ReviewDocument::title() const
{
    return m_store.isOpen() ? m_store.title() : QString();
}

void ReviewDocument::notify(Area area, qint64 id)
{
    reloadAndSignal(area, id, true);
}

void ReviewDocument::reloadAndSignal(Area area, qint64 id, bool edited)
{
    if (area == Area::Events) {
        m_timeline.load(m_store);
    } else if (area == Area::Event && id > 0) {
        const qsizetype row = m_timeline.rowOfEvent(id);
        if (row >= 0) {
            m_timeline.setFlag(row, TimelineIndex::Highlighted, EventStore::isHighlighted(m_store, id));
        }
    } else if (area == Area::Meta) {
        m_zone = m_store.timeZone();
    }
    if (edited)
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
