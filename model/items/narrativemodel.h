#pragma once

#include "items/recordtablemodel.h"
#include "store/narrativestore.h"

namespace faultless::model {

// The review's narratives, in the order they were written; none is marked as the right one.
class NarrativeModel : public RecordListModel<NarrativeStore::Listed>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, VantagePointColumn, AuthorColumn, StepsColumn, ColumnCount };
    explicit NarrativeModel(ReviewDocument &document, QObject *parent = nullptr);

    // Vantage points offered as suggestions (translated); any text is allowed.
    static QStringList suggestedVantagePoints();

protected:
    QList<NarrativeStore::Listed> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column != StepsColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
