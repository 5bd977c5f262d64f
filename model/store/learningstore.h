#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// Surprises and what helped (tables learnings, learning_links): the only code that knows these tables.
// Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class LearningStore
{
    Q_DECLARE_TR_FUNCTIONS(LearningStore)
public:
    // --- editing and item models

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // Every learning, surprises then what helped, each in the order written (links not read).
    static QList<Learning> inKindOrder(const ReviewStore &store, QString *error = nullptr);
    // What a learning link points at: a factor's title or an event's text (empty: neither).
    struct LinkText
    {
        qint64 learningId = 0;
        QString factorTitle;
        QString eventText;
    };
    static QList<LinkText> linkTexts(const ReviewStore &store, QString *error = nullptr);
};

} // namespace faultless::model
