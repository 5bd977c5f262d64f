#pragma once

#include "domain/annotation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Tags and the events they label (tables tags, event_tags): the only code that knows these tables. Functions
// take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)
public:
    // --- editing, item models and search

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
