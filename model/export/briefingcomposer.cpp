#include "briefingcomposer.h"

#include "domain/flagwording.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTranslator>

#include <cmath>

namespace faultless::model {

namespace {

const char *const kContext = "faultless::model::BriefingComposer";

BriefingSpan plain(const QString &text)
{
    return { BriefingSpan::Plain, text };
}
BriefingSpan strong(const QString &text)
{
    return { BriefingSpan::Strong, text };
}
BriefingSpan emphasis(const QString &text)
{
    return { BriefingSpan::Emphasis, text };
}
BriefingSpan muted(const QString &text)
{
    return { BriefingSpan::Muted, text };
}
BriefingSpan badge(const QString &text)
{
    return { BriefingSpan::Badge, text };
}
BriefingSpan warning(const QString &text)
{
    return { BriefingSpan::Warning, text };
}

// Terms a leader may not know, explained when they appear in the briefing (issue 10: "jargon
// explained"). `match` is a case-insensitive pattern over the briefing's own texts.
struct Term
{
    const char *match;
    const char *term;
    const char *explanation;
};
const Term kGlossary[] = {
    { "\\bflags?\\b|feature.flag", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Feature flag"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer",
            "a switch that turns a feature on or off for customers without a new release; turning it"
            " back quickly undoes a change.") },
    { "chaos|\\bexperiments?\\b", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Chaos experiment"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer",
            "a planned, controlled disturbance (such as slowing a service down) to check that"
            " customers are still served well when parts of the system misbehave.") },
    { "hypothesis|steady.state", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Hypothesis"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer",
            "what an experiment expects to stay true while it runs; when it does not hold, the experiment"
            " has found something worth knowing.") },
    { "\\bp99\\b|99th percentile",
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "99th percentile (p99)"),
        QT_TRANSLATE_NOOP(
            "faultless::model::BriefingComposer", "the time within which 99 of 100 requests are answered.") },
    { "latency", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Latency"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "how long a request takes to be answered.") },
    { "canary", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Canary"),
        QT_TRANSLATE_NOOP(
            "faultless::model::BriefingComposer", "giving a change to a small share of customers first.") },
    { "connection.pool|\\bpool\\b",
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Connection pool"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer",
            "a fixed set of database connections that requests share; when all are busy, requests"
            " wait.") },
    { "on.call", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "On-call engineer"),
        QT_TRANSLATE_NOOP(
            "faultless::model::BriefingComposer", "the person who answers alerts at that time.") },
    { "sharp end|blunt end", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Sharp end, blunt end"),
        QT_TRANSLATE_NOOP("faultless::model::BriefingComposer",
            "the people operating the system at the time, and the organisation (priorities, budgets,"
            " tools) that shapes their work.") },
    { "roll.?back|revert", QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Rollback"),
        QT_TRANSLATE_NOOP(
            "faultless::model::BriefingComposer", "returning to the previous version of a change.") },
};

} // namespace

BriefingComposer::BriefingComposer(
    const BriefingData &data, const BriefingOptions &options, const QTranslator *translator)
    : m_data(data)
    , m_options(options)
    , m_sections(options.effectiveSections())
    , m_translator(translator)
    , m_locale(options.language.isEmpty() ? QLocale() : QLocale(options.language))
{ }

QString BriefingComposer::tr(const char *sourceText, const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(kContext, sourceText, disambiguation, n);
    else
        text = QCoreApplication::translate(kContext, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QTranslator::translate() picks the plural form but, unlike QCoreApplication::translate(),
    // leaves "%n" for the caller to fill: without this a German briefing read "etwa %n Minuten".
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    // Untranslated (English) plurals: "%n minute(s)" reads "1 minute", "5 minutes" without
    // needing an English .qm in every build. A translation never contains "(s)".
    if (n >= 0 && text.contains(QStringLiteral("(s)")))
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

BriefingChart::Labels BriefingComposer::chartLabels() const
{
    const qint64 binSeconds = m_data.rate.binWidth / 1000000;
    QString events;
    if (binSeconds > 0 && binSeconds % 60 == 0)
        events = tr("Events per %n minute(s)", "chart legend", int(binSeconds / 60));
    else
        events = tr("Events per %n second(s)", "chart legend", int(std::max<qint64>(binSeconds, 1)));
    return { events, tr("Errors", "chart legend"), tr("Flag change", "chart legend"),
        tr("Experiment", "chart legend"), tr("No events in this window") };
}

qint64 BriefingComposer::words() const
{
    WordCountWriter counter;
    write(counter, 0);
    return counter.words();
}

int BriefingComposer::readingMinutes() const
{
    return std::max(1, int(std::ceil(double(words()) / WordsPerMinute)));
}

void BriefingComposer::compose(BriefingWriter &writer) const
{
    write(writer, readingMinutes());
}

void BriefingComposer::write(BriefingWriter &w, int minutes) const
{
    writeHeader(w, minutes);
    if (has(BriefingSection::Summary))
        writeSummary(w);
    if (has(BriefingSection::Chart))
        writeChart(w);
    if (has(BriefingSection::Timeline))
        writeTimeline(w);
    if (has(BriefingSection::FlagChanges)) {
        writeFlags(w);
        writeOmittedFlagChanges(w);
    }
    if (has(BriefingSection::Experiments))
        writeExperiments(w);
    if (has(BriefingSection::Factors))
        writeFactors(w);
    if (has(BriefingSection::Narratives))
        writeNarratives(w);
    if (has(BriefingSection::Disputes))
        writeDisputes(w);
    if (has(BriefingSection::Learnings))
        writeLearnings(w);
    if (has(BriefingSection::Questions))
        writeQuestions(w);
    if (has(BriefingSection::Opportunities))
        writeOpportunities(w);
    if (has(BriefingSection::Glossary))
        writeGlossary(w);
    if (has(BriefingSection::Sources))
        writeSources(w);
    w.note({ muted(
        tr("A blameless review: it describes what people saw, knew and did at the time and the conditions "
           "around them, so that the organisation can learn; it does not assign blame.")) });
}

// --- formatting -------------------------------------------------------------------------------

QString BriefingComposer::time(Instant instant) const
{
    if (instant == NoInstant)
        return QString();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(instant / 1000, m_data.zone);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_data.windowStart / 1000, m_data.zone);
    if (m_data.windowStart != NoInstant && t.date() == start.date())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return m_locale.toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + t.toString(QStringLiteral("HH:mm:ss"));
}

QString BriefingComposer::dateTime(Instant instant) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(instant / 1000, m_data.zone);
    return m_locale.toString(t.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + t.toString(QStringLiteral("HH:mm"));
}

QString BriefingComposer::duration(qint64 us) const
{
    const qint64 seconds = us / 1000000;
    if (seconds < 120)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString BriefingComposer::phaseLabel(const QString &phase) const
{
    if (phase == QLatin1String("detection"))
        return tr("detection", "timeline phase");
    if (phase == QLatin1String("diagnosis"))
        return tr("diagnosis", "timeline phase");
    if (phase == QLatin1String("repair"))
        return tr("repair", "timeline phase");
    if (phase == QLatin1String("key moment"))
        return tr("key moment", "timeline phase");
    return phase;
}

QString BriefingComposer::verdictLabel(const QString &verdict) const
{
    if (verdict == QLatin1String("held"))
        return tr("hypothesis held", "experiment verdict");
    if (verdict == QLatin1String("deviated"))
        return tr("hypothesis did not hold", "experiment verdict");
    if (verdict == QLatin1String("aborted"))
        return tr("aborted", "experiment verdict");
    return tr("verdict unknown", "experiment verdict");
}

QString BriefingComposer::statusLabel(const QString &status) const
{
    if (status == QLatin1String("open"))
        return tr("open", "question or opportunity status");
    if (status == QLatin1String("explored"))
        return tr("explored", "question status");
    if (status == QLatin1String("answered"))
        return tr("answered", "question status");
    if (status == QLatin1String("closed"))
        return tr("closed", "question or opportunity status");
    if (status == QLatin1String("proposed"))
        return tr("proposed", "opportunity status");
    if (status == QLatin1String("accepted"))
        return tr("accepted", "opportunity status");
    if (status == QLatin1String("done"))
        return tr("done", "opportunity status");
    return status;
}

// Shortens `text` to whole sentences within about `max` characters: a sentence is never cut, so
// that "… should have …" never reaches a reader without the rest of what was said (issue 19).
// Only a first "sentence" too long to be prose (a log line, a stack trace) is cut, at a word.
QString BriefingComposer::short_(const QString &text, int max) const
{
    const QString simple = text.simplified();
    if (max <= 0 || simple.size() <= max)
        return simple;
    qsizetype end = wholeSentencesWithin(simple, max);
    if (end > 0)
        return simple.left(end) + QStringLiteral(" …");
    end = wholeSentencesWithin(simple, kLongestSentence);
    if (end == simple.size())
        return simple;
    if (end > 0)
        return simple.left(end) + QStringLiteral(" …");
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), kLongestSentence);
    if (cut < kLongestSentence / 2)
        cut = kLongestSentence;
    return simple.left(cut) + QStringLiteral("…");
}

// The length of the longest run of whole sentences at the start of `simple` that fits in `max`
// characters (0: not even the first). A sentence ends at . ! ? or … followed by a space.
qsizetype BriefingComposer::wholeSentencesWithin(const QString &simple, qsizetype max)
{
    if (simple.size() <= max)
        return simple.size();
    qsizetype best = 0;
    for (qsizetype i = 0; i < simple.size() && i < max; ++i) {
        const QChar c = simple.at(i);
        const bool ends
            = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
        if (ends && i + 1 < simple.size() && simple.at(i + 1) == QLatin1Char(' '))
            best = i + 1;
    }
    return best;
}

void BriefingComposer::appendMarks(
    BriefingInline &line, bool manual, const BriefingDisputeMark &dispute) const
{
    if (manual)
        line.append(badge(tr("added by reviewer")));
    if (dispute.isSet()) {
        line.append(warning(dispute.state == QLatin1String("uncertain") ? tr("uncertain", "dispute state")
                                                                        : tr("disputed", "dispute state")));
    }
}

BriefingInline BriefingComposer::citation(const BriefingCitation &c, int maxText) const
{
    BriefingInline line { strong(time(c.instant)), plain(QStringLiteral(" ") + short_(c.text, maxText)) };
    appendMarks(line, c.manual, c.dispute);
    return line;
}

QString BriefingComposer::narrativeTitle(qint64 id) const
{
    for (const BriefingNarrative &n : m_data.narratives) {
        if (n.id == id)
            return n.title;
    }
    return QString();
}

// --- sections ---------------------------------------------------------------------------------

void BriefingComposer::writeHeader(BriefingWriter &w, int minutes) const
{
    w.heading(1, m_data.title.isEmpty() ? tr("Incident review") : m_data.title);
    BriefingInline line;
    line.append(strong(leader() ? tr("Briefing for leaders") : tr("Analysis for practitioners")));
    if (m_data.windowStart != NoInstant) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_data.windowStart / 1000, m_data.zone);
        line.append(plain(QStringLiteral(" · ") + m_locale.toString(start.date(), QLocale::LongFormat)));
    }
    line.append(plain(QStringLiteral(" · ") + tr("times in %1").arg(QString::fromUtf8(m_data.zone.id()))));
    if (minutes > 0)
        line.append(plain(QStringLiteral(" · ") + tr("reading time about %n minute(s)", nullptr, minutes)));
    w.paragraph(line);
    QStringList notes;
    if (m_options.pseudonymise)
        notes << tr("People are named by their role in this briefing.");
    if (m_data.redactions > 0)
        notes << tr("%n secret(s) such as tokens or addresses were masked.", nullptr, m_data.redactions);
    if (!notes.isEmpty())
        w.note({ muted(notes.join(QLatin1Char(' '))) });
}

// The briefing opens with what the review team wrote and the window customers were affected
// in; without a summary it starts with the window, and says in a section of its own that the
// summary is still to be written.
void BriefingComposer::writeSummary(BriefingWriter &w) const
{
    w.heading(2, tr("What happened"));
    const bool hasSummary = !m_data.summary.trimmed().isEmpty();
    if (hasSummary)
        w.paragraph({ plain(m_data.summary.simplified()) });
    if (m_data.windowStart != NoInstant)
        w.paragraph(windowLine());
    const QString partial = partialImpactLine();
    if (!partial.isEmpty())
        w.note({ muted(partial) });
    QString basis
        = tr("Reconstructed from %n event(s)", nullptr, int(std::min<qint64>(m_data.eventCount, INT_MAX)));
    basis += QLatin1Char(' ') + tr("in %n source(s)", nullptr, int(m_data.sources.size()));
    if (m_data.manualEventCount > 0)
        basis += QStringLiteral(", ")
            + tr("%n of them added by reviewers", nullptr, int(m_data.manualEventCount));
    basis += QLatin1Char('.') + QLatin1Char(' ') + agreementSentence();
    w.note({ muted(basis) });
    if (!hasSummary) {
        w.heading(2, tr("Summary still to be written"));
        w.paragraph(
            { emphasis(tr("The review team has not written a summary of the impact yet. Until it does, this "
                          "briefing tells only what the timeline shows.")) });
    }
}

// "Impact window: 14:02 to 14:40 …", or the window this briefing fell back to, named as such.
BriefingInline BriefingComposer::windowLine() const
{
    // The end as a clock time on the same day, else with its date (an impact over midnight).
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_data.windowStart / 1000, m_data.zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_data.windowEnd / 1000, m_data.zone);
    const QString endText
        = start.date() == end.date() ? end.toString(QStringLiteral("HH:mm")) : dateTime(m_data.windowEnd);
    const QString span
        = tr("%1 to %2 (%3).")
              .arg(dateTime(m_data.windowStart), endText, duration(m_data.windowEnd - m_data.windowStart));
    switch (m_data.window) {
    case BriefingData::Window::Impact:
        return { strong(tr("Impact window:") + QLatin1Char(' ')), plain(span + QLatin1Char(' ')),
            muted(tr("When customers were affected, as the review team set it.")) };
    case BriefingData::Window::Highlighted:
        return { strong(tr("Incident window:") + QLatin1Char(' ')), plain(span + QLatin1Char(' ')),
            muted(
                tr("From the first to the last highlighted event; the review team has not set when customers "
                   "were affected yet.")) };
    case BriefingData::Window::AllEvents:
        break;
    }
    return { strong(tr("Incident window:") + QLatin1Char(' ')), plain(span + QLatin1Char(' ')),
        muted(tr("From the first to the last recorded event; the review team has not set when customers were "
                 "affected yet.")) };
}

// One bound of the impact window set without the other: shown, not silently dropped.
QString BriefingComposer::partialImpactLine() const
{
    const bool from = isSupportedInstant(m_data.impactFrom);
    const bool to = isSupportedInstant(m_data.impactTo);
    if (m_data.window == BriefingData::Window::Impact || from == to)
        return QString();
    if (from)
        return tr("Customers were affected from %1; when the impact ended is not known yet.")
            .arg(dateTime(m_data.impactFrom));
    return tr("The impact on customers ended at %1; when it started is not known yet.")
        .arg(dateTime(m_data.impactTo));
}

// Told only when the room signed the timeline off (agreements table), with when and by whom.
QString BriefingComposer::agreementSentence() const
{
    if (!m_data.agreement)
        return tr("The room has not agreed on this timeline yet.");
    const BriefingAgreement &a = *m_data.agreement;
    if (a.present.isEmpty())
        return tr("The room agreed on the timeline on %1.").arg(dateTime(a.agreedAt));
    return tr("The room agreed on the timeline on %1 (present: %2).")
        .arg(dateTime(a.agreedAt), a.present.join(QStringLiteral(", ")));
}

void BriefingComposer::writeChart(BriefingWriter &w) const
{
    w.heading(2, tr("Activity around the incident"));
    const QString alt = tr("Bar chart of events over time.") + QLatin1Char(' ')
        + tr("Flag changes marked: %n.", nullptr, int(m_data.flagChanges.size())) + QLatin1Char(' ')
        + tr("Experiments marked: %n.", nullptr, int(m_data.experiments.size()));
    if (m_chart.isNull()) {
        w.note({ muted(tr("The chart is left out: it could not be drawn here.")) });
        return;
    }
    w.chart(m_chart, alt,
        tr("All events per time bin, errors in red; dashed lines mark flag changes and shaded spans mark "
           "experiments."));
}

void BriefingComposer::writeTimeline(BriefingWriter &w) const
{
    w.heading(2, tr("Timeline of key moments"));
    if (m_data.timeline.isEmpty()) {
        w.note({ muted(tr("No events have been highlighted yet.")) });
        return;
    }
    QList<BriefingItem> items;
    for (const BriefingEvent &e : m_data.timeline) {
        BriefingItem item;
        item.text.append(strong(time(e.instant)));
        if (!e.phase.isEmpty())
            item.text.append(badge(phaseLabel(e.phase)));
        item.text.append(plain(QLatin1Char(' ') + short_(e.text, leader() ? 160 : 0)));
        appendMarks(item.text, e.manual, e.dispute);
        if (!leader()) {
            QStringList where;
            if (!e.manual && !e.sourceName.isEmpty())
                where << (e.line > 0 ? tr("%1, line %2").arg(e.sourceName).arg(e.line) : e.sourceName);
            if (!e.lane.isEmpty())
                where << e.lane;
            if (!e.actor.isEmpty())
                where << e.actor;
            if (!e.tags.isEmpty())
                where << tr("tags: %1").arg(e.tags.join(QStringLiteral(", ")));
            if (!where.isEmpty())
                item.details.append({ muted(where.join(QStringLiteral(" · "))) });
            if (e.dispute.isSet() && !e.dispute.reason.isEmpty())
                item.details.append(
                    { warning(tr("Not agreed:")), plain(QLatin1Char(' ') + e.dispute.reason) });
        }
        for (const BriefingAnnotation &a : e.annotations) {
            // Leaders read one agreed note per moment; practitioners read them all.
            if (leader() && (a.dispute.isSet() || !item.details.isEmpty()))
                continue;
            BriefingInline note { emphasis(a.author.isEmpty() ? tr("Note:") : tr("%1:").arg(a.author)),
                plain(QLatin1Char(' ') + short_(a.text, leader() ? 100 : 0)) };
            appendMarks(note, false, a.dispute);
            item.details.append(note);
        }
        items.append(item);
    }
    w.list(items, false);
    QStringList omitted;
    if (m_data.omittedMoments > 0)
        omitted << tr("%n more highlighted moment(s) are in the practitioners' analysis.", nullptr,
            int(m_data.omittedMoments));
    if (m_data.omittedNotes > 0)
        omitted << tr("The reviewers' notes on these moments are in the practitioners' analysis.");
    if (!omitted.isEmpty())
        w.note({ muted(omitted.join(QLatin1Char(' '))) });
}

// A leaders' briefing shows the flag changes that matter most; the rest are counted here.
void BriefingComposer::writeOmittedFlagChanges(BriefingWriter &w) const
{
    if (m_data.omittedFlagChanges > 0 && !m_data.flagChanges.isEmpty())
        w.note({ muted(tr("%n more flag change(s) are in the chart above and in the practitioners' analysis.",
            nullptr, int(m_data.omittedFlagChanges))) });
}

void BriefingComposer::writeFlags(BriefingWriter &w) const
{
    if (m_data.flagChanges.isEmpty())
        return;
    w.heading(2, tr("Feature flag changes"));
    QList<QList<BriefingInline>> rows;
    for (const FlagReversal &f : m_data.flagChanges) {
        QString flag = f.flagKey;
        if (!f.environment.isEmpty())
            flag += QStringLiteral(" (") + f.environment + QLatin1Char(')');
        // In words, one place for every view of a flag change: "rollout 10% → 50%".
        const QString change = FlagWording::change({ f.flagKey, f.environment, f.before, f.after });
        rows.append({ { strong(time(f.changedAt)) }, { plain(flag) }, { plain(change) }, { plain(f.actor) },
            { plain(reversalText(f)) } });
    }
    w.table({ tr("Time"), tr("Flag"), tr("Change"), tr("By"), tr("Reversed") }, rows);
}

// "reversed after 18 minutes by Ben", "(flag turned off)", and for a change that took an earlier
// one back, which one.
QString BriefingComposer::reversalText(const FlagReversal &f) const
{
    QString text;
    if (f.isReversed()) {
        text = f.reversedBy.isEmpty()
            ? tr("reversed after %1").arg(duration(*f.timeToReverse()))
            : tr("reversed after %1 by %2").arg(duration(*f.timeToReverse()), f.reversedBy);
        if (f.reversedByTurningOff)
            text += QLatin1Char(' ') + tr("(flag turned off)");
    } else {
        text = f.before.isEmpty() ? tr("earlier value unknown") : tr("not reversed");
    }
    for (const FlagReversal &earlier : m_data.flagChanges) {
        if (earlier.isReversed() && earlier.reversalEventId == f.changeEventId)
            text += QStringLiteral("; ") + tr("reverses the change of %1").arg(time(earlier.changedAt));
    }
    return text;
}

void BriefingComposer::writeExperiments(BriefingWriter &w) const
{
    if (m_data.experiments.isEmpty())
        return;
    w.heading(2, tr("Experiments"));
    QList<BriefingItem> items;
    for (const BriefingExperiment &x : m_data.experiments) {
        BriefingItem item;
        QString when = time(x.start);
        if (x.end != NoInstant)
            when += QStringLiteral("–") + time(x.end);
        const bool showLane = !x.lane.isEmpty() && x.lane != x.title;
        item.text
            = { strong(x.title.isEmpty() ? tr("Experiment") : x.title), plain(QStringLiteral(" (") + when),
                  plain(showLane ? QStringLiteral(", ") + x.lane + QLatin1Char(')') : QStringLiteral(")")) };
        if (!x.hypothesis.isEmpty())
            item.details.append({ emphasis(tr("Hypothesis:")), plain(QLatin1Char(' ') + x.hypothesis) });
        item.details.append({ emphasis(tr("Verdict:")), plain(QLatin1Char(' ') + verdictLabel(x.verdict)) });
        if (!leader()) {
            if (!x.steadyBefore.isEmpty())
                item.details.append(
                    { emphasis(tr("Steady state before:")), plain(QLatin1Char(' ') + x.steadyBefore) });
            if (!x.steadyAfter.isEmpty())
                item.details.append(
                    { emphasis(tr("Steady state after:")), plain(QLatin1Char(' ') + x.steadyAfter) });
        }
        items.append(item);
    }
    w.list(items, false);
}

void BriefingComposer::writeFactors(BriefingWriter &w) const
{
    w.heading(2, tr("Contributing factors"));
    if (m_data.factors.isEmpty()) {
        w.note({ muted(tr("No contributing factors have been recorded yet.")) });
        return;
    }
    w.note({ muted(tr("Conditions that together made the incident possible or worse. They form a set, in no "
                      "particular order.")) });
    qsizetype i = 0;
    while (i < m_data.factors.size()) {
        const QString category = m_data.factors.at(i).category;
        w.heading(3, category.isEmpty() ? tr("Other factors") : category);
        QList<BriefingItem> items;
        for (; i < m_data.factors.size() && m_data.factors.at(i).category == category; ++i) {
            const BriefingFactor &f = m_data.factors.at(i);
            BriefingItem item;
            item.text = { strong(f.title) };
            if (!f.description.isEmpty())
                item.text.append(plain(QStringLiteral(" — ") + f.description.simplified()));
            if (leader()) {
                if (!f.evidence.isEmpty()) {
                    QStringList times;
                    for (const BriefingCitation &c : f.evidence)
                        times << time(c.instant).left(5);
                    BriefingInline line { emphasis(tr("Evidence:")),
                        plain(QLatin1Char(' ')
                            + tr("%n event(s) at %1", nullptr, int(f.evidence.size()))
                                  .arg(times.join(QStringLiteral(", ")))) };
                    bool anyManual = false;
                    BriefingDisputeMark anyDispute;
                    for (const BriefingCitation &c : f.evidence) {
                        anyManual = anyManual || c.manual;
                        if (c.dispute.isSet())
                            anyDispute = c.dispute;
                    }
                    appendMarks(line, anyManual, anyDispute);
                    item.details.append(line);
                }
            } else {
                for (const BriefingCitation &c : f.evidence)
                    item.details.append(citation(c, 200));
                for (const QString &note : f.evidenceNotes)
                    item.details.append({ emphasis(tr("Note:")), plain(QLatin1Char(' ') + note) });
                if (f.evidence.isEmpty() && f.evidenceNotes.isEmpty())
                    item.details.append({ warning(tr("no evidence linked yet")) });
            }
            items.append(item);
        }
        w.list(items, false);
    }
}

void BriefingComposer::writeNarratives(BriefingWriter &w) const
{
    if (m_data.narratives.isEmpty())
        return;
    w.heading(2, tr("Narratives"));
    w.note({ muted(
        tr("Each narrative tells the incident from one vantage point. They may disagree; this briefing "
           "does not pick one.")) });
    for (const BriefingNarrative &n : m_data.narratives) {
        w.heading(3, n.title);
        BriefingInline who { emphasis(tr("Vantage point:")), plain(QLatin1Char(' ') + n.vantagePoint) };
        if (!n.author.isEmpty())
            who.append(plain(QStringLiteral(" · ") + tr("told by %1").arg(n.author)));
        w.paragraph(who);
        QList<BriefingItem> steps;
        for (const BriefingStep &s : n.steps) {
            BriefingItem item;
            item.text = { plain(s.text.simplified()) };
            if (s.event) {
                item.text.append(muted(
                    QStringLiteral(" (") + time(s.event->instant).left(leader() ? 5 : 8) + QLatin1Char(')')));
                appendMarks(item.text, s.event->manual, s.event->dispute);
            }
            if (s.dispute.isSet())
                appendMarks(item.text, false, s.dispute);
            if (!leader() && s.event)
                item.details.append({ muted(tr("cites: %1").arg(short_(s.event->text, 160))) });
            steps.append(item);
        }
        w.list(steps, true);
    }
    if (m_data.omittedSteps > 0)
        w.note({ muted(tr("%n more narrative step(s) are in the practitioners' analysis.", nullptr,
            int(m_data.omittedSteps))) });
    writeDivergence(w);
}

void BriefingComposer::writeDivergence(BriefingWriter &w) const
{
    const BriefingDivergence &d = m_data.divergence;
    if (m_data.narratives.size() < 2)
        return;
    w.heading(3, tr("Where the narratives diverge"));
    QList<BriefingItem> items;
    const int maxText = leader() ? 90 : 200;
    for (const auto &only : d.onlyIn) {
        BriefingItem item;
        if (leader()) {
            // Leaders get the shape of the difference; practitioners get the moments themselves.
            const QString from = time(only.events.constFirst().instant).left(5);
            const QString to = time(only.events.constLast().instant).left(5);
            item.text = { plain(tr("Only \"%1\" tells of %n moment(s)", nullptr, int(only.events.size()))
                                    .arg(narrativeTitle(only.narrativeId))
                + QLatin1Char(' ')
                + (from == to ? tr("(%1).").arg(from) : tr("(%1 to %2).").arg(from, to))) };
        } else {
            item.text = { plain(tr("Only \"%1\" tells of:").arg(narrativeTitle(only.narrativeId))) };
            for (const BriefingCitation &c : only.events)
                item.details.append(citation(c, maxText));
        }
        items.append(item);
    }
    for (const auto &o : d.orderDifferences) {
        BriefingItem item;
        item.text
            = { plain(tr("\"%1\" and \"%2\" tell these moments in a different order:")
                          .arg(narrativeTitle(o.firstNarrativeId), narrativeTitle(o.secondNarrativeId))) };
        item.details.append(citation(o.a, maxText));
        item.details.append(citation(o.b, maxText));
        items.append(item);
        if (leader())
            break;
    }
    items.append(withoutEvidenceItems(maxText));
    if (!d.shared.isEmpty()) {
        BriefingItem item;
        item.text = { plain(tr("All narratives cite %n shared moment(s).", nullptr, int(d.shared.size()))) };
        if (!leader()) {
            for (const BriefingCitation &c : d.shared)
                item.details.append(citation(c, maxText));
        }
        items.append(item);
    }
    if (!leader() && !d.untold.isEmpty()) {
        BriefingItem item;
        item.text = { plain(tr("Highlighted moments no narrative tells yet:")) };
        for (const BriefingCitation &c : d.untold)
            item.details.append(citation(c, maxText));
        items.append(item);
    }
    if (items.isEmpty())
        w.note({ muted(tr("The narratives cite the same moments in the same order; they differ in what they "
                          "make of them.")) });
    else
        w.list(items, false);
}

// Steps that cite no event, one item per narrative: leaders get the count, practitioners the steps.
QList<BriefingItem> BriefingComposer::withoutEvidenceItems(int maxText) const
{
    QList<BriefingItem> items;
    const QList<BriefingDivergence::WithoutEvidence> &steps = m_data.divergence.withoutEvidence;
    for (qsizetype i = 0; i < steps.size();) {
        const qint64 narrativeId = steps.at(i).narrativeId;
        BriefingItem item;
        qsizetype count = 0;
        for (; i < steps.size() && steps.at(i).narrativeId == narrativeId; ++i, ++count) {
            //: Briefing: a narrative step that cites no event, "<number>. <text>"
            item.details.append(
                { plain(tr("%1. %2").arg(steps.at(i).stepNumber).arg(short_(steps.at(i).text, maxText))) });
        }
        if (leader()) {
            item.details.clear();
            item.text = { plain(tr("\"%1\" has %n step(s) without a cited event.", nullptr, int(count))
                                    .arg(narrativeTitle(narrativeId))) };
        } else {
            item.text = { plain(tr("Steps of \"%1\" that cite no event:").arg(narrativeTitle(narrativeId))) };
        }
        items.append(item);
    }
    return items;
}

void BriefingComposer::writeDisputes(BriefingWriter &w) const
{
    w.heading(2, tr("Not agreed"));
    if (m_data.disputes.isEmpty()) {
        // "Agreed" only when the room signed the timeline off; no dispute alone is no agreement.
        w.note({ muted(m_data.agreement ? tr("No item was disputed. %1").arg(agreementSentence())
                                        : tr("No item has been disputed. %1").arg(agreementSentence())) });
        return;
    }
    w.note({ muted(agreementSentence()) });
    QList<BriefingItem> items;
    for (const BriefingDispute &x : m_data.disputes) {
        BriefingItem item;
        QString what;
        if (x.itemType == QLatin1String("event"))
            what = tr("Event");
        else if (x.itemType == QLatin1String("annotation"))
            what = tr("Note on an event");
        else
            what = tr("Narrative step");
        item.text = { warning(x.mark.state == QLatin1String("uncertain") ? tr("uncertain", "dispute state")
                                                                         : tr("disputed", "dispute state")),
            strong(QLatin1Char(' ') + what), plain(QStringLiteral(" ")) };
        if (x.instant != NoInstant)
            item.text.append(strong(time(x.instant) + QLatin1Char(' ')));
        item.text.append(plain(short_(x.itemText, 200)));
        if (!x.mark.reason.isEmpty() || !x.mark.raisedBy.isEmpty()) {
            BriefingInline why { emphasis(tr("Why:")), plain(QLatin1Char(' ') + x.mark.reason) };
            if (!x.mark.raisedBy.isEmpty())
                why.append(muted(QStringLiteral(" — ") + x.mark.raisedBy));
            item.details.append(why);
        }
        items.append(item);
    }
    w.list(items, false);
}

void BriefingComposer::writeLearnings(BriefingWriter &w) const
{
    w.heading(2, tr("Surprises and what helped"));
    bool any = false;
    for (const QString &kind : { QStringLiteral("surprise"), QStringLiteral("helped") }) {
        QList<BriefingItem> items;
        for (const BriefingLearning &l : m_data.learnings) {
            if (l.kind != kind)
                continue;
            BriefingItem item;
            item.text = { plain(l.text.simplified()) };
            if (!l.author.isEmpty())
                item.text.append(muted(QStringLiteral(" — ") + l.author));
            if (!l.about.isEmpty())
                item.details.append(
                    { muted(tr("about: %1").arg(short_(l.about.join(QStringLiteral("; ")), 200))) });
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        any = true;
        w.heading(3, kind == QLatin1String("surprise") ? tr("What surprised us") : tr("What helped"));
        w.list(items, false);
    }
    if (!any)
        w.note({ muted(tr("No surprises or helpful moments have been recorded yet.")) });
}

void BriefingComposer::writeQuestions(BriefingWriter &w) const
{
    if (m_data.questions.isEmpty())
        return;
    w.heading(2, leader() ? tr("Open questions") : tr("Questions and answers"));
    QList<BriefingItem> items;
    for (const BriefingQuestion &q : m_data.questions) {
        // Leaders see what is still open, and answers in short; practitioners see every answer.
        if (leader() && q.status == QLatin1String("closed"))
            continue;
        BriefingItem item;
        item.text = { plain(q.text.simplified()), badge(statusLabel(q.status)) };
        for (const BriefingAnswer &a : q.answers) {
            BriefingInline answer { emphasis(a.author.isEmpty() ? tr("Answer:") : tr("%1:").arg(a.author)),
                plain(QLatin1Char(' ') + short_(a.text, leader() ? 200 : 0)) };
            item.details.append(answer);
            if (leader())
                break;
        }
        if (q.answers.isEmpty())
            item.details.append({ muted(tr("not answered yet")) });
        items.append(item);
    }
    w.list(items, false);
}

void BriefingComposer::writeOpportunities(BriefingWriter &w) const
{
    if (m_data.opportunities.isEmpty())
        return;
    w.heading(2, tr("Opportunities"));
    w.note({ muted(tr("What the team might try next, each tied to the factors it addresses.")) });
    QList<BriefingItem> items;
    for (const BriefingOpportunity &o : m_data.opportunities) {
        BriefingItem item;
        item.text = { strong(o.title) };
        if (!o.description.isEmpty())
            item.text.append(plain(QStringLiteral(" — ") + o.description.simplified()));
        QStringList meta;
        if (!o.owner.isEmpty())
            meta << tr("owner: %1").arg(o.owner);
        if (!o.status.isEmpty())
            meta << statusLabel(o.status);
        if (!meta.isEmpty())
            item.text.append(
                muted(QStringLiteral(" (") + meta.join(QStringLiteral(", ")) + QLatin1Char(')')));
        if (!o.factors.isEmpty() && !leader())
            item.details.append({ muted(tr("addresses: %1").arg(o.factors.join(QStringLiteral("; ")))) });
        items.append(item);
    }
    w.list(items, false);
}

void BriefingComposer::writeGlossary(BriefingWriter &w) const
{
    // Only the terms this briefing actually uses, found in the texts it shows.
    QStringList texts { m_data.summary, m_data.title };
    for (const BriefingEvent &e : m_data.timeline) {
        texts << e.text;
        for (const BriefingAnnotation &a : e.annotations)
            texts << a.text;
    }
    for (const BriefingFactor &f : m_data.factors)
        texts << f.title << f.description;
    for (const BriefingNarrative &n : m_data.narratives) {
        texts << n.vantagePoint;
        for (const BriefingStep &s : n.steps)
            texts << s.text;
    }
    for (const BriefingQuestion &q : m_data.questions)
        texts << q.text;
    for (const BriefingOpportunity &o : m_data.opportunities)
        texts << o.title << o.description;
    if (has(BriefingSection::FlagChanges) && !m_data.flagChanges.isEmpty())
        texts << QStringLiteral("flag");
    if (has(BriefingSection::Experiments) && !m_data.experiments.isEmpty())
        texts << QStringLiteral("experiment hypothesis");
    const QString all = texts.join(QLatin1Char('\n'));
    QList<BriefingItem> items;
    for (const Term &t : kGlossary) {
        const QRegularExpression re(QString::fromLatin1(t.match), QRegularExpression::CaseInsensitiveOption);
        if (all.contains(re))
            items.append({ { strong(tr(t.term)), plain(QStringLiteral(": ") + tr(t.explanation)) }, {} });
    }
    // A leaders' briefing short of reading time explains the first terms (the list's order).
    if (m_data.glossaryTerms >= 0 && items.size() > m_data.glossaryTerms)
        items.resize(m_data.glossaryTerms);
    if (items.isEmpty())
        return;
    w.heading(2, tr("Terms used"));
    w.list(items, false);
}

void BriefingComposer::writeSources(BriefingWriter &w) const
{
    if (m_data.sources.isEmpty())
        return;
    w.heading(2, tr("Sources"));
    QList<QList<BriefingInline>> rows;
    for (const BriefingSource &s : m_data.sources) {
        rows.append({ { plain(s.name) }, { plain(s.format) }, { plain(m_locale.toString(s.events)) },
            { plain(s.rejected ? m_locale.toString(s.rejected) : QStringLiteral("—")) } });
    }
    w.table({ tr("Source"), tr("Format"), tr("Events"), tr("Rejected records") }, rows);
}

} // namespace faultless::model
