#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace faultless::model {

class ReviewStore;

// Writes every live event of a review as Faultless's events export (FaultlessEventsFormat: the
// same bytes `faultless-cli events --format jsonl|csv` prints), which `faultless-cli import` and
// File > Import read back without loss. Runs on whatever thread owns `store`; the file appears
// only when complete (QSaveFile), so a canceled export leaves nothing half-written.
class EventsExporter
{
    Q_DECLARE_TR_FUNCTIONS(EventsExporter)
public:
    enum class Format { JsonLines, Csv };

    static bool write(const ReviewStore &store, Format format, const QString &path, QString *error,
                      const std::atomic<bool> *cancel = nullptr, std::atomic<qint64> *done = nullptr,
                      qint64 *written = nullptr);
    static qint64 eventCount(const ReviewStore &store);
};

} // namespace faultless::model
