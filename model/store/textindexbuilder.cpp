#include "textindexbuilder.h"

#include "store/schema.h"

#include <QtConcurrent>

#include <sqlite3.h>

#include <utility>

namespace faultless::model {

namespace {
// Events per batch and batches queued: a batch is a few milliseconds of indexing, and the
// queue holds a few MB of text at most, so the writer rarely waits and memory stays flat.
constexpr size_t BatchEvents = 4096;
constexpr size_t QueuedBatches = 8;

QString sqliteError(sqlite3 *db, const char *what)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)));
}

// The document's declaration of its full-text index, when it is the one of the current schema
// (one column, `body`, from the events_search view); empty otherwise.
QByteArray indexDeclaration(sqlite3 *document)
{
    sqlite3_stmt *s = nullptr;
    QByteArray sql;
    if (sqlite3_prepare_v2(document,
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'events_fts'", -1, &s, nullptr)
            == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        sql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return sql.contains("content='events_search'") ? sql : QByteArray();
}

bool hasEvents(sqlite3 *document, bool *known)
{
    sqlite3_stmt *s = nullptr;
    *known = sqlite3_prepare_v2(document, "SELECT EXISTS(SELECT 1 FROM events)", -1, &s, nullptr) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW;
    const bool any = *known && sqlite3_column_int(s, 0) != 0;
    sqlite3_finalize(s);
    return any;
}

QByteArray setting(const char *name, int value)
{
    return QByteArray("INSERT INTO events_fts(events_fts, rank) VALUES('") + name + "', "
        + QByteArray::number(value) + ')';
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The index's settings (events_fts_config) other than its format version, which the new table
// writes itself; each value is a copy the caller frees.
std::vector<std::pair<QByteArray, sqlite3_value *>> indexSettings(sqlite3 *document, bool *ok)
{
    std::vector<std::pair<QByteArray, sqlite3_value *>> settings;
    sqlite3_stmt *s = nullptr;
    *ok = sqlite3_prepare_v2(
              document, "SELECT k, v FROM events_fts_config WHERE k <> 'version'", -1, &s, nullptr)
        == SQLITE_OK;
    while (*ok && sqlite3_step(s) == SQLITE_ROW)
        settings.emplace_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
            sqlite3_value_dup(sqlite3_column_value(s, 1)));
    sqlite3_finalize(s);
    return settings;
}

// Sets them again through FTS5 itself, which checks each and tells every connection.
bool restoreSettings(sqlite3 *document, const std::vector<std::pair<QByteArray, sqlite3_value *>> &settings)
{
    sqlite3_stmt *s = nullptr;
    bool ok = sqlite3_prepare_v2(
                  document, "INSERT INTO events_fts(events_fts, rank) VALUES(?1, ?2)", -1, &s, nullptr)
        == SQLITE_OK;
    for (size_t i = 0; ok && i < settings.size(); ++i) {
        sqlite3_bind_text(s, 1, settings[i].first.constData(), int(settings[i].first.size()), SQLITE_STATIC);
        sqlite3_bind_value(s, 2, settings[i].second);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    return ok;
}
} // namespace

std::unique_ptr<TextIndexBuilder> TextIndexBuilder::startFor(sqlite3 *document, bool textPending)
{
    bool known = false;
    if (!document || textPending || hasEvents(document, &known) || !known)
        return nullptr;
    QByteArray declaration = indexDeclaration(document);
    if (declaration.isEmpty())
        return nullptr;
    std::unique_ptr<TextIndexBuilder> builder(new TextIndexBuilder(std::move(declaration)));
    if (!builder->open())
        return nullptr; // the import indexes its text in the document instead
    builder->m_building = QtConcurrent::run(&builder->m_thread, [b = builder.get()] { b->build(); });
    return builder;
}

TextIndexBuilder::TextIndexBuilder(QByteArray declaration)
    : m_declaration(std::move(declaration))
{
    m_thread.setMaxThreadCount(1);
}

TextIndexBuilder::~TextIndexBuilder()
{
    if (m_building.isValid()) {
        {
            const QMutexLocker lock(&m_mutex);
            m_closed = true;
            m_notEmpty.wakeAll();
        }
        m_building.waitForFinished();
    }
    sqlite3_finalize(m_insert);
    sqlite3_close(m_side);
}

// The private database, a temporary file of SQLite's own that goes with the connection (kept in
// a small page cache: in the sqlite3 shell it built a 1M-line index in 1.30 s, against 1.50 s
// in memory): the document's index declaration, loaded as the writer loads one (automerge off,
// the bulk buffer of terms: see indexText() in eventwriter.cpp), with the document's bound on
// segments (schema version 7).
bool TextIndexBuilder::open()
{
    // One thread at a time uses it (the builder's, then the writer's after finish()): no
    // per-call mutex, as for the timeline's second reader.
    return sqlite3_open_v2(
               "", &m_side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK
        && exec(m_side, m_declaration.constData()) && exec(m_side, setting("automerge", 0).constData())
        && exec(m_side, setting("hashsize", schema::BulkTextIndexBuffer).constData())
        && exec(m_side, setting("crisismerge", schema::TextIndexCrisisMerge).constData())
        && sqlite3_prepare_v2(
               m_side, "INSERT INTO events_fts(rowid, body) VALUES(?1, ?2)", -1, &m_insert, nullptr)
        == SQLITE_OK;
}

void TextIndexBuilder::add(qint64 id, const QByteArray &text, const QByteArray &actor)
{
    m_filling.ids.push_back(id);
    m_filling.bytes.append(text).append('\n').append(actor);
    m_filling.ends.push_back(m_filling.bytes.size());
    if (m_filling.ids.size() == BatchEvents)
        push(std::exchange(m_filling, Batch()));
}

void TextIndexBuilder::push(Batch &&batch)
{
    const QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= QueuedBatches && !m_failed)
        m_notFull.wait(&m_mutex);
    if (m_failed)
        return; // finish() reports it
    m_queue.push_back(std::move(batch));
    m_notEmpty.wakeOne();
}

// The builder's thread: every batch in one transaction of the private database.
void TextIndexBuilder::build()
{
    bool ok = exec(m_side, "BEGIN");
    if (!ok)
        fail(sqliteError(m_side, "begin the text index"));
    for (;;) {
        Batch batch;
        {
            const QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_closed)
                m_notEmpty.wait(&m_mutex);
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_notFull.wakeOne();
        }
        if (ok && !(ok = insertBatch(batch)))
            fail(sqliteError(m_side, "index event text"));
    }
    if (ok && !exec(m_side, "COMMIT"))
        fail(sqliteError(m_side, "end the text index"));
}

bool TextIndexBuilder::insertBatch(const Batch &batch)
{
    qsizetype start = 0;
    for (size_t i = 0; i < batch.ids.size(); ++i) {
        const qsizetype end = batch.ends[i];
        sqlite3_bind_int64(m_insert, 1, batch.ids[i]);
        sqlite3_bind_text(m_insert, 2, batch.bytes.constData() + start, int(end - start), SQLITE_STATIC);
        const bool inserted = sqlite3_step(m_insert) == SQLITE_DONE;
        sqlite3_reset(m_insert);
        if (!inserted)
            return false;
        start = end;
    }
    return true;
}

void TextIndexBuilder::fail(const QString &what)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_failed)
        m_error = what;
    m_failed = true;
    m_notFull.wakeAll(); // a writer waiting for room goes on, and its batches are dropped
}

bool TextIndexBuilder::finish(QString *error)
{
    if (!m_filling.ids.empty())
        push(std::exchange(m_filling, Batch()));
    {
        const QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    m_building.waitForFinished();
    if (m_failed && error)
        *error = m_error;
    return !m_failed;
}

bool TextIndexBuilder::install(sqlite3 *document, QString *error)
{
    bool ok = false;
    const auto settings = indexSettings(document, &ok);
    ok = ok && exec(document, "SAVEPOINT text_index_install");
    if (!ok) {
        if (error)
            *error = sqliteError(document, "read the text index's settings");
    } else {
        // A new table, not new rows under the old one: a connection's FTS5 table keeps the index's
        // structure in memory once it has read it, and would not see rows written beside it. A
        // table created anew reads them; other connections re-read the changed schema.
        ok = exec(document, "DROP TABLE events_fts") && exec(document, m_declaration.constData())
            && copyTables(document) && restoreSettings(document, settings);
        if (!ok && error)
            *error = sqliteError(document, "install the text index");
        if (!ok)
            exec(document, "ROLLBACK TO text_index_install");
        exec(document, "RELEASE text_index_install");
    }
    for (const auto &setting : settings)
        sqlite3_value_free(setting.second);
    return ok;
}

// Every table the private index keeps its entries in (not its settings), row for row.
bool TextIndexBuilder::copyTables(sqlite3 *document)
{
    sqlite3_stmt *tables = nullptr;
    bool ok = sqlite3_prepare_v2(m_side,
                  "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'events\\_fts\\_%' "
                  "ESCAPE '\\' AND name <> 'events_fts_config'",
                  -1, &tables, nullptr)
        == SQLITE_OK;
    while (ok && sqlite3_step(tables) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(tables, 0)));
        sqlite3_stmt *read = nullptr;
        sqlite3_stmt *write = nullptr;
        ok = exec(document, QByteArray("DELETE FROM \"" + name + '"').constData())
            && sqlite3_prepare_v2(
                   m_side, QByteArray("SELECT * FROM \"" + name + '"').constData(), -1, &read, nullptr)
                == SQLITE_OK;
        if (ok) {
            const int columns = sqlite3_column_count(read);
            QByteArray insert = "INSERT INTO \"" + name + "\" VALUES(?";
            insert += QByteArray(",?").repeated(columns - 1) + ')';
            ok = sqlite3_prepare_v2(document, insert.constData(), -1, &write, nullptr) == SQLITE_OK;
            while (ok && sqlite3_step(read) == SQLITE_ROW) {
                for (int c = 0; c < columns; ++c)
                    sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
                ok = sqlite3_step(write) == SQLITE_DONE;
                sqlite3_reset(write);
            }
        }
        sqlite3_finalize(read);
        sqlite3_finalize(write);
    }
    sqlite3_finalize(tables);
    return ok;
}

} // namespace faultless::model
