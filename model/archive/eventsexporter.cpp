#include "eventsexporter.h"

#include "import/faultlesseventsformat.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"

#include <QSaveFile>

namespace faultless::model {

qint64 EventsExporter::eventCount(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM live_events")).toLongLong();
}

bool EventsExporter::write(const ReviewStore &store, Format format, const QString &path, QString *error,
                           const std::atomic<bool> *cancel, std::atomic<qint64> *done, qint64 *written)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    if (format == Format::Csv)
        buffer += FaultlessEventsFormat::csvHeader().toUtf8() + '\n';
    qint64 count = 0;
    bool canceled = false;
    bool failed = false;
    QString queryError;
    const bool queried = EventQuery::forEach(store, EventFilter {}, [&](const EventRow &row) {
        if (format == Format::Csv)
            buffer += FaultlessEventsFormat::csvLine(row).toUtf8();
        else
            buffer += FaultlessEventsFormat::jsonLine(row);
        buffer += '\n';
        ++count;
        if (buffer.size() > (1 << 20)) {
            failed = file.write(buffer) != buffer.size();
            buffer.clear();
            if (done)
                done->store(count, std::memory_order_relaxed);
            canceled = cancel && cancel->load(std::memory_order_relaxed);
        }
        return !failed && !canceled;
    }, &queryError);
    if (!failed && !canceled && queried)
        failed = file.write(buffer) != buffer.size();
    if (canceled) {
        file.cancelWriting();
        if (error)
            *error = tr("Export canceled; nothing was written.");
        return false;
    }
    if (!queried || failed || !file.commit()) {
        if (error)
            *error = !queried ? queryError : tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (done)
        done->store(count, std::memory_order_relaxed);
    if (written)
        *written = count;
    return true;
}

} // namespace faultless::model
