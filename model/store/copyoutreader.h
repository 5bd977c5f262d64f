#pragma once

#include "store/pgcopy.h"

#include <QFuture>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

typedef struct pg_conn PGconn;

namespace faultless::model {

// The rows of a `COPY ... TO STDOUT` in PostgreSQL's text format, received and parsed on a
// thread of its own while the caller writes the rows before them into SQLite: a pull's two
// halves then run on two cores instead of one after the other. Rows come in batches through a
// short queue, so memory stays flat however long the table. Only the server store uses it.
//
// The connection belongs to the reader from start() until finish(): the caller must not use
// it meanwhile. After finish(), the caller reads the COPY's result (PQgetResult) as usual.
class CopyOutReader
{
public:
    // One field of a row; `number` is set for a plain integer in an integer column
    // (pgcopy::parseInteger), so the writer binds it without converting.
    struct Value
    {
        pgcopy::FieldView text;
        std::optional<qint64> number;
    };
    class Batch
    {
    public:
        explicit Batch(int columns)
            : m_columns(columns)
        { }
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        qsizetype rows() const { return qsizetype(m_lines.size()) - (m_unreadable ? 1 : 0); }
        const Value *row(qsizetype r) const { return m_values.data() + r * m_columns; }
        // The batch ends with a line that is not a row of this table's columns; the reader
        // parsed nothing after it.
        bool unreadable() const { return m_unreadable; }

    private:
        friend class CopyOutReader;
        int m_columns;
        bool m_unreadable = false;
        std::vector<char *> m_lines; // libpq's buffers of the rows, which the values point into
        std::vector<Value> m_values;
    };

    // `integers`: per column, whether it holds integers (for Value::number).
    CopyOutReader(PGconn *connection, std::vector<bool> integers);
    ~CopyOutReader(); // stops and waits for the reading thread
    CopyOutReader(const CopyOutReader &) = delete;
    CopyOutReader &operator=(const CopyOutReader &) = delete;

    void start();
    // The next rows in order; nullptr once the COPY has ended and every batch was taken.
    std::unique_ptr<Batch> next();
    // The caller wants no more rows (an error, or a cancel): the rest of the COPY is still read
    // to its end, which the connection needs, but dropped unparsed.
    void stop();
    // Waits for the reading thread; returns what PQgetCopyData returned last (-1 at the end of
    // the COPY, -2 on an error, which PQerrorMessage() tells).
    int finish();

private:
    void read();
    std::unique_ptr<Batch> newBatch() const;
    void push(std::unique_ptr<Batch> batch);
    bool parse(Batch &batch, char *line, int size);

    PGconn *m_connection;
    std::vector<bool> m_integers;
    std::vector<pgcopy::FieldView> m_fields; // the reading thread's scratch
    QThreadPool m_thread; // one thread of its own: a full global pool would never start it
    QFuture<void> m_reading;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<std::unique_ptr<Batch>> m_queue; // guarded by m_mutex, as are the two below
    bool m_ended = false;
    int m_end = -1;
    std::atomic<bool> m_stopped { false }; // set under m_mutex, read by the reader at every row
};

} // namespace faultless::model
