#include "copyoutreader.h"

#include <QtConcurrent>

#include "store/libpq.h"

namespace faultless::model {

namespace {
// Rows per batch and batches queued: enough that the two threads rarely wait for each other
// (a batch is a few milliseconds of inserts), little enough to keep a few MB in flight.
constexpr size_t BatchRows = 2048;
constexpr size_t QueuedBatches = 8;
} // namespace

CopyOutReader::Batch::~Batch()
{
    // Lines come only from libpq's PQgetCopyData: it is loaded when there are any.
    for (char *line : m_lines)
        LibPq::get()->freemem(line);
}

CopyOutReader::CopyOutReader(PGconn *connection, std::vector<bool> integers)
    : m_connection(connection)
    , m_integers(std::move(integers))
{
    m_thread.setMaxThreadCount(1);
}

CopyOutReader::~CopyOutReader()
{
    if (m_reading.isValid()) {
        stop();
        finish();
    }
}

void CopyOutReader::start()
{
    m_reading = QtConcurrent::run(&m_thread, [this] { read(); });
}

// The reading thread: every line of the COPY until its end, parsed into batches until stop().
void CopyOutReader::read()
{
    auto batch = newBatch();
    bool parsing = true;
    char *line = nullptr;
    int size = 0;
    const LibPq &pq = *LibPq::get(); // loaded: the connection came from it
    while ((size = pq.getCopyData(m_connection, &line, 0)) > 0) {
        if (!parsing || m_stopped) {
            pq.freemem(line);
            continue;
        }
        // A line that is not a row ends the batch and the parsing: the writer reports it.
        parsing = parse(*batch, line, size);
        if (!parsing || batch->m_lines.size() == BatchRows) {
            push(std::move(batch));
            batch = newBatch();
        }
    }
    if (!batch->m_lines.empty())
        push(std::move(batch));
    const QMutexLocker lock(&m_mutex);
    m_end = size;
    m_ended = true;
    m_notEmpty.wakeAll();
}

std::unique_ptr<CopyOutReader::Batch> CopyOutReader::newBatch() const
{
    auto batch = std::make_unique<Batch>(int(m_integers.size()));
    batch->m_lines.reserve(BatchRows);
    batch->m_values.reserve(BatchRows * m_integers.size());
    return batch;
}

// Adds the line to the batch, which owns it from here; false when it is not a row.
bool CopyOutReader::parse(Batch &batch, char *line, int size)
{
    batch.m_lines.push_back(line);
    const qsizetype length = line[size - 1] == '\n' ? size - 1 : size;
    if (!pgcopy::parseLineInPlace(line, length, &m_fields) || m_fields.size() != m_integers.size()) {
        batch.m_unreadable = true;
        return false;
    }
    for (size_t c = 0; c < m_fields.size(); ++c) {
        const pgcopy::FieldView &f = m_fields[c];
        batch.m_values.push_back(
            { f, m_integers[c] && !f.null ? pgcopy::parseInteger(f.data, f.size) : std::nullopt });
    }
    return true;
}

void CopyOutReader::push(std::unique_ptr<Batch> batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= QueuedBatches && !m_stopped)
        m_notFull.wait(&m_mutex);
    if (m_stopped)
        return; // dropped: the writer wants no more
    m_queue.push_back(std::move(batch));
    m_notEmpty.wakeOne();
}

std::unique_ptr<CopyOutReader::Batch> CopyOutReader::next()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_ended && !m_stopped)
        m_notEmpty.wait(&m_mutex);
    if (m_queue.empty() || m_stopped)
        return nullptr;
    std::unique_ptr<Batch> batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_notFull.wakeOne();
    return batch;
}

void CopyOutReader::stop()
{
    std::deque<std::unique_ptr<Batch>> dropped;
    {
        const QMutexLocker lock(&m_mutex);
        m_stopped = true;
        dropped.swap(m_queue);
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }
}

int CopyOutReader::finish()
{
    m_reading.waitForFinished();
    const QMutexLocker lock(&m_mutex);
    return m_end;
}

} // namespace faultless::model
