#include "narrativestepmodel.h"

#include "commands/sensemakingcommands.h"
#include "domain/timestamps.h"
#include "items/itemroles.h"

#include <QMimeData>

namespace faultless::model {

namespace {
QList<qint64> idsFrom(const QMimeData *data, const QString &type)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(type))
        return ids;
    const QList<QByteArray> lines = data->data(type).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}
} // namespace

NarrativeStepModel::NarrativeStepModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Narratives, ReviewDocument::Area::Events }, parent)
{ }

void NarrativeStepModel::setNarrative(qint64 narrativeId)
{
    m_narrative = narrativeId;
    reload();
}

QList<NarrativeStore::ListedStep> NarrativeStepModel::fetch() const
{
    if (m_narrative <= 0)
        return {};
    return NarrativeStore::listedSteps(document().store(), m_narrative);
}

QStringList NarrativeStepModel::headers() const
{
    //: Column of step numbers in a narrative
    return { tr("#"), tr("Step"), tr("Cited event") };
}

QVariant NarrativeStepModel::data(const QModelIndex &index, int role) const
{
    if (role == EventIdRole && isCell(index))
        return eventAt(index.row());
    return RecordTableModel::data(index, role);
}

// A step's tooltip names who wrote it; steps written before authors were kept name no one.
static QString withAuthor(const QString &text, const QString &author)
{
    if (author.isEmpty())
        return text;
    //: Tooltip line under a narrative step: who wrote it
    const QString by = NarrativeStepModel::tr("Written by %1").arg(author);
    return text.isEmpty() ? by : text + QLatin1Char('\n') + by;
}

QVariant NarrativeStepModel::cell(int row, int column, int role) const
{
    if (role == Qt::EditRole)
        return column == TextColumn ? QVariant(textAt(row)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const NarrativeStore::ListedStep &step = recordAt(row);
    switch (column) {
    case NumberColumn:
        return row + 1;
    case TextColumn: {
        if (role == Qt::ToolTipRole)
            return withAuthor(step.text, step.author);
        if (!step.text.isEmpty())
            return step.text;
        //: Placeholder of a step that only cites an event so far
        return step.eventId ? tr("(what happened here? cites: %1)").arg(step.eventText) : QString();
    }
    case EventColumn:
        if (!step.eventId)
            return QString();
        return role == Qt::ToolTipRole ? step.eventText
                                       : timestamps::toDisplay(step.eventInstant, document().timeZone())
                + QStringLiteral("  ") + step.eventText;
    }
    return {};
}

bool NarrativeStepModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TextColumn && commands::setStepText(document(), id, value.toString());
}

Qt::ItemFlags NarrativeStepModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_narrative > 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    const Qt::ItemFlags f = RecordTableModel::flags(index);
    return f == Qt::NoItemFlags ? f : f | Qt::ItemIsDragEnabled;
}

QStringList NarrativeStepModel::mimeTypes() const
{
    return { stepIdsMimeType(), eventIdsMimeType() };
}

QMimeData *NarrativeStepModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (isCell(index) && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray steps;
    QByteArray events;
    for (int row : std::as_const(rows)) {
        steps += QByteArray::number(idAt(row)) + '\n';
        if (eventAt(row))
            events += QByteArray::number(eventAt(row)) + '\n';
    }
    auto *mime = new QMimeData;
    mime->setData(stepIdsMimeType(), steps);
    // Dragging a step elsewhere (another narrative, a factor's evidence) carries its event.
    if (!events.isEmpty())
        mime->setData(eventIdsMimeType(), events);
    return mime;
}

bool NarrativeStepModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return m_narrative > 0 && data
        && (data->hasFormat(stepIdsMimeType()) || data->hasFormat(eventIdsMimeType()));
}

bool NarrativeStepModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped onto an item: insert before it; onto empty space: append.
    int at = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QList<qint64> ownSteps = idsFrom(data, stepIdsMimeType());
    QList<qint64> mine;
    for (qint64 id : ownSteps) {
        if (rowOfId(id) >= 0)
            mine.append(id);
    }
    if (!mine.isEmpty()) {
        // A move within this narrative. Moves are applied one by one, in order.
        bool ok = true;
        for (qint64 id : std::as_const(mine)) {
            const int from = rowOfId(id);
            const int to = from < at ? at - 1 : at;
            ok = commands::moveStep(document(), id, to) && ok;
            if (from >= at)
                ++at;
        }
        // The view's own removal of moved rows is a no-op here (no removeRows): the command did it.
        return ok;
    }
    const QList<qint64> events = idsFrom(data, eventIdsMimeType());
    return commands::addStepsForEvents(document(), m_narrative, events, at) > 0;
}

} // namespace faultless::model
