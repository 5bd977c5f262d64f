#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace faultless::model {

enum class BriefingFormat { Markdown, Html, Pdf };

// Two readers of the same review (issue 10): leaders read a short, visual briefing with the
// jargon explained; practitioners want the detailed analysis.
enum class BriefingAudience { Leader, Practitioner };

enum class BriefingPageSize { A4, Letter };

// The sections a briefing may hold. There is deliberately no section for a single cause: the
// briefing shows contributing factors as a set and every narrative with its vantage point.
enum class BriefingSection : quint32 {
    Summary = 0x1, // incident window and impact
    Chart = 0x2, // event rate with flag changes and experiments
    Timeline = 0x4, // highlighted events with their phase
    FlagChanges = 0x8, // with time to reverse
    Experiments = 0x10, // hypothesis and verdict
    Factors = 0x20, // contributing factors by category, with evidence
    Narratives = 0x40, // each with its vantage point, and where they diverge
    Disputes = 0x80, // what the room did not agree on
    Learnings = 0x100, // surprises and what helped
    Questions = 0x200, // with their answers
    Opportunities = 0x400,
    Glossary = 0x800, // terms used, explained
    Sources = 0x1000, // where the evidence came from
};
Q_DECLARE_FLAGS(BriefingSections, BriefingSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(BriefingSections)

// Reports progress (0..100) of a long export; returning false cancels it.
using BriefingProgress = std::function<bool(int percent)>;

struct BriefingOptions
{
    BriefingFormat format = BriefingFormat::Markdown;
    QString language; // empty: the application's; else e.g. "de", loads :/i18n/faultless_de.qm
    BriefingAudience audience = BriefingAudience::Leader;
    QString timeZone; // IANA id; empty: the review's
    BriefingPageSize pageSize = BriefingPageSize::A4;
    BriefingSections sections; // empty: the audience's default sections
    bool pseudonymise = false; // participants' pseudonyms replace their names in all text
    bool redact = true; // secrets in quoted text (tokens, passwords, addresses) are masked
    bool activeLinks = false; // web addresses stay inert text unless the user opts in

    BriefingSections effectiveSections() const { return sections ? sections : defaultSections(audience); }

    static BriefingSections defaultSections(BriefingAudience audience);
    static QList<BriefingSection> allSections();
    // Stable names for the command line (`--sections summary,timeline`).
    static QString sectionName(BriefingSection section);
    static std::optional<BriefingSection> sectionFromName(QStringView name);
    // Parses a comma-separated list; nullopt and `*bad` = the first unknown name.
    static std::optional<BriefingSections> parseSections(const QString &list, QString *bad = nullptr);
};

} // namespace faultless::model
