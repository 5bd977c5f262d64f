#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace faultless::model {

// Works off the text a pull or an interrupted import left unindexed (EventWriter's pending
// ranges) on a connection of its own, in short transactions, while the review is already open:
// a 1M-event team review shows its timeline without waiting the seconds its search index takes.
// Until finished() the search finds only what is indexed; edits meanwhile leave pending events'
// index entries to this work (EventWriter::isTextPending()).
class TextIndexer : public QObject
{
    Q_OBJECT
public:
    explicit TextIndexer(QObject *parent = nullptr);
    ~TextIndexer() override;

    // Starts on the document at `path` (which the caller found to have pending text).
    void start(const QString &path);
    // Stops between two transactions and waits: what is done stays done, the rest stays pending
    // for the next open.
    void stop();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // All pending text is indexed (error empty), or the work stopped on `error`.
    void finished(const QString &error);

private:
    QFutureWatcher<QString> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace faultless::model
