#include "factorspanel.h"

#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/categorymodel.h"
#include "items/evidencemodel.h"
#include "items/factormodel.h"
#include "items/itemroles.h"
#include "items/narrativestepmodel.h"
#include "languagehighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include <algorithm>

namespace faultless::views {

using namespace faultless::model;

namespace {
QList<qint64> droppedEventIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(NarrativeStepModel::eventIdsMimeType()))
        return ids;
    for (const QByteArray &line : mime->data(NarrativeStepModel::eventIdsMimeType()).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

QPushButton *button(QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setAutoDefault(false);
    return b;
}
} // namespace

FactorsPanel::FactorsPanel(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_factors(new FactorModel(document, this))
    , m_categories(new CategoryModel(document, this))
    , m_evidence(new EvidenceModel(document, this))
    , m_list(new QTableView(this))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_evidenceView(new QTableView(this))
    , m_editor(new QWidget(this))
{
    setObjectName(QStringLiteral("factorsPanel"));
    setUpFactorList();
    QHBoxLayout *listButtons = createListFooter();
    QHBoxLayout *evidenceButtons = setUpEditorFields();
    layOutEditor(evidenceButtons);
    layOutPanel(listButtons);
    setTabOrders();
    createActions();
    retranslateUi();
    connectButtons();
    connectEditors();
    fillCategories();
}

void FactorsPanel::setUpFactorList()
{
    m_list->setObjectName(QStringLiteral("factorList"));
    m_list->setModel(m_factors);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move between factors
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(FactorModel::TitleColumn, QHeaderView::Stretch);
    // Not ResizeToContents: a long category name ("Coordination and communication") would squeeze
    // the title to a few letters and push the table into a sideways scroll. See fitCategoryColumn().
    m_list->horizontalHeader()->setSectionResizeMode(FactorModel::CategoryColumn, QHeaderView::Interactive);
    m_list->horizontalHeader()->setSectionResizeMode(
        FactorModel::EvidenceColumn, QHeaderView::ResizeToContents);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setTextElideMode(Qt::ElideRight);
    // Resizes refit the category column: the viewport's, which also change when a scroll bar
    // comes or goes while the list keeps its size.
    m_list->viewport()->installEventFilter(this);
    connect(m_factors, &QAbstractItemModel::modelReset, this, &FactorsPanel::fitCategoryColumn);
    connect(m_factors, &QAbstractItemModel::layoutChanged, this, &FactorsPanel::fitCategoryColumn);
    connect(m_factors, &QAbstractItemModel::rowsInserted, this, &FactorsPanel::fitCategoryColumn);
    connect(m_factors, &QAbstractItemModel::dataChanged, this, &FactorsPanel::fitCategoryColumn);
}

// The buttons and the note under the list; their texts are set in retranslateUi().
QHBoxLayout *FactorsPanel::createListFooter()
{
    m_add = button(this);
    m_add->setObjectName(QStringLiteral("addFactorButton"));
    m_delete = button(this);
    m_delete->setObjectName(QStringLiteral("deleteFactorButton"));
    m_merge = button(this);
    m_merge->setObjectName(QStringLiteral("mergeFactorsButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    // Italic rather than disabled: disabled text is too faint to read (and screen readers call it
    // unavailable).
    QFont italic = m_note->font();
    italic.setItalic(true);
    m_note->setFont(italic);
    return buttons;
}

// The factor's fields and its evidence list, which takes events dropped on it.
QHBoxLayout *FactorsPanel::setUpEditorFields()
{
    m_title->setObjectName(QStringLiteral("factorTitle"));
    m_category->setObjectName(QStringLiteral("factorCategory"));
    m_description->setObjectName(QStringLiteral("factorDescription"));
    m_description->setTabChangesFocus(true); // prose needs no tab characters; Tab leaves the editor
    LanguageHighlighter::attach(m_description)->followPeople(m_document);
    LanguageLineHint::attach(m_title)->followPeople(m_document);
    m_evidenceView->setObjectName(QStringLiteral("factorEvidence"));
    m_evidenceView->setModel(m_evidence);
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setTabKeyNavigation(false);
    m_evidenceView->verticalHeader()->hide();
    m_evidenceView->horizontalHeader()->setSectionResizeMode(
        EvidenceModel::EvidenceColumn, QHeaderView::Stretch);
    m_evidenceView->horizontalHeader()->setSectionResizeMode(
        EvidenceModel::TimeColumn, QHeaderView::ResizeToContents);
    m_evidenceView->setAcceptDrops(true);
    m_evidenceView->viewport()->setAcceptDrops(true);
    m_evidenceView->viewport()->installEventFilter(this);
    m_cite = button(this);
    m_cite->setObjectName(QStringLiteral("citeEventButton"));
    m_uncite = button(this);
    m_uncite->setObjectName(QStringLiteral("removeEvidenceButton"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_cite);
    evidenceButtons->addWidget(m_uncite);
    evidenceButtons->addStretch();
    return evidenceButtons;
}

void FactorsPanel::layOutEditor(QHBoxLayout *evidenceButtons)
{
    m_form = new QFormLayout(m_editor);
    m_form->setContentsMargins(0, 0, 0, 0);
    // Each label is its field's buddy (the form does that): Alt+letter goes to the field.
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_title, m_category, m_description, m_evidenceView })
        m_form->addRow(QStringLiteral("-"), field);
    m_form->addRow(QString(), evidenceButtons);
    // Under the title, in the field column: in a team review the room sees who wrote what.
    m_addedBy = new QLabel(this);
    m_addedBy->setObjectName(QStringLiteral("factorAuthor"));
    m_form->insertRow(1, QString(), m_addedBy);
    m_form->setRowVisible(m_addedBy, false);
    m_editor->setEnabled(false);
}

void FactorsPanel::layOutPanel(QHBoxLayout *listButtons)
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addWidget(m_note);
    topLayout->addLayout(listButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_editor);
    // From the size hints alone the editor took nearly all of a short dock and the list showed
    // two factors; the list gets two fifths (QSplitter scales these to the space there is).
    split->setSizes({ 200, 300 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

void FactorsPanel::setTabOrders()
{
    // Top to bottom: the list and its buttons, then the editor and its buttons.
    QWidget *previous = m_list;
    for (QWidget *next : std::initializer_list<QWidget *> { m_add, m_merge, m_delete, m_title, m_category,
             m_description, m_evidenceView, m_cite, m_uncite }) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void FactorsPanel::createActions()
{
    m_citeAction = new QAction(this);
    // Not Ctrl+E: that is File > Export Briefing, and two live actions on one key make Qt fire
    // neither ("ambiguous shortcut") while the focus is in this panel.
    m_citeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_citeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_citeAction);
    connect(m_citeAction, &QAction::triggered, this, &FactorsPanel::citeCurrentEvent);
    m_deleteAction = new QAction(m_list);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &FactorsPanel::deleteFactor);
}

void FactorsPanel::connectButtons()
{
    connect(m_add, &QPushButton::clicked, this, &FactorsPanel::addFactor);
    connect(m_delete, &QPushButton::clicked, this, &FactorsPanel::deleteFactor);
    connect(m_merge, &QPushButton::clicked, this, &FactorsPanel::mergeSelected);
    connect(m_cite, &QPushButton::clicked, this, &FactorsPanel::citeCurrentEvent);
    connect(m_uncite, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_evidenceView->currentIndex();
        if (index.isValid())
            commands::removeEvidence(m_document, index.data(ItemIdRole).toLongLong());
    });
    connect(m_evidenceView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_selection.setCurrentEvent(index.data(EventIdRole).toLongLong());
    });
}

// Edits of the current factor become undo steps; the list's current row picks the factor.
void FactorsPanel::connectEditors()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_updating)
                showFactor(current.isValid() ? m_factors->idAt(current.row()) : 0);
        });
    connect(m_factors, &QAbstractItemModel::modelReset, this, &FactorsPanel::restoreSelection);
    connect(m_categories, &QAbstractItemModel::modelReset, this, &FactorsPanel::fillCategories);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_current && !text.trimmed().isEmpty()) {
            m_updating = true;
            commands::setFactorTitle(m_document, m_current, text);
            m_updating = false;
        }
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_current && !m_updating) {
            m_updating = true;
            commands::setFactorDescription(m_document, m_current, m_description->toPlainText());
            m_updating = false;
        }
    });
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        if (m_current)
            commands::setFactorCategory(m_document, m_current, m_category->itemData(index).toLongLong());
    });
}

void FactorsPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Contributing factors"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a contributing factor"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the current factor (Delete key in the list)"));
    m_merge->setText(tr("&Merge…"));
    m_merge->setToolTip(tr("Merge the selected factors into one: evidence and links are kept"));
    //: A note under the factor list: factors are not ranked
    m_note->setText(tr("A set, not a ranking: factors are listed by category and title."));
    m_title->setAccessibleName(tr("Factor title"));
    m_category->setAccessibleName(tr("Factor category"));
    m_description->setAccessibleName(tr("Factor description"));
    m_description->setPlaceholderText(
        tr("How did this condition shape what happened? What made it hard to see?"));
    m_evidenceView->setAccessibleName(tr("Evidence"));
    m_evidenceView->setToolTip(tr("Drop events here from the timeline or the event table to cite them"));
    m_cite->setText(tr("Cite c&urrent event"));
    //: %1 is the keyboard shortcut, e.g. Ctrl+Shift+A
    m_cite->setToolTip(tr("Cite the event selected in the timeline or the table as evidence (%1)")
                           .arg(m_citeAction->shortcut().toString(QKeySequence::NativeText)));
    m_uncite->setText(tr("Remove evidence"));
    // Mnemonics chosen not to collide with the menu bar (F E V R H) nor the sense-making tabs.
    const QString labels[] = { tr("T&itle:"), tr("Categor&y:"), tr("&Description:"), tr("Evidence:") };
    int n = 0;
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_title, m_category, m_description, m_evidenceView }) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(labels[n]);
        ++n;
    }
    const int current = m_factors->rowOfId(m_current);
    showAuthor(current >= 0 ? m_factors->author(current) : QString());
    m_citeAction->setText(tr("Cite Current Event as Evidence"));
    m_deleteAction->setText(tr("Delete Factor"));
    if (m_category->count() > 0)
        m_category->setItemText(0, tr("(none)"));
}

void FactorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FactorsPanel::fillCategories()
{
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    //: No category chosen for a factor
    m_category->addItem(tr("(none)"), 0);
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QModelIndex index = m_categories->index(row, CategoryModel::NameColumn);
        m_category->addItem(index.data().toString(), index.data(ItemIdRole));
        m_category->setItemData(m_category->count() - 1, index.data(Qt::ToolTipRole), Qt::ToolTipRole);
    }
    if (m_current)
        showFactor(m_current);
}

void FactorsPanel::setCurrentFactor(qint64 factorId)
{
    const int row = m_factors->rowOfId(factorId);
    if (row >= 0)
        m_list->setCurrentIndex(m_factors->index(row, 0));
    else
        showFactor(0);
}

void FactorsPanel::restoreSelection()
{
    // Open on the first item, so that the editor shows something useful straight away.
    if (m_current == 0 && m_factors->rowCount() > 0)
        m_current = m_factors->idAt(0);
    // The model reloads after every edit (ours included): keep the same factor current and leave
    // the editor alone while the user is typing in it.
    const int row = m_factors->rowOfId(m_current);
    const bool typing = m_updating;
    m_updating = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_factors->index(row, 0));
    m_updating = typing;
    if (row < 0)
        showFactor(0);
    else if (!typing)
        showFactor(m_current);
}

// Factors written before authors were kept have none: no line rather than a placeholder.
void FactorsPanel::showAuthor(const QString &author)
{
    //: Under a contributing factor's title: who wrote it
    m_addedBy->setText(author.isEmpty() ? QString() : tr("Added by %1").arg(author));
    m_form->setRowVisible(m_addedBy, !author.isEmpty());
}

void FactorsPanel::showFactor(qint64 factorId)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_current = factorId;
    const int row = m_factors->rowOfId(factorId);
    m_editor->setEnabled(row >= 0);
    if (row >= 0) {
        if (m_title->text() != m_factors->title(row)) {
            m_title->setText(m_factors->title(row));
            m_title->setCursorPosition(0); // show a long title from its start, not its end
        }
        if (m_description->toPlainText() != m_factors->description(row))
            m_description->setPlainText(m_factors->description(row));
        const int c = m_category->findData(m_factors->categoryId(row));
        m_category->setCurrentIndex(c < 0 ? 0 : c);
        showAuthor(m_factors->author(row));
    } else {
        showAuthor(QString());
        m_title->clear();
        m_description->clear();
        m_category->setCurrentIndex(0);
    }
    if (m_evidence->factor() != factorId)
        m_evidence->setFactor(factorId);
    m_updating = wasUpdating;
}

void FactorsPanel::addFactor()
{
    const qint64 id = commands::addFactor(m_document, tr("New factor"));
    if (id) {
        setCurrentFactor(id);
        m_title->setFocus();
        m_title->selectAll();
    }
}

void FactorsPanel::deleteFactor()
{
    if (m_current)
        commands::deleteFactor(m_document, m_current);
}

void FactorsPanel::mergeSelected()
{
    QList<qint64> ids;
    QStringList titles;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        ids.append(m_factors->idAt(index.row()));
        titles.append(m_factors->title(index.row()));
    }
    if (ids.size() < 2) {
        m_list->setToolTip(tr("Select two or more factors (Ctrl+click) to merge them"));
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("Merge Factors"),
        tr("Title of the merged factor (evidence and links of all %n factor(s) are kept):", nullptr,
            int(ids.size())),
        titles, 0, true, &ok);
    if (!ok)
        return;
    const qint64 target = ids.takeFirst();
    if (commands::mergeFactors(m_document, target, ids, title))
        setCurrentFactor(target);
}

void FactorsPanel::citeCurrentEvent()
{
    const qint64 eventId = m_selection.currentEvent();
    if (m_current && eventId)
        commands::addEventEvidence(m_document, m_current, { eventId });
}

void FactorsPanel::fitCategoryColumn()
{
    // The category gets what its longest name needs, but never more than two fifths of the
    // width: the title is what tells factors apart. Longer names are elided (the editor below
    // shows the whole name).
    const int available = m_list->viewport()->width();
    m_list->resizeColumnToContents(FactorModel::CategoryColumn); // header and cells, like ResizeToContents
    const int wanted = m_list->columnWidth(FactorModel::CategoryColumn);
    m_list->setColumnWidth(FactorModel::CategoryColumn, std::min(wanted, available * 2 / 5));
}

bool FactorsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitCategoryColumn();
    if (watched == m_evidenceView->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (m_current && drag->mimeData()->hasFormat(NarrativeStepModel::eventIdsMimeType())) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QList<qint64> ids = droppedEventIds(drop->mimeData());
            if (m_current && !ids.isEmpty()) {
                commands::addEventEvidence(m_document, m_current, ids);
                drop->setDropAction(Qt::CopyAction);
                drop->accept();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace faultless::views
