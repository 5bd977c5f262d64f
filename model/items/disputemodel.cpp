#include "disputemodel.h"

#include "document/reviewdocument.h"
#include "items/itemroles.h"
#include "store/disputestore.h"

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
    if (m_document.isOpen())
        m_rows = DisputeStore::liveWithItems(m_document.store());
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
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant DisputeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dispute &d = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return d.id;
    case EventIdRole:
        return d.eventId;
    case Qt::ToolTipRole:
        return d.itemText;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn: {
            QString text = d.itemText.simplified();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            return QStringLiteral("%1: %2").arg(Disputes::typeLabel(d.itemType), text);
        }
        case StateColumn:
            return Disputes::stateLabel(d.state);
        case RaisedByColumn:
            return d.raisedBy;
        case ReasonColumn:
            return d.reason;
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
