#include "blamelesslanguage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace faultless::model {

namespace {

// The English explanations, translatable; keyed by the lexicon entry id.
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
};

const EnglishText *englishText(const QString &id)
{
    for (const EnglishText &t : kEnglish) {
        if (id == QLatin1String(t.id))
            return &t;
    }
    return nullptr;
}

QString baseLanguage(const QString &code)
{
    // "de_DE", "de-AT", "DE" -> "de"
    QString lang = code.trimmed().toLower();
    const qsizetype cut = lang.indexOf(QRegularExpression(QStringLiteral("[_\\-.@]")));
    if (cut >= 0)
        lang.truncate(cut);
    return lang;
}

QString lexiconPath(const QString &language)
{
    return QStringLiteral(":/lexicon/") + language + QStringLiteral(".json");
}

} // namespace

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
    return languages;
}

void BlamelessLanguageChecker::load(const QString &languageCode)
{
    m_language = baseLanguage(languageCode);
    if (!QFile::exists(lexiconPath(m_language)))
        m_language = QStringLiteral("en");
    QFile file(lexiconPath(m_language));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Blameless-language lexicon %s is missing from this build", qPrintable(file.fileName()));
        return;
    }
    const QJsonObject lexicon = QJsonDocument::fromJson(file.readAll()).object();
    const bool english = m_language == QLatin1String("en");
    for (const QJsonValue &value : lexicon.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = value.toObject();
        Entry entry;
        entry.id = o.value(QStringLiteral("id")).toString();
        entry.plainSubstitute = o.value(QStringLiteral("plainSubstitute")).toBool();
        const EnglishText *text = englishText(entry.id);
        if (english && text) {
            entry.why = QCoreApplication::translate("BlamelessLanguageChecker", text->why);
            entry.suggestion = QCoreApplication::translate("BlamelessLanguageChecker", text->suggestion);
        } else {
            entry.why = o.value(QStringLiteral("why")).toString();
            entry.suggestion = o.value(QStringLiteral("suggestion")).toString();
        }
        for (const QJsonValue &p : o.value(QStringLiteral("patterns")).toArray()) {
            QRegularExpression re(p.toString(),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid()) {
                qWarning("Lexicon %s, entry %s: bad pattern %s", qPrintable(m_language), qPrintable(entry.id),
                    qPrintable(p.toString()));
                continue;
            }
            re.optimize();
            entry.patterns.append(re);
        }
        if (!entry.patterns.isEmpty())
            m_entries.append(entry);
    }
}

QList<LanguageFlag> BlamelessLanguageChecker::check(const QString &text) const
{
    QList<LanguageFlag> flags;
    if (text.isEmpty())
        return flags;
    for (const Entry &entry : m_entries) {
        for (const QRegularExpression &re : entry.patterns) {
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedLength() == 0)
                    continue;
                flags.append({ m.capturedStart(), m.capturedEnd(), m.captured(), entry.why, entry.suggestion,
                    entry.id, entry.plainSubstitute });
            }
        }
    }
    // Longest first at each start, then drop what an earlier flag already covers ("failed to
    // follow the runbook" is one phrase, not two).
    std::sort(flags.begin(), flags.end(), [](const LanguageFlag &a, const LanguageFlag &b) {
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
