#include "briefingoptions.h"

namespace faultless::model {

namespace {
struct SectionName
{
    BriefingSection section;
    const char *name;
};
// Command-line names: stable, never translated (scripts use them).
constexpr SectionName kSectionNames[] = {
    { BriefingSection::Summary, "summary" },
    { BriefingSection::Chart, "chart" },
    { BriefingSection::Timeline, "timeline" },
    { BriefingSection::FlagChanges, "flags" },
    { BriefingSection::Experiments, "experiments" },
    { BriefingSection::Factors, "factors" },
    { BriefingSection::Narratives, "narratives" },
    { BriefingSection::Disputes, "disputes" },
    { BriefingSection::Learnings, "learnings" },
    { BriefingSection::Questions, "questions" },
    { BriefingSection::Opportunities, "opportunities" },
    { BriefingSection::Glossary, "glossary" },
    { BriefingSection::Sources, "sources" },
};
} // namespace

BriefingSections BriefingOptions::defaultSections(BriefingAudience audience)
{
    BriefingSections common = BriefingSection::Summary | BriefingSection::Chart | BriefingSection::Timeline
        | BriefingSection::FlagChanges | BriefingSection::Experiments | BriefingSection::Factors
        | BriefingSection::Narratives | BriefingSection::Questions | BriefingSection::Opportunities;
    if (audience == BriefingAudience::Leader)
        return common | BriefingSection::Glossary;
    return common | BriefingSection::Disputes | BriefingSection::Learnings | BriefingSection::Sources;
}

QList<BriefingSection> BriefingOptions::allSections()
{
    QList<BriefingSection> all;
    for (const SectionName &s : kSectionNames)
        all.append(s.section);
    return all;
}

QString BriefingOptions::sectionName(BriefingSection section)
{
    for (const SectionName &s : kSectionNames) {
        if (s.section == section)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<BriefingSection> BriefingOptions::sectionFromName(QStringView name)
{
    for (const SectionName &s : kSectionNames) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.section;
    }
    return std::nullopt;
}

std::optional<BriefingSections> BriefingOptions::parseSections(const QString &list, QString *bad)
{
    BriefingSections sections;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto section = sectionFromName(part.trimmed());
        if (!section) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        sections |= *section;
    }
    if (!sections) {
        if (bad)
            *bad = list;
        return std::nullopt;
    }
    return sections;
}

} // namespace faultless::model
