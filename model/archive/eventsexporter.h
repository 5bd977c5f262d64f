#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace faultless::model {

class ReviewStore;
struct EventRow;

// Writes every live event of a review as Faultless's events export (FaultlessEventsFormat: the
// same bytes `faultless-cli events --format jsonl|csv` prints), which `faultless-cli import` and
// File > Import read back without loss. Runs on whatever thread owns `store`; the file appears
// only when complete (QSaveFile), so a canceled export leaves nothing half-written.
class EventsExporter
{
    Q_DECLARE_TR_FUNCTIONS(EventsExporter)
public:
    enum class Format { JsonLines, Csv };

    // `progress` is called on the writing thread with the events written so far, about once a
    // megabyte (a caller on another thread passes it on, e.g. to a QPromise).
    using Progress = std::function<void(qint64 eventsWritten)>;
    static bool write(const ReviewStore &store, Format format, const QString &path, QString *error,
        const std::atomic<bool> *cancel = nullptr, const Progress &progress = {}, qint64 *written = nullptr);
    static qint64 eventCount(const ReviewStore &store);

    // The bytes of the export, line end included, as write() and `faultless-cli events` print
    // them. JSON Lines escape every character a terminal acts on or that hides text (C1 controls
    // such as U+009B, bidi overrides, zero-width characters) as \u escapes, which changes nothing
    // for a JSON reader (VisibleText::escapeJson). CSV keeps each text exactly, since CSV has no
    // escapes and the export must read back without loss, except for the apostrophe that keeps a
    // spreadsheet from running a cell as a formula (FaultlessEventsFormat::csvLine).
    static QByteArray header(Format format);
    static QByteArray line(const EventRow &row, Format format);
};

} // namespace faultless::model
