#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace faultless::model {

// One phrase in a text that assigns blame or argues with hindsight, with why and a reframing.
struct LanguageFlag
{
    qsizetype start = 0; // in UTF-16 code units of the checked text
    qsizetype end = 0;   // exclusive
    QString phrase;      // the words as written
    QString why;         // translated, short
    QString suggestion;  // translated reframing
};

// The blameless-language assistant (DESIGN.md principle 5): it notices, explains and suggests;
// it never blocks saving. The lexicon lives in resources/lexicon and is translatable.
class BlamelessLanguageChecker
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessLanguageChecker)
public:
    BlamelessLanguageChecker();
    QList<LanguageFlag> check(const QString &text) const;

private:
    struct Entry
    {
        QString pattern; // regular expression, case-insensitive, word-bounded
        QString why;
        QString suggestion;
    };
    QList<Entry> m_entries;
};

} // namespace faultless::model
