#include "opportunitiespanel.h"

#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "factorchecklist.h"
#include "items/opportunitymodel.h"
#include "languagehighlighter.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

OpportunitiesPanel::OpportunitiesPanel(ReviewDocument &document, FactorModel &factors, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new OpportunityModel(document, this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_links(new FactorChecklist(factors, this))
{
    setObjectName(QStringLiteral("opportunitiesPanel"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move between rows
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OpportunityModel::TitleColumn, QHeaderView::Stretch);
    for (const QString &status : OpportunityModel::statuses())
        m_status->addItem(OpportunityModel::statusName(status), status);
    m_status->setObjectName(QStringLiteral("opportunityStatus"));
    m_description->setObjectName(QStringLiteral("opportunityDescription"));
    m_description->setTabChangesFocus(true); // prose needs no tab characters; Tab leaves the editor
    m_description->setMaximumHeight(90);
    LanguageHighlighter::attach(m_description)->followPeople(m_document);
    m_links->setMaximumHeight(120);
    m_add = new QPushButton(this);
    m_delete = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *editor = new QWidget(this);
    m_form = new QFormLayout(editor);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : std::initializer_list<QWidget *> { m_status, m_description, m_links })
        m_form->addRow(QStringLiteral("-"), field); // the form makes each label its field's buddy
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(editor);

    QWidget *previous = m_view;
    for (QWidget *next :
        std::initializer_list<QWidget *> { m_add, m_delete, m_status, m_description, m_links }) {
        setTabOrder(previous, next);
        previous = next;
    }
    retranslateUi();

    connect(m_add, &QPushButton::clicked, this, [this] {
        const qint64 id = commands::addOpportunity(m_document, tr("New opportunity"));
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->edit(m_model->index(row, 0));
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_current)
            commands::deleteOpportunity(m_document, m_current);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_updating)
                showOpportunity(current.isValid() ? m_model->idAt(current.row()) : 0);
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfId(m_current);
        const bool typing = m_updating;
        m_updating = true;
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        m_updating = typing;
        if (!typing)
            showOpportunity(row >= 0 ? m_current : 0);
    });
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (m_current)
            commands::setOpportunityField(
                m_document, m_current, QStringLiteral("status"), m_status->itemData(index).toString());
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_current || m_updating)
            return;
        m_updating = true;
        commands::setOpportunityField(
            m_document, m_current, QStringLiteral("description"), m_description->toPlainText());
        m_updating = false;
    });
    connect(m_links, &FactorChecklist::edited, this, [this](const QList<qint64> &ids) {
        if (m_current)
            commands::setOpportunityFactors(m_document, m_current, ids);
    });
    showOpportunity(0);
}

void OpportunitiesPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Opportunities"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, OpportunityModel::statusName(m_status->itemData(i).toString()));
    m_status->setAccessibleName(tr("Opportunity status"));
    m_description->setAccessibleName(tr("Opportunity description"));
    m_description->setPlaceholderText(tr("What might the team try, and what would it change?"));
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the current opportunity"));
    const QString labels[] = { tr("&Status:"), tr("&Description:"), tr("Addresses:") };
    int n = 0;
    for (QWidget *field : std::initializer_list<QWidget *> { m_status, m_description, m_links }) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(labels[n]);
        ++n;
    }
}

void OpportunitiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OpportunitiesPanel::showOpportunity(qint64 id)
{
    const bool was = m_updating;
    m_updating = true;
    m_current = id;
    const int row = m_model->rowOfId(id);
    for (QWidget *w : std::initializer_list<QWidget *> { m_status, m_description, m_links })
        w->setEnabled(row >= 0);
    const QString description = row >= 0 ? m_model->description(row) : QString();
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    m_status->setCurrentIndex(
        std::max(0, int(m_status->findData(row >= 0 ? m_model->status(row) : QString()))));
    m_links->setChecked(row >= 0 ? m_model->factorIds(row) : QList<qint64>());
    m_updating = was;
}

} // namespace faultless::views
