#include "textindexer.h"

#include "store/eventwriter.h"
#include "store/reviewstore.h"

#include <QtConcurrent>

namespace faultless::model {

namespace {
// Events indexed per transaction: about 0.3 s of work at a time on this project's reference
// machine, so that an edit made meanwhile waits at most that long for the write lock.
constexpr qint64 kEventsPerTransaction = 100000;

QString indexAll(const QString &path, const std::shared_ptr<std::atomic_bool> &cancel)
{
    ReviewStore store;
    if (!store.open(path, ReviewStore::PendingText::Leave))
        return store.errorString();
    bool remaining = true;
    while (remaining && !cancel->load()) {
        QString error;
        if (!EventWriter::indexPendingText(store, &error, {}, kEventsPerTransaction, &remaining))
            return error.isEmpty() ? store.errorString() : error;
    }
    return {};
}
} // namespace

TextIndexer::TextIndexer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_watcher.future().isValid() || m_watcher.future().resultCount() == 0)
            return;
        if (m_cancel && m_cancel->load())
            return; // stopped on purpose: nothing to report
        emit finished(m_watcher.result());
    });
}

TextIndexer::~TextIndexer()
{
    stop();
}

void TextIndexer::start(const QString &path)
{
    stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([path, cancel = m_cancel] { return indexAll(path, cancel); }));
}

void TextIndexer::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

} // namespace faultless::model
