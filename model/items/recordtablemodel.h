#pragma once

#include "document/reviewdocument.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

namespace faultless::model {

// Base of the small sense-making tables (factors, narratives, steps, questions...): a few dozen
// records read from their typed store in one call and re-read when the document says their area
// changed (after an edit, an undo or a redo alike). Subclasses hold typed records (see
// RecordListModel) and map them to display columns; edits go through the commands facade in
// setCell(), never to the store directly.
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

    qint64 idAt(int row) const; // 0 when out of range
    int rowOfId(qint64 id) const; // -1 when absent
    void reload();

protected:
    // Reads the records from the store (the document is open), or forgets them (closed).
    virtual void loadRecords() = 0;
    virtual void clearRecords() = 0;
    virtual int recordCount() const = 0;
    virtual qint64 recordId(int row) const = 0;
    virtual QStringList headers() const = 0;
    // Display/edit value of a cell of a valid row.
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual bool isEditable(int column) const
    {
        Q_UNUSED(column)
        return false;
    }
    virtual bool setCell(qint64 id, int column, const QVariant &value)
    {
        Q_UNUSED(id)
        Q_UNUSED(column)
        Q_UNUSED(value)
        return false;
    }
    ReviewDocument &document() const { return m_document; }
    // A valid index of this table (quietly: views and testers probe with invalid ones).
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
            && index.row() < rowCount() && index.column() < columnCount();
    }

private:
    ReviewDocument &m_document;
    QList<ReviewDocument::Area> m_areas;
};

// A RecordTableModel over a list of typed records (domain value types with an `id`), fetched
// from their store by fetch().
template <typename Record> class RecordListModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

    const QList<Record> &records() const { return m_records; }
    // The record at `row`; the row must be valid.
    const Record &recordAt(int row) const { return m_records.at(row); }

protected:
    virtual QList<Record> fetch() const = 0;

private:
    void loadRecords() final { m_records = fetch(); }
    void clearRecords() final { m_records.clear(); }
    int recordCount() const final { return int(m_records.size()); }
    qint64 recordId(int row) const final { return m_records.at(row).id; }

    QList<Record> m_records;
};

} // namespace faultless::model
