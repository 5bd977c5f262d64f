#include "eventsexporter.h"

#include "domain/visibletext.h"
#include "export/outputfile.h"
#include "import/faultlesseventsformat.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"

namespace faultless::model {

qint64 EventsExporter::eventCount(const ReviewStore &store)
{
    return EventQuery::count(store);
}

QByteArray EventsExporter::header(Format format)
{
    return format == Format::Csv ? FaultlessEventsFormat::csvHeader().toUtf8() + '\n' : QByteArray();
}

QByteArray EventsExporter::line(const EventRow &row, Format format)
{
    if (format == Format::Csv)
        return FaultlessEventsFormat::csvLine(row).toUtf8() + '\n';
    return VisibleText::escapeJson(FaultlessEventsFormat::jsonLine(row)) + '\n';
}

bool EventsExporter::write(const ReviewStore &store, Format format, const QString &path, QString *error,
    const std::atomic<bool> *cancel, const Progress &progress, qint64 *written)
{
    OutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += header(format);
    qint64 count = 0;
    bool canceled = false;
    bool failed = false;
    QString queryError;
    const bool queried = EventQuery::forEach(
        store, EventFilter {},
        [&](const EventRow &row) {
            buffer += line(row, format);
            ++count;
            if (buffer.size() > (1 << 20)) {
                failed = !file.write(buffer);
                buffer.clear();
                if (progress)
                    progress(count);
                canceled = cancel && cancel->load(std::memory_order_relaxed);
            }
            return !failed && !canceled;
        },
        &queryError);
    if (!failed && !canceled && queried)
        failed = !file.write(buffer);
    if (canceled) {
        file.cancel();
        if (error)
            *error = tr("Export canceled; nothing was written.");
        return false;
    }
    if (!queried || failed || !file.commit()) {
        file.cancel();
        if (error)
            *error = !queried ? queryError : file.errorString();
        return false;
    }
    if (progress)
        progress(count);
    if (written)
        *written = count;
    return true;
}

} // namespace faultless::model
