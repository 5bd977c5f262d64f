#pragma once

#include "import/importer.h"

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

} // namespace faultless::model
