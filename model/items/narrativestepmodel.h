#pragma once

#include "items/recordtablemodel.h"
#include "store/narrativestore.h"

namespace faultless::model {

// The ordered steps of one narrative. A drop of event ids (the timeline's and the event table's
// drag, mime type "application/x-faultless-event-ids", ids as newline-separated text) adds one
// step per event at the drop row; a drop of this model's own rows moves the step. Both are undo
// steps through the commands facade.
class NarrativeStepModel : public RecordListModel<NarrativeStore::ListedStep>
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TextColumn, EventColumn, ColumnCount };
    static QString eventIdsMimeType() { return QStringLiteral("application/x-faultless-event-ids"); }
    static QString stepIdsMimeType() { return QStringLiteral("application/x-faultless-step-ids"); }

    explicit NarrativeStepModel(ReviewDocument &document, QObject *parent = nullptr);
    void setNarrative(qint64 narrativeId);
    qint64 narrative() const { return m_narrative; }
    // The live event the step at `row` cites (0 for none), its text; 0 and "" when out of range.
    qint64 eventAt(int row) const { return isRow(row) ? recordAt(row).eventId : 0; }
    QString textAt(int row) const { return isRow(row) ? recordAt(row).text : QString(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

protected:
    QList<NarrativeStore::ListedStep> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column == TextColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;

private:
    bool isRow(int row) const { return row >= 0 && row < rowCount(); }

    qint64 m_narrative = 0;
};

} // namespace faultless::model
