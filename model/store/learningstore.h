#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// Surprises and what helped (tables learnings, learning_links): the only code that knows these tables.
// Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class LearningStore
{
    Q_DECLARE_TR_FUNCTIONS(LearningStore)
public:
    // --- editing and item models

    // Stored kind names ("surprise", "helped") and back.
    static QString kindName(Learning::Kind kind);
    static std::optional<Learning::Kind> kindFromName(const QString &name);

    // The learnings of one kind, oldest first, with their links.
    static QList<Learning> ofKind(const ReviewStore &store, Learning::Kind kind);
    // One learning without its links.
    static std::optional<Learning> find(const ReviewStore &store, qint64 learningId);
    // Writes `learning` (not its links), with its id when it has one (a redo). Returns the id, 0 on failure.
    static qint64 insert(ReviewStore &store, const Learning &learning);
    static bool setText(ReviewStore &store, qint64 learningId, const QString &text);
    // Deletes the learning and its links; `removed` (if given) keeps them for undo.
    static bool remove(ReviewStore &store, qint64 learningId, RemovedRows *removed = nullptr);

    enum class LinkTo { Event, Factor };
    static bool isLinked(const ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId);
    static bool link(ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId);
    static bool unlink(ReviewStore &store, qint64 learningId, LinkTo to, qint64 targetId);

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
