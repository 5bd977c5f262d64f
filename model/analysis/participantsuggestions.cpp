#include "participantsuggestions.h"

#include "store/participantstore.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace faultless::model {

namespace {

// Union-find over lower-cased spellings.
class Spellings
{
public:
    QString find(const QString &key)
    {
        QString root = key;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        m_parent.insert(key, root);
        return root;
    }
    void join(const QString &a, const QString &b)
    {
        if (a.isEmpty() || b.isEmpty())
            return;
        const QString ra = find(a.toLower());
        const QString rb = find(b.toLower());
        if (ra != rb)
            m_parent.insert(rb, ra);
    }
    void add(const QString &a) { find(a.toLower()); }
    QStringList keys() const { return m_parent.keys(); }

private:
    QHash<QString, QString> m_parent;
};

bool isFullName(const QString &text)
{
    return text.contains(QLatin1Char(' ')) && !ParticipantSuggestions::isEmail(text)
        && !ParticipantSuggestions::isChatUserId(text);
}

// "ana.lima@example.com" -> ["ana", "lima"].
QStringList localParts(const QString &email)
{
    static const QRegularExpression separators(QStringLiteral("[._+-]"));
    return email.section(QLatin1Char('@'), 0, 0).toLower().split(separators, Qt::SkipEmptyParts);
}

bool localPartNames(const QStringList &parts, const QString &name)
{
    const QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty() || words.size() < 2 || parts.first() != words.first())
        return false;
    return parts.size() == 1 || (parts.size() == 2 && parts.at(1) == words.last());
}

// Ties an e-mail address that no source tied to a name to the one full name its local part spells.
QSet<QString> guessFromEmails(Spellings &spellings, const QHash<QString, QString> &original)
{
    QSet<QString> guessed;
    QStringList fullNames;
    for (const QString &spelling : original) {
        if (isFullName(spelling))
            fullNames << spelling;
    }
    for (const QString &spelling : original) {
        if (!ParticipantSuggestions::isEmail(spelling))
            continue;
        const QString root = spellings.find(spelling.toLower());
        const bool named = std::any_of(fullNames.cbegin(), fullNames.cend(),
            [&](const QString &n) { return spellings.find(n.toLower()) == root; });
        if (named)
            continue;
        QSet<QString> candidates;
        for (const QString &n : std::as_const(fullNames)) {
            if (localPartNames(localParts(spelling), n))
                candidates.insert(spellings.find(n.toLower()));
        }
        if (candidates.size() == 1) {
            spellings.join(*candidates.cbegin(), spelling);
            guessed.insert(spelling.toLower());
        }
    }
    return guessed;
}

} // namespace

bool ParticipantSuggestions::isChatUserId(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("^[UW][A-Z0-9]{6,}$"));
    return id.match(text).hasMatch();
}

bool ParticipantSuggestions::isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

QList<ParticipantSuggestion> ParticipantSuggestions::compute(const ReviewStore &store, QString *error)
{
    QString readError;
    const QList<ImportedPerson> people = ParticipantStore::importedPeople(store, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read who the sources name: %1").arg(readError);
        return {};
    }
    return compute(people, ParticipantStore::namesAndPseudonyms(store), ParticipantStore::aliases(store));
}

QList<ParticipantSuggestion> ParticipantSuggestions::compute(const QList<ImportedPerson> &people,
    const QList<Participant> &participants, const QHash<qint64, QStringList> &aliases)
{
    Spellings spellings;
    QHash<QString, QString> original; // lower-case -> as first written
    auto note = [&](const QString &s) {
        if (!s.isEmpty() && !original.contains(s.toLower()))
            original.insert(s.toLower(), s);
        if (!s.isEmpty())
            spellings.add(s);
    };
    for (const ImportedPerson &p : people) {
        note(p.actor);
        note(p.chatUserId);
        note(p.email);
        spellings.join(p.actor, p.chatUserId);
        spellings.join(p.actor, p.email);
    }
    QHash<QString, qint64> participantOf; // lower-case spelling -> participant id
    for (const Participant &p : participants) {
        note(p.name);
        participantOf.insert(p.name.toLower(), p.id);
        for (const QString &alias : aliases.value(p.id)) {
            note(alias);
            spellings.join(p.name, alias);
            participantOf.insert(alias.toLower(), p.id);
        }
    }
    const QSet<QString> guessed = guessFromEmails(spellings, original);

    // Gather each group: its spellings, kinds and events, and the participant it holds.
    QHash<QString, ParticipantSuggestion> groups;
    QHash<QString, QStringList> members;
    for (const QString &key : spellings.keys())
        members[spellings.find(key)] << key;
    QHash<QString, qint64> eventsOf;
    QHash<QString, QSet<int>> kindsOf;
    for (const ImportedPerson &p : people) {
        const QString root = spellings.find(p.actor.toLower());
        eventsOf[root] += p.events;
        kindsOf[root].insert(p.kind);
    }
    QList<ParticipantSuggestion> result;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        ParticipantSuggestion s;
        QStringList known; // spellings the participant already has
        for (const QString &key : it.value()) {
            if (participantOf.contains(key)) {
                s.participantId = participantOf.value(key);
                known << key;
            }
            s.guessed = s.guessed || guessed.contains(key);
        }
        if (!eventsOf.contains(it.key()))
            continue; // a participant no source names
        s.events = eventsOf.value(it.key());
        s.kinds = QList<int>(kindsOf.value(it.key()).cbegin(), kindsOf.value(it.key()).cend());
        std::sort(s.kinds.begin(), s.kinds.end());
        // The name: the participant's, else the full name a source gave, else any spelling but an id.
        for (const Participant &p : participants) {
            if (p.id == s.participantId && s.participantId)
                s.name = p.name;
        }
        QStringList spelled;
        for (const QString &key : it.value())
            spelled << original.value(key, key);
        std::sort(spelled.begin(), spelled.end());
        if (s.name.isEmpty()) {
            auto pick = [&](auto predicate) {
                for (const QString &sp : std::as_const(spelled)) {
                    if (s.name.isEmpty() && predicate(sp))
                        s.name = sp;
                }
            };
            pick([](const QString &sp) { return isFullName(sp); });
            pick([](const QString &sp) { return !isEmail(sp) && !isChatUserId(sp); });
            pick([](const QString &sp) { return !isChatUserId(sp); });
            pick([](const QString &) { return true; });
        }
        for (const QString &sp : std::as_const(spelled)) {
            if (sp.compare(s.name, Qt::CaseInsensitive) != 0 && !known.contains(sp.toLower()))
                s.aliases << sp;
        }
        if (s.participantId && s.aliases.isEmpty())
            continue; // nothing new about a participant
        result.append(s);
    }
    std::sort(
        result.begin(), result.end(), [](const ParticipantSuggestion &a, const ParticipantSuggestion &b) {
            return a.events != b.events ? a.events > b.events
                                        : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    return result;
}

} // namespace faultless::model
