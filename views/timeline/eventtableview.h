#pragma once

#include <QTableView>

namespace faultless::views {

// The event table over model::EventTableModel, set up for a million rows: fixed row heights and
// no row numbers (the vertical header would otherwise measure and paint every row), whole rows
// selected one at a time, no word wrap, the text column stretched. One class so that the main
// window and bench_timeline configure the table the same way.
//
// What a million rows still cost: QTableView keeps one QHeaderView section (8 bytes) per row in
// its vertical header, hidden or not, so setModel() or a reset to 1M rows allocates and fills
// 8 MB and walks it once for the row positions. On the shared VM the first touch of those fresh
// pages, not the instructions, is most of that time (see the report of issue #5).
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);

    // The column sizes need the model's sections: applied whenever a model is set.
    void setModel(QAbstractItemModel *model) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRowHeight();
    void applyColumnWidths();
};

} // namespace faultless::views
