#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace faultless::model {

class ReviewStore;

// Replaces participants' names by their pseudonyms (participants.pseudonym, or "Participant N"
// where none was chosen) in any text: authors, actors, annotations, narrative steps. A briefing
// forwarded beyond the review team then names roles, not people — blameless in practice.
// Full names are replaced first, then each part of a name on its own ("Alice", "moreau"), as
// chat and audit logs often carry only a first name or a handle.
class Pseudonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonymiser)
public:
    // What the rules need of a participant (domain/practice.h's Participant).
    struct Participant
    {
        QString name;
        QString pseudonym;
    };

    Pseudonymiser() = default;
    explicit Pseudonymiser(const QList<Participant> &participants);
    // The participants of a review, in the order added.
    static QList<Participant> read(const ReviewStore &store);

    bool isEmpty() const { return m_rules.isEmpty(); }
    QString apply(const QString &text) const;

private:
    struct Rule
    {
        QRegularExpression expression;
        QString pseudonym;
    };
    QList<Rule> m_rules;
};

} // namespace faultless::model
