#pragma once

#include "document/reviewdocument.h"

#include <QList>
#include <QPair>
#include <QString>

namespace faultless::model::commands {

// Facade for edits of sources, events, annotations and tags. Each call is one undo step; each
// returns false (after the document reported why) when the edit could not be saved.

// Records an import that has already been committed (on a worker thread) as one undo step:
// undo hides the whole source, redo shows it again.
bool recordImport(ReviewDocument &document, qint64 sourceId, const QString &sourceName);
// Records one file of an import job as soon as it is committed. The files of the same `job` (a
// number the caller gives each job, not 0) merge into one undo step, "Import %n file(s)", as long
// as that step is the newest on the stack; an edit made between two files ends the step and the
// files after it form the next one, so undo follows the order in which things happened.
bool recordImportedFile(ReviewDocument &document, quint64 job, qint64 sourceId, const QString &sourceName);
bool removeSource(ReviewDocument &document, qint64 sourceId);
bool setHighlighted(ReviewDocument &document, qint64 eventId, bool highlighted);
// phase: "detection", "diagnosis", "repair", "key moment" or empty
bool setPhase(ReviewDocument &document, qint64 eventId, const QString &phase);

// Returns the new annotation's id, or 0.
qint64 addAnnotation(ReviewDocument &document, qint64 eventId, const QString &text);
// Consecutive edits of the same annotation merge into one undo step (typing is not a step per key).
bool editAnnotation(ReviewDocument &document, qint64 annotationId, const QString &text);
bool deleteAnnotation(ReviewDocument &document, qint64 annotationId);

bool addTag(ReviewDocument &document, qint64 eventId, const QString &tag);
bool removeTag(ReviewDocument &document, qint64 eventId, const QString &tag);

} // namespace faultless::model::commands
