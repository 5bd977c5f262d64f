#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace faultless::model {

class ReviewStore;

// The rows a deletion removes, as they were before it, to be written back by undo: how deleting
// a factor, a narrative or a question keeps what the foreign-key cascade takes with it. Only the
// stores capture them (they know the tables); commands keep them as an opaque value.
class RemovedRows
{
public:
    bool isEmpty() const { return m_tables.isEmpty() || m_tables.first().rows.isEmpty(); }
    // Writes every captured row back, in the order captured (parents first).
    bool restore(ReviewStore &store) const;

    // For stores: appends the rows of `table` that match `where` (with `values` bound).
    bool capture(
        const ReviewStore &store, const QString &table, const QString &where, const QVariantList &values);

private:
    struct Table
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> m_tables;
};

} // namespace faultless::model
