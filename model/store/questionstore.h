#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Questions the room explores and their answers (tables questions, question_answers, question_factors): the
// only code that knows these tables. Functions take the store (one connection, see ReviewStore); writes
// return false or 0 on failure with ReviewStore::errorString() set, and run inside the caller's transaction
// (commands open one per edit).
class QuestionStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)
};

} // namespace faultless::model
