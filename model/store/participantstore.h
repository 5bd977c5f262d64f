#pragma once

#include "domain/practice.h"
#include "store/removedrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// The people who took part and their pseudonyms (table participants): the only code that knows these tables.
// Functions take the store (one connection, see ReviewStore); writes return false or 0 on failure with
// ReviewStore::errorString() set, and run inside the caller's transaction (commands open one per edit).
class ParticipantStore
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantStore)
public:
    // --- editing and item models

    // Everyone, by name (case-insensitive), then id.
    static QList<Participant> all(const ReviewStore &store);
    static bool exists(const ReviewStore &store, qint64 participantId);
    static std::optional<QString> field(
        const ReviewStore &store, qint64 participantId, Participant::Field field);
    // Inserts with the participant's id, or a new one when it is 0 (a redo gives back the same
    // id). Returns the id.
    static qint64 insert(ReviewStore &store, const Participant &participant);
    static bool setField(
        ReviewStore &store, qint64 participantId, Participant::Field field, const QString &value);
    // `removed` (may be null) receives the row for undo. False, with nothing deleted, when there
    // is no such participant.
    static bool remove(ReviewStore &store, qint64 participantId, RemovedRows *removed);

    // --- reports and analysis (briefing, comparison, export)

    // Every participant's name, in name order (the Agreement panel offers them as present).
    static QStringList names(const ReviewStore &store);

    // Every participant in the order added, with the id, name and pseudonym only; empty when the
    // table cannot be read.
    static QList<Participant> namesAndPseudonyms(const ReviewStore &store);

    // --- other spellings and the people the sources name (analysis/participantsuggestions)

    // Other spellings of each participant (a chat user id, an e-mail address, a handle), kept in
    // the meta table (key "participant_aliases", {"<participant id>": ["U01ANA", ...]}) so that
    // the schema stays as it is. Spellings of a participant that no longer exists are ignored.
    static QHash<qint64, QStringList> aliases(const ReviewStore &store);
    // Replaces the spellings of one participant (empty: none).
    static bool setAliases(ReviewStore &store, qint64 participantId, const QStringList &aliases);
    // Everyone the live events of flags, experiments, chat, alerts and deploys name: each actor
    // with the chat user id and e-mail address its source recorded (attributes "user",
    // "member_email", "user_email"), and alert owners (label "owner"). Ordered by actor.
    static QList<ImportedPerson> importedPeople(const ReviewStore &store, QString *error = nullptr);

    // --- who is in the room (facilitator mode ticks them; the Agreement panel offers them ticked)

    // The participants marked present at the review meeting, kept in the meta table (key
    // "meeting_present", [<participant id>, ...]) so that the schema stays as it is. Ids of
    // participants that no longer exist are ignored; in the order marked.
    static QList<qint64> present(const ReviewStore &store);
    static bool setPresent(ReviewStore &store, const QList<qint64> &participantIds);
};

} // namespace faultless::model
