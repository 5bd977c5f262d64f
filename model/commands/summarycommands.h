#pragma once

#include "document/reviewdocument.h"
#include "domain/incidentsummary.h"

namespace faultless::model::commands {

// The review's summary and impact window (what the briefing opens with), as one undoable edit.
// Typing in the summary merges into one undo step, and so does nudging the window's times; a
// text edit and a window edit stay separate steps. Returns false (after the document reported
// why) when the summary cannot be stored, e.g. a window that ends before it starts.
bool setIncidentSummary(ReviewDocument &document, const IncidentSummary &summary);

// The summary as stored (unknown bounds read as NoInstant).
IncidentSummary incidentSummary(const ReviewDocument &document);

} // namespace faultless::model::commands
