#include "eventtableview.h"

#include "items/eventtablemodel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>

namespace faultless::views {

using model::EventTableModel;

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("eventTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    // Fixed row heights: a table of a million rows must not measure each one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    // Tab leaves the table for the next control; arrows move between cells.
    setTabKeyNavigation(false);
    applyRowHeight();
}

void EventTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model && model->columnCount() == EventTableModel::ColumnCount) {
        horizontalHeader()->setSectionResizeMode(EventTableModel::TextColumn, QHeaderView::Stretch);
        applyColumnWidths();
    }
}

void EventTableView::applyRowHeight()
{
    // Setting the default size walks every existing section (and reports each one that changes):
    // only when the font really changed the height.
    const int height = fontMetrics().height() + 6;
    if (verticalHeader()->defaultSectionSize() != height)
        verticalHeader()->setDefaultSectionSize(height);
}

void EventTableView::applyColumnWidths()
{
    if (!model() || model()->columnCount() != EventTableModel::ColumnCount)
        return;
    // Measured in bold: highlighted rows are drawn bold and must keep their milliseconds.
    QFont bold = font();
    bold.setBold(true);
    setColumnWidth(EventTableModel::TimeColumn,
        QFontMetrics(bold).horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000__")));
}

void EventTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyRowHeight();
        applyColumnWidths();
    }
}

} // namespace faultless::views
