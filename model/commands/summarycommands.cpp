#include "summarycommands.h"

#include "commands/reviewcommand.h"
#include "store/incidentsummarystore.h"

namespace faultless::model::commands {

namespace {

class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommands)
};

// Which parts an edit changes: consecutive edits of the same parts merge.
enum Part { Text = 0x1, Window = 0x2 };

int changedParts(const IncidentSummary &before, const IncidentSummary &after)
{
    int parts = 0;
    if (before.text != after.text)
        parts |= Text;
    if (before.impactFrom != after.impactFrom || before.impactTo != after.impactTo)
        parts |= Window;
    return parts;
}

class SetSummaryCommand : public ReviewCommand
{
public:
    enum { Id = 0x5e11 };
    SetSummaryCommand(ReviewDocument &document, const IncidentSummary &before, const IncidentSummary &after)
        : ReviewCommand(document,
            changedParts(before, after) == Window ? SummaryText::tr("Edit impact window")
                                                  : SummaryText::tr("Edit summary"),
            ReviewDocument::Area::Meta)
        , m_before(before)
        , m_after(after)
        , m_parts(changedParts(before, after))
    { }
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const SetSummaryCommand *>(other);
        if (edit->m_parts != m_parts)
            return false;
        m_after = edit->m_after;
        return true;
    }

protected:
    bool apply(bool forward) override
    {
        return IncidentSummaryStore::write(store(), forward ? m_after : m_before);
    }

private:
    IncidentSummary m_before;
    IncidentSummary m_after;
    int m_parts;
};

} // namespace

bool setIncidentSummary(ReviewDocument &document, const IncidentSummary &summary)
{
    const QString problem = IncidentSummaryStore::problem(summary);
    if (!problem.isEmpty()) {
        document.reportError(problem);
        return false;
    }
    const IncidentSummary before = IncidentSummaryStore::read(document.store());
    if (before == summary)
        return true;
    return push(document, new SetSummaryCommand(document, before, summary));
}

IncidentSummary incidentSummary(const ReviewDocument &document)
{
    return IncidentSummaryStore::read(document.store());
}

} // namespace faultless::model::commands
