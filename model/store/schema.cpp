#include "schema.h"

namespace faultless::model::schema {

namespace {
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        // One row per imported file or feed. `removed` makes an import undoable as a whole
        // without deleting evidence that a redo would need again.
        QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
                       " format TEXT NOT NULL, origin_path TEXT NOT NULL DEFAULT '',"
                       " content_hash TEXT NOT NULL DEFAULT '', zone TEXT NOT NULL DEFAULT 'UTC',"
                       " accepted INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0,"
                       " duplicates INTEGER NOT NULL DEFAULT 0, imported_at INTEGER NOT NULL,"
                       " notes TEXT NOT NULL DEFAULT '', removed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE rejects(id INTEGER PRIMARY KEY,"
            " source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
            " line INTEGER NOT NULL, byte_offset INTEGER NOT NULL, reason TEXT NOT NULL, raw BLOB)"),
        QStringLiteral("CREATE INDEX rejects_source ON rejects(source_id)"),
        QStringLiteral("CREATE TABLE lanes(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        // instant/end_instant: µs since the epoch, UTC. kind/severity: see domain/event.h.
        QStringLiteral(
            "CREATE TABLE events(id INTEGER PRIMARY KEY, instant INTEGER NOT NULL, end_instant INTEGER,"
            " kind INTEGER NOT NULL, lane_id INTEGER REFERENCES lanes(id),"
            " severity INTEGER NOT NULL DEFAULT 0, actor TEXT, text TEXT NOT NULL DEFAULT '',"
            " attrs TEXT, source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,"
            " line INTEGER, byte_offset INTEGER, fingerprint INTEGER,"
            " highlighted INTEGER NOT NULL DEFAULT 0, phase TEXT)"),
        QStringLiteral("CREATE INDEX events_instant ON events(instant)"),
        QStringLiteral("CREATE INDEX events_source ON events(source_id)"),
        // External-content FTS5 index, filled in bulk after an import rather than by trigger
        // (a trigger makes a million-row import about ten times slower).
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(text, actor, content='events',"
                       " content_rowid='id')"),
        QStringLiteral("CREATE VIEW live_events AS SELECT e.* FROM events e LEFT JOIN sources s"
                       " ON s.id = e.source_id WHERE e.source_id IS NULL OR s.removed = 0"),
        QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, color TEXT)"),
        QStringLiteral(
            "CREATE TABLE event_tags(event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
            " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            " PRIMARY KEY(event_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY,"
                       " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " author TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                       " created INTEGER NOT NULL, edited INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX annotations_event ON annotations(event_id)"),
        // Contributing factors are a set: no rank, no severity, nothing "primary".
        QStringLiteral("CREATE TABLE factor_categories(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE factors(id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
            " description TEXT NOT NULL DEFAULT '',"
            " category_id INTEGER REFERENCES factor_categories(id) ON DELETE SET NULL,"
            " author TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL, edited INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE factor_evidence(id INTEGER PRIMARY KEY,"
                       " factor_id INTEGER NOT NULL REFERENCES factors(id) ON DELETE CASCADE,"
                       " event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,"
                       " annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " CHECK(event_id IS NOT NULL OR annotation_id IS NOT NULL))"),
        QStringLiteral(
            "CREATE TABLE narratives(id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
            " vantage_point TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
            " created INTEGER NOT NULL, edited INTEGER NOT NULL, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE narrative_steps(id INTEGER PRIMARY KEY,"
                       " narrative_id INTEGER NOT NULL REFERENCES narratives(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '',"
                       " event_id INTEGER REFERENCES events(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE participants(id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                       " role TEXT NOT NULL DEFAULT '', pseudonym TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE questions(id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'open', answer TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE question_factors(question_id INTEGER NOT NULL REFERENCES questions(id)"
            " ON DELETE CASCADE, factor_id INTEGER NOT NULL REFERENCES factors(id) ON DELETE CASCADE,"
            " PRIMARY KEY(question_id, factor_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE opportunities(id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'proposed', created INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE opportunity_factors(opportunity_id INTEGER NOT NULL"
                       " REFERENCES opportunities(id) ON DELETE CASCADE,"
                       " factor_id INTEGER NOT NULL REFERENCES factors(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(opportunity_id, factor_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE flag_changes(event_id INTEGER PRIMARY KEY REFERENCES events(id)"
                       " ON DELETE CASCADE, flag_key TEXT NOT NULL, environment TEXT NOT NULL DEFAULT '',"
                       " before_value TEXT NOT NULL DEFAULT '', after_value TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX flag_changes_key ON flag_changes(flag_key, environment)"),
        QStringLiteral(
            "CREATE TABLE experiment_runs(event_id INTEGER PRIMARY KEY REFERENCES events(id)"
            " ON DELETE CASCADE, title TEXT NOT NULL DEFAULT '', hypothesis TEXT NOT NULL DEFAULT '',"
            " verdict TEXT NOT NULL DEFAULT 'unknown', steady_before TEXT NOT NULL DEFAULT '',"
            " steady_after TEXT NOT NULL DEFAULT '')"),
    };
}

// Version 2: what review practice asked for after the first release — events added by hand,
// clock skew per source, disputes, several answers per question, surprises and what helped,
// and the timeline as agreed by the room.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE sources ADD COLUMN clock_offset_us INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sources ADD COLUMN clock_offset_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE events ADD COLUMN manual INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "CREATE TABLE disputes(id INTEGER PRIMARY KEY,"
            " item_type TEXT NOT NULL CHECK(item_type IN ('event', 'annotation', 'step')),"
            " item_id INTEGER NOT NULL, state TEXT NOT NULL CHECK(state IN ('uncertain', 'disputed')),"
            " raised_by TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
            " created INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX disputes_item ON disputes(item_type, item_id)"),
        QStringLiteral("CREATE TABLE question_answers(id INTEGER PRIMARY KEY,"
                       " question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
                       " author TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, created INTEGER NOT NULL)"),
        // Version 1 kept one answer per question: it becomes the first of several.
        QStringLiteral("INSERT INTO question_answers(question_id, author, text, created)"
                       " SELECT id, author, answer, created FROM questions WHERE answer <> ''"),
        QStringLiteral("CREATE TABLE learnings(id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK(kind IN ('surprise', 'helped')), text TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE learning_links(learning_id INTEGER NOT NULL REFERENCES learnings(id)"
                       " ON DELETE CASCADE, event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,"
                       " factor_id INTEGER REFERENCES factors(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE agreements(id INTEGER PRIMARY KEY, agreed_at INTEGER NOT NULL,"
                       " present TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL DEFAULT '{}')"),
    };
}
// Version 3: one full-text column instead of two. FTS5's work per row grows with its columns,
// and its per-row size record only serves ranking, which Faultless never does (results are in
// time order): together a third of the index time of a million-event import. The indexed body
// is text and actor, so a search for a person still finds their events. External content from
// a view keeps one definition of that body for bulk imports and single edits alike.
QStringList version3()
{
    return {
        QStringLiteral("DROP TABLE events_fts"),
        QStringLiteral(
            "CREATE VIEW events_search AS SELECT id, text || char(10) || coalesce(actor, '') AS body"
            " FROM events"),
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(body, content='events_search',"
                       " content_rowid='id', columnsize=0)"),
        QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('rebuild')"),
    };
}

// Version 4: who wrote each narrative step. Team reviews show the author of everything written
// in the room; steps were the one kind of writing without one. Old steps keep '' (no author known).
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE narrative_steps ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 5 (issue 25): costs that follow the import, not the review.
// - Duplicates are looked up per source instead of in a table of every fingerprint loaded into
//   memory: an index on (source, instant, fingerprint) answers "does this earlier import of the
//   same file hold this record?" in one seek, and serves every query by source (it replaces the
//   index on source_id alone). Imports append to the end of their own source's range of it.
// - `sources.fingerprint_scheme` says how a source's fingerprints were computed: 1 for the
//   shape hash of versions 1-4 (kept: a re-import of the same file still matches them), 2 for
//   the record hash of EventWriter::fingerprint().
// - `event_counts` keeps the number of events per source and kind with the data (source 0: the
//   events added by hand), so that `info` and the source list do not count the events table.
//   Triggers keep it exact on every path that inserts or deletes events (edits, pulls, syncs);
//   the bulk writer switches them off for its own inserts and adds its counts once
//   (EventWriter::finish()). The migration counts the events once.
// - A partial index on the end of spans lets `info` find the last instant per source by seeks.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE sources ADD COLUMN fingerprint_scheme INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("DROP INDEX events_source"),
        QStringLiteral("CREATE INDEX events_source ON events(source_id, instant, fingerprint)"),
        QStringLiteral("CREATE INDEX events_source_end ON events(source_id, end_instant)"
                       " WHERE end_instant IS NOT NULL"),
        QStringLiteral("CREATE TABLE event_counts(source_id INTEGER NOT NULL, kind INTEGER NOT NULL,"
                       " events INTEGER NOT NULL, PRIMARY KEY(source_id, kind)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO event_counts(source_id, kind, events)"
                       " SELECT coalesce(source_id, 0), kind, count(*) FROM events GROUP BY 1, 2"),
        QStringLiteral("CREATE TRIGGER event_counts_insert AFTER INSERT ON events BEGIN"
                       " INSERT INTO event_counts(source_id, kind, events)"
                       " VALUES(coalesce(new.source_id, 0), new.kind, 1)"
                       " ON CONFLICT(source_id, kind) DO UPDATE SET events = events + 1; END"),
        QStringLiteral("CREATE TRIGGER event_counts_delete AFTER DELETE ON events BEGIN"
                       " UPDATE event_counts SET events = events - 1"
                       " WHERE source_id = coalesce(old.source_id, 0) AND kind = old.kind;"
                       " DELETE FROM event_counts"
                       " WHERE source_id = coalesce(old.source_id, 0) AND kind = old.kind AND events <= 0;"
                       " END"),
        QStringLiteral("CREATE TRIGGER event_counts_update AFTER UPDATE OF kind, source_id ON events"
                       " WHEN old.kind IS NOT new.kind OR old.source_id IS NOT new.source_id BEGIN"
                       " UPDATE event_counts SET events = events - 1"
                       " WHERE source_id = coalesce(old.source_id, 0) AND kind = old.kind;"
                       " DELETE FROM event_counts"
                       " WHERE source_id = coalesce(old.source_id, 0) AND kind = old.kind AND events <= 0;"
                       " INSERT INTO event_counts(source_id, kind, events)"
                       " VALUES(coalesce(new.source_id, 0), new.kind, 1)"
                       " ON CONFLICT(source_id, kind) DO UPDATE SET events = events + 1; END"),
    };
}

// Version 6 (issue 25): no index of every event by instant. Its leaves hold the review's events
// in time order, so the records of a new log, which fall among them, each changed another leaf:
// a 2,000-line import into a 10M-event review wrote, journalled and synced ~2,000 scattered
// pages (0.26 s, against 0.05 s without the index). events_source (source, instant, ...) keeps
// each source in time order; what needs every event in time order merges the sources
// (EventQuery::forEach) or asks each source (EventStore::liveSpan, liveRate).
// A partial index holds the highlighted events (a few dozen) in time order, for the briefing's
// timeline: it was a pass over every event (1.3 s at 10M). An import adds nothing to it.
QStringList version6()
{
    return {
        QStringLiteral("DROP INDEX events_instant"),
        QStringLiteral("CREATE INDEX events_highlighted ON events(instant) WHERE highlighted = 1"),
    };
}

// Version 7 (issue 25): the full-text index may hold up to TextIndexCrisisMerge segments on one
// level before FTS5 rewrites them as one (its default: 16). A bulk load writes a segment each
// time its buffer of terms is full. With 8 MB and merges at 16, as until version 6, a CSV of 1M
// lines with an id on each (2M distinct terms) took 4.3-4.7 s of CPU for its index: every new term
// is an entry of at least 128 bytes, the buffer held fewer lines, and its segments were merged
// once. With 2 MB (BulkTextIndexBuffer) and merges at 128 it takes 2.3-2.5 s and leaves 97
// segments; plain log lines 1.6 s (was 1.8-2.2), 50 segments. Queries read every segment, yet
// stay far inside their budget: bench_timeline's "latency injection" 1.8-2.7 ms at 82 segments
// (0.3 ms at 4), "checkout AND 503" 7.8-8.0 ms (7.6-8.1 ms).
// Two partial indexes hold the few events added by hand and those given a phase, so that opening a
// review reads those marks apart from its rows (TimelineRows::read): the three columns at the end
// of every row cost a fifth to a quarter of a 10M-event open. A log's import adds nothing to them.
QStringList version7()
{
    return {
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('crisismerge', %1)")
            .arg(TextIndexCrisisMerge),
        QStringLiteral("CREATE INDEX events_manual ON events(id) WHERE manual <> 0"),
        QStringLiteral("CREATE INDEX events_phase ON events(id) WHERE phase IS NOT NULL"),
    };
}
} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps
        = { version1(), version2(), version3(), version4(), version5(), version6(), version7() };
    return steps;
}

int currentVersion()
{
    return int(migrations().size());
}

int dataVersion()
{
    return 5;
}

QStringList forbiddenNameFragments()
{
    return { QStringLiteral("root"), QStringLiteral("primary"), QStringLiteral("rank"),
        QStringLiteral("blame"), QStringLiteral("fault"), QStringLiteral("whys"), QStringLiteral("culprit") };
}

} // namespace faultless::model::schema
