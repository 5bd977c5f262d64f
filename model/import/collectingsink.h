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
// A returned batch becomes the next one in place: newEvent() hands its records out again, reset
// but with the buffers of their byte arrays, so that a steady import neither allocates nor
// moves a record (EventSink::newEvent()).
class RecyclingBatch
{
public:
    // As EventSink::newEvent(): a reset record after the delivered ones, not yet delivered.
    EventRecord &newEvent()
    {
        if (!m_open) {
            m_open = true;
            if (m_filled++ == events.size()) {
                events.emplace_back();
                return events.back();
            }
        }
        EventRecord &e = events[m_filled - 1];
        EventSink::resetEvent(e); // a recycled record, or an abandoned one
        return e;
    }
    void commitEvent() { m_open = false; }
    void addEvent(EventRecord &&event)
    {
        if (!m_open && m_filled++ == events.size())
            events.push_back(std::move(event));
        else
            events[m_filled - 1] = std::move(event);
        m_open = false;
    }
    // The records delivered so far, and the last one.
    size_t size() const { return m_filled - (m_open ? 1 : 0); }
    EventRecord &last() { return events[size() - 1]; }
    // The delivered records, leaving `events` empty. Records not handed out again (and an
    // uncommitted one) are freed here, on the thread that allocated them.
    std::vector<EventRecord> take()
    {
        events.resize(size());
        m_filled = 0;
        m_open = false;
        return std::exchange(events, {});
    }
    // A batch the consumer is done with becomes the next one, after take() emptied `events`.
    void recycle(std::vector<EventRecord> &&spent)
    {
        if (events.empty() && m_filled == 0)
            events = std::move(spent);
    }

    // Records [0, size()) are delivered; those after them are spares to be handed out again.
    std::vector<EventRecord> events;

private:
    size_t m_filled = 0; // records handed out, the open one included
    bool m_open = false;
};

} // namespace faultless::model
