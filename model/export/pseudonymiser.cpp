#include "pseudonymiser.h"

#include "analysis/participantsuggestions.h"
#include "store/participantstore.h"

#include <QHash>

#include <algorithm>

namespace faultless::model {

Pseudonymiser::Rule Pseudonymiser::rule(const QString &words, const QString &replacement)
{
    QString pattern = QRegularExpression::escape(words);
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    return Rule {
        QRegularExpression(QStringLiteral("(?<![\\w@.])") + pattern + QStringLiteral("(?![\\w@]|\\.\\w)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
        replacement
    };
}

Pseudonymiser::Pseudonymiser(const QList<Participant> &participants, Target target)
{
    // Other spellings that cannot be part of a name (an address, an id) go first, longest first.
    // Handles ("ana") come after the full names, as the parts of names do, and only with
    // pseudonyms: naming a person by name, "ana" would turn "Ana Lima" into "Ana Lima Lima".
    QList<QPair<QString, QString>> spellings;
    QList<QPair<QString, QString>> handles;
    int number = 0;
    for (const Participant &p : participants) {
        ++number;
        const QString name = p.name.simplified();
        if (name.isEmpty())
            continue;
        const QString pseudonym
            = p.pseudonym.trimmed().isEmpty() ? tr("Participant %1").arg(number) : p.pseudonym.trimmed();
        for (const QString &alias : p.aliases) {
            const QString a = alias.simplified();
            const bool distinct
                = a.contains(QLatin1Char('@')) || a.contains(QRegularExpression(QStringLiteral("\\d")));
            if (a.size() < 3 || a.compare(name, Qt::CaseInsensitive) == 0)
                continue;
            if (distinct)
                spellings.append({ a, target == Target::Names ? name : pseudonym });
            else if (target == Target::Pseudonyms)
                handles.append({ a, pseudonym });
        }
    }
    std::sort(spellings.begin(), spellings.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &s : std::as_const(spellings))
        m_aliasRules.append(rule(s.first, s.second));
    if (target == Target::Names)
        return;

    QList<QPair<QString, QString>> fullNames;
    QHash<QString, QString> parts; // lower-case part -> pseudonym
    QHash<QString, int> partOwners; // how many participants share a part
    int n = 0;
    for (const Participant &p : participants) {
        ++n;
        const QString name = p.name.simplified();
        if (name.isEmpty())
            continue;
        const QString pseudonym
            = p.pseudonym.trimmed().isEmpty() ? tr("Participant %1").arg(n) : p.pseudonym.trimmed();
        fullNames.append({ name, pseudonym });
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        for (const QString &word : words) {
            // Initials and particles ("J.", "de") would replace far too much.
            if (word.size() < 3)
                continue;
            const QString key = word.toLower();
            parts.insert(key, pseudonym);
            partOwners[key] += 1;
        }
    }
    // Longest first, so that "Ana Maria Lopez" is replaced before "Ana Lopez" could match inside it.
    std::sort(fullNames.begin(), fullNames.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    auto nameRule = [](const QString &words, const QString &pseudonym) {
        QString pattern = QRegularExpression::escape(words);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        return Rule { QRegularExpression(QStringLiteral("(?<![\\w])") + pattern + QStringLiteral("(?![\\w])"),
                          QRegularExpression::CaseInsensitiveOption
                              | QRegularExpression::UseUnicodePropertiesOption),
            pseudonym };
    };
    for (const auto &full : std::as_const(fullNames))
        m_rules.append(nameRule(full.first, full.second));
    for (const auto &handle : std::as_const(handles))
        m_rules.append(nameRule(handle.first, handle.second));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // A first name two participants share cannot be attributed: leave it to the full-name rule.
        if (partOwners.value(it.key()) == 1)
            m_rules.append(nameRule(it.key(), it.value()));
    }
}

QList<Pseudonymiser::Participant> Pseudonymiser::read(const ReviewStore &store)
{
    QList<Participant> participants;
    const QList<model::Participant> stored = ParticipantStore::namesAndPseudonyms(store);
    const QHash<qint64, QStringList> aliases = ParticipantStore::aliases(store);
    for (const model::Participant &p : stored)
        participants.append({ p.name, p.pseudonym, aliases.value(p.id) });
    return participants;
}

QList<Pseudonymiser::Participant> Pseudonymiser::readTiedBySources(const ReviewStore &store)
{
    QList<Participant> people;
    for (const ParticipantSuggestion &s : ParticipantSuggestions::compute(store)) {
        if (!s.participantId && !s.guessed && !s.aliases.isEmpty())
            people.append({ s.name, QString(), s.aliases });
    }
    return people;
}

QString Pseudonymiser::applyAliases(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (const Rule &r : m_aliasRules)
        result.replace(r.expression, r.pseudonym);
    return result;
}

QString Pseudonymiser::apply(const QString &text) const
{
    QString result = applyAliases(text);
    for (const Rule &r : m_rules)
        result.replace(r.expression, r.pseudonym);
    return result;
}

} // namespace faultless::model
