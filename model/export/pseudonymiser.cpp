#include "pseudonymiser.h"

#include "store/participantstore.h"

#include <QHash>

#include <algorithm>

namespace faultless::model {

Pseudonymiser::Pseudonymiser(const QList<Participant> &participants)
{
    QList<QPair<QString, QString>> fullNames;
    QHash<QString, QString> parts;     // lower-case part -> pseudonym
    QHash<QString, int> partOwners;    // how many participants share a part
    int n = 0;
    for (const Participant &p : participants) {
        ++n;
        const QString name = p.name.simplified();
        if (name.isEmpty())
            continue;
        const QString pseudonym = p.pseudonym.trimmed().isEmpty() ? tr("Participant %1").arg(n) : p.pseudonym.trimmed();
        fullNames.append({name, pseudonym});
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
    auto rule = [](const QString &words, const QString &pseudonym) {
        QString pattern = QRegularExpression::escape(words);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        return Rule {QRegularExpression(QStringLiteral("(?<![\\w])") + pattern + QStringLiteral("(?![\\w])"),
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption),
                     pseudonym};
    };
    for (const auto &full : std::as_const(fullNames))
        m_rules.append(rule(full.first, full.second));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // A first name two participants share cannot be attributed: leave it to the full-name rule.
        if (partOwners.value(it.key()) == 1)
            m_rules.append(rule(it.key(), it.value()));
    }
}

QList<Pseudonymiser::Participant> Pseudonymiser::read(const ReviewStore &store)
{
    QList<Participant> participants;
    const QList<model::Participant> stored = ParticipantStore::namesAndPseudonyms(store);
    for (const model::Participant &p : stored)
        participants.append({ p.name, p.pseudonym });
    return participants;
}

QString Pseudonymiser::apply(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (const Rule &r : m_rules)
        result.replace(r.expression, r.pseudonym);
    return result;
}

} // namespace faultless::model
