#include "briefingdata.h"

#include "export/pseudonymiser.h"
#include "export/redactor.h"
#include "store/reviewstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace faultless::model {

namespace {

constexpr qint64 kMinute = 60 * qint64(1000000);

// One read-only query with bound values; `ok` goes false (and stays) on the first failure so
// that gather() can report it instead of showing a silently incomplete briefing.
class Reader
{
public:
    explicit Reader(const ReviewStore &store)
        : m_store(store)
    {
    }

    QSqlQuery run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            fail(q);
            return q;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            fail(q);
        return q;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QSqlQuery &q)
    {
        if (m_error.isEmpty())
            m_error = BriefingData::tr("Cannot read the review: %1").arg(q.lastError().text());
    }

    const ReviewStore &m_store;
    QString m_error;
};

qint64 niceBinWidth(qint64 span, int bins)
{
    static const qint64 steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600,
                                   43200, 86400};
    const qint64 wanted = std::max<qint64>(1, span / bins);
    for (qint64 s : steps) {
        if (s * 1000000 >= wanted)
            return s * 1000000;
    }
    return (wanted / (86400 * qint64(1000000)) + 1) * 86400 * qint64(1000000);
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
    Reader r(store);
    d.title = store.title();
    d.summary = store.meta(QStringLiteral("summary"));
    d.zone = options.timeZone.isEmpty() ? store.timeZone() : QTimeZone(options.timeZone.toUtf8());
    if (!d.zone.isValid())
        return fail(tr("Unknown time zone \"%1\"").arg(options.timeZone));

    // Without removed sources every event is live, and the plain table lets SQLite use its
    // instant index; the live_events view would cost a join per row on a million events.
    const bool anyRemoved = store.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM sources WHERE removed = 1)")).toBool();
    const QString events = anyRemoved ? QStringLiteral("live_events") : QStringLiteral("events");

    {
        // MIN/MAX come from the instant index. Counting rows would walk a million index entries,
        // so the total is what the live imports accepted plus the events added by hand (which
        // have no source and are found through the source index).
        // Two queries: SQLite answers a lone MIN() or MAX() from the index in O(log n), but
        // walks the whole index for both in one statement.
        // Only instants in the supported range count: a document written before every parser
        // checked the range may hold one near 2^63, and the window, padding and bins computed
        // from it would overflow (issue 17, F1). Such an event is still listed where it belongs.
        QSqlQuery q = r.run(
            QStringLiteral("SELECT MIN(instant) FROM ") + events + QStringLiteral(" WHERE instant >= ?"),
            { MinSupportedInstant });
        QSqlQuery q2 = r.run(
            QStringLiteral("SELECT MAX(instant) FROM ") + events + QStringLiteral(" WHERE instant <= ?"),
            { MaxSupportedInstant });
        if (q.next() && !q.value(0).isNull() && q2.next() && !q2.value(0).isNull()) {
            d.first = q.value(0).toLongLong();
            d.last = q2.value(0).toLongLong();
        }
        QSqlQuery m = r.run(QStringLiteral("SELECT COUNT(*) FROM events WHERE source_id IS NULL AND manual = 1"));
        if (m.next())
            d.manualEventCount = m.value(0).toLongLong();
        QSqlQuery c = r.run(QStringLiteral("SELECT COALESCE(SUM(accepted), 0) FROM sources WHERE removed = 0"));
        if (c.next())
            d.eventCount = c.value(0).toLongLong() + d.manualEventCount;
    }
    if (!step(10))
        return fail(cancelled);

    // Disputes first: events, annotations and steps carry their mark.
    QHash<QPair<QString, qint64>, BriefingDisputeMark> marks;
    {
        QSqlQuery q = r.run(QStringLiteral("SELECT item_type, item_id, state, raised_by, reason FROM disputes ORDER BY created, id"));
        while (q.next()) {
            BriefingDisputeMark mark {q.value(2).toString(), q.value(4).toString(), q.value(3).toString()};
            // "disputed" outweighs "uncertain" whatever the order they were raised in.
            const auto key = qMakePair(q.value(0).toString(), q.value(1).toLongLong());
            if (!marks.contains(key) || mark.state == QLatin1String("disputed"))
                marks.insert(key, mark);
        }
    }
    auto markOf = [&](const char *type, qint64 id) { return marks.value(qMakePair(QString::fromLatin1(type), id)); };

    // The one pass over all events: there is no index on `highlighted`, and with ~30 highlighted
    // events among a million this scan is most of an export's time.
    QHash<qint64, qsizetype> highlightedAt;
    {
        QSqlQuery q = r.run(QStringLiteral(
            "SELECT e.id, e.instant, e.end_instant, e.kind, e.severity, COALESCE(l.name, ''), COALESCE(e.actor, ''),"
            " e.text, COALESCE(e.phase, ''), COALESCE(s.name, ''), COALESCE(e.line, 0), e.manual FROM ")
            + events + QStringLiteral(" e LEFT JOIN lanes l ON l.id = e.lane_id LEFT JOIN sources s ON s.id = e.source_id"
                                      " WHERE e.highlighted = 1 ORDER BY e.instant, e.id"));
        while (q.next()) {
            BriefingEvent e;
            e.id = q.value(0).toLongLong();
            e.instant = q.value(1).toLongLong();
            e.end = q.value(2).isNull() ? NoInstant : q.value(2).toLongLong();
            e.kind = EventKind(q.value(3).toInt());
            e.severity = Severity(q.value(4).toInt());
            e.lane = q.value(5).toString();
            e.actor = q.value(6).toString();
            e.text = q.value(7).toString();
            e.phase = q.value(8).toString();
            e.sourceName = q.value(9).toString();
            e.line = q.value(10).toLongLong();
            e.manual = q.value(11).toBool();
            e.dispute = markOf("event", e.id);
            highlightedAt.insert(e.id, d.timeline.size());
            d.timeline.append(e);
        }
    }
    const auto highlightedWindow = [&d] {
        // From the first highlighted event in the supported range to the last one (or its end).
        const BriefingEvent *first = nullptr, *last = nullptr;
        for (const BriefingEvent &e : std::as_const(d.timeline)) {
            if (isSupportedInstant(e.instant)) {
                first = first ? first : &e;
                last = &e;
            }
        }
        if (!first)
            return std::make_pair(NoInstant, NoInstant);
        return std::make_pair(first->instant,
            isSupportedInstant(last->end) ? std::max(last->instant, last->end) : last->instant);
    };
    const auto [highlightStart, highlightEnd] = highlightedWindow();
    if (highlightStart != NoInstant && highlightEnd > highlightStart) {
        d.windowStart = highlightStart;
        d.windowEnd = highlightEnd;
    } else {
        d.windowStart = d.first;
        d.windowEnd = d.last;
    }
    if (!step(40))
        return fail(cancelled);

    {
        QSqlQuery q = r.run(QStringLiteral("SELECT id, event_id, author, text FROM annotations ORDER BY created, id"));
        while (q.next()) {
            const auto at = highlightedAt.constFind(q.value(1).toLongLong());
            if (at == highlightedAt.cend())
                continue;
            const qint64 id = q.value(0).toLongLong();
            d.timeline[*at].annotations.append({id, q.value(2).toString(), q.value(3).toString(), markOf("annotation", id)});
        }
        QSqlQuery t = r.run(QStringLiteral("SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id"
                                           " ORDER BY t.name"));
        while (t.next()) {
            const auto at = highlightedAt.constFind(t.value(0).toLongLong());
            if (at != highlightedAt.cend())
                d.timeline[*at].tags.append(t.value(1).toString());
        }
    }

    // Events cited by factors and narratives, highlighted or not.
    QHash<qint64, BriefingCitation> citations;
    auto cite = [&](qint64 eventId) -> std::optional<BriefingCitation> {
        if (eventId <= 0)
            return std::nullopt;
        if (const auto it = citations.constFind(eventId); it != citations.cend())
            return *it;
        if (const auto at = highlightedAt.constFind(eventId); at != highlightedAt.cend()) {
            const BriefingEvent &e = d.timeline.at(*at);
            citations.insert(eventId, {e.id, e.instant, e.text, e.manual, e.dispute});
            return citations.value(eventId);
        }
        QSqlQuery q = r.run(QStringLiteral("SELECT id, instant, text, manual FROM ") + events + QStringLiteral(" WHERE id = ?"),
                            {eventId});
        if (!q.next())
            return std::nullopt; // evidence of a removed import is not shown
        const BriefingCitation c {eventId, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toBool(),
                                  markOf("event", eventId)};
        citations.insert(eventId, c);
        return c;
    };

    QString reversalError;
    d.flagChanges = Reversibility::compute(store, &reversalError);
    if (!reversalError.isEmpty())
        return fail(reversalError);
    {
        QSqlQuery q = r.run(QStringLiteral(
            "SELECT e.id, e.instant, e.end_instant, COALESCE(l.name, ''), x.title, x.hypothesis, x.verdict,"
            " x.steady_before, x.steady_after FROM experiment_runs x CROSS JOIN live_events e ON e.id = x.event_id"
            " LEFT JOIN lanes l ON l.id = e.lane_id ORDER BY e.instant, e.id"));
        while (q.next()) {
            BriefingExperiment x;
            x.eventId = q.value(0).toLongLong();
            x.start = q.value(1).toLongLong();
            x.end = q.value(2).isNull() ? NoInstant : q.value(2).toLongLong();
            x.lane = q.value(3).toString();
            x.title = q.value(4).toString();
            x.hypothesis = q.value(5).toString();
            x.verdict = q.value(6).toString();
            x.steadyBefore = q.value(7).toString();
            x.steadyAfter = q.value(8).toString();
            d.experiments.append(x);
        }
    }
    if (!step(55))
        return fail(cancelled);

    {
        QHash<qint64, qsizetype> factorAt;
        QSqlQuery q = r.run(QStringLiteral(
            "SELECT f.id, f.title, f.description, COALESCE(c.name, ''), f.author FROM factors f"
            " LEFT JOIN factor_categories c ON c.id = f.category_id"
            " ORDER BY c.id IS NULL, c.position, c.name, f.title COLLATE NOCASE, f.id"));
        while (q.next()) {
            BriefingFactor f;
            f.id = q.value(0).toLongLong();
            f.title = q.value(1).toString();
            f.description = q.value(2).toString();
            f.category = q.value(3).toString();
            f.author = q.value(4).toString();
            factorAt.insert(f.id, d.factors.size());
            d.factors.append(f);
        }
        QSqlQuery ev = r.run(QStringLiteral(
            "SELECT fe.factor_id, fe.event_id, COALESCE(a.text, ''), fe.note FROM factor_evidence fe"
            " LEFT JOIN annotations a ON a.id = fe.annotation_id ORDER BY fe.id"));
        QList<std::tuple<qsizetype, qint64, QString, QString>> rows;
        while (ev.next()) {
            const auto at = factorAt.constFind(ev.value(0).toLongLong());
            if (at != factorAt.cend())
                rows.append({*at, ev.value(1).toLongLong(), ev.value(2).toString(), ev.value(3).toString()});
        }
        for (const auto &[at, eventId, annotation, note] : std::as_const(rows)) {
            if (const auto c = cite(eventId))
                d.factors[at].evidence.append(*c);
            else if (!annotation.isEmpty() || !note.isEmpty())
                d.factors[at].evidenceNotes.append(annotation.isEmpty() ? note : annotation);
        }
        for (BriefingFactor &f : d.factors) {
            std::stable_sort(f.evidence.begin(), f.evidence.end(),
                             [](const BriefingCitation &a, const BriefingCitation &b) { return a.instant < b.instant; });
        }
    }

    {
        QSqlQuery q = r.run(QStringLiteral("SELECT id, title, vantage_point, author FROM narratives ORDER BY position, id"));
        while (q.next())
            d.narratives.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), {}});
        for (BriefingNarrative &n : d.narratives) {
            QSqlQuery s = r.run(QStringLiteral("SELECT id, text, event_id FROM narrative_steps WHERE narrative_id = ?"
                                               " ORDER BY position, id"),
                                {n.id});
            QList<std::tuple<qint64, QString, qint64>> rows;
            while (s.next())
                rows.append({s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toLongLong()});
            for (const auto &[id, text, eventId] : std::as_const(rows))
                n.steps.append({id, text, cite(eventId), markOf("step", id)});
        }
        d.divergence = compareNarratives(d.narratives, d.timeline);
    }
    if (!step(70))
        return fail(cancelled);

    {
        QSqlQuery q = r.run(QStringLiteral("SELECT item_type, item_id, state, raised_by, reason FROM disputes ORDER BY created, id"));
        QList<BriefingDispute> rows;
        while (q.next()) {
            BriefingDispute x;
            x.itemType = q.value(0).toString();
            x.itemId = q.value(1).toLongLong();
            x.mark = {q.value(2).toString(), q.value(4).toString(), q.value(3).toString()};
            rows.append(x);
        }
        for (BriefingDispute &x : rows) {
            if (x.itemType == QLatin1String("event")) {
                const auto c = cite(x.itemId);
                if (!c)
                    continue;
                x.itemText = c->text;
                x.instant = c->instant;
            } else if (x.itemType == QLatin1String("annotation")) {
                QSqlQuery a = r.run(QStringLiteral("SELECT a.text, e.instant FROM annotations a JOIN events e ON e.id = a.event_id"
                                                   " WHERE a.id = ?"),
                                    {x.itemId});
                if (!a.next())
                    continue;
                x.itemText = a.value(0).toString();
                x.instant = a.value(1).toLongLong();
            } else {
                QSqlQuery s = r.run(QStringLiteral("SELECT text FROM narrative_steps WHERE id = ?"), {x.itemId});
                if (!s.next())
                    continue;
                x.itemText = s.value(0).toString();
            }
            d.disputes.append(x);
        }
    }

    {
        QHash<qint64, qsizetype> learningAt;
        QSqlQuery q = r.run(QStringLiteral("SELECT id, kind, text, author FROM learnings ORDER BY kind, created, id"));
        while (q.next()) {
            learningAt.insert(q.value(0).toLongLong(), d.learnings.size());
            d.learnings.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        }
        QSqlQuery l = r.run(QStringLiteral("SELECT ll.learning_id, COALESCE(f.title, ''), COALESCE(e.text, '') FROM learning_links ll"
                                           " LEFT JOIN factors f ON f.id = ll.factor_id LEFT JOIN events e ON e.id = ll.event_id"));
        while (l.next()) {
            const auto at = learningAt.constFind(l.value(0).toLongLong());
            if (at == learningAt.cend())
                continue;
            const QString about = l.value(1).toString().isEmpty() ? l.value(2).toString() : l.value(1).toString();
            if (!about.isEmpty())
                d.learnings[*at].about.append(about);
        }
    }

    {
        QHash<qint64, qsizetype> questionAt;
        QSqlQuery q = r.run(QStringLiteral("SELECT id, text, status, author FROM questions ORDER BY created, id"));
        while (q.next()) {
            questionAt.insert(q.value(0).toLongLong(), d.questions.size());
            d.questions.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        }
        QSqlQuery a = r.run(QStringLiteral("SELECT question_id, author, text FROM question_answers ORDER BY created, id"));
        while (a.next()) {
            const auto at = questionAt.constFind(a.value(0).toLongLong());
            if (at != questionAt.cend())
                d.questions[*at].answers.append({a.value(1).toString(), a.value(2).toString()});
        }
    }

    {
        QHash<qint64, qsizetype> opportunityAt;
        QSqlQuery q = r.run(QStringLiteral("SELECT id, title, description, owner, status FROM opportunities ORDER BY created, id"));
        while (q.next()) {
            opportunityAt.insert(q.value(0).toLongLong(), d.opportunities.size());
            d.opportunities.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), {}});
        }
        QSqlQuery f = r.run(QStringLiteral("SELECT of.opportunity_id, f.title FROM opportunity_factors of"
                                           " JOIN factors f ON f.id = of.factor_id ORDER BY f.title"));
        while (f.next()) {
            const auto at = opportunityAt.constFind(f.value(0).toLongLong());
            if (at != opportunityAt.cend())
                d.opportunities[*at].factors.append(f.value(1).toString());
        }
    }

    {
        QSqlQuery q = r.run(QStringLiteral("SELECT name, format, kind, accepted, rejected FROM sources WHERE removed = 0 ORDER BY id"));
        while (q.next())
            d.sources.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    if (!step(80))
        return fail(cancelled);

    // The event rate around the incident window, padded so that the calm before and after shows.
    if (d.first != NoInstant && options.effectiveSections().testFlag(BriefingSection::Chart)) {
        const qint64 length = std::max<qint64>(d.windowEnd - d.windowStart, 0);
        const qint64 pad = std::max<qint64>(length / 4, 5 * kMinute);
        const Instant from = std::max(d.first, d.windowStart - pad);
        const Instant to = std::min(d.last, d.windowEnd + pad) + 1;
        const qint64 width = niceBinWidth(std::max<qint64>(to - from, 1), 60);
        d.rate.binWidth = width;
        d.rate.start = from - (((from % width) + width) % width); // bins on whole minutes, hours...
        const int bins = int((to - d.rate.start + width - 1) / width);
        d.rate.counts.fill(0, bins);
        d.rate.errors.fill(0, bins);
        QSqlQuery q = r.run(QStringLiteral("SELECT (instant - ?) / ?, COUNT(*), SUM(severity >= ?) FROM ") + events
                                + QStringLiteral(" WHERE instant >= ? AND instant < ? GROUP BY 1"),
                            {d.rate.start, width, int(Severity::Error), d.rate.start, to});
        while (q.next()) {
            const int bin = q.value(0).toInt();
            if (bin >= 0 && bin < bins) {
                d.rate.counts[bin] = q.value(1).toInt();
                d.rate.errors[bin] = q.value(2).toInt();
            }
        }
    }
    if (!r.ok())
        return fail(r.error());
    if (!step(90))
        return fail(cancelled);

    // Redact first, then pseudonymise: an e-mail address is masked whole rather than left with
    // a pseudonym in front of its domain.
    std::optional<Redactor> redactor;
    if (options.redact) {
        redactor.emplace();
        if (!redactor->isValid())
            return fail(redactor->errorString());
        redactor->setReplacement(QStringLiteral("[") + tr("redacted") + QStringLiteral("]"));
    }
    Pseudonymiser pseudonymiser;
    if (options.pseudonymise)
        pseudonymiser = Pseudonymiser(Pseudonymiser::read(store));
    if (redactor || !pseudonymiser.isEmpty()) {
        // The same text shows up several times (an event in the timeline and as evidence): work
        // on each distinct text once, which also counts each masked secret once.
        int masked = 0;
        QHash<QString, QString> done;
        d.transformTexts([&](const QString &text) {
            if (text.isEmpty())
                return text;
            if (const auto it = done.constFind(text); it != done.cend())
                return *it;
            QString out = text;
            if (redactor) {
                int n = 0;
                out = redactor->redact(out, &n);
                masked += n;
            }
            if (!pseudonymiser.isEmpty())
                out = pseudonymiser.apply(out);
            done.insert(text, out);
            return out;
        });
        d.redactions = masked;
    }
    return d;
}

BriefingDivergence BriefingData::compareNarratives(const QList<BriefingNarrative> &narratives,
                                                   const QList<BriefingEvent> &highlighted)
{
    BriefingDivergence result;
    QList<QList<BriefingCitation>> cited; // per narrative, in the narrative's order, first citation only
    QHash<qint64, int> tellers;
    QHash<qint64, BriefingCitation> byId;
    for (const BriefingNarrative &n : narratives) {
        QList<BriefingCitation> order;
        QSet<qint64> seen;
        for (const BriefingStep &s : n.steps) {
            if (!s.event || seen.contains(s.event->eventId))
                continue;
            seen.insert(s.event->eventId);
            order.append(*s.event);
            byId.insert(s.event->eventId, *s.event);
            tellers[s.event->eventId] += 1;
        }
        cited.append(order);
    }
    auto byTime = [](const BriefingCitation &a, const BriefingCitation &b) {
        return a.instant != b.instant ? a.instant < b.instant : a.eventId < b.eventId;
    };
    if (narratives.size() >= 2) {
        for (qsizetype i = 0; i < narratives.size(); ++i) {
            BriefingDivergence::OnlyIn only {narratives.at(i).id, {}};
            for (const BriefingCitation &c : cited.at(i)) {
                if (tellers.value(c.eventId) == 1)
                    only.events.append(c);
            }
            std::sort(only.events.begin(), only.events.end(), byTime);
            if (!only.events.isEmpty())
                result.onlyIn.append(only);
        }
        for (auto it = tellers.cbegin(); it != tellers.cend(); ++it) {
            if (it.value() == narratives.size())
                result.shared.append(byId.value(it.key()));
        }
        std::sort(result.shared.begin(), result.shared.end(), byTime);
        for (qsizetype i = 0; i < narratives.size(); ++i) {
            for (qsizetype j = i + 1; j < narratives.size(); ++j) {
                QHash<qint64, int> posJ;
                for (int k = 0; k < cited.at(j).size(); ++k)
                    posJ.insert(cited.at(j).at(k).eventId, k);
                const QList<BriefingCitation> &a = cited.at(i);
                for (int x = 0; x < a.size(); ++x) {
                    for (int y = x + 1; y < a.size(); ++y) {
                        const auto px = posJ.constFind(a.at(x).eventId);
                        const auto py = posJ.constFind(a.at(y).eventId);
                        if (px != posJ.cend() && py != posJ.cend() && *px > *py)
                            result.orderDifferences.append({narratives.at(i).id, narratives.at(j).id, a.at(x), a.at(y)});
                    }
                }
            }
        }
    }
    if (!narratives.isEmpty()) {
        for (const BriefingEvent &e : highlighted) {
            if (!tellers.contains(e.id))
                result.untold.append({e.id, e.instant, e.text, e.manual, e.dispute});
        }
    }
    return result;
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
}

} // namespace faultless::model
