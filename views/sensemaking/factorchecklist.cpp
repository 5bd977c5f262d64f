#include "factorchecklist.h"

#include "items/factormodel.h"

#include <QEvent>

namespace faultless::views {

FactorChecklist::FactorChecklist(model::FactorModel &factors, QWidget *parent)
    : QListWidget(parent)
    , m_factors(factors)
{
    setAccessibleName(tr("Linked contributing factors"));
    connect(&factors, &QAbstractItemModel::modelReset, this, &FactorChecklist::refill);
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_checked = checked();
        emit edited(m_checked);
    });
    refill();
}

void FactorChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Linked contributing factors"));
    QListWidget::changeEvent(event);
}

void FactorChecklist::setChecked(const QList<qint64> &factorIds)
{
    m_checked = factorIds;
    refill();
}

QList<qint64> FactorChecklist::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids.append(item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void FactorChecklist::refill()
{
    m_filling = true;
    clear();
    for (int row = 0; row < m_factors.rowCount(); ++row) {
        auto *entry = new QListWidgetItem(m_factors.title(row), this);
        const qint64 id = m_factors.idAt(row);
        entry->setData(Qt::UserRole, id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(m_checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

} // namespace faultless::views
