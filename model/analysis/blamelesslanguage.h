#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <bitset>
#include <vector>

namespace faultless::model {

class ReviewStore;

// One phrase in a text that assigns blame or argues with hindsight, with why and a reframing.
struct LanguageFlag
{
    // Which kind of wording the phrase is (the labels of tests/data/language/corpus-*.tsv).
    enum class Kind {
        Counterfactual, // "If only…", "Had Jun waited…", "could have prevented"
        Normative, // deviation from what someone was expected to do: "forgot to", "should have"
        Judgement, // of a person's care, skill or attention: "sloppy", "human error"
        Attribution, // the outcome put down to a person's act or omission
        RootCause, // "the root cause", "the real cause", "five whys"
    };

    qsizetype start = 0; // in UTF-16 code units of the checked text
    qsizetype end = 0; // exclusive
    QString phrase; // the words as written
    QString why; // translated, short
    QString suggestion; // translated, general advice for this entry
    QString entryId; // lexicon entry ("root-cause", "should-have", ...), stable across languages
    // The phrase stands for a concept the review already has a word for (the lexicon's
    // "plainSubstitute"): Reframe can put in "contributing factors" instead of a prompt.
    bool plainSubstitute = false;
    Kind kind = Kind::Normative;
    // A question that keeps the author's facts (who, what they did) and asks about the
    // situation instead: "Jun should have waited for the canary" → "What made it look
    // reasonable to Jun at the time not to have waited for the canary?"
    QString reframing;

    // "counterfactual", "normative", "judgement", "attribution", "root-cause".
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

// The blameless-language assistant (docs/architecture.md principle 5): it notices, explains and
// suggests; it never blocks saving. It is a small grammar, not a phrase list: the text is cut into
// tokens, each token gets the word classes the lexicon (resources/lexicon/<language>.json) puts it
// in (people and roles, systems, modals, omission verbs, judgement words...), and the lexicon's
// rules are patterns over those classes. A rule may ask who the subject is, so that "the on-call
// engineer should have" flags and "the retry policy should have" does not. docs/language-check.md
// describes the pattern language and how to add a language.
class BlamelessLanguageChecker
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessLanguageChecker)
public:
    // The lexicon of the default QLocale's language, English when there is none for it.
    BlamelessLanguageChecker();
    // "de", "es_ES", "en-GB"...: the lexicon of that language, English when there is none.
    explicit BlamelessLanguageChecker(const QString &languageCode);

    // The review's people (participants' names and pseudonyms): the checker treats them as
    // persons, so that "kiwi forgot to page" flags whatever the capitalisation. Replaces the
    // people set before.
    void setPeople(const QStringList &names);
    // The participants' names and pseudonyms of a review, for setPeople().
    static QStringList reviewPeople(const ReviewStore &store);

    // Flags in text order; overlapping matches keep the longer phrase.
    QList<LanguageFlag> check(const QString &text) const;
    QString language() const { return m_language; }
    // The languages with a lexicon, sorted, each once.
    static QStringList availableLanguages();
    // Whether `languageCode` ("de", "es_MX") names a language with a lexicon.
    static bool isAvailable(const QString &languageCode);

    static constexpr int MaxClasses = 128;
    using ClassSet = std::bitset<MaxClasses>;
    struct Token;
    struct MatchState;

private:
    // One step of a rule's pattern (see docs/language-check.md).
    struct Element
    {
        enum Type { Tokens, Gap, SpanStart, SpanEnd, AtStart, NotAfter };
        Type type = Tokens;
        ClassSet mask; // Tokens: any of these classes
        std::vector<int> words; // Tokens: or one of these literal words (sorted ids)
        // Tokens: or these in a row ("die_schuld"): a word id >= 0, a class as -(index + 1)
        std::vector<std::vector<int>> sequences;
        bool negate = false; // Tokens: a word in none of them
        bool optional = false;
        bool anchor = false; // the subject is looked for from this token
        int gap = 0; // Gap: up to this many tokens
        bool crossComma = false; // Gap: may pass commas
    };
    enum class SubjectNeed { Any, Person, NotSystem };
    struct Rule
    {
        std::vector<Element> elements;
        SubjectNeed subject = SubjectNeed::Any;
        QString reframe; // template
        // A word of the same sentence that vetoes the match ("unless": "ended|recovered"): the
        // flag is not raised where the sentence tells of recovery, not damage.
        Element unless;
        bool hasUnless = false;
    };
    struct Entry
    {
        QString id;
        LanguageFlag::Kind kind = LanguageFlag::Kind::Normative;
        QString why;
        QString suggestion;
        bool plainSubstitute = false;
        std::vector<Rule> rules;
    };

    void load(const QString &languageCode);
    bool loadLexicon(const QString &path);
    int classIndex(const QString &name);
    int affixClass(const QString &word);
    int literalId(const QString &word);
    bool tokenMatches(const Element &element, const Token &token) const;
    bool itemMatches(int item, const Token &token) const;
    void addToClass(int index, const QString &word);
    bool compileRule(Entry &entry, const QString &pattern, const QString &subject, const QString &variant,
        const QString &unless);
    bool parseAlternatives(const QString &part, Element *element);
    bool vetoed(const Rule &rule, const std::vector<Token> &tokens, int first) const;
    std::vector<Token> tokenize(const QString &text) const;
    bool looksLikeName(const std::vector<Token> &tokens, size_t k) const;
    void indexRules();
    void candidateRules(const Token &token, std::vector<int> *refs) const;
    ClassSet classesOf(const QString &lower) const;
    ClassSet listedClassesOf(const QString &lower) const;
    bool affixOnlyName(const std::vector<Token> &tokens, size_t k) const;
    enum class Subject { None, Person, System, Unknown };
    Subject subjectOf(const std::vector<Token> &tokens, int anchor, int *headFirst, int *headLast) const;
    bool matchRule(const Rule &rule, const std::vector<Token> &tokens, int first, MatchState *state) const;
    bool matchFrom(const Rule &rule, const std::vector<Token> &tokens, size_t element, int token,
        MatchState *state) const;
    LanguageFlag flagFor(const Entry &entry, const Rule &rule, const QString &text,
        const std::vector<Token> &tokens, const MatchState &state) const;
    QString reframe(const QString &templ, const QString &text, const std::vector<Token> &tokens,
        const MatchState &state, Subject subject, int headFirst, int headLast) const;

    QString m_language;
    QHash<QString, int> m_classByName;
    QHash<QString, ClassSet> m_words; // lower-case word -> classes
    QHash<QString, int> m_literals; // lower-case word of a pattern -> id
    QStringList m_peopleAdded; // words setPeople() made persons, to undo on the next call
    std::vector<std::pair<QString, ClassSet>> m_prefixes; // "übersah*"
    std::vector<std::pair<QString, ClassSet>> m_suffixes; // "*ed"
    QHash<QString, QString> m_objectForms; // "we" -> "us" (for {whom})
    QString m_someone; // who, when the text does not say
    bool m_namesAtSentenceStart = true; // an unknown capitalised first word may be a name
    bool m_nounsCapitalised = false; // German: long or hyphenated capitalised words are nouns
    std::vector<Entry> m_entries;
    // Which rules can start at a token, by the first word their pattern consumes, so that
    // check() tries a few rules per token instead of all of them (indexRules()).
    struct RuleRef
    {
        int entry = 0;
        int rule = 0;
    };
    std::vector<RuleRef> m_ruleRefs; // every rule, in lexicon order
    std::vector<int> m_rulesAlways; // refs whose first word may be anything
    QHash<int, std::vector<int>> m_rulesByWord; // literal id -> refs
    std::vector<std::vector<int>> m_rulesByClass; // class index -> refs
    int m_person = -1, m_system = -1, m_adverb = -1, m_determiner = -1, m_stop = -1, m_pronoun = -1;
    int m_name = -1, m_possessive = -1, m_of = -1;
    int m_auxiliary = -1; // "had" in "the intern had violated": skipped on the way to the subject
    QStringList m_verbEndings; // a capitalised first word ending so is a verb, not a name
};

} // namespace faultless::model
