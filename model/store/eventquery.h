#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace faultless::model {

class ReviewStore;

struct EventFilter
{
    QString search; // full-text query (FTS5 syntax: "phrase", AND, OR, NOT, prefix*)
    Instant from = NoInstant; // inclusive
    Instant to = NoInstant; // inclusive
    std::optional<EventKind> kind;
    std::optional<qint64> sourceId;
    bool highlightedOnly = false;
};

// One event with its text, as read from the document.
struct EventRow
{
    qint64 id = 0;
    Instant instant = NoInstant;
    Instant end = NoInstant;
    EventKind kind = EventKind::Log;
    Severity severity = Severity::Unknown;
    QString lane;
    QString actor;
    QString text;
    QString attributesJson;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 line = 0;
    qint64 byteOffset = 0;
    bool highlighted = false;
    bool manual = false;
};

// Read access to events (live ones: those of removed sources are invisible).
class EventQuery
{
    Q_DECLARE_TR_FUNCTIONS(EventQuery)
public:
    // Calls `visit` for each matching event in time order; stops early when it returns false.
    static bool forEach(const ReviewStore &store, const EventFilter &filter,
        const std::function<bool(const EventRow &)> &visit, QString *error = nullptr);
    static QList<EventRow> fetch(const ReviewStore &store, const QList<qint64> &ids);
    static std::optional<EventRow> fetchOne(const ReviewStore &store, qint64 id);
    // How many live events the review has.
    static qint64 count(const ReviewStore &store);
    // Turns what a user typed into a safe FTS5 query: quoted phrases, AND/OR/NOT and trailing *
    // keep their meaning; every other token is quoted so that "disk-full" or "a:b" never errors.
    static QString toFtsQuery(const QString &userText);
};

} // namespace faultless::model
