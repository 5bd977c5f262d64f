#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <cstring>

namespace faultless::model {

class ImportInput;

// Where an importer delivers what it read. The import job's sink writes to the document inside
// one transaction; tests and the CSV preview collect into memory (CollectingSink).
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void addEvent(EventRecord &&event) = 0;
    virtual void addRejected(RejectedRecord &&rejected) = 0;

    // The same delivery as addEvent() without a heap allocation per record, for the importers
    // that read millions of records (JSON lines): at a few million records a second, allocating
    // and freeing the byte arrays of every record cost about as much as parsing it. newEvent()
    // hands out a record to fill; commitEvent() delivers it. A sink that recycles its records
    // (the import job's batches) hands out one whose byte arrays keep the buffers of a record
    // it delivered earlier, so that assignBytes() into them allocates nothing.
    // The record's other fields are reset (as a new EventRecord's); its byte arrays (lane, actor,
    // text, attributesJson) may still hold an earlier record's bytes, so the importer sets every
    // one of them (assignBytes(), clearBytes() or an assignment): emptying four buffers that are
    // then filled again cost a tenth of the parse stage. The record stays the importer's until
    // commitEvent(); any other call on the sink abandons it.
    // The defaults keep every sink working that only implements addEvent().
    virtual EventRecord &newEvent()
    {
        m_slot = EventRecord();
        return m_slot;
    }
    virtual void commitEvent() { addEvent(std::move(m_slot)); }

    // Copies `bytes` into `target`, in its own buffer when it has one large enough.
    static void assignBytes(QByteArray &target, QByteArrayView bytes)
    {
        if (bytes.isEmpty()) {
            clearBytes(target);
            return;
        }
        if (!target.isDetached())
            target = QByteArray(); // shared (a cached lane): never write into the other copies
        target.resize(bytes.size());
        std::memcpy(target.data(), bytes.data(), size_t(bytes.size()));
    }
    // Empties `target`, keeping its buffer unless it is shared or unusually large: one record
    // with a 10 MB message must not pin 10 MB in every recycled record it passes through.
    static void clearBytes(QByteArray &target)
    {
        if (target.isDetached() && target.capacity() <= KeptCapacity)
            target.truncate(0);
        else
            target = QByteArray();
    }
    // Resets a delivered record for reuse by newEvent(), apart from its byte arrays (see above).
    static void resetEvent(EventRecord &e)
    {
        e.instant = NoInstant;
        e.end = NoInstant;
        e.kind = EventKind::Log;
        e.severity = Severity::Unknown;
        e.line = 0;
        e.byteOffset = 0;
        e.manual = false;
        e.flag.reset();
        e.experiment.reset();
    }
    static constexpr qsizetype KeptCapacity = 64 * 1024;

private:
    EventRecord m_slot; // the record of the default newEvent()
};

// Everything an importer may need to know beyond the bytes.
struct ImportContext
{
    QString fileName; // shown in messages
    QTimeZone zone = QTimeZone::utc(); // for timestamps without an offset
    bool zoneChosen = false; // the user (or --tz) chose `zone`; otherwise it is the review's
    int referenceYear = 0; // for year-less timestamps (RFC 3164 syslog); 0 = from the file's date
    bool yearFromUser = false; // referenceYear was given (--year), not taken from the file's date
    qint64 referenceDay = 0; // for time-only stamps (strace -tt): the file's date, days since 1970
    QString formatOption; // importer-specific option text (e.g. CSV column mapping as JSON)

    // Set by the importer when it interpreted naive timestamps in `zone`, so the summary says so.
    bool usedZoneForNaiveTimestamps = false;
    // Set by the importer when it took the year for year-less timestamps from referenceYear.
    bool usedReferenceYear = false;
    // Set by the importer when it placed time-only stamps on referenceDay.
    bool usedReferenceDay = false;
    // Anything else the importer wants to tell the user in the import summary (translated).
    QStringList notes;
};

// One importer per format (docs/architecture.md "Importers"). Implementations are stateless between reads,
// so the registry can hand out one instance for sniffing and a fresh one per import.
class Importer
{
public:
    virtual ~Importer() = default;
    // Stable machine id, used by `faultless-cli import --format ID` and stored with the source.
    virtual QString id() const = 0;
    virtual QString displayName() const = 0; // translated
    // The kind of source this format is ("log", "flag", "experiment", "chat", "alert").
    virtual QString sourceKind() const { return QStringLiteral("log"); }
    virtual QStringList fileSuffixes() const { return {}; }
    // How sure the importer is that `prefix` (the first decompressed bytes) is its format:
    // 0 = not mine, 100 = certain. Must be cheap and must not throw on any input.
    virtual int sniff(const QByteArray &prefix, const QString &fileName) const = 0;
    // Reads the whole input into `sink`. One bad record never aborts: it goes to addRejected().
    // Returns false only when the input as a whole cannot be read as this format (`error` says
    // why, naming the file and line). Honour input.isCanceled() in long loops.
    virtual bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) = 0;
};

} // namespace faultless::model
