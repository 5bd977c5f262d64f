#pragma once

#include "document/reviewdocument.h"
#include "domain/practice.h"

#include <QList>
#include <QString>

namespace faultless::model::commands {

// Facade for the sense-making edits: factor categories, contributing factors and their evidence,
// narratives and their steps, participants, questions with their answers, and opportunities.
// Each call is one undo step and one transaction (autosave is implicit); each returns false or 0
// (after the document reported why) when the edit could not be saved. Text edits of the same
// field of the same row merge into one undo step, so typing is not a step per keystroke.
//
// Deletions remember every row the database cascade removes (evidence, links, steps, answers)
// and put them back with their ids on undo, so links made to them stay valid through undo/redo.

// --- Factor categories (the review's editable taxonomy)
qint64 addCategory(ReviewDocument &document, const QString &name, const QString &description = {});
bool renameCategory(ReviewDocument &document, qint64 categoryId, const QString &name);
bool setCategoryDescription(ReviewDocument &document, qint64 categoryId, const QString &description);
// Factors of the category keep existing without one.
bool deleteCategory(ReviewDocument &document, qint64 categoryId);

// --- Contributing factors: a set, no rank, no "primary", no severity
qint64 addFactor(
    ReviewDocument &document, const QString &title, const QString &description = {}, qint64 categoryId = 0);
bool setFactorTitle(ReviewDocument &document, qint64 factorId, const QString &title);
bool setFactorDescription(ReviewDocument &document, qint64 factorId, const QString &description);
bool setFactorCategory(ReviewDocument &document, qint64 factorId, qint64 categoryId);
bool deleteFactor(ReviewDocument &document, qint64 factorId);
// Cites events as evidence (those already cited are skipped). Returns how many were added.
int addEventEvidence(ReviewDocument &document, qint64 factorId, const QList<qint64> &eventIds);
bool addAnnotationEvidence(ReviewDocument &document, qint64 factorId, qint64 annotationId);
bool removeEvidence(ReviewDocument &document, qint64 evidenceId);
// Merges `others` into `target`: evidence, question/opportunity/learning links move over (without
// duplicates), descriptions are appended, `title` replaces the target's when not empty, and the
// others are deleted. One undo step.
bool mergeFactors(
    ReviewDocument &document, qint64 target, const QList<qint64> &others, const QString &title = {});

// --- Narratives
qint64 addNarrative(
    ReviewDocument &document, const QString &title, const QString &vantagePoint, const QString &author = {});
bool setNarrativeTitle(ReviewDocument &document, qint64 narrativeId, const QString &title);
bool setNarrativeVantagePoint(ReviewDocument &document, qint64 narrativeId, const QString &vantagePoint);
bool setNarrativeAuthor(ReviewDocument &document, qint64 narrativeId, const QString &author);
bool deleteNarrative(ReviewDocument &document, qint64 narrativeId);
// Inserts a step at `row` (-1 = at the end). Returns its id.
qint64 addStep(
    ReviewDocument &document, qint64 narrativeId, const QString &text, qint64 eventId = 0, int row = -1);
// One step per event, citing it (as dropped from the timeline or the event table). Returns the
// number of steps added.
int addStepsForEvents(
    ReviewDocument &document, qint64 narrativeId, const QList<qint64> &eventIds, int row = -1);
bool setStepText(ReviewDocument &document, qint64 stepId, const QString &text);
bool setStepEvent(ReviewDocument &document, qint64 stepId, qint64 eventId); // 0 = cite nothing
// Moves a step to `row` of its narrative's step list.
bool moveStep(ReviewDocument &document, qint64 stepId, int row);
bool deleteStep(ReviewDocument &document, qint64 stepId);
// The narrative's step ids in order.
QList<qint64> stepOrder(const ReviewDocument &document, qint64 narrativeId);

// --- Participants (pseudonyms are what an export shows)
qint64 addParticipant(
    ReviewDocument &document, const QString &name, const QString &role = {}, const QString &pseudonym = {});
bool setParticipantField(
    ReviewDocument &document, qint64 participantId, Participant::Field field, const QString &value);
bool deleteParticipant(ReviewDocument &document, qint64 participantId);
// A person the sources name (analysis/participantsuggestions.h) confirmed as a participant, with
// the other spellings the sources used for them; one undo step. Returns the new id, 0 on failure.
qint64 confirmParticipant(ReviewDocument &document, const QString &name, const QStringList &aliases);
// Merges spellings into an existing participant (one chat user seen as an id and as a name).
bool addParticipantAliases(ReviewDocument &document, qint64 participantId, const QStringList &aliases);
// Marks a participant present at (or absent from) the review meeting; sign-off offers those present.
bool setParticipantPresent(ReviewDocument &document, qint64 participantId, bool present);

// --- Open questions for the session: open or explored. Answers (several, none final) are in
// practicecommands.h: addAnswer(), editAnswer(), deleteAnswer().
qint64 addQuestion(ReviewDocument &document, const QString &text);
bool setQuestionText(ReviewDocument &document, qint64 questionId, const QString &text);
bool setQuestionExplored(ReviewDocument &document, qint64 questionId, bool explored);
bool deleteQuestion(ReviewDocument &document, qint64 questionId);
bool setQuestionFactors(ReviewDocument &document, qint64 questionId, const QList<qint64> &factorIds);

// --- Opportunities: what the team might try next
qint64 addOpportunity(ReviewDocument &document, const QString &title, const QString &description = {},
    const QString &owner = {});
// column: "title", "description", "owner" or "status" ("proposed", "agreed", "done", "dropped")
bool setOpportunityField(
    ReviewDocument &document, qint64 opportunityId, const QString &column, const QString &value);
bool deleteOpportunity(ReviewDocument &document, qint64 opportunityId);
bool setOpportunityFactors(ReviewDocument &document, qint64 opportunityId, const QList<qint64> &factorIds);

} // namespace faultless::model::commands
