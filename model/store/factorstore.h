#pragma once

#include "domain/sensemaking.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace faultless::model {

class RemovedRows;
class ReviewStore;

// A factor as the factor list shows it: with its category's name ('' for none) and its count of
// evidence that is visible (on live events).
struct FactorRow : Factor
{
    QString categoryName;
    int evidenceCount = 0;
};

// A piece of evidence as the evidence list shows it: the event it shows in the timeline (the
// annotated one for an annotation) and what it says.
struct EvidenceRow : Evidence
{
    qint64 shownEventId = 0;
    qint64 instant = 0;
    QString eventText;
    bool isAnnotation = false;
    QString annotationText;
    QString annotationAuthor;
};

// Contributing factors, their categories and their evidence (tables factors, factor_categories,
// factor_evidence): the only code that knows these tables. Functions take the store (one connection, see
// ReviewStore); writes return false or 0 on failure with ReviewStore::errorString() set, and run inside the
// caller's transaction (commands open one per edit).
class FactorStore
{
    Q_DECLARE_TR_FUNCTIONS(FactorStore)
public:
    // --- editing and item models (factors, categories, evidence)
    static bool exists(const ReviewStore &store, qint64 factorId);

    // Categories, in their seeded order.
    static QList<FactorCategory> categories(const ReviewStore &store);
    static std::optional<FactorCategory> category(const ReviewStore &store, qint64 categoryId);
    static int nextCategoryPosition(const ReviewStore &store);
    // Writes `category` (its id when not 0, else a new one); returns the id, 0 on failure.
    static qint64 insertCategory(ReviewStore &store, const FactorCategory &category);
    static bool setCategoryName(ReviewStore &store, qint64 categoryId, const QString &name);
    static bool setCategoryDescription(ReviewStore &store, qint64 categoryId, const QString &description);
    // Deletes the category (its factors lose it), captured first into `removed` when given; false
    // when there is no such category.
    static bool removeCategory(ReviewStore &store, qint64 categoryId, RemovedRows *removed);
    static QList<qint64> factorIdsInCategory(const ReviewStore &store, qint64 categoryId);
    // Puts `factorIds` back in the category, leaving their "edited" time alone (undo).
    static bool putInCategory(ReviewStore &store, qint64 categoryId, const QList<qint64> &factorIds);

    // Factors by category name (none last), then title.
    static QList<FactorRow> rows(const ReviewStore &store);
    static std::optional<Factor> find(const ReviewStore &store, qint64 factorId);
    // Writes `factor` (its id when not 0, else a new one); returns the id, 0 on failure.
    static qint64 insert(ReviewStore &store, const Factor &factor);
    // The setters stamp the factor's "edited" time.
    static bool setTitle(ReviewStore &store, qint64 factorId, const QString &title, qint64 edited);
    static bool setDescription(
        ReviewStore &store, qint64 factorId, const QString &description, qint64 edited);
    static bool setCategory(
        ReviewStore &store, qint64 factorId, qint64 categoryId, qint64 edited); // 0 = none
    // Deletes the factor with its evidence and its question, opportunity and learning links
    // (captured first into `removed` when given); false when there is no such factor.
    static bool remove(ReviewStore &store, qint64 factorId, RemovedRows *removed);
    // Merges `others` into `target` (see commands::mergeFactors()), capturing into `removed` what
    // unmerge() needs to put everything back. `title` replaces the target's when not blank.
    static bool merge(ReviewStore &store, qint64 target, const QList<qint64> &others, const QString &title,
        qint64 edited, RemovedRows *removed);
    static bool unmerge(ReviewStore &store, qint64 target, const RemovedRows &removed);

    // Evidence of one factor on live events, in time order.
    static QList<EvidenceRow> evidenceRows(const ReviewStore &store, qint64 factorId);
    static std::optional<Evidence> evidence(const ReviewStore &store, qint64 evidenceId);
    // Whether an event / an annotation exists to be cited as evidence.
    static bool eventExists(const ReviewStore &store, qint64 eventId);
    static bool annotationExists(const ReviewStore &store, qint64 annotationId);
    static bool citesEvent(const ReviewStore &store, qint64 factorId, qint64 eventId);
    static bool citesAnnotation(const ReviewStore &store, qint64 factorId, qint64 annotationId);
    // Writes `evidence` (its id when not 0, else a new one); returns the id, 0 on failure.
    static qint64 insertEvidence(ReviewStore &store, const Evidence &evidence);
    // Deletes one piece of evidence, captured first into `removed` when given; false when there
    // is no such evidence.
    static bool removeEvidence(ReviewStore &store, qint64 evidenceId, RemovedRows *removed);

    // --- reports and analysis (briefing, comparison, export)
    // Reads of reports: on a failed query they return nothing and leave the database's message
    // in `error` unless it holds an earlier one; the caller says what it was reading.

    // A factor with the name of its category (empty: uncategorised).
    struct CategorisedFactor
    {
        Factor factor;
        QString category;
    };
    // Every factor with its id, title, description and author, grouped by category (category
    // order, uncategorised last), then by title.
    static QList<CategorisedFactor> inCategoryOrder(const ReviewStore &store, QString *error = nullptr);
    // A piece of evidence with the text of the annotation it cites (empty for an event).
    struct CitedEvidence
    {
        Evidence evidence;
        QString annotationText;
    };
    // All evidence in the order added, with its factor, event and note (the id is not read).
    static QList<CitedEvidence> evidenceInOrder(const ReviewStore &store, QString *error = nullptr);
    // A factor and one event its evidence points at, directly or through an annotation.
    struct EvidenceEvent
    {
        qint64 factorId = 0;
        QString factorTitle;
        qint64 eventId = 0; // 0: the factor has no evidence
    };
    // Every factor with each of its evidence events (once with none when it has no evidence).
    static QList<EvidenceEvent> evidenceEvents(const ReviewStore &store);
};

} // namespace faultless::model
