#pragma once

#include "document/reviewdocument.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

namespace faultless::model {

// Base of the small sense-making tables (factors, narratives, steps, questions...): a few dozen
// rows read in one query and re-read when the document says their area changed (after an edit,
// an undo or a redo alike). Column 0 of the query is the row's id (ItemIdRole); the following
// columns are the record, which subclasses map to display columns. Edits go through the
// commands facade in setCell(), never to the store directly.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    RecordTableModel(ReviewDocument &document, QList<ReviewDocument::Area> areas, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent
    // Field `field` (0 = id) of the record at `row`.
    QVariant field(int row, int field) const;
    void reload();

protected:
    // The query and its bound values; empty SQL means "no rows" (e.g. no narrative chosen).
    virtual QString query() const = 0;
    virtual QVariantList queryValues() const { return {}; }
    virtual QStringList headers() const = 0;
    // Display/edit value of a cell; by default field column + 1.
    virtual QVariant cell(int row, int column, int role) const;
    virtual bool isEditable(int column) const { Q_UNUSED(column) return false; }
    virtual bool setCell(qint64 id, int column, const QVariant &value)
    {
        Q_UNUSED(id) Q_UNUSED(column) Q_UNUSED(value) return false;
    }
    ReviewDocument &document() const { return m_document; }
    // A valid index of this table (quietly: views and testers probe with invalid ones).
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount()
            && index.column() < columnCount();
    }

private:
    ReviewDocument &m_document;
    QList<ReviewDocument::Area> m_areas;
    QList<QVariantList> m_rows;
};

} // namespace faultless::model
