#pragma once

#include "document/reviewdocument.h"

#include <QString>

namespace faultless::model::commands {

// "Import again as…" (issue 20): a file read in a format the user doubts is read again in
// another, and the review keeps one version of it. The import itself runs like every import (on
// a worker, with progress and cancel, ImportRequest::replaceSourceId): its transaction marks the
// old source removed and commits the new one, so a canceled or failed import changes nothing.
// recordReimport() then makes the pair one undo step: undo hides the new source and shows the
// old one with its events as they were (same ids and instants: nothing was deleted), redo swaps
// them back. Annotations, tags and evidence on the old events stay with them.

// What importing a source again needs, checked before the user chooses a format: the source is
// in the review and its file is still there, readable and of the same size. (The content is
// compared by the import itself, off the GUI thread: reading a large file takes time.)
struct Reimport
{
    qint64 sourceId = 0;
    QString sourceName;
    QString path; // the source's recorded path
    QString formatId; // what it was imported as
    QString problem; // translated; empty when it can go ahead
};
Reimport planReimport(const ReviewDocument &document, qint64 sourceId);

// Records a re-import that has already been committed: the new source replaced `replacedSourceId`.
// One undo step: undo shows the replaced source and hides the new one, redo the reverse.
bool recordReimport(
    ReviewDocument &document, qint64 newSourceId, qint64 replacedSourceId, const QString &sourceName);

} // namespace faultless::model::commands
