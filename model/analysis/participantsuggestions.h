#pragma once

#include "domain/practice.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultless::model {

class ReviewStore;

// One person the imported sources name, for the facilitator to confirm as a participant or to
// merge into one: the name to show, the other spellings the sources used for them (a Slack user
// id, an e-mail address), where they appear, and the participant they already are, if any.
struct ParticipantSuggestion
{
    QString name;
    QStringList aliases; // spellings other than `name`, not yet recorded for the participant
    QList<int> kinds; // EventKind of the events naming them, ascending
    qint64 events = 0; // how many events name them
    qint64 participantId = 0; // the participant these spellings belong to; 0: someone new
    bool guessed = false; // tied by an e-mail address's local part alone ("ana@" ~ "Ana Lima"): check it
};

// Who took part, suggested from the imported sources (issue 19: people are not secrets, and a
// briefing names them by participant name or pseudonym). The spellings of one person are joined
// when a source ties them (a Slack message's user id and its author's name, a LaunchDarkly
// member's name and e-mail address, a participant's recorded aliases), and, marked as a guess,
// when an e-mail address's local part is the first name (and last name) of exactly one person
// ("carla@example.com" and "Carla Nunes"). So one chat user never shows both as an id and as a
// name. Nothing is written: the facilitator confirms (commands::confirmParticipant) or merges
// (commands::addParticipantAliases).
class ParticipantSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantSuggestions)
public:
    static QList<ParticipantSuggestion> compute(const ReviewStore &store, QString *error = nullptr);
    // The same on values already read (tests). Ordered by how many events name them, then name.
    static QList<ParticipantSuggestion> compute(const QList<ImportedPerson> &people,
        const QList<Participant> &participants, const QHash<qint64, QStringList> &aliases);

    // "U01ANA", "W2B3C4D5E": a Slack user id rather than a name.
    static bool isChatUserId(const QString &text);
    static bool isEmail(const QString &text);
};

} // namespace faultless::model
