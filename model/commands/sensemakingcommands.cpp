#include "sensemakingcommands.h"

#include "commands/reviewcommand.h"
#include "store/factorstore.h"
#include "store/opportunitystore.h"
#include "store/questionstore.h"
#include "store/removedrows.h"

#include "domain/timestamps.h"
#include "store/narrativestore.h"
#include "store/participantstore.h"

#include <functional>
#include <memory>

namespace faultless::model::commands {

namespace {

using Area = ReviewDocument::Area;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SensemakingCommands)
};

// Deletes one record by `remove`, a store function that captures the record and everything the
// cascade takes with it (parents first) before deleting; undo writes them back with their ids.
class DeleteRecordCommand : public ReviewCommand
{
public:
    // Returns false (errorString() set, or nothing to delete) when the record could not go.
    using Remove = std::function<bool(ReviewStore &, RemovedRows *)>;
    DeleteRecordCommand(
        ReviewDocument &document, const QString &text, Area area, qint64 notifyId, Remove remove)
        : ReviewCommand(document, text, area, notifyId)
        , m_remove(std::move(remove))
    { }
    using ReviewCommand::alsoNotify;

protected:
    bool apply(bool forward) override
    {
        if (!forward)
            return m_removed.restore(store());
        m_removed = {};
        return m_remove(store(), &m_removed);
    }

private:
    Remove m_remove;
    RemovedRows m_removed;
};

// Inserts `count` records; the ids are kept after the first redo so that a redo after undo gives
// back the same ids (links made later stay valid).
class InsertRecordsCommand : public ReviewCommand
{
public:
    // Writes record `index` with `id` (0 = a new id) and returns its id, 0 on failure.
    using Insert = std::function<qint64(ReviewStore &, int index, qint64 id)>;
    // Deletes the record `id` (undo of the insert).
    using Delete = std::function<bool(ReviewStore &, qint64 id)>;
    InsertRecordsCommand(ReviewDocument &document, const QString &text, Area area, qint64 notifyId, int count,
        Insert insert, Delete remove)
        : ReviewCommand(document, text, area, notifyId)
        , m_count(count)
        , m_insert(std::move(insert))
        , m_delete(std::move(remove))
    { }
    const QList<qint64> &ids() const { return m_ids; }
    // Runs after the insert on redo and before the delete on undo (e.g. step positions).
    std::function<bool(ReviewStore &, const QList<qint64> &ids, bool forward)> after;

protected:
    bool apply(bool forward) override
    {
        if (!forward) {
            if (after && !after(store(), m_ids, false))
                return false;
            for (qint64 id : std::as_const(m_ids)) {
                if (!m_delete(store(), id))
                    return false;
            }
            return true;
        }
        const bool firstRun = m_ids.isEmpty();
        for (int i = 0; i < m_count; ++i) {
            const qint64 id = m_insert(store(), i, firstRun ? 0 : m_ids.at(i));
            if (!id)
                return false;
            if (firstRun)
                m_ids.append(id);
        }
        return !after || after(store(), m_ids, true);
    }

private:
    int m_count;
    Insert m_insert;
    Delete m_delete;
    QList<qint64> m_ids;
};

// Sets one field of one record through a store setter; consecutive edits of the same field of the
// same record merge (typing).
class EditFieldCommand : public ReviewCommand
{
public:
    enum { Id = 0x5e46 };
    // Writes `value` into the field of record `id` (a setter that also stamps "edited" does so).
    using Write = std::function<bool(ReviewStore &, qint64 id, const QVariant &value)>;
    // `field` names the field for merging only (e.g. "factor.title").
    EditFieldCommand(ReviewDocument &document, const QString &text, Area area, qint64 notifyId, QString field,
        qint64 id, QVariant oldValue, QVariant newValue, bool mergeable, Write write)
        : ReviewCommand(document, text, area, notifyId)
        , m_field(std::move(field))
        , m_id(id)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
        , m_mergeable(mergeable)
        , m_write(std::move(write))
    { }
    int id() const override { return m_mergeable ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditFieldCommand *>(other);
        if (!edit->m_mergeable || edit->m_field != m_field || edit->m_id != m_id)
            return false;
        m_new = edit->m_new;
        return true;
    }

protected:
    bool apply(bool forward) override { return m_write(store(), m_id, forward ? m_new : m_old); }

private:
    QString m_field;
    qint64 m_id;
    QVariant m_old;
    QVariant m_new;
    bool m_mergeable;
    Write m_write;
};

// Replaces the set of links of one record (a question's or an opportunity's factors) through a
// store function that writes the whole set.
class ReplaceLinksCommand : public ReviewCommand
{
public:
    using Write = std::function<bool(ReviewStore &, qint64 ownerId, const QList<qint64> &links)>;
    ReplaceLinksCommand(ReviewDocument &document, const QString &text, Area area, qint64 ownerId,
        QList<qint64> before, QList<qint64> after, Write write)
        : ReviewCommand(document, text, area, ownerId)
        , m_ownerId(ownerId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_write(std::move(write))
    { }

protected:
    bool apply(bool forward) override { return m_write(store(), m_ownerId, forward ? m_after : m_before); }

private:
    qint64 m_ownerId;
    QList<qint64> m_before;
    QList<qint64> m_after;
    Write m_write;
};

class NotifyingLambdaCommand : public LambdaCommand
{
public:
    using LambdaCommand::LambdaCommand;
    using ReviewCommand::alsoNotify;
};

// Edits one field of record `id` from `old` (invalid: there is no such record) to `value`.
bool editField(ReviewDocument &document, const QString &label, Area area, qint64 notifyId,
    const QString &field, qint64 id, const QVariant &old, const QVariant &value, bool mergeable,
    EditFieldCommand::Write write)
{
    if (id <= 0 || !old.isValid())
        return false;
    if (old == value)
        return true;
    return push(document,
        new EditFieldCommand(
            document, label, area, notifyId, field, id, old, value, mergeable, std::move(write)));
}

// Inserts one record; returns its id, 0 on failure.
qint64 insertRecord(ReviewDocument &document, const QString &label, Area area, qint64 notifyId,
    std::function<qint64(ReviewStore &, qint64 id)> insert, InsertRecordsCommand::Delete remove,
    std::function<bool(ReviewStore &, const QList<qint64> &, bool)> after = {})
{
    auto *command = new InsertRecordsCommand(
        document, label, area, notifyId, 1,
        [insert = std::move(insert)](ReviewStore &s, int, qint64 id) { return insert(s, id); },
        std::move(remove));
    command->after = std::move(after);
    if (!push(document, command))
        return 0;
    // The stack owns the command; a successful push keeps it (inserts never merge).
    return command->ids().value(0);
}

// Inserts `records` (domain values with an `id`) by `insert`, a store function that keeps a
// non-zero id and returns the record's id. Returns the command, not yet pushed.
template <typename Record>
InsertRecordsCommand *insertRecordsCommand(ReviewDocument &document, const QString &label, Area area,
    qint64 notifyId, const QList<Record> &records,
    std::function<qint64(ReviewStore &, const Record &)> insert, InsertRecordsCommand::Delete remove)
{
    return new InsertRecordsCommand(
        document, label, area, notifyId, int(records.size()),
        [records, insert = std::move(insert)](ReviewStore &s, int index, qint64 id) {
            Record record = records.at(index);
            record.id = id;
            return insert(s, record);
        },
        std::move(remove));
}

} // namespace

// --- Categories

namespace {

// Inserts `record` by `insert`, a store function that keeps a non-zero id (see
// insertRecordsCommand()); returns its id, 0 on failure.
template <typename Record>
qint64 insertTypedRecord(ReviewDocument &document, const QString &label, Area area, qint64 notifyId,
    const Record &record, std::function<qint64(ReviewStore &, const Record &)> insert,
    InsertRecordsCommand::Delete remove)
{
    return insertRecord(
        document, label, area, notifyId,
        [record, insert = std::move(insert)](ReviewStore &s, qint64 id) {
            Record withId = record;
            withId.id = id;
            return insert(s, withId);
        },
        std::move(remove));
}

} // namespace

qint64 addCategory(ReviewDocument &document, const QString &name, const QString &description)
{
    FactorCategory category;
    category.name = name.trimmed();
    if (category.name.isEmpty())
        return 0;
    category.description = description;
    category.position = FactorStore::nextCategoryPosition(document.store());
    return insertTypedRecord<FactorCategory>(document, Text::tr("Add category \"%1\"").arg(category.name),
        Area::Categories, 0, category, FactorStore::insertCategory,
        [](ReviewStore &s, qint64 id) { return FactorStore::removeCategory(s, id, nullptr); });
}

bool renameCategory(ReviewDocument &document, qint64 categoryId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    const std::optional<FactorCategory> category = FactorStore::category(document.store(), categoryId);
    return editField(document, Text::tr("Rename category"), Area::Categories, categoryId,
        QStringLiteral("category.name"), categoryId, category ? QVariant(category->name) : QVariant(),
        trimmed, false, [](ReviewStore &s, qint64 id, const QVariant &v) {
            return FactorStore::setCategoryName(s, id, v.toString());
        });
}

bool setCategoryDescription(ReviewDocument &document, qint64 categoryId, const QString &description)
{
    const std::optional<FactorCategory> category = FactorStore::category(document.store(), categoryId);
    return editField(document, Text::tr("Edit category description"), Area::Categories, categoryId,
        QStringLiteral("category.description"), categoryId,
        category ? QVariant(category->description) : QVariant(), description, true,
        [](ReviewStore &s, qint64 id, const QVariant &v) {
            return FactorStore::setCategoryDescription(s, id, v.toString());
        });
}

bool deleteCategory(ReviewDocument &document, qint64 categoryId)
{
    const std::optional<FactorCategory> category = FactorStore::category(document.store(), categoryId);
    if (!category)
        return false;
    const QList<qint64> factors = FactorStore::factorIdsInCategory(document.store(), categoryId);
    // Deleting clears the factors' category; undo writes the row back and re-links them.
    auto saved = std::make_shared<RemovedRows>();
    auto *command = new NotifyingLambdaCommand(
        document, Text::tr("Delete category \"%1\"").arg(category->name), Area::Categories, 0,
        [categoryId, saved](
            ReviewStore &s) { return FactorStore::removeCategory(s, categoryId, saved.get()); },
        [categoryId, saved, factors](ReviewStore &s) {
            return saved->restore(s) && FactorStore::putInCategory(s, categoryId, factors);
        });
    command->alsoNotify(Area::Factors);
    return push(document, command);
}

// --- Factors

namespace {

// A setter of a factor field that stamps the factor's "edited" time (now, on undo as on redo).
EditFieldCommand::Write stampedFactorSetter(bool (*set)(ReviewStore &, qint64, const QString &, qint64))
{
    return [set](ReviewStore &s, qint64 id, const QVariant &v) {
        return set(s, id, v.toString(), timestamps::now());
    };
}

} // namespace

qint64 addFactor(
    ReviewDocument &document, const QString &title, const QString &description, qint64 categoryId)
{
    Factor factor;
    factor.created = factor.edited = timestamps::now();
    factor.title = title.trimmed().isEmpty() ? Text::tr("New factor") : title.trimmed();
    factor.description = description;
    factor.categoryId = categoryId;
    factor.author = document.author();
    return insertTypedRecord<Factor>(document, Text::tr("Add factor \"%1\"").arg(factor.title), Area::Factors,
        0, factor, FactorStore::insert,
        [](ReviewStore &s, qint64 id) { return FactorStore::remove(s, id, nullptr); });
}

bool setFactorTitle(ReviewDocument &document, qint64 factorId, const QString &title)
{
    const std::optional<Factor> factor = FactorStore::find(document.store(), factorId);
    return editField(document, Text::tr("Edit factor title"), Area::Factors, factorId,
        QStringLiteral("factor.title"), factorId, factor ? QVariant(factor->title) : QVariant(), title, true,
        stampedFactorSetter(FactorStore::setTitle));
}

bool setFactorDescription(ReviewDocument &document, qint64 factorId, const QString &description)
{
    const std::optional<Factor> factor = FactorStore::find(document.store(), factorId);
    return editField(document, Text::tr("Edit factor description"), Area::Factors, factorId,
        QStringLiteral("factor.description"), factorId, factor ? QVariant(factor->description) : QVariant(),
        description, true, stampedFactorSetter(FactorStore::setDescription));
}

bool setFactorCategory(ReviewDocument &document, qint64 factorId, qint64 categoryId)
{
    if (categoryId && !FactorStore::category(document.store(), categoryId))
        return false;
    const std::optional<Factor> factor = FactorStore::find(document.store(), factorId);
    return editField(document, Text::tr("Change factor category"), Area::Factors, factorId,
        QStringLiteral("factor.category"), factorId, factor ? QVariant(factor->categoryId) : QVariant(),
        categoryId, false, [](ReviewStore &s, qint64 id, const QVariant &v) {
            return FactorStore::setCategory(s, id, v.toLongLong(), timestamps::now());
        });
}

bool deleteFactor(ReviewDocument &document, qint64 factorId)
{
    const std::optional<Factor> factor = FactorStore::find(document.store(), factorId);
    if (!factor)
        return false;
    auto *command = new DeleteRecordCommand(document, Text::tr("Delete factor \"%1\"").arg(factor->title),
        Area::Factors, 0, [factorId](ReviewStore &s, RemovedRows *removed) {
            return FactorStore::remove(s, factorId, removed);
        });
    command->alsoNotify(Area::Questions);
    command->alsoNotify(Area::Opportunities);
    return push(document, command);
}

int addEventEvidence(ReviewDocument &document, qint64 factorId, const QList<qint64> &eventIds)
{
    if (!FactorStore::exists(document.store(), factorId))
        return 0;
    QList<Evidence> records;
    QList<qint64> seen;
    for (qint64 eventId : eventIds) {
        if (eventId <= 0 || seen.contains(eventId))
            continue;
        seen.append(eventId);
        const bool cited = FactorStore::citesEvent(document.store(), factorId, eventId);
        const bool real = FactorStore::eventExists(document.store(), eventId);
        if (!cited && real)
            records.append({ 0, factorId, eventId, 0, QString() });
    }
    if (records.isEmpty())
        return 0;
    auto *command = insertRecordsCommand<Evidence>(document,
        Text::tr("Cite %n event(s) as evidence", nullptr, int(records.size())), Area::Factors, factorId,
        records, FactorStore::insertEvidence,
        [](ReviewStore &s, qint64 id) { return FactorStore::removeEvidence(s, id, nullptr); });
    return push(document, command) ? int(records.size()) : 0;
}

bool addAnnotationEvidence(ReviewDocument &document, qint64 factorId, qint64 annotationId)
{
    if (!FactorStore::exists(document.store(), factorId)
        || !FactorStore::annotationExists(document.store(), annotationId))
        return false;
    if (FactorStore::citesAnnotation(document.store(), factorId, annotationId))
        return true;
    const Evidence evidence { 0, factorId, 0, annotationId, QString() };
    return insertTypedRecord<Evidence>(document, Text::tr("Cite annotation as evidence"), Area::Factors,
               factorId, evidence, FactorStore::insertEvidence,
               [](ReviewStore &s, qint64 id) { return FactorStore::removeEvidence(s, id, nullptr); })
        != 0;
}

bool removeEvidence(ReviewDocument &document, qint64 evidenceId)
{
    const std::optional<Evidence> evidence = FactorStore::evidence(document.store(), evidenceId);
    if (!evidence)
        return false;
    return push(document,
        new DeleteRecordCommand(document, Text::tr("Remove evidence"), Area::Factors, evidence->factorId,
            [evidenceId](ReviewStore &s, RemovedRows *removed) {
                return FactorStore::removeEvidence(s, evidenceId, removed);
            }));
}

namespace {

// Merging moves links and evidence, then deletes the others; undo puts back the target's links
// and fields as they were and writes the others back with everything that hung off them.
class MergeFactorsCommand : public ReviewCommand
{
public:
    MergeFactorsCommand(ReviewDocument &document, qint64 target, QList<qint64> others, QString title)
        : ReviewCommand(
            document, Text::tr("Merge %n factor(s)", nullptr, int(others.size() + 1)), Area::Factors, 0)
        , m_target(target)
        , m_others(std::move(others))
        , m_title(std::move(title))
    {
        alsoNotify(Area::Questions);
        alsoNotify(Area::Opportunities);
    }

protected:
    bool apply(bool forward) override
    {
        if (!forward)
            return FactorStore::unmerge(store(), m_target, m_saved);
        m_saved = {};
        return FactorStore::merge(store(), m_target, m_others, m_title, timestamps::now(), &m_saved);
    }

private:
    qint64 m_target;
    QList<qint64> m_others;
    QString m_title;
    RemovedRows m_saved;
};

} // namespace

bool mergeFactors(ReviewDocument &document, qint64 target, const QList<qint64> &others, const QString &title)
{
    if (!FactorStore::exists(document.store(), target))
        return false;
    QList<qint64> rest;
    for (qint64 id : others) {
        if (id == target || rest.contains(id))
            continue;
        if (!FactorStore::exists(document.store(), id))
            return false;
        rest.append(id);
    }
    if (rest.isEmpty())
        return false;
    return push(document, new MergeFactorsCommand(document, target, rest, title));
}

// --- Narratives

namespace {

using NarrativeSetter = bool (*)(ReviewStore &, qint64, const QString &, qint64 edited);

// Edits one text field of a narrative (`member` of the record, written by `set`, which also stamps
// "edited" at the time of each redo and undo).
bool editNarrative(ReviewDocument &document, const QString &label, const QString &field, qint64 narrativeId,
    const QString &value, QString Narrative::*member, NarrativeSetter set)
{
    const std::optional<Narrative> narrative = NarrativeStore::find(document.store(), narrativeId);
    return editField(document, label, Area::Narratives, narrativeId, field, narrativeId,
        narrative ? QVariant((*narrative).*member) : QVariant(), value, true,
        [set](ReviewStore &s, qint64 id, const QVariant &v) {
            return set(s, id, v.toString(), timestamps::now());
        });
}

} // namespace

qint64 addNarrative(
    ReviewDocument &document, const QString &title, const QString &vantagePoint, const QString &author)
{
    Narrative narrative;
    narrative.title = title.trimmed().isEmpty() ? Text::tr("New narrative") : title.trimmed();
    narrative.vantagePoint = vantagePoint.trimmed();
    narrative.author = author.isEmpty() ? document.author() : author;
    narrative.created = narrative.edited = timestamps::now();
    narrative.position = NarrativeStore::nextPosition(document.store());
    return insertRecord(
        document, Text::tr("Add narrative \"%1\"").arg(narrative.title), Area::Narratives, 0,
        [narrative](ReviewStore &s, qint64 id) {
            Narrative n = narrative;
            n.id = id;
            return NarrativeStore::insert(s, n);
        },
        [](ReviewStore &s, qint64 id) { return NarrativeStore::remove(s, id, nullptr); });
}

bool setNarrativeTitle(ReviewDocument &document, qint64 narrativeId, const QString &title)
{
    return editNarrative(document, Text::tr("Edit narrative title"), QStringLiteral("narrative.title"),
        narrativeId, title, &Narrative::title, NarrativeStore::setTitle);
}

bool setNarrativeVantagePoint(ReviewDocument &document, qint64 narrativeId, const QString &vantagePoint)
{
    return editNarrative(document, Text::tr("Edit vantage point"), QStringLiteral("narrative.vantagePoint"),
        narrativeId, vantagePoint, &Narrative::vantagePoint, NarrativeStore::setVantagePoint);
}

bool setNarrativeAuthor(ReviewDocument &document, qint64 narrativeId, const QString &author)
{
    return editNarrative(document, Text::tr("Edit narrative author"), QStringLiteral("narrative.author"),
        narrativeId, author, &Narrative::author, NarrativeStore::setAuthor);
}

bool deleteNarrative(ReviewDocument &document, qint64 narrativeId)
{
    const std::optional<Narrative> narrative = NarrativeStore::find(document.store(), narrativeId);
    if (!narrative)
        return false;
    // The store takes the steps (by cascade) and their disputes (by hand) along.
    auto *command
        = new DeleteRecordCommand(document, Text::tr("Delete narrative \"%1\"").arg(narrative->title),
            Area::Narratives, 0, [narrativeId](ReviewStore &s, RemovedRows *removed) {
                return NarrativeStore::remove(s, narrativeId, removed);
            });
    command->alsoNotify(Area::Disputes);
    return push(document, command);
}

QList<qint64> stepOrder(const ReviewDocument &document, qint64 narrativeId)
{
    return NarrativeStore::stepOrder(document.store(), narrativeId);
}

namespace {

int insertSteps(ReviewDocument &document, qint64 narrativeId, QList<NarrativeStep> steps, int row,
    const QString &label, QList<qint64> *ids)
{
    if (!NarrativeStore::exists(document.store(), narrativeId) || steps.isEmpty())
        return 0;
    const QList<qint64> before = NarrativeStore::stepOrder(document.store(), narrativeId);
    const int at = row < 0 || row > before.size() ? int(before.size()) : row;
    for (NarrativeStep &step : steps) {
        step.narrativeId = narrativeId;
        step.author = document.author();
    }
    auto *command = insertRecordsCommand<NarrativeStep>(document, label, Area::Narratives, narrativeId, steps,
        NarrativeStore::insertStep,
        [](ReviewStore &s, qint64 id) { return NarrativeStore::removeStep(s, id, nullptr); });
    command->after = [before, at](ReviewStore &s, const QList<qint64> &newIds, bool forward) {
        if (!forward)
            return NarrativeStore::setStepOrder(s, before);
        QList<qint64> order = before;
        for (qsizetype i = 0; i < newIds.size(); ++i)
            order.insert(at + i, newIds.at(i));
        return NarrativeStore::setStepOrder(s, order);
    };
    if (!push(document, command))
        return 0;
    if (ids)
        *ids = command->ids();
    return int(steps.size());
}

} // namespace

qint64 addStep(ReviewDocument &document, qint64 narrativeId, const QString &text, qint64 eventId, int row)
{
    NarrativeStep step;
    step.text = text;
    step.eventId = eventId;
    QList<qint64> ids;
    insertSteps(document, narrativeId, { step }, row, Text::tr("Add step"), &ids);
    return ids.value(0);
}

int addStepsForEvents(ReviewDocument &document, qint64 narrativeId, const QList<qint64> &eventIds, int row)
{
    QList<NarrativeStep> steps;
    for (qint64 id : eventIds) {
        if (NarrativeStore::isCitable(document.store(), id)) {
            NarrativeStep step;
            step.eventId = id;
            steps.append(step);
        }
    }
    return insertSteps(document, narrativeId, steps, row,
        Text::tr("Add %n step(s) from events", nullptr, int(steps.size())), nullptr);
}

bool setStepText(ReviewDocument &document, qint64 stepId, const QString &text)
{
    const std::optional<NarrativeStep> step = NarrativeStore::findStep(document.store(), stepId);
    return step
        && editField(document, Text::tr("Edit step"), Area::Narratives, step->narrativeId,
            QStringLiteral("step.text"), stepId, step->text, text, true,
            [](ReviewStore &s, qint64 id, const QVariant &v) {
                return NarrativeStore::setStepText(s, id, v.toString());
            });
}

bool setStepEvent(ReviewDocument &document, qint64 stepId, qint64 eventId)
{
    const std::optional<NarrativeStep> step = NarrativeStore::findStep(document.store(), stepId);
    if (!step || (eventId && !NarrativeStore::isCitable(document.store(), eventId)))
        return false;
    return editField(document, eventId ? Text::tr("Cite event in step") : Text::tr("Remove cited event"),
        Area::Narratives, step->narrativeId, QStringLiteral("step.event"), stepId, step->eventId, eventId,
        false, [](ReviewStore &s, qint64 id, const QVariant &v) {
            return NarrativeStore::setStepEvent(s, id, v.toLongLong());
        });
}

bool moveStep(ReviewDocument &document, qint64 stepId, int row)
{
    const std::optional<NarrativeStep> step = NarrativeStore::findStep(document.store(), stepId);
    if (!step)
        return false;
    const QList<qint64> before = NarrativeStore::stepOrder(document.store(), step->narrativeId);
    const qsizetype from = before.indexOf(stepId);
    const int to = std::clamp(row, 0, int(before.size()) - 1);
    if (from == to)
        return true;
    QList<qint64> after = before;
    after.move(from, to);
    return push(document,
        new LambdaCommand(
            document, Text::tr("Move step"), Area::Narratives, step->narrativeId,
            [after](ReviewStore &s) { return NarrativeStore::setStepOrder(s, after); },
            [before](ReviewStore &s) { return NarrativeStore::setStepOrder(s, before); }));
}

bool deleteStep(ReviewDocument &document, qint64 stepId)
{
    const std::optional<NarrativeStep> step = NarrativeStore::findStep(document.store(), stepId);
    if (!step)
        return false;
    // The store takes the step's disputes along (they have no foreign key to cascade).
    auto *command = new DeleteRecordCommand(document, Text::tr("Delete step"), Area::Narratives,
        step->narrativeId, [stepId](ReviewStore &s, RemovedRows *removed) {
            return NarrativeStore::removeStep(s, stepId, removed);
        });
    command->alsoNotify(Area::Disputes, stepId);
    return push(document, command);
}

// --- Participants

qint64 addParticipant(
    ReviewDocument &document, const QString &name, const QString &role, const QString &pseudonym)
{
    Participant participant;
    participant.name = name.trimmed().isEmpty() ? Text::tr("New participant") : name.trimmed();
    participant.role = role;
    participant.pseudonym = pseudonym;
    return insertRecord(
        document, Text::tr("Add participant"), Area::Participants, 0,
        [participant](ReviewStore &s, qint64 id) {
            Participant p = participant;
            p.id = id;
            return ParticipantStore::insert(s, p);
        },
        [](ReviewStore &s, qint64 id) { return ParticipantStore::remove(s, id, nullptr); });
}

bool setParticipantField(
    ReviewDocument &document, qint64 participantId, Participant::Field field, const QString &value)
{
    const std::optional<QString> old = ParticipantStore::field(document.store(), participantId, field);
    return editField(document, Text::tr("Edit participant"), Area::Participants, participantId,
        QStringLiteral("participant.%1").arg(int(field)), participantId, old ? QVariant(*old) : QVariant(),
        value, true, [field](ReviewStore &s, qint64 id, const QVariant &v) {
            return ParticipantStore::setField(s, id, field, v.toString());
        });
}

bool deleteParticipant(ReviewDocument &document, qint64 participantId)
{
    if (!ParticipantStore::exists(document.store(), participantId))
        return false;
    return push(document,
        new DeleteRecordCommand(document, Text::tr("Delete participant"), Area::Participants, 0,
            [participantId](ReviewStore &s, RemovedRows *removed) {
                return ParticipantStore::remove(s, participantId, removed);
            }));
}

qint64 confirmParticipant(ReviewDocument &document, const QString &name, const QStringList &aliases)
{
    Participant participant;
    participant.name = name.trimmed();
    if (participant.name.isEmpty())
        return 0;
    // The spellings live in the meta table, keyed by id: after an undo they are left there, unread
    // (no such participant), and a redo, which gives back the same id, finds them again.
    return insertRecord(
        document, Text::tr("Confirm participant"), Area::Participants, 0,
        [participant](ReviewStore &s, qint64 id) {
            Participant p = participant;
            p.id = id;
            return ParticipantStore::insert(s, p);
        },
        [](ReviewStore &s, qint64 id) { return ParticipantStore::remove(s, id, nullptr); },
        [aliases](ReviewStore &s, const QList<qint64> &ids, bool forward) {
            return !forward || ids.isEmpty() || ParticipantStore::setAliases(s, ids.first(), aliases);
        });
}

bool addParticipantAliases(ReviewDocument &document, qint64 participantId, const QStringList &aliases)
{
    if (!ParticipantStore::exists(document.store(), participantId))
        return false;
    const QStringList before = ParticipantStore::aliases(document.store()).value(participantId);
    QStringList after = before;
    for (const QString &alias : aliases) {
        if (!alias.trimmed().isEmpty() && !after.contains(alias.trimmed()))
            after << alias.trimmed();
    }
    if (after == before)
        return true;
    return push(document,
        new LambdaCommand(
            document, Text::tr("Merge into participant"), Area::Participants, participantId,
            [participantId, after](
                ReviewStore &s) { return ParticipantStore::setAliases(s, participantId, after); },
            [participantId, before](
                ReviewStore &s) { return ParticipantStore::setAliases(s, participantId, before); }));
}

bool setParticipantPresent(ReviewDocument &document, qint64 participantId, bool present)
{
    if (!ParticipantStore::exists(document.store(), participantId))
        return false;
    const QList<qint64> before = ParticipantStore::present(document.store());
    QList<qint64> after = before;
    if (present && !after.contains(participantId))
        after.append(participantId);
    else if (!present)
        after.removeAll(participantId);
    if (after == before)
        return true;
    return push(document,
        new LambdaCommand(
            document, present ? Text::tr("Mark present") : Text::tr("Mark not present"), Area::Participants,
            participantId, [after](ReviewStore &s) { return ParticipantStore::setPresent(s, after); },
            [before](ReviewStore &s) { return ParticipantStore::setPresent(s, before); }));
}

// --- Questions

qint64 addQuestion(ReviewDocument &document, const QString &text)
{
    Question question;
    question.text = text.trimmed();
    if (question.text.isEmpty())
        return 0;
    question.status = QStringLiteral("open");
    question.author = document.author();
    question.created = timestamps::now();
    return insertTypedRecord<Question>(document, Text::tr("Add question"), Area::Questions, 0, question,
        QuestionStore::insert,
        [](ReviewStore &s, qint64 id) { return QuestionStore::remove(s, id, nullptr); });
}

bool setQuestionText(ReviewDocument &document, qint64 questionId, const QString &text)
{
    const std::optional<Question> question = QuestionStore::find(document.store(), questionId);
    return editField(document, Text::tr("Edit question"), Area::Questions, questionId,
        QStringLiteral("question.text"), questionId, question ? QVariant(question->text) : QVariant(), text,
        true, [](ReviewStore &s, qint64 id, const QVariant &v) {
            return QuestionStore::setText(s, id, v.toString());
        });
}

bool setQuestionExplored(ReviewDocument &document, qint64 questionId, bool explored)
{
    const std::optional<Question> question = QuestionStore::find(document.store(), questionId);
    return editField(document, explored ? Text::tr("Mark question explored") : Text::tr("Reopen question"),
        Area::Questions, questionId, QStringLiteral("question.status"), questionId,
        question ? QVariant(question->status) : QVariant(),
        explored ? QStringLiteral("explored") : QStringLiteral("open"), false,
        [](ReviewStore &s, qint64 id, const QVariant &v) {
            return QuestionStore::setStatus(s, id, v.toString());
        });
}

bool deleteQuestion(ReviewDocument &document, qint64 questionId)
{
    if (!QuestionStore::exists(document.store(), questionId))
        return false;
    return push(document,
        new DeleteRecordCommand(document, Text::tr("Delete question"), Area::Questions, 0,
            [questionId](ReviewStore &s, RemovedRows *removed) {
                return QuestionStore::remove(s, questionId, removed);
            }));
}

bool setQuestionFactors(ReviewDocument &document, qint64 questionId, const QList<qint64> &factorIds)
{
    if (!QuestionStore::exists(document.store(), questionId))
        return false;
    const QList<qint64> before = QuestionStore::factorIds(document.store(), questionId);
    QList<qint64> after;
    for (qint64 id : factorIds) {
        if (!after.contains(id) && FactorStore::exists(document.store(), id))
            after.append(id);
    }
    std::sort(after.begin(), after.end());
    if (after == before)
        return true;
    return push(document,
        new ReplaceLinksCommand(document, Text::tr("Link question to factors"), Area::Questions, questionId,
            before, after, QuestionStore::setFactorIds));
}

// --- Opportunities

qint64 addOpportunity(
    ReviewDocument &document, const QString &title, const QString &description, const QString &owner)
{
    Opportunity opportunity;
    opportunity.title = title.trimmed().isEmpty() ? Text::tr("New opportunity") : title.trimmed();
    opportunity.description = description;
    opportunity.owner = owner;
    opportunity.status = QStringLiteral("proposed");
    opportunity.created = timestamps::now();
    return insertTypedRecord<Opportunity>(document, Text::tr("Add opportunity"), Area::Opportunities, 0,
        opportunity, OpportunityStore::insert,
        [](ReviewStore &s, qint64 id) { return OpportunityStore::remove(s, id, nullptr); });
}

bool setOpportunityField(
    ReviewDocument &document, qint64 opportunityId, const QString &column, const QString &value)
{
    using Setter = bool (*)(ReviewStore &, qint64, const QString &);
    struct Field
    {
        QString Opportunity::*member;
        Setter set;
    };
    static const QHash<QString, Field> fields = { { QStringLiteral("title"),
                                                      { &Opportunity::title, OpportunityStore::setTitle } },
        { QStringLiteral("description"), { &Opportunity::description, OpportunityStore::setDescription } },
        { QStringLiteral("owner"), { &Opportunity::owner, OpportunityStore::setOwner } },
        { QStringLiteral("status"), { &Opportunity::status, OpportunityStore::setStatus } } };
    const auto field = fields.constFind(column);
    if (field == fields.cend())
        return false;
    const std::optional<Opportunity> opportunity = OpportunityStore::find(document.store(), opportunityId);
    const Setter set = field->set;
    return editField(document, Text::tr("Edit opportunity"), Area::Opportunities, opportunityId,
        QStringLiteral("opportunity.") + column, opportunityId,
        opportunity ? QVariant((*opportunity).*(field->member)) : QVariant(), value,
        column != QLatin1String("status"),
        [set](ReviewStore &s, qint64 id, const QVariant &v) { return set(s, id, v.toString()); });
}

bool deleteOpportunity(ReviewDocument &document, qint64 opportunityId)
{
    if (!OpportunityStore::exists(document.store(), opportunityId))
        return false;
    return push(document,
        new DeleteRecordCommand(document, Text::tr("Delete opportunity"), Area::Opportunities, 0,
            [opportunityId](ReviewStore &s, RemovedRows *removed) {
                return OpportunityStore::remove(s, opportunityId, removed);
            }));
}

bool setOpportunityFactors(ReviewDocument &document, qint64 opportunityId, const QList<qint64> &factorIds)
{
    if (!OpportunityStore::exists(document.store(), opportunityId))
        return false;
    const QList<qint64> before = OpportunityStore::factorIds(document.store(), opportunityId);
    QList<qint64> after;
    for (qint64 id : factorIds) {
        if (!after.contains(id) && FactorStore::exists(document.store(), id))
            after.append(id);
    }
    std::sort(after.begin(), after.end());
    if (after == before)
        return true;
    return push(document,
        new ReplaceLinksCommand(document, Text::tr("Link opportunity to factors"), Area::Opportunities,
            opportunityId, before, after, OpportunityStore::setFactorIds));
}

} // namespace faultless::model::commands
