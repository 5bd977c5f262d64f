#pragma once

#include "document/reviewdocument.h"
#include "domain/event.h"

#include <QString>
#include <QStringList>

namespace faultless::model::commands {

// Facade for what review practice asks for beyond the imported evidence: events added by hand,
// clock skew per source, disputes, surprises and what helped, the timeline as agreed by the room,
// and several answers per question. Each call is one undo step and returns false / 0 (after the
// document reported why) when the edit could not be saved.

// An event the reviewers add by hand ("10:30 phone call between on-call and vendor"). It is
// stored with manual = 1 and no source, so it is never mistaken for recorded evidence.
struct ManualEvent
{
    Instant instant = NoInstant;
    Instant end = NoInstant; // optional
    EventKind kind = EventKind::Note;
    Severity severity = Severity::Unknown;
    QString lane;
    QString actor;
    QString text;
};

// Returns the new event's id, or 0 (also when the event has no instant or no text).
qint64 addManualEvent(ReviewDocument &document, const ManualEvent &event);
// Only manual events can be edited or deleted here: recorded evidence stays as it was recorded.
bool editManualEvent(ReviewDocument &document, qint64 eventId, const ManualEvent &event);
// Deleting also removes the event's annotations, tags, evidence links and disputes; undo brings
// all of them back with their ids.
bool deleteManualEvent(ReviewDocument &document, qint64 eventId);
// The stored fields of a manual event (instant NoInstant when `eventId` is not a manual event).
ManualEvent manualEvent(const ReviewDocument &document, qint64 eventId);

// Shifts every event of a source by `deltaUs` (its clock was wrong, or its zone mislabelled) and
// adds the delta to the source's recorded clock offset, with the reason. Undo shifts back.
bool shiftSourceClock(ReviewDocument &document, qint64 sourceId, qint64 deltaUs, const QString &reason);

// Disputes: item types "event", "annotation", "step"; states "uncertain", "disputed".
qint64 addDispute(ReviewDocument &document, const QString &itemType, qint64 itemId, const QString &state,
    const QString &raisedBy, const QString &reason);
// The dispute is settled (or was raised by mistake): it is removed; undo restores it.
bool removeDispute(ReviewDocument &document, qint64 disputeId);

// Surprises and what helped: kind "surprise" or "helped". They sit next to the contributing
// factors and may link to them; they never replace them.
qint64 addLearning(ReviewDocument &document, const QString &kind, const QString &text);
// Consecutive edits of the same learning merge into one undo step.
bool editLearning(ReviewDocument &document, qint64 learningId, const QString &text);
bool deleteLearning(ReviewDocument &document, qint64 learningId);
bool linkLearningToEvent(ReviewDocument &document, qint64 learningId, qint64 eventId);
bool linkLearningToFactor(ReviewDocument &document, qint64 learningId, qint64 factorId);
bool unlinkLearningFromEvent(ReviewDocument &document, qint64 learningId, qint64 eventId);
bool unlinkLearningFromFactor(ReviewDocument &document, qint64 learningId, qint64 factorId);

// Marks the timeline as agreed by the room now: stores a snapshot of events, annotations and
// highlights (see analysis/agreementdiff.h) with who was present. Returns the agreement's id.
qint64 recordAgreement(ReviewDocument &document, const QStringList &present);

// Several answers to one open question, from different people; none is marked final.
qint64 addAnswer(ReviewDocument &document, qint64 questionId, const QString &author, const QString &text);
bool editAnswer(ReviewDocument &document, qint64 answerId, const QString &text);
bool deleteAnswer(ReviewDocument &document, qint64 answerId);

} // namespace faultless::model::commands
