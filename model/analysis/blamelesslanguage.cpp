#include "blamelesslanguage.h"

#include <QRegularExpression>

namespace faultless::model {

BlamelessLanguageChecker::BlamelessLanguageChecker()
{
    m_entries = {
        {QStringLiteral("\\broot[ -]?causes?\\b"), tr("Implies a single cause; incidents in complex systems have many contributing factors."),
         tr("Name the contributing factors instead.")},
        {QStringLiteral("\\bhuman error\\b"), tr("Labels a person instead of describing the conditions they worked in."),
         tr("Describe what the person saw, knew and could do at the time.")},
        {QStringLiteral("\\bshould have\\b"), tr("Counterfactual: judges the past with knowledge gained afterwards."),
         tr("Describe what happened and what made it make sense at the time.")},
    };
}

QList<LanguageFlag> BlamelessLanguageChecker::check(const QString &text) const
{
    QList<LanguageFlag> flags;
    for (const Entry &entry : m_entries) {
        const QRegularExpression re(entry.pattern, QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            flags.append({m.capturedStart(), m.capturedEnd(), m.captured(), entry.why, entry.suggestion});
        }
    }
    std::sort(flags.begin(), flags.end(), [](const LanguageFlag &a, const LanguageFlag &b) { return a.start < b.start; });
    return flags;
}

} // namespace faultless::model
