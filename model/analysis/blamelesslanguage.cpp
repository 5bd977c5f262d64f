#include "blamelesslanguage.h"

#include "store/participantstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace faultless::model {

// How the text is seen by the rules: a word (letters, digits, inner apostrophes and hyphens) or
// one punctuation character, with the classes the lexicon gives it.
struct BlamelessLanguageChecker::Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
    ClassSet classes;
    int wordId = -1; // literal id of the word, if a pattern names it
    int stemId = -1; // ... of "jun" in "jun's"
    bool isWord = false;
    bool capitalized = false;
    bool technical = false; // "WAF", "S3", "ClickHouse": an acronym, version or product
    bool boundary = false; // ends a sentence or clause: . ! ? ; : …
    bool comma = false;
    bool sentenceStart = false;
};

struct BlamelessLanguageChecker::MatchState
{
    int first = 0;
    int end = 0; // one past the last matched token
    int spanStart = -1;
    int spanEnd = -1;
    int anchor = -1;
};

namespace {

// The English explanations and reframings, translatable; keyed by the lexicon entry id (and the
// reframing's variant). The other lexicons carry their own words.
struct EnglishText
{
    const char *id;
    const char *why;
    const char *suggestion;
};

const EnglishText kEnglish[] = {
    { "root-cause",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Implies a single cause; incidents in complex systems have many contributing factors."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker", "Name the contributing factors instead.") },
    { "human-error",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Labels a person instead of describing the conditions they worked in."),
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Describe what the person saw, knew and could do at the time.") },
    { "should-have",
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Counterfactual: judges the past with knowledge gained afterwards."),
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Describe what happened and what made it make sense at the time.") },
    { "could-have",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Counterfactual: talks about what did not happen instead of what did."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Describe the options people saw at the time and what made them choose as they did.") },
    { "failed-to",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Frames a person's action as a failure to meet a standard known only in hindsight."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Say what the person did and what they were paying attention to instead.") },
    { "runbook",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Treats deviation from a procedure as the explanation; procedures never cover everything."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Ask how the runbook fitted the situation people were in, and what they relied on instead.") },
    { "why-didnt",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "\"Why didn't…\" questions put people on the defensive and ask them to justify the past."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Ask \"how\": what did you see, what did you expect, which options did you have?") },
    { "careless",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Judges a person's character or effort instead of describing the situation."),
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Describe the workload, cues and pressures the person faced.") },
    { "negligence",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "A legal and moral judgement; it ends the inquiry instead of opening it."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Describe what made the action reasonable to the person at the time.") },
    { "blame",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Assigns blame; people stop telling what they know when they expect to be blamed."),
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Describe the conditions that made the outcome possible.") },
    { "five-whys",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "A chain of whys follows one line of reasoning and stops at whoever the facilitator picks."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Collect several contributing factors and narratives from different vantage points.") },
    { "if-only",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Counterfactual: imagines a different past instead of explaining the one that happened."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Describe what people did and what made it reasonable to them at the time.") },
    { "omission",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Measures a person against what they were expected to do, a standard clear only in hindsight."),
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Say what the person was attending to and what made the step easy to miss.") },
    { "attribution",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Puts the outcome down to one person's act; outcomes come from many conditions together."),
        QT_TRANSLATE_NOOP(
            "BlamelessLanguageChecker", "Describe the conditions that let the action have this outcome.") },
};

struct EnglishReframe
{
    const char *id;
    const char *variant;
    const char *text;
};

// {who}: the person as written (or "the people involved"), {whom}: the same as an object,
// {rest}: the words after the flagged phrase up to the end of the clause, {span}: the phrase,
// {verb}: the phrase's last word.
const EnglishReframe kEnglishReframes[] = {
    { "root-cause", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker", "Which contributing factors came together here?") },
    { "five-whys", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Which contributing factors, seen from several vantage points, came together here?") },
    { "human-error", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What did {who} see, know and expect at the time, and what made the action reasonable?") },
    { "should-have", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What made it look reasonable to {whom} at the time not to have {rest}?") },
    { "should-have", "negated",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What made it look reasonable to {whom} at the time to have {rest}?") },
    { "could-have", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Which options did {who} see at the time, and what would have made it possible to have "
            "{rest}?") },
    { "could-have", "outcome",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What happened instead, and what did people see and know at the time ({span} {rest})?") },
    { "failed-to", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What was competing for the attention of {whom} at the time, and what would have prompted {whom} "
            "to {verb} "
            "{rest}?") },
    { "runbook", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "How did the procedure fit the situation of {whom}, and what did {who} rely on instead?") },
    { "why-didnt", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "How did it look to {whom} at the time: what did {who} see, expect and weigh up?") },
    { "careless", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What workload, cues and pressures did {who} face at the time (instead of \"{span}\")?") },
    { "negligence", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What made the action reasonable to {whom} at the time (instead of \"{span}\")?") },
    { "blame", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "Which conditions made the outcome possible (instead of \"{span}\")?") },
    { "if-only", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What made the course actually taken look reasonable at the time, when the alternative was that "
            "{rest}?") },
    { "failed-to", "bother",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What was competing for the attention of {whom} at the time, and what would have made it look "
            "worth "
            "it {rest}?") },
    { "omission", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What was competing for the attention of {whom} at the time, and what made {rest} easy to "
            "miss?") },
    { "omission", "to",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What was competing for the attention of {whom} at the time, and what would have reminded {whom} "
            "to {rest}?") },
    { "attribution", "default",
        QT_TRANSLATE_NOOP("BlamelessLanguageChecker",
            "What made the action of {whom} reasonable at the time, and which other conditions let it lead "
            "to "
            "this outcome?") },
};

const EnglishText *englishText(const QString &id)
{
    for (const EnglishText &t : kEnglish) {
        if (id == QLatin1String(t.id))
            return &t;
    }
    return nullptr;
}

const char *englishReframe(const QString &id, const QString &variant)
{
    for (const EnglishReframe &t : kEnglishReframes) {
        if (id == QLatin1String(t.id) && variant == QLatin1String(t.variant))
            return t.text;
    }
    return nullptr;
}

QString baseLanguage(const QString &code)
{
    // "de_DE", "de-AT", "DE" -> "de"
    QString lang = code.trimmed().toLower();
    static const QRegularExpression separator(QStringLiteral("[_\\-.@]"));
    const qsizetype cut = lang.indexOf(separator);
    if (cut >= 0)
        lang.truncate(cut);
    return lang;
}

QString lexiconPath(const QString &language)
{
    return QStringLiteral(":/lexicon/") + language + QStringLiteral(".json");
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

const struct
{
    LanguageFlag::Kind kind;
    const char *name;
} kKindNames[] = {
    { LanguageFlag::Kind::Counterfactual, "counterfactual" },
    { LanguageFlag::Kind::Normative, "normative" },
    { LanguageFlag::Kind::Judgement, "judgement" },
    { LanguageFlag::Kind::Attribution, "attribution" },
    { LanguageFlag::Kind::RootCause, "root-cause" },
};

} // namespace

QString LanguageFlag::kindName(Kind kind)
{
    for (const auto &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}

bool LanguageFlag::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

BlamelessLanguageChecker::BlamelessLanguageChecker()
{
    load(QLocale().name());
}

BlamelessLanguageChecker::BlamelessLanguageChecker(const QString &languageCode)
{
    load(languageCode);
}

QStringList BlamelessLanguageChecker::availableLanguages()
{
    QStringList languages;
    const auto files
        = QDir(QStringLiteral(":/lexicon")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.chopped(5));
    languages.removeDuplicates();
    return languages;
}

bool BlamelessLanguageChecker::isAvailable(const QString &languageCode)
{
    return availableLanguages().contains(baseLanguage(languageCode));
}

void BlamelessLanguageChecker::setPeople(const QStringList &names)
{
    if (m_person < 0)
        return;
    // A name of several words ("Jun Park", "Engineer A") makes each of its words a person, except
    // single letters, which are too common to mean anyone.
    for (const QString &word : std::as_const(m_peopleAdded)) {
        auto it = m_words.find(word);
        if (it != m_words.end()) {
            it->reset(size_t(m_person));
            if (it->none())
                m_words.erase(it);
        }
    }
    m_peopleAdded.clear();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &name : names) {
        for (const QString &part : name.split(spaces, Qt::SkipEmptyParts)) {
            const QString word = part.toLower();
            if (word.size() < 2 || m_words.value(word).test(size_t(m_person)))
                continue;
            addToClass(m_person, word);
            m_peopleAdded << word;
        }
    }
}

QStringList BlamelessLanguageChecker::reviewPeople(const ReviewStore &store)
{
    QStringList people;
    for (const Participant &p : ParticipantStore::namesAndPseudonyms(store))
        people << p.name << p.pseudonym;
    people.removeAll(QString());
    people.removeDuplicates();
    return people;
}

int BlamelessLanguageChecker::classIndex(const QString &name)
{
    const auto it = m_classByName.constFind(name);
    if (it != m_classByName.constEnd())
        return *it;
    const int index = int(m_classByName.size());
    if (index >= MaxClasses) {
        qWarning("Lexicon %s has more than %d word classes; %s is ignored", qPrintable(m_language),
            MaxClasses, qPrintable(name));
        return -1;
    }
    m_classByName.insert(name, index);
    return index;
}

void BlamelessLanguageChecker::addToClass(int index, const QString &word)
{
    if (index < 0 || word.isEmpty())
        return;
    QString w = word.toLower();
    w.replace(QChar(0x2019), QLatin1Char('\''));
    if (w.size() > 1 && w.endsWith(QLatin1Char('*'))) {
        const QString prefix = w.chopped(1);
        auto it = std::find_if(
            m_prefixes.begin(), m_prefixes.end(), [&](const auto &p) { return p.first == prefix; });
        if (it == m_prefixes.end())
            it = m_prefixes.insert(m_prefixes.end(), { prefix, ClassSet() });
        it->second.set(size_t(index));
    } else if (w.size() > 1 && w.startsWith(QLatin1Char('*'))) {
        const QString suffix = w.mid(1);
        auto it = std::find_if(
            m_suffixes.begin(), m_suffixes.end(), [&](const auto &p) { return p.first == suffix; });
        if (it == m_suffixes.end())
            it = m_suffixes.insert(m_suffixes.end(), { suffix, ClassSet() });
        it->second.set(size_t(index));
    } else {
        m_words[w].set(size_t(index));
    }
}

// A prefix or suffix of a pattern ("übersah*", "*ado") is a class of its own.
int BlamelessLanguageChecker::affixClass(const QString &word)
{
    const QString name = QLatin1Char('=') + word.toLower();
    const bool known = m_classByName.contains(name);
    const int index = classIndex(name);
    if (!known)
        addToClass(index, word);
    return index;
}

// A literal word of a pattern gets an id; tokens carry the id of their word.
int BlamelessLanguageChecker::literalId(const QString &word)
{
    QString w = word.toLower();
    w.replace(QChar(0x2019), QLatin1Char('\''));
    const auto it = m_literals.constFind(w);
    if (it != m_literals.constEnd())
        return *it;
    const int id = int(m_literals.size());
    m_literals.insert(w, id);
    return id;
}

void BlamelessLanguageChecker::load(const QString &languageCode)
{
    m_language = baseLanguage(languageCode);
    if (!QFile::exists(lexiconPath(m_language)))
        m_language = QStringLiteral("en");
    // Classes the engine itself reads; the lexicon fills them.
    m_person = classIndex(QStringLiteral("person"));
    m_pronoun = classIndex(QStringLiteral("pronoun"));
    m_system = classIndex(QStringLiteral("system"));
    m_adverb = classIndex(QStringLiteral("adverb"));
    m_determiner = classIndex(QStringLiteral("determiner"));
    m_stop = classIndex(QStringLiteral("stop"));
    m_name = classIndex(QStringLiteral("Name")); // computed: a capitalised unknown word
    m_possessive = classIndex(QStringLiteral("poss")); // computed: "Jun's"
    m_of = classIndex(QStringLiteral("of")); // "de" in "la herramienta de auditoría"
    m_auxiliary = classIndex(QStringLiteral("auxiliary")); // "had" in "the intern had violated"
    if (!loadLexicon(lexiconPath(m_language)))
        qWarning(
            "Blameless-language lexicon %s is missing from this build", qPrintable(lexiconPath(m_language)));
}

bool BlamelessLanguageChecker::loadLexicon(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError parseError;
    const QJsonObject lexicon = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        qWarning("Lexicon %s: %s at offset %d", qPrintable(path), qPrintable(parseError.errorString()),
            parseError.offset);
        return false;
    }
    m_someone = lexicon.value(QStringLiteral("someone")).toString();
    m_namesAtSentenceStart = lexicon.value(QStringLiteral("namesAtSentenceStart")).toBool(true);
    m_nounsCapitalised = lexicon.value(QStringLiteral("nounsCapitalised")).toBool(false);
    for (const QJsonValue &ending : lexicon.value(QStringLiteral("verbEndings")).toArray())
        m_verbEndings.append(ending.toString());
    const bool english = m_language == QLatin1String("en");
    if (english)
        m_someone = tr("the people involved");
    const QJsonObject objectForms = lexicon.value(QStringLiteral("objectForms")).toObject();
    for (auto it = objectForms.begin(); it != objectForms.end(); ++it)
        m_objectForms.insert(it.key(), it.value().toString());
    const QJsonObject classes = lexicon.value(QStringLiteral("classes")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it) {
        const int index = classIndex(it.key());
        for (const QJsonValue &word : it.value().toArray())
            addToClass(index, word.toString());
    }
    // Pronouns are people for the subject test.
    for (auto it = m_words.begin(); it != m_words.end(); ++it) {
        if (it->test(size_t(m_pronoun)))
            it->set(size_t(m_person));
    }
    for (const QJsonValue &value : lexicon.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = value.toObject();
        Entry entry;
        entry.id = o.value(QStringLiteral("id")).toString();
        entry.plainSubstitute = o.value(QStringLiteral("plainSubstitute")).toBool();
        if (!LanguageFlag::kindFromName(o.value(QStringLiteral("kind")).toString(), &entry.kind))
            qWarning("Lexicon %s, entry %s: no kind", qPrintable(m_language), qPrintable(entry.id));
        const EnglishText *text = english ? englishText(entry.id) : nullptr;
        entry.why = text ? tr(text->why) : o.value(QStringLiteral("why")).toString();
        entry.suggestion = text ? tr(text->suggestion) : o.value(QStringLiteral("suggestion")).toString();
        const QJsonObject reframes = o.value(QStringLiteral("reframe")).toObject();
        auto reframeText = [&](const QString &variant) {
            const char *en = english ? englishReframe(entry.id, variant) : nullptr;
            return en ? tr(en) : reframes.value(variant).toString();
        };
        for (const QJsonValue &r : o.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule
                = r.isString() ? QJsonObject { { QStringLiteral("pattern"), r } } : r.toObject();
            const QString variant = rule.value(QStringLiteral("reframe")).toString(QStringLiteral("default"));
            if (!compileRule(entry, rule.value(QStringLiteral("pattern")).toString(),
                    rule.value(QStringLiteral("subject")).toString(), reframeText(variant),
                    rule.value(QStringLiteral("unless")).toString()))
                qWarning("Lexicon %s, entry %s: bad pattern %s", qPrintable(m_language), qPrintable(entry.id),
                    qPrintable(rule.value(QStringLiteral("pattern")).toString()));
        }
        if (!entry.rules.empty())
            m_entries.push_back(std::move(entry));
    }
    indexRules();
    return true;
}

// A rule can only start at a token its first consuming element matches; "^", "<" and "~x" take
// no token. A first element that is a gap, optional or negated may start anywhere.
void BlamelessLanguageChecker::indexRules()
{
    m_rulesByClass.assign(MaxClasses, {});
    for (int e = 0; e < int(m_entries.size()); ++e) {
        for (int r = 0; r < int(m_entries[size_t(e)].rules.size()); ++r) {
            const int ref = int(m_ruleRefs.size());
            m_ruleRefs.push_back({ e, r });
            const Element *first = nullptr;
            for (const Element &element : m_entries[size_t(e)].rules[size_t(r)].elements) {
                if (element.type == Element::Tokens || element.type == Element::Gap) {
                    first = &element;
                    break;
                }
            }
            if (!first || first->type == Element::Gap || first->negate || first->optional) {
                m_rulesAlways.push_back(ref);
                continue;
            }
            for (int c = 0; c < MaxClasses; ++c) {
                if (first->mask.test(size_t(c)))
                    m_rulesByClass[size_t(c)].push_back(ref);
            }
            for (int word : first->words)
                m_rulesByWord[word].push_back(ref);
            for (const std::vector<int> &sequence : first->sequences) {
                if (sequence.front() < 0)
                    m_rulesByClass[size_t(-sequence.front() - 1)].push_back(ref);
                else
                    m_rulesByWord[sequence.front()].push_back(ref);
            }
        }
    }
}

// The rules that may start at `token`, in lexicon order, each once.
void BlamelessLanguageChecker::candidateRules(const Token &token, std::vector<int> *refs) const
{
    refs->assign(m_rulesAlways.begin(), m_rulesAlways.end());
    const auto add
        = [&](const std::vector<int> &more) { refs->insert(refs->end(), more.begin(), more.end()); };
    for (const int id : { token.wordId, token.stemId }) {
        const auto it = m_rulesByWord.constFind(id);
        if (id >= 0 && it != m_rulesByWord.constEnd())
            add(*it);
    }
    for (size_t c = 0; c < m_rulesByClass.size(); ++c) {
        if (token.classes.test(c))
            add(m_rulesByClass[c]);
    }
    std::sort(refs->begin(), refs->end());
    refs->erase(std::unique(refs->begin(), refs->end()), refs->end());
}

// Pattern language (docs/language-check.md): elements separated by spaces. "@class" a word of
// that class; "word", "pre*", "*suf" a literal; "a|@b" alternatives; "!x" one word that is not
// x; "~x" the word before is not x; "x?" optional; "=x" the subject is looked for from this word; "*N" up to
// N words within the clause, "**N" also past commas; "<" and ">" the flagged phrase (default: the whole
// match);
// "^" the start of a sentence.
bool BlamelessLanguageChecker::compileRule(Entry &entry, const QString &pattern, const QString &subject,
    const QString &reframeText, const QString &unless)
{
    Rule rule;
    rule.reframe = reframeText;
    if (subject == QLatin1String("person"))
        rule.subject = SubjectNeed::Person;
    else if (subject == QLatin1String("not-system"))
        rule.subject = SubjectNeed::NotSystem;
    else if (!subject.isEmpty() && subject != QLatin1String("any"))
        return false;
    if (!unless.isEmpty()) {
        if (!parseAlternatives(unless, &rule.unless))
            return false;
        rule.hasUnless = true;
    }
    static const QRegularExpression gap(QStringLiteral("^(\\*\\*?)(\\d+)$"));
    for (QString part : pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Element element;
        if (part == QLatin1String("<") || part == QLatin1String(">") || part == QLatin1String("^")) {
            element.type = part == QLatin1String("<") ? Element::SpanStart
                : part == QLatin1String(">")          ? Element::SpanEnd
                                                      : Element::AtStart;
            rule.elements.push_back(element);
            continue;
        }
        const auto g = gap.match(part);
        if (g.hasMatch()) {
            element.type = Element::Gap;
            element.crossComma = g.captured(1).size() == 2;
            element.gap = std::clamp(g.captured(2).toInt(), 0, 40);
            rule.elements.push_back(element);
            continue;
        }
        if (part.size() > 1 && part.startsWith(QLatin1Char('~'))) {
            element.type = Element::NotAfter;
            part.remove(0, 1);
        }
        if (part.startsWith(QLatin1Char('='))) {
            element.anchor = true;
            part.remove(0, 1);
        }
        if (part.startsWith(QLatin1Char('!'))) {
            element.negate = true;
            part.remove(0, 1);
        }
        if (part.size() > 1 && part.endsWith(QLatin1Char('?'))) {
            element.optional = true;
            part.chop(1);
        }
        if (!parseAlternatives(part, &element))
            return false;
        rule.elements.push_back(element);
    }
    if (rule.elements.empty())
        return false;
    entry.rules.push_back(std::move(rule));
    return true;
}

// "a|@b|c_d|pre*": the words, classes and sequences one element matches.
bool BlamelessLanguageChecker::parseAlternatives(const QString &part, Element *element)
{
    for (const QString &alt : part.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        int index = -1;
        if (alt.contains(QLatin1Char('_'))) {
            std::vector<int> sequence;
            for (const QString &word : alt.split(QLatin1Char('_'), Qt::SkipEmptyParts)) {
                if (!word.startsWith(QLatin1Char('@')))
                    sequence.push_back(literalId(word));
                else if (m_classByName.contains(word.mid(1)))
                    sequence.push_back(-(classIndex(word.mid(1)) + 1));
                else
                    return false;
            }
            if (sequence.empty())
                return false;
            element->sequences.push_back(std::move(sequence));
            continue;
        }
        if (alt.startsWith(QLatin1Char('@'))) {
            if (!m_classByName.contains(alt.mid(1)))
                return false;
            index = classIndex(alt.mid(1));
        } else if (alt.size() > 1 && (alt.endsWith(QLatin1Char('*')) || alt.startsWith(QLatin1Char('*')))) {
            index = affixClass(alt);
        } else {
            element->words.push_back(literalId(alt));
            continue;
        }
        if (index < 0)
            return false;
        element->mask.set(size_t(index));
    }
    std::sort(element->words.begin(), element->words.end());
    return !(element->mask.none() && element->sequences.empty() && element->words.empty());
}

// The classes the lexicon lists the word (or its singular) in, without prefixes and suffixes.
BlamelessLanguageChecker::ClassSet BlamelessLanguageChecker::listedClassesOf(const QString &lower) const
{
    ClassSet classes = m_words.value(lower);
    // A plural the lexicon does not list takes the classes of its singular ("clients", "servicios").
    if (classes.none() && lower.size() > 3 && lower.endsWith(QLatin1Char('s'))) {
        classes = m_words.value(lower.chopped(1));
        // ... but "Ines" is not the plural of "in": the singular has three letters at least.
        if (classes.none() && lower.endsWith(QLatin1String("es")) && lower.size() > 4)
            classes = m_words.value(lower.chopped(2));
    }
    return classes;
}

BlamelessLanguageChecker::ClassSet BlamelessLanguageChecker::classesOf(const QString &lower) const
{
    ClassSet classes = listedClassesOf(lower);
    for (const auto &[prefix, set] : m_prefixes) {
        if (lower.startsWith(prefix))
            classes |= set;
    }
    for (const auto &[suffix, set] : m_suffixes) {
        if (lower.size() > suffix.size() + 1 && lower.endsWith(suffix))
            classes |= set;
    }
    return classes;
}

namespace {

// "WAF", "S3", "ClickHouse", "PostgreSQL": acronyms, versions and product names, not people.
bool hasTechnicalShape(QStringView word)
{
    int upper = 0, letters = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit())
            return true;
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.isUpper()) {
            ++upper;
            // An inner capital right after a lower-case letter: "ClickHouse", not "O'Brien".
            if (i > 0 && word.at(i - 1).isLower())
                return true;
        }
    }
    return letters >= 2 && upper == letters;
}

} // namespace

// Is the capitalised word at `k` a person's name? Only when the lexicon does not know it, no
// article comes before it, it is not a verb opening the sentence and it is not shaped like an
// acronym or a product. Where every noun is capitalised (German: the lexicon's
// "nounsCapitalised"), hyphenated words ("Feature-Datei") and long compounds
// ("Speicherfragmentierung") are nouns as well; the lexicon's noun endings ("*ung") catch more.
bool BlamelessLanguageChecker::looksLikeName(const std::vector<Token> &tokens, size_t k) const
{
    const Token &t = tokens[k];
    if (!t.isWord || !t.capitalized || t.technical || !t.lower.at(0).isLetter())
        return false;
    ClassSet known = t.classes;
    known.reset(size_t(m_possessive));
    if (known.any() && !affixOnlyName(tokens, k))
        return false;
    // "the Atlanta router" is no name; "that Priya typed" is ("that" opens a clause there).
    if (k > 0 && tokens[k - 1].classes.test(size_t(m_determiner))
        && !tokens[k - 1].classes.test(size_t(m_stop)))
        return false;
    // "Restoring the backups took hours", "Acceder a las herramientas llevó": a verb form
    // opening a sentence (the lexicon's "verbEndings") is no name.
    if (t.sentenceStart) {
        if (!m_namesAtSentenceStart)
            return false;
        for (const QString &ending : m_verbEndings) {
            if (t.lower.endsWith(ending))
                return false;
        }
    }
    // Names are short and single: "Jun", "Maximilian"; compounds are long or hyphenated.
    constexpr qsizetype LongestName = 11;
    return !m_nounsCapitalised || (!t.lower.contains(QLatin1Char('-')) && t.lower.size() <= LongestName);
}

// "Ahmed", "Fred": known only by an ending ("*ed" marks a past tense), a capitalised word is
// still a name inside a sentence, and at its start when no article or system follows ("Ahmed
// went", not "Restarted the proxy"). Not where every noun is capitalised (German).
bool BlamelessLanguageChecker::affixOnlyName(const std::vector<Token> &tokens, size_t k) const
{
    const Token &t = tokens[k];
    QString lower = t.lower;
    if (lower.endsWith(QLatin1String("'s")))
        lower.chop(2);
    if (m_nounsCapitalised || listedClassesOf(lower).any())
        return false;
    if (!t.sentenceStart)
        return true;
    if (k + 1 >= tokens.size() || !tokens[k + 1].isWord)
        return false;
    const ClassSet &next = tokens[k + 1].classes;
    return !next.test(size_t(m_determiner)) && !next.test(size_t(m_system)) && !tokens[k + 1].capitalized;
}

std::vector<BlamelessLanguageChecker::Token> BlamelessLanguageChecker::tokenize(const QString &text) const
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool atStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isWordChar(c)) {
            qsizetype j = i + 1;
            // Inner apostrophes, hyphens, decimal points and the colon of a time stay in the word:
            // "didn't", "on-call", "2.5", "23:27" (a time ends no clause).
            while (j < n) {
                const QChar d = text.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if (d == QLatin1Char(':') && text.at(j - 1).isDigit() && j + 1 < n
                    && text.at(j + 1).isDigit()) {
                    j += 2;
                } else if ((isApostrophe(d) || d == QLatin1Char('-')
                               || (d == QLatin1Char('.') && text.at(j - 1).isDigit()))
                    && j + 1 < n && isWordChar(text.at(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            t.end = j;
            t.isWord = true;
            t.lower = text.mid(i, j - i).toLower();
            t.lower.replace(QChar(0x2019), QLatin1Char('\''));
            t.capitalized = c.isUpper();
            t.technical = hasTechnicalShape(QStringView(text).mid(i, j - i));
        } else {
            t.end = i + 1;
            t.lower = QString(c);
            t.boundary = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
                || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QChar(0x2026);
            t.comma = c == QLatin1Char(',');
        }
        t.sentenceStart = atStart;
        atStart = t.boundary;
        t.classes = classesOf(t.lower);
        t.wordId = m_literals.value(t.lower, -1);
        if (t.isWord && t.lower.endsWith(QLatin1String("'s")) && t.lower.size() > 2) {
            const QString stem = t.lower.chopped(2);
            t.classes |= classesOf(stem);
            t.classes.set(size_t(m_possessive));
            t.stemId = m_literals.value(stem, -1);
        }
        tokens.push_back(std::move(t));
        i = tokens.back().end;
    }
    // A capitalised word the lexicon does not know, not after an article, is taken for a name.
    for (size_t k = 0; k < tokens.size(); ++k) {
        if (looksLikeName(tokens, k))
            tokens[k].classes.set(size_t(m_name));
    }
    return tokens;
}

// Who does the act the rule matched? The head of the noun phrase before `anchor` (skipping
// adverbs: "Jun really should have"), or after it where the sentence puts it there ("Why didn't
// Alice…", "Dann hätte Jun…", Spanish without a subject).
BlamelessLanguageChecker::Subject BlamelessLanguageChecker::subjectOf(
    const std::vector<Token> &tokens, int anchor, int *headFirst, int *headLast) const
{
    auto classify = [&](int k) {
        const ClassSet &c = tokens[size_t(k)].classes;
        if (c.test(size_t(m_system)))
            return Subject::System;
        if (c.test(size_t(m_person)) || c.test(size_t(m_name)))
            return Subject::Person;
        return Subject::Unknown;
    };
    auto phraseStart = [&](int head) {
        // Back over the words of the noun phrase to its article: "the on-call engineer".
        int first = head;
        for (int k = head - 1; k >= 0 && k >= head - 3; --k) {
            const Token &t = tokens[size_t(k)];
            if (!t.isWord || t.classes.test(size_t(m_stop)) || t.classes.test(size_t(m_adverb)))
                break;
            if (t.classes.test(size_t(m_determiner)) || t.classes.test(size_t(m_possessive))) {
                first = k;
                if (t.classes.test(size_t(m_determiner)))
                    break;
                continue;
            }
            if (t.classes.test(size_t(m_person)) || t.classes.test(size_t(m_system)) || t.capitalized)
                first = k;
            else
                break;
        }
        return first;
    };
    // The anchor may be the person itself ("=@person forgot...").
    if (anchor >= 0 && anchor < int(tokens.size())) {
        const ClassSet &c = tokens[size_t(anchor)].classes;
        if (c.test(size_t(m_person)) || c.test(size_t(m_name)) || c.test(size_t(m_possessive))) {
            *headLast = anchor;
            *headFirst = phraseStart(anchor);
            return classify(anchor);
        }
    }
    int k = anchor - 1;
    // Adverbs ("Jun really should have"), auxiliaries ("the intern had violated") and a
    // one-letter name part ("Team A was") are skipped.
    while (k >= 0 && tokens[size_t(k)].isWord
        && (tokens[size_t(k)].classes.test(size_t(m_adverb))
            || tokens[size_t(k)].classes.test(size_t(m_auxiliary))
            || (tokens[size_t(k)].lower.size() == 1 && tokens[size_t(k)].capitalized && k > 0)))
        --k;
    // "la herramienta de auditoría debería": the head comes before "de" (the lexicon's "of").
    while (m_of >= 0 && k >= 2 && tokens[size_t(k - 1)].classes.test(size_t(m_of))
        && !tokens[size_t(k)].classes.test(size_t(m_person))
        && !tokens[size_t(k)].classes.test(size_t(m_system)))
        k -= 2;
    // "the check that should have fired", "el sistema que no debería": the noun the relative
    // pronoun stands for.
    if (k >= 1 && tokens[size_t(k)].isWord && tokens[size_t(k)].classes.test(size_t(m_stop))
        && tokens[size_t(k - 1)].isWord) {
        const Subject s = classify(k - 1);
        if (s != Subject::Unknown) {
            *headLast = k - 1;
            *headFirst = phraseStart(k - 1);
            return s;
        }
    }
    if (k >= 0 && tokens[size_t(k)].isWord && !tokens[size_t(k)].classes.test(size_t(m_stop))) {
        *headLast = k;
        *headFirst = phraseStart(k);
        // "the retry policy of the on-call team" is rare; the head is the last noun.
        return classify(k);
    }
    // Nothing usable on the left: look right, past adverbs and articles, at the next word.
    int r = anchor + 1;
    const int limit = std::min(int(tokens.size()), anchor + 5);
    while (r < limit && tokens[size_t(r)].isWord
        && (tokens[size_t(r)].classes.test(size_t(m_adverb))
            || tokens[size_t(r)].classes.test(size_t(m_determiner))))
        ++r;
    if (r >= limit || !tokens[size_t(r)].isWord)
        return Subject::None;
    *headFirst = r;
    *headLast = r;
    if (r > anchor + 1 && tokens[size_t(r - 1)].classes.test(size_t(m_determiner)))
        *headFirst = r - 1;
    const Subject s = classify(r);
    return s == Subject::Unknown ? Subject::None : s;
}

bool BlamelessLanguageChecker::tokenMatches(const Element &element, const Token &token) const
{
    if ((token.classes & element.mask).any())
        return true;
    const auto has = [&](int id) {
        return id >= 0 && std::binary_search(element.words.begin(), element.words.end(), id);
    };
    return has(token.wordId) || has(token.stemId);
}

bool BlamelessLanguageChecker::itemMatches(int item, const Token &token) const
{
    if (item < 0)
        return token.classes.test(size_t(-item - 1));
    return token.wordId == item || token.stemId == item;
}

bool BlamelessLanguageChecker::matchRule(
    const Rule &rule, const std::vector<Token> &tokens, int first, MatchState *state) const
{
    state->first = first;
    state->spanStart = state->spanEnd = state->anchor = -1;
    return matchFrom(rule, tokens, 0, first, state);
}

// Depth-first over the elements; gaps try the shortest stretch first.
bool BlamelessLanguageChecker::matchFrom(
    const Rule &rule, const std::vector<Token> &tokens, size_t e, int t, MatchState *state) const
{
    const int n = int(tokens.size());
    if (e == rule.elements.size()) {
        state->end = t;
        return t > state->first;
    }
    const Element &el = rule.elements[e];
    switch (el.type) {
    case Element::SpanStart:
        state->spanStart = t;
        return matchFrom(rule, tokens, e + 1, t, state);
    case Element::SpanEnd:
        state->spanEnd = t;
        return matchFrom(rule, tokens, e + 1, t, state);
    case Element::AtStart:
        return (t == 0 || tokens[size_t(t - 1)].boundary) && matchFrom(rule, tokens, e + 1, t, state);
    case Element::Gap:
        for (int k = 0; k <= el.gap; ++k) {
            if (k > 0) {
                const int at = t + k - 1;
                if (at >= n || tokens[size_t(at)].boundary || (!el.crossComma && tokens[size_t(at)].comma))
                    return false;
            }
            if (matchFrom(rule, tokens, e + 1, t + k, state))
                return true;
        }
        return false;
    case Element::NotAfter:
        // Zero-width: the word before this point is none of these ("~keine Schuldigen").
        return (t == 0 || !tokenMatches(el, tokens[size_t(t - 1)]))
            && matchFrom(rule, tokens, e + 1, t, state);
    case Element::Tokens:
        break;
    }
    if (t < n) {
        const Token &tok = tokens[size_t(t)];
        const bool in = tokenMatches(el, tok);
        if (el.negate ? (tok.isWord && !in) : in) {
            const int anchor = state->anchor;
            if (el.anchor)
                state->anchor = t;
            if (matchFrom(rule, tokens, e + 1, t + 1, state))
                return true;
            state->anchor = anchor;
        }
        for (const std::vector<int> &sequence : el.sequences) {
            if (el.negate || t + int(sequence.size()) > n)
                continue;
            bool all = true;
            for (size_t k = 0; all && k < sequence.size(); ++k)
                all = itemMatches(sequence[k], tokens[size_t(t) + k]);
            if (all && matchFrom(rule, tokens, e + 1, t + int(sequence.size()), state))
                return true;
        }
    }
    return el.optional && matchFrom(rule, tokens, e + 1, t, state);
}

QString BlamelessLanguageChecker::reframe(const QString &templ, const QString &text,
    const std::vector<Token> &tokens, const MatchState &state, Subject subject, int headFirst,
    int headLast) const
{
    if (templ.isEmpty())
        return QString();
    const auto slice = [&](int from, int to) { // tokens [from, to)
        if (from >= to)
            return QString();
        return text.mid(tokens[size_t(from)].start, tokens[size_t(to - 1)].end - tokens[size_t(from)].start);
    };
    QString who = m_someone;
    QString whom = m_someone;
    if (subject == Subject::Person && headFirst >= 0) {
        who = slice(headFirst, headLast + 1);
        const Token &first = tokens[size_t(headFirst)];
        const bool lowerable
            = first.classes.test(size_t(m_determiner)) || first.classes.test(size_t(m_pronoun));
        if (first.sentenceStart && lowerable && who.size() > 1 && first.lower != QLatin1String("i"))
            who[0] = who.at(0).toLower();
        if (who.endsWith(QLatin1String("'s")) || who.endsWith(QString(QChar(0x2019)) + QLatin1Char('s')))
            who.chop(2);
        whom = headFirst == headLast ? m_objectForms.value(first.lower, who) : who;
    }
    // The rest of the clause after the flagged phrase, at most a dozen words.
    const int spanStart = state.spanStart >= 0 ? state.spanStart : state.first;
    const int spanEnd = state.spanEnd >= 0 ? state.spanEnd : state.end;
    int restEnd = spanEnd;
    while (restEnd < int(tokens.size()) && restEnd < spanEnd + 12 && tokens[size_t(restEnd)].isWord)
        ++restEnd;
    QString result = templ;
    result.replace(QLatin1String("{who}"), who);
    result.replace(QLatin1String("{whom}"), whom);
    result.replace(QLatin1String("{rest}"), slice(spanEnd, restEnd));
    result.replace(QLatin1String("{span}"), slice(spanStart, spanEnd));
    result.replace(QLatin1String("{verb}"), slice(spanEnd - 1, spanEnd));
    // A slot that came out empty leaves "( …)" or a double space: tidy it.
    result.replace(QLatin1String("  "), QLatin1String(" "));
    result.replace(QLatin1String(" ?"), QLatin1String("?"));
    result.replace(QLatin1String(" )"), QLatin1String(")"));
    return result;
}

LanguageFlag BlamelessLanguageChecker::flagFor(const Entry &entry, const Rule &rule, const QString &text,
    const std::vector<Token> &tokens, const MatchState &state) const
{
    const int spanStart = state.spanStart >= 0 ? state.spanStart : state.first;
    const int spanEnd = state.spanEnd >= 0 ? state.spanEnd : state.end;
    LanguageFlag flag;
    flag.start = tokens[size_t(spanStart)].start;
    flag.end = tokens[size_t(std::max(spanStart, spanEnd - 1))].end;
    flag.phrase = text.mid(flag.start, flag.end - flag.start);
    flag.why = entry.why;
    flag.suggestion = entry.suggestion;
    flag.entryId = entry.id;
    flag.plainSubstitute = entry.plainSubstitute;
    flag.kind = entry.kind;
    int headFirst = -1, headLast = -1;
    const Subject subject
        = subjectOf(tokens, state.anchor >= 0 ? state.anchor : state.first, &headFirst, &headLast);
    flag.reframing = reframe(rule.reframe, text, tokens, state, subject, headFirst, headLast);
    if (flag.reframing.isEmpty())
        flag.reframing = entry.suggestion;
    return flag;
}

// Does a word (or sequence) of the rule's "unless" stand in the sentence of the match?
bool BlamelessLanguageChecker::vetoed(const Rule &rule, const std::vector<Token> &tokens, int first) const
{
    if (!rule.hasUnless)
        return false;
    const int n = int(tokens.size());
    int from = first;
    while (from > 0 && !tokens[size_t(from - 1)].boundary)
        --from;
    for (int k = from; k < n && !tokens[size_t(k)].boundary; ++k) {
        if (tokenMatches(rule.unless, tokens[size_t(k)]))
            return true;
        for (const std::vector<int> &sequence : rule.unless.sequences) {
            bool all = k + int(sequence.size()) <= n;
            for (size_t i = 0; all && i < sequence.size(); ++i)
                all = itemMatches(sequence[i], tokens[size_t(k) + i]);
            if (all)
                return true;
        }
    }
    return false;
}

QList<LanguageFlag> BlamelessLanguageChecker::check(const QString &text) const
{
    QList<LanguageFlag> flags;
    if (text.isEmpty())
        return flags;
    const std::vector<Token> tokens = tokenize(text);
    std::vector<int> refs;
    for (int first = 0; first < int(tokens.size()); ++first) {
        candidateRules(tokens[size_t(first)], &refs);
        int flaggedEntry = -1; // one flag per entry and start
        for (const int ref : refs) {
            const RuleRef &at = m_ruleRefs[size_t(ref)];
            if (at.entry == flaggedEntry)
                continue;
            const Entry &entry = m_entries[size_t(at.entry)];
            const Rule &rule = entry.rules[size_t(at.rule)];
            MatchState state;
            if (!matchRule(rule, tokens, first, &state) || vetoed(rule, tokens, first))
                continue;
            if (rule.subject != SubjectNeed::Any) {
                int headFirst = -1, headLast = -1;
                const Subject s
                    = subjectOf(tokens, state.anchor >= 0 ? state.anchor : first, &headFirst, &headLast);
                if (rule.subject == SubjectNeed::Person ? s != Subject::Person : s == Subject::System)
                    continue;
            }
            flags.append(flagFor(entry, rule, text, tokens, state));
            flaggedEntry = at.entry;
        }
    }
    // Longest first at each start, then drop what an earlier flag already covers ("failed to
    // follow the runbook" is one phrase, not two).
    // Stable: of two flags on the same words, the entry first in the lexicon wins.
    std::stable_sort(flags.begin(), flags.end(), [](const LanguageFlag &a, const LanguageFlag &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<LanguageFlag> kept;
    for (const LanguageFlag &flag : std::as_const(flags)) {
        if (!kept.isEmpty() && flag.start < kept.last().end) {
            if (flag.end - flag.start > kept.last().end - kept.last().start)
                kept.last() = flag;
            continue;
        }
        kept.append(flag);
    }
    return kept;
}

} // namespace faultless::model
