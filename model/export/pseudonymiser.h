#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace faultless::model {

class ReviewStore;

// Replaces participants' names by their pseudonyms (participants.pseudonym, or "Participant N"
// where none was chosen) in any text: authors, actors, annotations, narrative steps. A briefing
// forwarded beyond the review team then names roles, not people — blameless in practice.
// Full names are replaced first, then each part of a name on its own ("Alice", "moreau"), as
// chat and audit logs often carry only a first name or a handle.
//
// People are not secrets (issue 19): the other spellings of a participant the facilitator
// confirmed (a Slack user id, an e-mail address; ParticipantStore::aliases) become the
// participant's pseudonym too, or, when the briefing is not pseudonymised (Target::Names), the
// participant's name, so that a briefing reads "Ana Lima raised the rollout" rather than an
// address the redactor would mask. applyAliases() runs before the redactor, apply() after it.
class Pseudonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonymiser)
public:
    // What the rules need of a participant (domain/practice.h's Participant).
    struct Participant
    {
        QString name;
        QString pseudonym;
        QStringList aliases = {};
    };
    // What a participant's spellings become.
    enum class Target { Pseudonyms, Names };

    Pseudonymiser() = default;
    explicit Pseudonymiser(const QList<Participant> &participants, Target target = Target::Pseudonyms);
    // The participants of a review, in the order added, with their other spellings.
    static QList<Participant> read(const ReviewStore &store);
    // People the sources name who are not participants yet, where a source itself ties their
    // spellings to a name (a Slack id to its users.json name, a LaunchDarkly member's address to
    // their name; not a guess): for Target::Names, so that an unconfirmed person still reads as
    // the name the sources give rather than as a masked address.
    static QList<Participant> readTiedBySources(const ReviewStore &store);

    bool isEmpty() const { return m_rules.isEmpty() && m_aliasRules.isEmpty(); }
    // The other spellings only (before redaction: an e-mail address of a participant is a person).
    QString applyAliases(const QString &text) const;
    // Everything: the other spellings, then (Target::Pseudonyms) full names and their parts.
    QString apply(const QString &text) const;

private:
    struct Rule
    {
        QRegularExpression expression;
        QString pseudonym;
    };
    static Rule rule(const QString &words, const QString &replacement);
    QList<Rule> m_aliasRules;
    QList<Rule> m_rules;
};

} // namespace faultless::model
