#include "briefingdata.h"

#include "analysis/narrativedivergence.h"
#include "export/pseudonymiser.h"
#include "export/redactor.h"
#include "store/agreementstore.h"
#include "store/annotationstore.h"
#include "store/disputestore.h"
#include "store/eventstore.h"
#include "store/factorstore.h"
#include "store/incidentsummarystore.h"
#include "store/learningstore.h"
#include "store/narrativestore.h"
#include "store/opportunitystore.h"
#include "store/questionstore.h"
#include "store/reviewstore.h"
#include "store/sourcestore.h"
#include "store/tagstore.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace faultless::model {

namespace {

constexpr qint64 kMinute = 60 * qint64(1000000);

qint64 niceBinWidth(qint64 span, int bins)
{
    static const qint64 steps[]
        = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400 };
    const qint64 wanted = std::max<qint64>(1, span / bins);
    for (qint64 s : steps) {
        if (s * 1000000 >= wanted)
            return s * 1000000;
    }
    return (wanted / (86400 * qint64(1000000)) + 1) * 86400 * qint64(1000000);
}

QString disputeItemTypeName(Dispute::ItemType type)
{
    switch (type) {
    case Dispute::ItemType::Event:
        return QStringLiteral("event");
    case Dispute::ItemType::Annotation:
        return QStringLiteral("annotation");
    case Dispute::ItemType::Step:
        break;
    }
    return QStringLiteral("step");
}

QString learningKindName(Learning::Kind kind)
{
    return kind == Learning::Kind::Helped ? QStringLiteral("helped") : QStringLiteral("surprise");
}

// Reads the parts of a briefing, one step each, into `d`. A failed read leaves its part empty
// and the reading goes on; the first failure is kept so that gather() can report it instead of
// showing a silently incomplete briefing.
class BriefingReader
{
public:
    BriefingReader(const ReviewStore &store, BriefingData &d)
        : m_store(store)
        , m_d(d)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return BriefingData::tr("Cannot read the review: %1").arg(m_error); }

    void readEventTotals();
    void readDisputeMarks();
    void readTimeline();
    void readAnnotationsAndTags();
    void readExperiments();
    void readFactors();
    void readNarratives();
    void readDisputes();
    void readLearnings();
    void readQuestions();
    void readOpportunities();
    void readSources();
    void readRate();

private:
    BriefingDisputeMark markOf(Dispute::ItemType type, qint64 id) const
    {
        return m_marks.value(qMakePair(int(type), id));
    }
    std::optional<BriefingCitation> cite(qint64 eventId);

    const ReviewStore &m_store;
    BriefingData &m_d;
    QString m_error; // the database's message of the first failed read
    QList<Dispute> m_disputes;
    QHash<QPair<int, qint64>, BriefingDisputeMark> m_marks; // by item type and id
    QHash<qint64, qsizetype> m_highlightedAt; // in m_d.timeline, by event id
    QHash<qint64, BriefingCitation> m_citations; // by event id
};

void BriefingReader::readEventTotals()
{
    // Counting rows would walk a million index entries, so the total is what the live imports
    // accepted plus the events added by hand. An event whose instant lies outside the supported
    // range is left out of first and last, but still listed where it belongs.
    const EventStore::LiveSpan span = EventStore::liveSpan(m_store, &m_error);
    m_d.first = span.first;
    m_d.last = span.last;
    m_d.manualEventCount = EventStore::manualEventCount(m_store, &m_error);
    m_d.eventCount = SourceStore::liveAccepted(m_store, &m_error) + m_d.manualEventCount;
}

// Disputes first: events, annotations and steps carry their mark.
void BriefingReader::readDisputeMarks()
{
    m_disputes = DisputeStore::inRaisedOrder(m_store, &m_error);
    for (const Dispute &x : std::as_const(m_disputes)) {
        const BriefingDisputeMark mark { DisputeStore::stateName(x.state), x.reason, x.raisedBy };
        // "disputed" outweighs "uncertain" whatever the order they were raised in.
        const auto key = qMakePair(int(x.itemType), x.itemId);
        if (!m_marks.contains(key) || x.state == Dispute::State::Disputed)
            m_marks.insert(key, mark);
    }
}

void BriefingReader::readTimeline()
{
    const QList<EventStore::ListedEvent> highlighted = EventStore::highlighted(m_store, &m_error);
    for (const EventStore::ListedEvent &row : highlighted) {
        BriefingEvent e;
        e.id = row.id;
        e.instant = row.instant;
        e.end = row.end.value_or(NoInstant);
        e.kind = row.kind;
        e.severity = row.severity;
        e.lane = row.lane;
        e.actor = row.actor;
        e.text = row.text;
        e.phase = row.phase;
        e.sourceName = row.sourceName;
        e.line = row.line;
        e.manual = row.manual;
        e.dispute = markOf(Dispute::ItemType::Event, e.id);
        m_highlightedAt.insert(e.id, m_d.timeline.size());
        m_d.timeline.append(e);
    }
}

void BriefingReader::readAnnotationsAndTags()
{
    const QList<Annotation> annotations = AnnotationStore::inWrittenOrder(m_store, &m_error);
    for (const Annotation &a : annotations) {
        const auto at = m_highlightedAt.constFind(a.eventId);
        if (at != m_highlightedAt.cend())
            m_d.timeline[*at].annotations.append(
                { a.id, a.author, a.text, markOf(Dispute::ItemType::Annotation, a.id) });
    }
    const QList<TagStore::EventTagName> tags = TagStore::eventTagNames(m_store, &m_error);
    for (const TagStore::EventTagName &t : tags) {
        const auto at = m_highlightedAt.constFind(t.eventId);
        if (at != m_highlightedAt.cend())
            m_d.timeline[*at].tags.append(t.name);
    }
}

// An event cited by a factor, a narrative step or a dispute, highlighted or not.
std::optional<BriefingCitation> BriefingReader::cite(qint64 eventId)
{
    if (eventId <= 0)
        return std::nullopt;
    if (const auto it = m_citations.constFind(eventId); it != m_citations.cend())
        return *it;
    if (const auto at = m_highlightedAt.constFind(eventId); at != m_highlightedAt.cend()) {
        const BriefingEvent &e = m_d.timeline.at(*at);
        m_citations.insert(eventId, { e.id, e.instant, e.text, e.manual, e.dispute });
        return m_citations.value(eventId);
    }
    const std::optional<EventStore::CitedEvent> e = EventStore::liveCitation(m_store, eventId, &m_error);
    if (!e)
        return std::nullopt; // evidence of a removed import is not shown
    const BriefingCitation c { eventId, e->instant, e->text, e->manual,
        markOf(Dispute::ItemType::Event, eventId) };
    m_citations.insert(eventId, c);
    return c;
}

void BriefingReader::readExperiments()
{
    const QList<EventStore::ExperimentSpan> runs = EventStore::liveExperimentRuns(m_store, &m_error);
    for (const EventStore::ExperimentSpan &run : runs) {
        BriefingExperiment x;
        x.eventId = run.eventId;
        x.start = run.start;
        x.end = run.end.value_or(NoInstant);
        x.lane = run.lane;
        x.title = run.run.title;
        x.hypothesis = run.run.hypothesis;
        x.verdict = experimentVerdictName(run.run.verdict);
        x.steadyBefore = run.run.steadyStateBefore;
        x.steadyAfter = run.run.steadyStateAfter;
        m_d.experiments.append(x);
    }
}

void BriefingReader::readFactors()
{
    QHash<qint64, qsizetype> factorAt;
    const QList<FactorStore::CategorisedFactor> factors = FactorStore::inCategoryOrder(m_store, &m_error);
    for (const FactorStore::CategorisedFactor &row : factors) {
        BriefingFactor f;
        f.id = row.factor.id;
        f.title = row.factor.title;
        f.description = row.factor.description;
        f.category = row.category;
        f.author = row.factor.author;
        factorAt.insert(f.id, m_d.factors.size());
        m_d.factors.append(f);
    }
    const QList<FactorStore::CitedEvidence> evidence = FactorStore::evidenceInOrder(m_store, &m_error);
    for (const FactorStore::CitedEvidence &row : evidence) {
        const auto at = factorAt.constFind(row.evidence.factorId);
        if (at == factorAt.cend())
            continue;
        if (const auto c = cite(row.evidence.eventId))
            m_d.factors[*at].evidence.append(*c);
        else if (!row.annotationText.isEmpty() || !row.evidence.note.isEmpty())
            m_d.factors[*at].evidenceNotes.append(
                row.annotationText.isEmpty() ? row.evidence.note : row.annotationText);
    }
    for (BriefingFactor &f : m_d.factors) {
        std::stable_sort(f.evidence.begin(), f.evidence.end(),
            [](const BriefingCitation &a, const BriefingCitation &b) { return a.instant < b.instant; });
    }
}

void BriefingReader::readNarratives()
{
    const QList<Narrative> narratives = NarrativeStore::inOrder(m_store, &m_error);
    for (const Narrative &n : narratives)
        m_d.narratives.append({ n.id, n.title, n.vantagePoint, n.author, {} });
    for (BriefingNarrative &n : m_d.narratives) {
        const QList<NarrativeStep> steps = NarrativeStore::stepsInOrder(m_store, n.id, &m_error);
        for (const NarrativeStep &s : steps)
            n.steps.append({ s.id, s.text, cite(s.eventId), markOf(Dispute::ItemType::Step, s.id) });
    }
    m_d.divergence = BriefingData::compareNarratives(m_d.narratives, m_d.timeline);
}

// Every dispute with the text (and time) of what it is about; those of removed items are left out.
void BriefingReader::readDisputes()
{
    for (const Dispute &dispute : std::as_const(m_disputes)) {
        BriefingDispute x;
        x.itemType = disputeItemTypeName(dispute.itemType);
        x.itemId = dispute.itemId;
        x.mark = { DisputeStore::stateName(dispute.state), dispute.reason, dispute.raisedBy };
        if (dispute.itemType == Dispute::ItemType::Event) {
            const auto c = cite(x.itemId);
            if (!c)
                continue;
            x.itemText = c->text;
            x.instant = c->instant;
        } else if (dispute.itemType == Dispute::ItemType::Annotation) {
            const auto a = AnnotationStore::textAt(m_store, x.itemId, &m_error);
            if (!a)
                continue;
            x.itemText = a->text;
            x.instant = a->instant;
        } else {
            const auto text = NarrativeStore::stepText(m_store, x.itemId, &m_error);
            if (!text)
                continue;
            x.itemText = *text;
        }
        m_d.disputes.append(x);
    }
}

void BriefingReader::readLearnings()
{
    QHash<qint64, qsizetype> learningAt;
    const QList<Learning> learnings = LearningStore::inKindOrder(m_store, &m_error);
    for (const Learning &l : learnings) {
        learningAt.insert(l.id, m_d.learnings.size());
        m_d.learnings.append({ learningKindName(l.kind), l.text, l.author, {} });
    }
    const QList<LearningStore::LinkText> links = LearningStore::linkTexts(m_store, &m_error);
    for (const LearningStore::LinkText &link : links) {
        const auto at = learningAt.constFind(link.learningId);
        if (at == learningAt.cend())
            continue;
        const QString about = link.factorTitle.isEmpty() ? link.eventText : link.factorTitle;
        if (!about.isEmpty())
            m_d.learnings[*at].about.append(about);
    }
}

void BriefingReader::readQuestions()
{
    QHash<qint64, qsizetype> questionAt;
    const QList<Question> questions = QuestionStore::inAskedOrder(m_store, &m_error);
    for (const Question &q : questions) {
        questionAt.insert(q.id, m_d.questions.size());
        m_d.questions.append({ q.text, q.status, q.author, {} });
    }
    const QList<Answer> answers = QuestionStore::answersInOrder(m_store, &m_error);
    for (const Answer &a : answers) {
        const auto at = questionAt.constFind(a.questionId);
        if (at != questionAt.cend())
            m_d.questions[*at].answers.append({ a.author, a.text });
    }
}

void BriefingReader::readOpportunities()
{
    QHash<qint64, qsizetype> opportunityAt;
    const QList<Opportunity> opportunities = OpportunityStore::inProposedOrder(m_store, &m_error);
    for (const Opportunity &o : opportunities) {
        opportunityAt.insert(o.id, m_d.opportunities.size());
        m_d.opportunities.append({ o.title, o.description, o.owner, o.status, {} });
    }
    const QList<OpportunityStore::FactorTitle> factors = OpportunityStore::factorTitles(m_store, &m_error);
    for (const OpportunityStore::FactorTitle &f : factors) {
        const auto at = opportunityAt.constFind(f.opportunityId);
        if (at != opportunityAt.cend())
            m_d.opportunities[*at].factors.append(f.title);
    }
}

void BriefingReader::readSources()
{
    const QList<Source> sources = SourceStore::liveSources(m_store, &m_error);
    for (const Source &s : sources)
        m_d.sources.append({ s.name, s.format, s.kind, s.accepted, s.rejected });
}

// The event rate around the incident window, padded so that the calm before and after shows.
void BriefingReader::readRate()
{
    const qint64 length = std::max<qint64>(m_d.windowEnd - m_d.windowStart, 0);
    const qint64 pad = std::max<qint64>(length / 4, 5 * kMinute);
    const Instant from = std::max(m_d.first, m_d.windowStart - pad);
    const Instant to = std::min(m_d.last, m_d.windowEnd + pad) + 1;
    const qint64 width = niceBinWidth(std::max<qint64>(to - from, 1), 60);
    BriefingRate &rate = m_d.rate;
    rate.binWidth = width;
    rate.start = from - (((from % width) + width) % width); // bins on whole minutes, hours...
    const int bins = int((to - rate.start + width - 1) / width);
    rate.counts.fill(0, bins);
    rate.errors.fill(0, bins);
    const QList<EventStore::RateBin> counted
        = EventStore::liveRate(m_store, rate.start, to, width, Severity::Error, &m_error);
    for (const EventStore::RateBin &b : counted) {
        if (b.bin >= 0 && b.bin < bins) {
            rate.counts[b.bin] = b.events;
            rate.errors[b.bin] = b.atLeastSeverity;
        }
    }
}

// The incident window: the impact window the review team set; else from the first highlighted
// event in the supported range to the last one (or its end); else all events.
void setIncidentWindow(BriefingData &d)
{
    if (IncidentSummary { QString(), d.impactFrom, d.impactTo }.hasImpactWindow()) {
        d.windowStart = d.impactFrom;
        d.windowEnd = d.impactTo;
        d.window = BriefingData::Window::Impact;
        return;
    }
    const BriefingEvent *first = nullptr, *last = nullptr;
    for (const BriefingEvent &e : std::as_const(d.timeline)) {
        if (isSupportedInstant(e.instant)) {
            first = first ? first : &e;
            last = &e;
        }
    }
    if (first) {
        const Instant end
            = isSupportedInstant(last->end) ? std::max(last->instant, last->end) : last->instant;
        if (end > first->instant) {
            d.windowStart = first->instant;
            d.windowEnd = end;
            d.window = BriefingData::Window::Highlighted;
            return;
        }
    }
    d.windowStart = d.first;
    d.windowEnd = d.last;
    d.window = BriefingData::Window::AllEvents;
}

// Only an agreement that was recorded is told: a briefing never claims one that was not made.
void readAgreement(BriefingData &d, const ReviewStore &store, QString *error)
{
    const std::optional<AgreementRecord> latest = AgreementStore::latestSignOff(store, error);
    if (latest && isSupportedInstant(latest->agreedAt))
        d.agreement = BriefingAgreement { latest->agreedAt, latest->present };
}

// Masks secrets and names people as the options ask. Returns false with `error` set when the
// redactor cannot be built.
bool protectTexts(BriefingData &d, const ReviewStore &store, const BriefingOptions &options, QString *error)
{
    // People are not secrets (issue 19). First a participant's other spellings (an e-mail
    // address, a chat id) become their name or pseudonym, so that the redactor does not mask a
    // person as it masks the address of someone outside the review; then secrets are masked;
    // then names become pseudonyms. Redacting before the names are replaced keeps an address
    // that is not a participant's masked whole rather than left with a pseudonym inside it.
    std::optional<Redactor> redactor;
    if (options.redact) {
        redactor.emplace();
        if (!redactor->isValid()) {
            *error = redactor->errorString();
            return false;
        }
        redactor->setReplacement(QStringLiteral("[") + BriefingData::tr("redacted") + QStringLiteral("]"));
    }
    // Named rather than pseudonymised, people the sources tie to a name read by that name even
    // before the facilitator confirms them as participants.
    QList<Pseudonymiser::Participant> known = Pseudonymiser::read(store);
    if (!options.pseudonymise)
        known += Pseudonymiser::readTiedBySources(store);
    const Pseudonymiser people(
        known, options.pseudonymise ? Pseudonymiser::Target::Pseudonyms : Pseudonymiser::Target::Names);
    if (!redactor && people.isEmpty())
        return true;
    // The same text shows up several times (an event in the timeline and as evidence): work
    // on each distinct text once, which also counts each masked secret once.
    int masked = 0;
    QHash<QString, QString> done;
    d.transformTexts([&](const QString &text) {
        if (text.isEmpty())
            return text;
        if (const auto it = done.constFind(text); it != done.cend())
            return *it;
        QString out = people.applyAliases(text);
        if (redactor) {
            int n = 0;
            out = redactor->redact(out, &n);
            masked += n;
        }
        out = people.apply(out);
        done.insert(text, out);
        return out;
    });
    d.redactions = masked;
    return true;
}

} // namespace

std::optional<BriefingData> BriefingData::gather(const ReviewStore &store, const BriefingOptions &options,
    QString *error, const BriefingProgress &progress)
{
    auto fail = [&](const QString &message) -> std::optional<BriefingData> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto step = [&](int percent) { return !progress || progress(percent); };
    const QString cancelled = tr("The export was cancelled");

    BriefingData d;
    d.title = store.title();
    const IncidentSummary summary = IncidentSummaryStore::read(store);
    d.summary = summary.text;
    d.impactFrom = summary.impactFrom;
    d.impactTo = summary.impactTo;
    d.zone = options.timeZone.isEmpty() ? store.timeZone() : QTimeZone(options.timeZone.toUtf8());
    if (!d.zone.isValid())
        return fail(tr("Unknown time zone \"%1\"").arg(options.timeZone));

    BriefingReader r(store, d);
    r.readEventTotals();
    if (!step(10))
        return fail(cancelled);

    r.readDisputeMarks();
    r.readTimeline();
    setIncidentWindow(d);
    if (!step(40))
        return fail(cancelled);

    r.readAnnotationsAndTags();
    QString reversalError;
    d.flagChanges = Reversibility::compute(store, &reversalError);
    if (!reversalError.isEmpty())
        return fail(reversalError);
    r.readExperiments();
    if (!step(55))
        return fail(cancelled);

    r.readFactors();
    r.readNarratives();
    if (!step(70))
        return fail(cancelled);

    r.readDisputes();
    QString agreementError;
    readAgreement(d, store, &agreementError);
    if (!agreementError.isEmpty())
        return fail(tr("Cannot read the review: %1").arg(agreementError));
    r.readLearnings();
    r.readQuestions();
    r.readOpportunities();
    r.readSources();
    if (!step(80))
        return fail(cancelled);

    if (d.first != NoInstant && options.effectiveSections().testFlag(BriefingSection::Chart))
        r.readRate();
    if (!r.ok())
        return fail(r.error());
    if (!step(90))
        return fail(cancelled);

    QString protectError;
    if (!protectTexts(d, store, options, &protectError))
        return fail(protectError);
    return d;
}

// The same rules as the comparison workspace (analysis/narrativedivergence.h): what only one
// narrative tells, what all share, shared moments told in another order, steps citing nothing.
BriefingDivergence BriefingData::compareNarratives(
    const QList<BriefingNarrative> &narratives, const QList<BriefingEvent> &highlighted)
{
    BriefingDivergence result;
    QList<QList<qint64>> stepEvents;
    QHash<qint64, Instant> instants;
    QHash<qint64, BriefingCitation> byId;
    for (const BriefingNarrative &n : narratives) {
        QList<qint64> events;
        for (const BriefingStep &s : n.steps) {
            events.append(s.event ? s.event->eventId : 0);
            if (s.event && !byId.contains(s.event->eventId)) {
                byId.insert(s.event->eventId, *s.event);
                instants.insert(s.event->eventId, s.event->instant);
            }
        }
        stepEvents.append(events);
    }
    const NarrativeDivergence d = NarrativeDivergence::compute(stepEvents, instants);
    auto citations = [&byId](const QList<qint64> &ids) {
        QList<BriefingCitation> list;
        for (qint64 id : ids)
            list.append(byId.value(id));
        return list;
    };
    if (narratives.size() >= 2) {
        for (qsizetype i = 0; i < narratives.size(); ++i) {
            if (!d.onlyIn.at(i).isEmpty())
                result.onlyIn.append({ narratives.at(i).id, citations(d.onlyIn.at(i)) });
            for (int step : d.withoutEvidence.at(i))
                result.withoutEvidence.append(
                    { narratives.at(i).id, step + 1, narratives.at(i).steps.at(step).text });
        }
        result.shared = citations(d.shared);
        for (const NarrativeDivergence::OrderDifference &o : d.orderDifferences)
            result.orderDifferences.append({ narratives.at(o.first).id, narratives.at(o.second).id,
                byId.value(o.earlier), byId.value(o.later) });
    }
    if (!narratives.isEmpty()) {
        for (const BriefingEvent &e : highlighted) {
            if (!byId.contains(e.id))
                result.untold.append({ e.id, e.instant, e.text, e.manual, e.dispute });
        }
    }
    return result;
}

namespace {
constexpr qsizetype kLeaderMoments = 10; // below this, a leaders' timeline is never condensed
constexpr qsizetype kLeaderFlagChanges = 4;
constexpr int kLeaderGlossaryTerms = 4;
constexpr qsizetype kLeaderNarrativeSteps = 3;

// A moment a leader needs: it has a phase, a note, or was added or marked by the reviewers.
bool isKeyMoment(const BriefingEvent &e)
{
    return !e.phase.isEmpty() || !e.annotations.isEmpty() || e.manual || e.dispute.isSet();
}
} // namespace

BriefingData BriefingData::condensedForLeaders(int level) const
{
    BriefingData d = *this;
    if (level >= 1 && d.timeline.size() > kLeaderMoments) {
        QList<BriefingEvent> kept;
        for (const BriefingEvent &e : std::as_const(timeline)) {
            if (isKeyMoment(e))
                kept.append(e);
        }
        d.omittedMoments = timeline.size() - kept.size();
        d.timeline = kept;
    }
    if (level >= 2 && d.flagChanges.size() > kLeaderFlagChanges) {
        QSet<qint64> onTimeline;
        for (const BriefingEvent &e : std::as_const(d.timeline))
            onTimeline.insert(e.id);
        // The changes the timeline tells of first, then the reversed ones, in time order.
        QList<qsizetype> order(d.flagChanges.size());
        std::iota(order.begin(), order.end(), 0);
        auto rank = [&](qsizetype i) {
            const FlagReversal &f = flagChanges.at(i);
            return onTimeline.contains(f.changeEventId) ? 0 : f.isReversed() ? 1 : 2;
        };
        std::stable_sort(
            order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return rank(a) < rank(b); });
        order.resize(kLeaderFlagChanges);
        std::sort(order.begin(), order.end());
        QList<FlagReversal> kept;
        for (const qsizetype i : std::as_const(order))
            kept.append(flagChanges.at(i));
        d.omittedFlagChanges = flagChanges.size() - kept.size();
        d.flagChanges = kept;
    }
    if (level >= 3) {
        for (BriefingEvent &e : d.timeline) {
            d.omittedNotes += e.annotations.size();
            e.annotations.clear();
        }
    }
    if (level >= 4)
        d.glossaryTerms = kLeaderGlossaryTerms;
    // Languages take more words than English for the same briefing: the last steps tighten what
    // the earlier ones kept.
    const qsizetype steps = level >= 7 ? 1 : level >= 6 ? 2 : kLeaderNarrativeSteps;
    if (level >= 5) {
        for (BriefingNarrative &n : d.narratives) {
            if (n.steps.size() > steps) {
                d.omittedSteps += n.steps.size() - steps;
                n.steps.resize(steps);
            }
        }
    }
    if (level >= 6)
        d.glossaryTerms = std::min(d.glossaryTerms, 2);
    return d;
}

void BriefingData::transformTexts(const std::function<QString(const QString &)> &f)
{
    auto citation = [&](BriefingCitation &c) { c.text = f(c.text); };
    auto mark = [&](BriefingDisputeMark &m) {
        m.reason = f(m.reason);
        m.raisedBy = f(m.raisedBy);
    };
    auto list = [&](QStringList &l) {
        for (QString &s : l)
            s = f(s);
    };
    title = f(title);
    summary = f(summary);
    for (BriefingEvent &e : timeline) {
        e.lane = f(e.lane);
        e.actor = f(e.actor);
        e.text = f(e.text);
        e.sourceName = f(e.sourceName);
        mark(e.dispute);
        list(e.tags);
        for (BriefingAnnotation &a : e.annotations) {
            a.author = f(a.author);
            a.text = f(a.text);
            mark(a.dispute);
        }
    }
    for (FlagReversal &r : flagChanges) {
        r.flagKey = f(r.flagKey);
        r.environment = f(r.environment);
        r.before = f(r.before);
        r.after = f(r.after);
        r.actor = f(r.actor);
        r.reversedBy = f(r.reversedBy);
    }
    for (BriefingExperiment &x : experiments) {
        x.lane = f(x.lane);
        x.title = f(x.title);
        x.hypothesis = f(x.hypothesis);
        x.steadyBefore = f(x.steadyBefore);
        x.steadyAfter = f(x.steadyAfter);
    }
    for (BriefingFactor &x : factors) {
        x.title = f(x.title);
        x.description = f(x.description);
        x.category = f(x.category);
        x.author = f(x.author);
        for (BriefingCitation &c : x.evidence) {
            citation(c);
            mark(c.dispute);
        }
        list(x.evidenceNotes);
    }
    for (BriefingNarrative &n : narratives) {
        n.title = f(n.title);
        n.vantagePoint = f(n.vantagePoint);
        n.author = f(n.author);
        for (BriefingStep &s : n.steps) {
            s.text = f(s.text);
            mark(s.dispute);
            if (s.event) {
                citation(*s.event);
                mark(s.event->dispute);
            }
        }
    }
    for (auto &o : divergence.onlyIn) {
        for (BriefingCitation &c : o.events)
            citation(c);
    }
    for (BriefingCitation &c : divergence.shared)
        citation(c);
    for (BriefingCitation &c : divergence.untold)
        citation(c);
    for (auto &o : divergence.orderDifferences) {
        citation(o.a);
        citation(o.b);
    }
    for (auto &w : divergence.withoutEvidence)
        w.text = f(w.text);
    for (BriefingDispute &x : disputes) {
        x.itemText = f(x.itemText);
        mark(x.mark);
    }
    for (BriefingLearning &l : learnings) {
        l.text = f(l.text);
        l.author = f(l.author);
        list(l.about);
    }
    for (BriefingQuestion &q : questions) {
        q.text = f(q.text);
        q.author = f(q.author);
        for (BriefingAnswer &a : q.answers) {
            a.author = f(a.author);
            a.text = f(a.text);
        }
    }
    for (BriefingOpportunity &o : opportunities) {
        o.title = f(o.title);
        o.description = f(o.description);
        o.owner = f(o.owner);
        list(o.factors);
    }
    for (BriefingSource &s : sources)
        s.name = f(s.name);
    if (agreement) {
        for (QString &name : agreement->present)
            name = f(name);
    }
}

} // namespace faultless::model
