#include "teamserver/liveediting.h"

#include "store/changecapture.h"
#include "teamserver/conflictdialog.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>
#include <QWidget>

namespace faultless::views {

using model::ChangeCapture;
using model::ServerSync;
using Area = model::ReviewDocument::Area;

namespace {

// Tables only imports and the facilitator's clock corrections change, a million rows at a
// time: a copy does not take them in live but offers to reload.
bool changesTheRecord(const QString &table)
{
    static const QSet<QString> record { QStringLiteral("sources"), QStringLiteral("rejects"),
        QStringLiteral("flag_changes"), QStringLiteral("experiment_runs") };
    return record.contains(table);
}

// The part of the window that shows a table's rows.
Area areaOf(const QString &table)
{
    static const QHash<QString, Area> areas {
        { QStringLiteral("meta"), Area::Meta },
        { QStringLiteral("lanes"), Area::Events },
        { QStringLiteral("tags"), Area::Tags },
        { QStringLiteral("event_tags"), Area::Tags },
        { QStringLiteral("annotations"), Area::Annotations },
        { QStringLiteral("factor_categories"), Area::Categories },
        { QStringLiteral("factors"), Area::Factors },
        { QStringLiteral("factor_evidence"), Area::Factors },
        { QStringLiteral("narratives"), Area::Narratives },
        { QStringLiteral("narrative_steps"), Area::Narratives },
        { QStringLiteral("participants"), Area::Participants },
        { QStringLiteral("questions"), Area::Questions },
        { QStringLiteral("question_factors"), Area::Questions },
        { QStringLiteral("question_answers"), Area::Questions },
        { QStringLiteral("opportunities"), Area::Opportunities },
        { QStringLiteral("opportunity_factors"), Area::Opportunities },
        { QStringLiteral("disputes"), Area::Disputes },
        { QStringLiteral("learnings"), Area::Learnings },
        { QStringLiteral("learning_links"), Area::Learnings },
        { QStringLiteral("agreements"), Area::Agreement },
    };
    return areas.value(table, Area::Meta);
}

constexpr int kRetryMs = 5000;

} // namespace

LiveEditing::LiveEditing(model::ReviewDocument &document, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dialogParent(dialogParent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &LiveEditing::send);
}

LiveEditing::~LiveEditing()
{
    delete m_conflictDialog;
}

bool LiveEditing::start(const model::ServerLocation &location, qint64 seen)
{
    m_applied = seen;
    if (!m_server.connect(location)) {
        m_error = m_server.errorString();
        return false;
    }
    m_sync = std::make_unique<ServerSync>(m_server);
    m_canEdit = m_sync->canEdit();
    if (!m_sync->errorString().isEmpty()) {
        m_error = m_sync->errorString();
        return false;
    }
    // A reader's copy only takes in: what they change stays in their copy.
    if (!m_canEdit)
        return true;
    qint64 first = 0;
    qint64 last = 0;
    if (!m_sync->reserveIdBlock(&first, &last) || !ChangeCapture::install(m_document.store(), &m_error)) {
        if (m_error.isEmpty())
            m_error = m_sync->errorString();
        return false;
    }
    m_document.store().setIdBlock(first, last);
    connect(&m_document, &model::ReviewDocument::changed, this, &LiveEditing::scheduleSend);
    m_undoIndex = m_document.undoStack()->index();
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        m_undoing = m_undoing || index < m_undoIndex;
        m_undoIndex = index;
    });
    return true;
}

int LiveEditing::unsent() const
{
    return m_canEdit ? int(ChangeCapture::pending(m_document.store()).size()) : 0;
}

// Edits come in bursts (a merge writes several tables, each notified): one send after them.
void LiveEditing::scheduleSend()
{
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    QTimer::singleShot(0, this, &LiveEditing::send);
}

void LiveEditing::send()
{
    m_sendScheduled = false;
    if (!m_sync || !m_canEdit || m_conflictDialog || !m_document.isOpen())
        return;
    const QList<model::RowChange> changes = ChangeCapture::pending(m_document.store());
    if (changes.isEmpty())
        return;
    switch (m_sync->push(m_document.store(), changes, &m_conflict, {}, m_undoing)) {
    case ServerSync::Push::Sent:
        ChangeCapture::forget(m_document.store(), changes.last().seq);
        m_undoing = false;
        m_retry.stop();
        emit sendState(0, {});
        if (m_waitingCounter > m_applied)
            takeIn(m_waitingCounter, std::exchange(m_waitingTables, {}));
        return;
    case ServerSync::Push::Conflict:
        showConflict(m_conflict);
        return;
    case ServerSync::Push::Failed:
        emit sendState(int(changes.size()), m_sync->errorString());
        m_retry.start();
        return;
    }
}

void LiveEditing::importStarting()
{
    m_importBaseline = model::ServerReview::baselineOf(m_document.store());
}

bool LiveEditing::importFinished(QString *error)
{
    if (!m_sync)
        return true;
    const bool sent = m_server.appendImports(m_document.store(), m_importBaseline);
    if (!sent)
        *error = m_server.errorString();
    else
        m_ownImportsUpTo = m_sync->counter();
    m_importBaseline = model::ServerReview::baselineOf(m_document.store());
    return sent;
}

void LiveEditing::takeIn(qint64 counter, const QStringList &tables)
{
    if (!m_sync || counter <= m_applied || !m_document.isOpen())
        return;
    // Our own unsent edits first: taking in now would put the server's rows over them.
    if (unsent() > 0 || m_conflictDialog) {
        m_waitingCounter = std::max(m_waitingCounter, counter);
        for (const QString &t : tables) {
            if (!m_waitingTables.contains(t))
                m_waitingTables.append(t);
        }
        send();
        return;
    }
    bool reload = false;
    QStringList live;
    for (const QString &t : tables) {
        reload = reload || (changesTheRecord(t) && counter > m_ownImportsUpTo);
        if (!changesTheRecord(t) && t != QLatin1String("events"))
            live.append(t);
    }
    QStringList changed;
    if (!m_sync->applyTables(m_document.store(), live, &changed))
        reload = true;
    QList<qint64> events;
    bool eventsCameOrWent = false;
    if (tables.contains(QStringLiteral("events"))
        && !m_sync->applyEvents(m_document.store(), m_applied, counter, &events, &eventsCameOrWent))
        reload = true;
    m_applied = counter;
    refreshModels(changed, events, eventsCameOrWent);
    if (reload)
        emit reloadNeeded();
}

void LiveEditing::refreshModels(const QStringList &tables, const QList<qint64> &events, bool eventsAdded)
{
    QList<Area> areas;
    for (const QString &t : tables) {
        const Area area = areaOf(t);
        if (!areas.contains(area))
            areas.append(area);
    }
    if (eventsAdded && !areas.contains(Area::Events))
        areas.append(Area::Events);
    for (Area area : std::as_const(areas))
        m_document.refresh(area);
    if (!eventsAdded) {
        for (qint64 id : events)
            m_document.refresh(Area::Event, id);
    }
}

void LiveEditing::showConflict(const ServerSync::Conflict &conflict)
{
    m_conflictDialog = new ConflictDialog(conflict, m_dialogParent);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictDialog, &ConflictDialog::keepTheirs, this, [this] { resolveConflict(false); });
    connect(m_conflictDialog, &ConflictDialog::keepMine, this, [this] { resolveConflict(true); });
    m_conflictDialog->open();
    emit sendState(unsent(), tr("saved by someone else meanwhile"));
    emit conflictShown();
}

void LiveEditing::resolveConflict(bool keepMine)
{
    if (m_conflictDialog)
        m_conflictDialog->disconnect(this);
    m_conflictDialog.clear(); // it closes itself
    model::ReviewStore &store = m_document.store();
    if (keepMine) {
        const QList<model::RowChange> changes = ChangeCapture::pending(store);
        if (m_sync->push(store, changes, &m_conflict, { m_conflict.seq }, m_undoing)
            == ServerSync::Push::Sent) {
            ChangeCapture::forget(store, changes.last().seq);
            m_undoing = false;
        }
        send(); // reports what is left, or the next conflict
        return;
    }
    // Theirs: this copy's change of that row is dropped, the rest still goes, and the row
    // comes back as the server has it.
    ChangeCapture::forget(store, m_conflict.seq, true);
    send();
    QStringList changed;
    if (unsent() == 0 && m_sync->applyTables(store, { m_conflict.table }, &changed))
        refreshModels(changed, {}, false);
}

} // namespace faultless::views
