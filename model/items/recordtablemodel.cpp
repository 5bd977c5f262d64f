#include "recordtablemodel.h"

#include "items/itemroles.h"

namespace faultless::model {

RecordTableModel::RecordTableModel(
    ReviewDocument &document, QList<ReviewDocument::Area> areas, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_areas(std::move(areas))
{
    connect(&document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (m_areas.contains(area))
            reload();
    });
    connect(&document, &ReviewDocument::opened, this, &RecordTableModel::reload);
    connect(&document, &ReviewDocument::aboutToClose, this, [this] {
        beginResetModel();
        clearRecords();
        endResetModel();
    });
}

void RecordTableModel::reload()
{
    beginResetModel();
    clearRecords();
    if (m_document.isOpen())
        loadRecords();
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

qint64 RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? recordId(row) : 0;
}

int RecordTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (recordId(row) == id)
            return row;
    }
    return -1;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    if (role == ItemIdRole)
        return idAt(index.row());
    return cell(index.row(), index.column(), role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList names = headers();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= names.size())
        return {};
    return names.at(section);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index) || !isEditable(index.column()))
        return false;
    // The command's notification reloads this model; the index is not valid after this call.
    return setCell(idAt(index.row()), index.column(), value);
}

} // namespace faultless::model
