#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace faultless::model {

// One phrase in a text that assigns blame or argues with hindsight, with why and a reframing.
struct LanguageFlag
{
    qsizetype start = 0; // in UTF-16 code units of the checked text
    qsizetype end = 0; // exclusive
    QString phrase; // the words as written
    QString why; // translated, short
    QString suggestion; // translated reframing
    QString entryId; // lexicon entry ("root-cause", "should-have", ...), stable across languages
    // The phrase stands for a concept the review already has a word for (the lexicon's
    // "plainSubstitute"): Reframe can put in "contributing factors" instead of a prompt.
    bool plainSubstitute = false;
};

// The blameless-language assistant (docs/architecture.md principle 5): it notices, explains and suggests;
// it never blocks saving. The lexicon lives in resources/lexicon/<language>.json (patterns per
// entry); the English explanations are translatable strings in blamelesslanguage.cpp, the other
// lexicons carry their own. Decisions worth knowing (see tests/data/language/SOURCE.txt):
// "failed to" is flagged only before verbs of attention or diligence ("failed to notice"), not
// where a system is described ("the health check failed to connect"); "cause" alone is fine,
// "root cause" never is.
class BlamelessLanguageChecker
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessLanguageChecker)
public:
    // The lexicon of the default QLocale's language, English when there is none for it.
    BlamelessLanguageChecker();
    // "de", "es_ES", "en-GB"...: the lexicon of that language, English when there is none.
    explicit BlamelessLanguageChecker(const QString &languageCode);

    // Flags in text order; overlapping matches keep the longer phrase.
    QList<LanguageFlag> check(const QString &text) const;
    QString language() const { return m_language; }
    static QStringList availableLanguages();

private:
    void load(const QString &languageCode);

    struct Entry
    {
        QString id;
        QList<QRegularExpression> patterns; // case-insensitive, word-bounded
        QString why;
        QString suggestion;
        bool plainSubstitute = false;
    };
    QList<Entry> m_entries;
    QString m_language;
};

} // namespace faultless::model
