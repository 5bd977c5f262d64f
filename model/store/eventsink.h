#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace faultless::model {

// Where an importer delivers what it read. The import job's sink (EventWriter) writes to the
// document inside one transaction; tests and the CSV preview collect into memory
// (CollectingSink). It lives here, below both the importers (import/) and the store's writer,
// so that neither include runs up a layer.
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

} // namespace faultless::model
