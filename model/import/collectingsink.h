#pragma once

#include "import/importer.h"

#include <utility>
#include <vector>

namespace faultless::model {

// Keeps everything in memory: for tests, previews and small whole-document sources.
class CollectingSink : public EventSink
{
public:
    void addEvent(EventRecord &&event) override { events.push_back(std::move(event)); }
    void addRejected(RejectedRecord &&rejected) override { rejects.push_back(std::move(rejected)); }

    std::vector<EventRecord> events;
    std::vector<RejectedRecord> rejects;
};

// The records of a sink that delivers them in batches and gets each batch back once its
// consumer is done with it (the import job's QueueSink; the benchmark's sink does the same).
// The records of a returned batch are handed out again by newEvent(), with the buffers of their
// byte arrays, so that a steady import allocates nothing per record (EventSink::newEvent()).
class RecyclingBatch
{
public:
    // As EventSink::newEvent(): a reset record at the end of `events`, not yet delivered.
    EventRecord &newEvent()
    {
        if (m_open) {
            EventSink::resetEvent(events.back()); // the last one was abandoned
            return events.back();
        }
        m_open = true;
        if (m_nextSpare < m_spare.size()) {
            events.push_back(std::move(m_spare[m_nextSpare++]));
            EventSink::resetEvent(events.back());
        } else {
            events.emplace_back();
        }
        return events.back();
    }
    void commitEvent() { m_open = false; }
    void addEvent(EventRecord &&event)
    {
        if (m_open)
            events.back() = std::move(event);
        else
            events.push_back(std::move(event));
        m_open = false;
    }
    size_t size() const { return events.size() - (m_open ? 1 : 0); }
    // The delivered records, leaving `events` empty (an uncommitted record is dropped).
    std::vector<EventRecord> take()
    {
        if (m_open)
            events.pop_back();
        m_open = false;
        return std::exchange(events, {});
    }
    // Records the consumer is done with: reused by newEvent() from now on. The previous spares
    // were moved out (their shells hold no memory) or, when unused, are freed here, on the
    // thread that allocated them; their vector is reused for `events`.
    void recycle(std::vector<EventRecord> &&spent)
    {
        std::vector<EventRecord> shells = std::exchange(m_spare, std::move(spent));
        m_nextSpare = 0;
        shells.clear();
        if (events.empty() && !m_open && events.capacity() < shells.capacity())
            events = std::move(shells);
    }

    std::vector<EventRecord> events;

private:
    std::vector<EventRecord> m_spare;
    size_t m_nextSpare = 0;
    bool m_open = false;
};

} // namespace faultless::model
