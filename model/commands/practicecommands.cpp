#include "practicecommands.h"

#include "analysis/agreementdiff.h"
#include "analysis/disputes.h"
#include "commands/reviewcommand.h"
#include "domain/timestamps.h"
#include "store/agreementstore.h"
#include "store/answerstore.h"
#include "store/disputestore.h"
#include "store/eventstore.h"
#include "store/learningstore.h"
#include "store/removedrows.h"
#include "store/sourcestore.h"

namespace faultless::model::commands {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCommands)
};

// A LambdaCommand that may notify more than one area.
class StepsCommand : public LambdaCommand
{
public:
    using LambdaCommand::LambdaCommand;
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }
};

// ---------------------------------------------------------------------------------------------
// Manual events

EventRow toRow(qint64 id, const ManualEvent &e)
{
    EventRow row;
    row.id = id;
    row.instant = e.instant;
    row.end = e.end;
    row.kind = e.kind;
    row.severity = e.severity;
    row.lane = e.lane;
    row.actor = e.actor;
    row.text = e.text;
    row.manual = true;
    return row;
}

ManualEvent readManual(const ReviewStore &store, qint64 id)
{
    ManualEvent e;
    if (const std::optional<EventRow> row = EventStore::manualEvent(store, id)) {
        e.instant = row->instant;
        e.end = row->end;
        e.kind = row->kind;
        e.severity = row->severity;
        e.lane = row->lane;
        e.actor = row->actor;
        e.text = row->text;
    }
    return e;
}

bool validManual(ReviewDocument &document, const ManualEvent &e)
{
    if (e.instant == NoInstant) {
        document.reportError(Text::tr("The event needs a time."));
        return false;
    }
    if (e.text.trimmed().isEmpty()) {
        document.reportError(Text::tr("The event needs a text saying what happened."));
        return false;
    }
    if (e.end != NoInstant && e.end < e.instant) {
        document.reportError(Text::tr("The event ends before it starts."));
        return false;
    }
    if (!isSupportedInstant(e.instant) || (e.end != NoInstant && !isSupportedInstant(e.end))) {
        document.reportError(DomainText::instantOutOfRange());
        return false;
    }
    return true;
}

class AddManualEventCommand : public ReviewCommand
{
public:
    AddManualEventCommand(ReviewDocument &document, const ManualEvent &event)
        : ReviewCommand(document, Text::tr("Add event by hand"), ReviewDocument::Area::Events)
        , m_event(event)
    { }
    qint64 eventId() const { return m_id; }

protected:
    bool apply(bool forward) override
    {
        if (forward) {
            const qint64 id = EventStore::insertManual(store(), toRow(m_id, m_event));
            if (id == 0)
                return false;
            m_id = id;
            return true;
        }
        return EventStore::deleteManual(store(), m_id);
    }

private:
    ManualEvent m_event;
    qint64 m_id = 0;
};

class EditManualEventCommand : public ReviewCommand
{
public:
    EditManualEventCommand(
        ReviewDocument &document, qint64 id, const ManualEvent &before, const ManualEvent &after)
        : ReviewCommand(document, Text::tr("Edit event added by hand"), ReviewDocument::Area::Events)
        , m_id(id)
        , m_before(before)
        , m_after(after)
    {
        alsoNotify(ReviewDocument::Area::Event, id);
    }

protected:
    bool apply(bool forward) override
    {
        return EventStore::updateManual(store(), toRow(m_id, forward ? m_after : m_before));
    }

private:
    qint64 m_id;
    ManualEvent m_before;
    ManualEvent m_after;
};

class DeleteManualEventCommand : public ReviewCommand
{
public:
    DeleteManualEventCommand(ReviewDocument &document, qint64 id, const ManualEvent &event)
        : ReviewCommand(document, Text::tr("Delete event added by hand"), ReviewDocument::Area::Events)
        , m_id(id)
        , m_event(event)
    {
        alsoNotify(ReviewDocument::Area::Annotations, id);
        alsoNotify(ReviewDocument::Area::Disputes);
        alsoNotify(ReviewDocument::Area::Learnings);
        alsoNotify(ReviewDocument::Area::Factors);
        alsoNotify(ReviewDocument::Area::Narratives);
    }

protected:
    bool apply(bool forward) override
    {
        if (forward)
            return EventStore::removeManual(store(), m_id, &m_removed, &m_steps);
        return EventStore::restoreManual(store(), toRow(m_id, m_event), m_removed, m_steps);
    }

private:
    qint64 m_id;
    ManualEvent m_event;
    RemovedRows m_removed; // what the deletion took along: annotations, tags, evidence, links, disputes
    QList<qint64> m_steps; // narrative steps that cited the event
};

// ---------------------------------------------------------------------------------------------
// Records restored with their id on redo: disputes, learnings, agreements, answers.

class InsertCommand : public ReviewCommand
{
public:
    // Writes the record with `id` (0 the first time: a new one) and returns its id, 0 on failure.
    using Insert = std::function<qint64(ReviewStore &, qint64 id)>;
    using Remove = std::function<bool(ReviewStore &, qint64 id)>;
    InsertCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 notifiedId,
        Insert insert, Remove remove)
        : ReviewCommand(document, text, area, notifiedId)
        , m_insert(std::move(insert))
        , m_remove(std::move(remove))
    { }
    qint64 rowId() const { return m_id; }
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }

protected:
    bool apply(bool forward) override
    {
        if (!forward)
            return m_remove(store(), m_id);
        const qint64 id = m_insert(store(), m_id);
        if (id == 0)
            return false;
        m_id = id;
        return true;
    }

private:
    Insert m_insert;
    Remove m_remove;
    qint64 m_id = 0;
};

// Deletes a record (with what it takes along, kept by the store in RemovedRows) and restores them on undo.
class RemoveCommand : public ReviewCommand
{
public:
    using Remove = std::function<bool(ReviewStore &, RemovedRows *)>;
    RemoveCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area, qint64 notifiedId,
        Remove remove)
        : ReviewCommand(document, text, area, notifiedId)
        , m_remove(std::move(remove))
    { }
    void also(ReviewDocument::Area area, qint64 id = 0) { alsoNotify(area, id); }

protected:
    bool apply(bool forward) override
    {
        if (forward) {
            m_removed = {};
            return m_remove(store(), &m_removed);
        }
        return m_removed.restore(store());
    }

private:
    Remove m_remove;
    RemovedRows m_removed;
};

// Typing in a text field is one undo step (id()/mergeWith()), whichever record it edits.
class EditTextCommand : public ReviewCommand
{
public:
    enum { Id = 0x7e47 };
    enum class Of { Learning, Answer };
    EditTextCommand(ReviewDocument &document, const QString &text, ReviewDocument::Area area,
        qint64 notifiedId, Of of, qint64 rowId, const QString &before, const QString &after)
        : ReviewCommand(document, text, area, notifiedId)
        , m_of(of)
        , m_rowId(rowId)
        , m_before(before)
        , m_after(after)
    { }
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditTextCommand *>(other);
        if (edit->m_of != m_of || edit->m_rowId != m_rowId)
            return false;
        m_after = edit->m_after;
        return true;
    }

protected:
    bool apply(bool forward) override
    {
        const QString &text = forward ? m_after : m_before;
        return m_of == Of::Learning ? LearningStore::setText(store(), m_rowId, text)
                                    : AnswerStore::setText(store(), m_rowId, text);
    }

private:
    Of m_of;
    qint64 m_rowId;
    QString m_before;
    QString m_after;
};

// Besides Disputes, the area that shows the item: views that mark disputed items listen there
// (the event's fields, the annotation thread of its event, the narrative of a step).
template <typename Command>
void notifyItem(const ReviewDocument &document, Disputes::ItemType type, qint64 itemId, Command *command)
{
    const qint64 shownIn = DisputeStore::shownIn(document.store(), type, itemId);
    switch (type) {
    case Disputes::ItemType::Event:
        command->also(ReviewDocument::Area::Event, shownIn);
        break;
    case Disputes::ItemType::Annotation:
        command->also(ReviewDocument::Area::Annotations, shownIn);
        break;
    case Disputes::ItemType::Step:
        command->also(ReviewDocument::Area::Narratives, shownIn);
        break;
    }
}

bool linkLearning(
    ReviewDocument &document, qint64 learningId, LearningStore::LinkTo to, qint64 targetId, bool link)
{
    const bool linked = LearningStore::isLinked(document.store(), learningId, to, targetId);
    if (linked == link)
        return true;
    if (link && !LearningStore::find(document.store(), learningId))
        return false;
    auto add = [learningId, to, targetId](
                   ReviewStore &s) { return LearningStore::link(s, learningId, to, targetId); };
    auto remove = [learningId, to, targetId](
                      ReviewStore &s) { return LearningStore::unlink(s, learningId, to, targetId); };
    const QString text = link ? Text::tr("Link learning") : Text::tr("Unlink learning");
    return push(document,
        new LambdaCommand(document, text, ReviewDocument::Area::Learnings, learningId,
            link ? LambdaCommand::Step(add) : LambdaCommand::Step(remove),
            link ? LambdaCommand::Step(remove) : LambdaCommand::Step(add)));
}

} // namespace

// ---------------------------------------------------------------------------------------------

qint64 addManualEvent(ReviewDocument &document, const ManualEvent &event)
{
    if (!validManual(document, event))
        return 0;
    auto *command = new AddManualEventCommand(document, event);
    if (!push(document, command))
        return 0;
    return command->eventId();
}

bool editManualEvent(ReviewDocument &document, qint64 eventId, const ManualEvent &event)
{
    const ManualEvent before = readManual(document.store(), eventId);
    if (before.instant == NoInstant) {
        document.reportError(
            Text::tr("Only events added by hand can be edited; recorded events stay as recorded."));
        return false;
    }
    if (!validManual(document, event))
        return false;
    return push(document, new EditManualEventCommand(document, eventId, before, event));
}

bool deleteManualEvent(ReviewDocument &document, qint64 eventId)
{
    const ManualEvent event = readManual(document.store(), eventId);
    if (event.instant == NoInstant) {
        document.reportError(
            Text::tr("Only events added by hand can be deleted; remove a whole source instead."));
        return false;
    }
    return push(document, new DeleteManualEventCommand(document, eventId, event));
}

ManualEvent manualEvent(const ReviewDocument &document, qint64 eventId)
{
    return readManual(document.store(), eventId);
}

bool shiftSourceClock(ReviewDocument &document, qint64 sourceId, qint64 deltaUs, const QString &reason)
{
    const std::optional<Source> source = SourceStore::find(document.store(), sourceId);
    if (!source) {
        document.reportError(Text::tr("There is no source %1 in this review.").arg(sourceId));
        return false;
    }
    if (deltaUs == 0)
        return true;
    // Every shifted time stays in the supported range (SQLite would turn an overflowing sum
    // into a floating-point number).
    std::optional<Instant> first;
    std::optional<Instant> last;
    QString error;
    if (!EventStore::sourceSpan(document.store(), sourceId, &first, &last, &error)) {
        document.reportError(error);
        return false;
    }
    const auto shiftedFits = [deltaUs](const std::optional<Instant> &value) {
        if (!value)
            return true; // no events
        const qint64 t = *value;
        constexpr qint64 span = MaxSupportedInstant - MinSupportedInstant;
        // Checked in this order, `t + deltaUs` cannot overflow.
        return isSupportedInstant(t) && deltaUs > -span && deltaUs < span && isSupportedInstant(t + deltaUs);
    };
    if (!shiftedFits(first) || !shiftedFits(last)) {
        document.reportError(DomainText::instantOutOfRange());
        return false;
    }
    auto shift = [sourceId](qint64 delta, const QString &why) {
        return [sourceId, delta, why](ReviewStore &s) {
            return EventStore::shiftSource(s, sourceId, delta)
                && SourceStore::addClockOffset(s, sourceId, delta, why);
        };
    };
    auto *command = new StepsCommand(document, Text::tr("Shift clock of %1").arg(source->name),
        ReviewDocument::Area::Events, 0, shift(deltaUs, reason), shift(-deltaUs, source->clockOffsetReason));
    command->also(ReviewDocument::Area::Sources, sourceId);
    return push(document, command);
}

qint64 addDispute(ReviewDocument &document, const QString &itemType, qint64 itemId, const QString &state,
    const QString &raisedBy, const QString &reason)
{
    Dispute dispute;
    dispute.state = Disputes::stateFromName(state);
    if (!Disputes::typeFromName(itemType, &dispute.itemType) || dispute.state == Disputes::State::None) {
        document.reportError(Text::tr("Cannot mark \"%1\" as \"%2\".").arg(itemType, state));
        return 0;
    }
    if (!Disputes::itemExists(document.store(), dispute.itemType, itemId)) {
        document.reportError(Text::tr("There is no %1 %2 in this review.")
                                 .arg(Disputes::typeLabel(dispute.itemType))
                                 .arg(itemId));
        return 0;
    }
    dispute.itemId = itemId;
    dispute.raisedBy = raisedBy;
    dispute.reason = reason;
    dispute.created = timestamps::now();
    auto insert = [dispute](ReviewStore &s, qint64 id) {
        Dispute d = dispute;
        d.id = id;
        return DisputeStore::insert(s, d);
    };
    auto *command = new InsertCommand(document,
        dispute.state == Disputes::State::Disputed ? Text::tr("Mark disputed") : Text::tr("Mark uncertain"),
        ReviewDocument::Area::Disputes, itemId, insert,
        [](ReviewStore &s, qint64 id) { return DisputeStore::remove(s, id); });
    notifyItem(document, dispute.itemType, itemId, command);
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool removeDispute(ReviewDocument &document, qint64 disputeId)
{
    const std::optional<Dispute> dispute = DisputeStore::find(document.store(), disputeId);
    if (!dispute)
        return false;
    auto *command = new RemoveCommand(document, Text::tr("Settle dispute"), ReviewDocument::Area::Disputes,
        dispute->itemId, [disputeId](ReviewStore &s, RemovedRows *removed) {
            return DisputeStore::remove(s, disputeId, removed);
        });
    notifyItem(document, dispute->itemType, dispute->itemId, command);
    return push(document, command);
}

qint64 addLearning(ReviewDocument &document, const QString &kind, const QString &text)
{
    const std::optional<Learning::Kind> learningKind = LearningStore::kindFromName(kind);
    if (!learningKind) {
        document.reportError(Text::tr("Unknown kind of learning \"%1\".").arg(kind));
        return 0;
    }
    if (text.trimmed().isEmpty())
        return 0;
    Learning learning;
    learning.kind = *learningKind;
    learning.text = text;
    learning.author = document.author();
    learning.created = timestamps::now();
    auto insert = [learning](ReviewStore &s, qint64 id) {
        Learning l = learning;
        l.id = id;
        return LearningStore::insert(s, l);
    };
    auto *command = new InsertCommand(document,
        learning.kind == Learning::Kind::Surprise ? Text::tr("Add surprise") : Text::tr("Add what helped"),
        ReviewDocument::Area::Learnings, 0, insert,
        [](ReviewStore &s, qint64 id) { return LearningStore::remove(s, id); });
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool editLearning(ReviewDocument &document, qint64 learningId, const QString &text)
{
    const std::optional<Learning> old = LearningStore::find(document.store(), learningId);
    if (!old)
        return false;
    if (old->text == text)
        return true;
    return push(document,
        new EditTextCommand(document, Text::tr("Edit learning"), ReviewDocument::Area::Learnings, learningId,
            EditTextCommand::Of::Learning, learningId, old->text, text));
}

bool deleteLearning(ReviewDocument &document, qint64 learningId)
{
    if (!LearningStore::find(document.store(), learningId))
        return false;
    return push(document,
        new RemoveCommand(document, Text::tr("Delete learning"), ReviewDocument::Area::Learnings, learningId,
            [learningId](ReviewStore &s, RemovedRows *removed) {
                return LearningStore::remove(s, learningId, removed);
            }));
}

bool linkLearningToEvent(ReviewDocument &document, qint64 learningId, qint64 eventId)
{
    return linkLearning(document, learningId, LearningStore::LinkTo::Event, eventId, true);
}

bool linkLearningToFactor(ReviewDocument &document, qint64 learningId, qint64 factorId)
{
    return linkLearning(document, learningId, LearningStore::LinkTo::Factor, factorId, true);
}

bool unlinkLearningFromEvent(ReviewDocument &document, qint64 learningId, qint64 eventId)
{
    return linkLearning(document, learningId, LearningStore::LinkTo::Event, eventId, false);
}

bool unlinkLearningFromFactor(ReviewDocument &document, qint64 learningId, qint64 factorId)
{
    return linkLearning(document, learningId, LearningStore::LinkTo::Factor, factorId, false);
}

qint64 recordAgreement(ReviewDocument &document, const QStringList &present)
{
    AgreementRecord agreement;
    agreement.agreedAt = timestamps::now();
    agreement.present = present;
    agreement.snapshot = Agreement::capture(document.store());
    auto insert = [agreement](ReviewStore &s, qint64 id) {
        AgreementRecord a = agreement;
        a.id = id;
        return AgreementStore::insert(s, a);
    };
    auto *command
        = new InsertCommand(document, Text::tr("Mark timeline agreed"), ReviewDocument::Area::Agreement, 0,
            insert, [](ReviewStore &s, qint64 id) { return AgreementStore::remove(s, id); });
    if (!push(document, command))
        return 0;
    return command->rowId();
}

qint64 addAnswer(ReviewDocument &document, qint64 questionId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    if (!AnswerStore::questionExists(document.store(), questionId)) {
        document.reportError(Text::tr("There is no question %1 in this review.").arg(questionId));
        return 0;
    }
    Answer answer;
    answer.questionId = questionId;
    answer.author = author.isEmpty() ? document.author() : author;
    answer.text = text;
    answer.created = timestamps::now();
    auto insert = [answer](ReviewStore &s, qint64 id) {
        Answer a = answer;
        a.id = id;
        return AnswerStore::insert(s, a);
    };
    auto *command = new InsertCommand(document, Text::tr("Add answer"), ReviewDocument::Area::Questions,
        questionId, insert, [](ReviewStore &s, qint64 id) { return AnswerStore::remove(s, id); });
    if (!push(document, command))
        return 0;
    return command->rowId();
}

bool editAnswer(ReviewDocument &document, qint64 answerId, const QString &text)
{
    const std::optional<Answer> old = AnswerStore::find(document.store(), answerId);
    if (!old)
        return false;
    if (old->text == text)
        return true;
    return push(document,
        new EditTextCommand(document, Text::tr("Edit answer"), ReviewDocument::Area::Questions,
            old->questionId, EditTextCommand::Of::Answer, answerId, old->text, text));
}

bool deleteAnswer(ReviewDocument &document, qint64 answerId)
{
    const std::optional<Answer> answer = AnswerStore::find(document.store(), answerId);
    if (!answer)
        return false;
    return push(document,
        new RemoveCommand(document, Text::tr("Delete answer"), ReviewDocument::Area::Questions,
            answer->questionId, [answerId](ReviewStore &s, RemovedRows *removed) {
                return AnswerStore::remove(s, answerId, removed);
            }));
}

} // namespace faultless::model::commands
