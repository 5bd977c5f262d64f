#include "learningmodel.h"

#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "items/itemroles.h"
#include "store/learningstore.h"

namespace faultless::model {

LearningModel::LearningModel(ReviewDocument &document, const QString &kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_kind(kind)
{
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Learnings || area == ReviewDocument::Area::Events
            || area == ReviewDocument::Area::Factors)
            reload();
    });
    connect(&m_document, &ReviewDocument::opened, this, &LearningModel::reload);
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        beginResetModel();
        m_learnings.clear();
        endResetModel();
    });
    reload();
}

void LearningModel::reload()
{
    QList<Learning> list;
    const std::optional<Learning::Kind> kind = LearningStore::kindFromName(m_kind);
    if (m_document.isOpen() && kind)
        list = LearningStore::ofKind(m_document.store(), *kind);
    // Same ids in the same order (a text edit, a link): change the rows in place so that an
    // open editor and the selection survive.
    bool sameRows = list.size() == m_learnings.size();
    for (qsizetype i = 0; sameRows && i < list.size(); ++i)
        sameRows = list.at(i).id == m_learnings.at(i).id;
    if (sameRows) {
        m_learnings = list;
        if (!list.isEmpty())
            emit dataChanged(index(0), index(int(list.size()) - 1));
        return;
    }
    beginResetModel();
    m_learnings = list;
    endResetModel();
}

int LearningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_learnings.size());
}

const LearningModel::Learning *LearningModel::learning(int row) const
{
    return row >= 0 && row < m_learnings.size() ? &m_learnings.at(row) : nullptr;
}

int LearningModel::rowOfLearning(qint64 id) const
{
    for (int i = 0; i < m_learnings.size(); ++i) {
        if (m_learnings.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant LearningModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Learning &l = m_learnings.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const qsizetype links = l.eventIds.size() + l.factorIds.size();
        return links == 0 ? l.text : tr("%1 (%n link(s))", nullptr, int(links)).arg(l.text);
    }
    case Qt::EditRole:
        return l.text;
    case Qt::ToolTipRole:
        return tr("By %1; linked to %2 event(s) and %3 contributing factor(s)")
            .arg(l.author.isEmpty() ? tr("unknown") : l.author)
            .arg(l.eventIds.size())
            .arg(l.factorIds.size());
    case ItemIdRole:
        return l.id;
    }
    return {};
}

bool LearningModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return false;
    return commands::editLearning(m_document, m_learnings.at(index.row()).id, text);
}

Qt::ItemFlags LearningModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

} // namespace faultless::model
