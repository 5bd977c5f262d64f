#pragma once

#include "store/eventquery.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace faultless::model {

class ReviewStore;

struct AnnotationEntry
{
    qint64 id = 0;
    QString author;
    QString text;
    qint64 created = 0; // µs UTC
    qint64 edited = 0;
};

// Everything the event detail pane shows about one event, read in one go: the event with its
// text, its phase, where it came from, its annotation thread and its tags.
struct EventDetails
{
    EventRow event;
    QString phase;
    QString originPath;   // the imported file as it was named at import (may be gone since)
    QString sourceFormat; // importer id
    QList<AnnotationEntry> annotations; // oldest first
    QStringList tags;                   // sorted

    static std::optional<EventDetails> load(const ReviewStore &store, qint64 eventId);
    // Every tag name of the review, for completion.
    static QStringList allTags(const ReviewStore &store);
};

} // namespace faultless::model
