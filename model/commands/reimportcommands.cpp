#include "reimportcommands.h"

#include "commands/reviewcommand.h"
#include "store/sourcestore.h"

#include <QFileInfo>

namespace faultless::model::commands {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReimportCommands)
};

// The size a content hash records ("SIZE-CRC-ADLER", ImportJob::contentHash), or -1.
qint64 sizeInHash(const QString &contentHash)
{
    bool ok = false;
    const qint64 size = contentHash.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    return ok && size >= 0 ? size : -1;
}
} // namespace

Reimport planReimport(const ReviewDocument &document, qint64 sourceId)
{
    Reimport plan;
    plan.sourceId = sourceId;
    const std::optional<Source> source = SourceStore::find(document.store(), sourceId);
    if (!source || source->removed) {
        plan.problem = Text::tr("This source is no longer in the review.");
        return plan;
    }
    plan.sourceName = source->name;
    plan.path = source->originPath;
    plan.formatId = source->format;
    const QFileInfo file(plan.path);
    if (plan.path.isEmpty() || !file.exists()) {
        plan.problem = Text::tr("%1 cannot be imported again: its file %2 is gone (moved, renamed or "
                                "deleted since it was imported).")
                           .arg(plan.sourceName, plan.path);
    } else if (!file.isFile() || !file.isReadable()) {
        plan.problem = Text::tr("%1 cannot be imported again: its file %2 cannot be read.")
                           .arg(plan.sourceName, plan.path);
    } else if (const qint64 recorded = sizeInHash(source->contentHash);
               recorded >= 0 && recorded != file.size()) {
        plan.problem = Text::tr("%1 cannot be imported again: its file %2 has changed since it was imported "
                                "(%3 bytes then, %4 now). Import it as a new file instead.")
                           .arg(plan.sourceName, plan.path)
                           .arg(recorded)
                           .arg(file.size());
    }
    return plan;
}

bool recordReimport(
    ReviewDocument &document, qint64 newSourceId, qint64 replacedSourceId, const QString &sourceName)
{
    auto swap = [newSourceId, replacedSourceId](bool forward) {
        return [=](ReviewStore &s) {
            return SourceStore::setImportRemoved(s, replacedSourceId, forward)
                && SourceStore::setImportRemoved(s, newSourceId, !forward);
        };
    };
    // The import's transaction already made the swap: the first redo() only shows it.
    auto *command = new LambdaCommand(document, Text::tr("Import %1 again").arg(sourceName),
        ReviewDocument::Area::Events, 0, swap(true), swap(false));
    command->skipFirstApply();
    return push(document, command);
}

} // namespace faultless::model::commands
