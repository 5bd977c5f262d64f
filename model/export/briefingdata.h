#pragma once

#include "analysis/reversibility.h"
#include "domain/event.h"
#include "export/briefingoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace faultless::model {

class ReviewStore;

// Where the room did not agree about an item (disputes table).
struct BriefingDisputeMark
{
    QString state; // "disputed" or "uncertain"; empty: not disputed
    QString reason;
    QString raisedBy;
    bool isSet() const { return !state.isEmpty(); }
};

struct BriefingAnnotation
{
    qint64 id = 0;
    QString author;
    QString text;
    BriefingDisputeMark dispute;
};

struct BriefingEvent
{
    qint64 id = 0;
    Instant instant = NoInstant;
    Instant end = NoInstant;
    EventKind kind = EventKind::Log;
    Severity severity = Severity::Unknown;
    QString lane;
    QString actor;
    QString text;
    QString phase; // detection, diagnosis, repair, key moment, or empty
    QString sourceName;
    qint64 line = 0;
    bool manual = false; // added by a reviewer, not recorded by a system
    BriefingDisputeMark dispute;
    QStringList tags;
    QList<BriefingAnnotation> annotations;
};

struct BriefingExperiment
{
    qint64 eventId = 0;
    Instant start = NoInstant;
    Instant end = NoInstant;
    QString lane;
    QString title;
    QString hypothesis;
    QString verdict; // held, deviated, aborted, unknown
    QString steadyBefore;
    QString steadyAfter;
};

// An event cited as evidence or by a narrative step: enough to show it in one line.
struct BriefingCitation
{
    qint64 eventId = 0;
    Instant instant = NoInstant;
    QString text;
    bool manual = false;
    BriefingDisputeMark dispute;
};

struct BriefingFactor
{
    qint64 id = 0;
    QString title;
    QString description;
    QString category; // empty: uncategorised
    QString author;
    QList<BriefingCitation> evidence;
    QStringList evidenceNotes; // evidence that points at an annotation rather than an event
};

struct BriefingStep
{
    qint64 id = 0;
    QString text;
    std::optional<BriefingCitation> event;
    BriefingDisputeMark dispute;
};

struct BriefingNarrative
{
    qint64 id = 0;
    QString title;
    QString vantagePoint;
    QString author;
    QList<BriefingStep> steps;
};

// Where narratives tell the incident differently: which cited events only one of them tells,
// which all of them share, and shared events they put in a different order.
struct BriefingDivergence
{
    struct OnlyIn
    {
        qint64 narrativeId = 0;
        QList<BriefingCitation> events;
    };
    struct OrderDifference
    {
        qint64 firstNarrativeId = 0;
        qint64 secondNarrativeId = 0;
        BriefingCitation a; // told before b by the first narrative, after b by the second
        BriefingCitation b;
    };
    QList<OnlyIn> onlyIn;
    QList<BriefingCitation> shared;
    // A step that cites no event (the same rule as the comparison workspace).
    struct WithoutEvidence
    {
        qint64 narrativeId = 0;
        int stepNumber = 0; // 1-based
        QString text;
    };
    QList<OrderDifference> orderDifferences;
    QList<WithoutEvidence> withoutEvidence;
    QList<BriefingCitation> untold; // highlighted events no narrative cites
};

struct BriefingDispute
{
    QString itemType; // event, annotation, step
    qint64 itemId = 0;
    QString itemText;
    Instant instant = NoInstant;
    BriefingDisputeMark mark;
};

struct BriefingLearning
{
    QString kind; // surprise, helped
    QString text;
    QString author;
    QStringList about; // titles of linked factors, texts of linked events
};

struct BriefingAnswer
{
    QString author;
    QString text;
};

struct BriefingQuestion
{
    QString text;
    QString status;
    QString author;
    QList<BriefingAnswer> answers;
};

struct BriefingOpportunity
{
    QString title;
    QString description;
    QString owner;
    QString status;
    QStringList factors;
};

// The timeline as the room agreed it (agreements table): when, and who was present.
struct BriefingAgreement
{
    Instant agreedAt = NoInstant;
    QStringList present;
};

struct BriefingSource
{
    QString name;
    QString format;
    QString kind;
    qint64 events = 0;
    qint64 rejected = 0;
};

// Events per time bin around the incident, for the chart.
struct BriefingRate
{
    Instant start = NoInstant;
    qint64 binWidth = 0; // µs
    QList<int> counts;
    QList<int> errors; // of which severity error or worse
    bool isEmpty() const { return counts.isEmpty(); }
    Instant end() const { return start + binWidth * counts.size(); }
};

// Everything a briefing shows, read from the review once (on the export's own connection) and
// already pseudonymised and redacted as the options ask, so that each output format only
// arranges it. Only highlighted events are read in full: a 1M-event review costs a few indexed
// queries, not a pass over its text.
struct BriefingData
{
    Q_DECLARE_TR_FUNCTIONS(BriefingData)
public:
    // What the incident window of a briefing is: the impact window the review team set, else
    // the first to the last highlighted event, else all events. The briefing says which.
    enum class Window { Impact, Highlighted, AllEvents };

    QString title;
    QString summary; // written by the review team; empty: not yet
    QTimeZone zone;
    Instant first = NoInstant; // of all live events
    Instant last = NoInstant;
    Instant impactFrom = NoInstant; // as set by the review team, either may be unknown
    Instant impactTo = NoInstant;
    Instant windowStart = NoInstant; // the incident window (see Window)
    Instant windowEnd = NoInstant;
    Window window = Window::AllEvents;
    std::optional<BriefingAgreement> agreement; // the latest; nullopt: never agreed
    qint64 eventCount = 0;
    qint64 manualEventCount = 0;

    QList<BriefingEvent> timeline; // highlighted events in time order
    QList<FlagReversal> flagChanges;
    QList<BriefingExperiment> experiments;
    QList<BriefingFactor> factors; // grouped by category (category order, then title)
    QList<BriefingNarrative> narratives;
    BriefingDivergence divergence;
    QList<BriefingDispute> disputes;
    QList<BriefingLearning> learnings;
    QList<BriefingQuestion> questions;
    QList<BriefingOpportunity> opportunities;
    QList<BriefingSource> sources;
    BriefingRate rate;
    int redactions = 0; // how many secrets were masked
    // Left out of a leaders' briefing to keep it within its reading time (see condensedForLeaders()).
    qsizetype omittedMoments = 0;
    qsizetype omittedFlagChanges = 0;
    qsizetype omittedNotes = 0;
    qsizetype omittedSteps = 0;
    int glossaryTerms = -1; // at most this many terms explained; -1: every term used

    // Reads the review. Returns nullopt with `error` set when the store cannot be read or
    // `progress` cancelled.
    static std::optional<BriefingData> gather(const ReviewStore &store, const BriefingOptions &options,
        QString *error, const BriefingProgress &progress = {});
    // Divergence of narratives over their cited events (public for tests).
    static BriefingDivergence compareNarratives(
        const QList<BriefingNarrative> &narratives, const QList<BriefingEvent> &highlighted);

    // A leaders' briefing reads in five minutes (LeaderMinutes). Each level leaves out more
    // detail that the practitioners' analysis keeps, and the briefing says how much: 1, the
    // highlighted moments without a phase, note or mark (when there are more than a few); 2, flag
    // changes beyond the few that matter most (on the timeline, or reversed; the chart keeps them
    // all); 3, the notes on the timeline's moments; 4, the glossary beyond its first terms;
    // 5, each narrative's steps beyond its first three; 6, beyond two, and the glossary beyond two
    // terms; 7, beyond the first step.
    static constexpr int LeaderMinutes = 5;
    static constexpr int CondenseLevels = 7;
    BriefingData condensedForLeaders(int level) const;

    // Applies `f` to every text that came from an import or a user.
    void transformTexts(const std::function<QString(const QString &)> &f);
};

} // namespace faultless::model
