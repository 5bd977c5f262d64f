#include "sourcemodel.h"

#include "document/reviewdocument.h"
#include "items/itemroles.h"
#include "store/sourcestore.h"

namespace faultless::model {

SourceModel::SourceModel(ReviewDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Sources || area == ReviewDocument::Area::Events)
            reload();
    });
    connect(&m_document, &ReviewDocument::opened, this, &SourceModel::reload);
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        beginResetModel();
        m_sources.clear();
        endResetModel();
    });
    reload();
}

void SourceModel::reload()
{
    beginResetModel();
    m_sources.clear();
    if (m_document.isOpen())
        m_sources = SourceStore::listed(m_document.store());
    endResetModel();
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SourceModel::Source *SourceModel::source(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int SourceModel::rowOfSource(qint64 sourceId) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == sourceId)
            return i;
    }
    return -1;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_sources.at(index.row());
    if (role == ItemIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && index.column() >= EventsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = s.originPath;
        if (s.clockOffsetUs != 0)
            tip += QLatin1Char('\n')
                + tr("Clock shifted by %1: %2").arg(formatOffset(s.clockOffsetUs), s.clockOffsetReason);
        if (!s.notes.isEmpty())
            tip += QLatin1Char('\n') + s.notes;
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case FormatColumn:
        return s.format;
    case ZoneColumn:
        return s.zone;
    case EventsColumn:
        return s.events;
    case RejectedColumn:
        return s.rejected;
    case OffsetColumn:
        return s.clockOffsetUs == 0 ? QString() : formatOffset(s.clockOffsetUs);
    }
    return {};
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source");
    case FormatColumn:
        return tr("Format");
    case ZoneColumn:
        //: time zone of a source
        return tr("Zone");
    case EventsColumn:
        return tr("Events");
    case RejectedColumn:
        //: records of the source that could not be read
        return tr("Rejected");
    case OffsetColumn:
        //: how far the source's clock was shifted
        return tr("Clock shift");
    }
    return {};
}

QList<SourceModel::Reject> SourceModel::firstRejects(const ReviewStore &store, qint64 sourceId, int limit)
{
    return SourceStore::firstRejects(store, sourceId, limit);
}

QString SourceModel::formatOffset(qint64 offsetUs)
{
    const QChar sign = offsetUs < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const quint64 a = offsetUs < 0 ? quint64(-(offsetUs + 1)) + 1 : quint64(offsetUs);
    const quint64 seconds = a / 1000000;
    const quint64 micros = a % 1000000;
    QString text = QStringLiteral("%1%2:%3:%4")
                       .arg(sign)
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (micros)
        text += QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
    return text;
}

} // namespace faultless::model
