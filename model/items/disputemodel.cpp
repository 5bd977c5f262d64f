#include "disputemodel.h"

#include "document/reviewdocument.h"
#include "items/itemroles.h"

#include <QSqlQuery>

namespace faultless::model {

DisputeModel::DisputeModel(ReviewDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        switch (area) {
        case ReviewDocument::Area::Disputes:
        case ReviewDocument::Area::Events:
        case ReviewDocument::Area::Annotations:
        case ReviewDocument::Area::Narratives:
            reload();
            break;
        default:
            break;
        }
    });
    connect(&m_document, &ReviewDocument::opened, this, &DisputeModel::reload);
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
    reload();
}

void DisputeModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document.isOpen()) {
        const ReviewStore &store = m_document.store();
        for (const Disputes::Dispute &d : Disputes::all(store)) {
            Row row {d, {}, 0};
            QSqlQuery q(store.database());
            switch (d.itemType) {
            case Disputes::ItemType::Event:
                q.prepare(QStringLiteral("SELECT text, id FROM events WHERE id = ?"));
                break;
            case Disputes::ItemType::Annotation:
                q.prepare(QStringLiteral("SELECT text, event_id FROM annotations WHERE id = ?"));
                break;
            case Disputes::ItemType::Step:
                q.prepare(QStringLiteral("SELECT text, event_id FROM narrative_steps WHERE id = ?"));
                break;
            }
            q.addBindValue(d.itemId);
            if (q.exec() && q.next()) {
                row.itemText = q.value(0).toString();
                row.eventId = q.value(1).toLongLong();
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

int DisputeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Disputes::Dispute *DisputeModel::dispute(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).dispute : nullptr;
}

QVariant DisputeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return r.dispute.id;
    case EventIdRole:
        return r.eventId;
    case Qt::ToolTipRole:
        return r.itemText;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: {
            QString text = r.itemText.simplified();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            return QStringLiteral("%1: %2").arg(Disputes::typeLabel(r.dispute.itemType), text);
        }
        case StateColumn:
            return Disputes::stateLabel(r.dispute.state);
        case RaisedByColumn:
            return r.dispute.raisedBy;
        case ReasonColumn:
            return r.dispute.reason;
        }
        break;
    }
    return {};
}

QVariant DisputeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StateColumn:
        //: uncertain or disputed
        return tr("State");
    case RaisedByColumn:
        return tr("Raised by");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace faultless::model
