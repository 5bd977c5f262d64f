#include "narrativespanel.h"

#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/itemroles.h"
#include "items/narrativemodel.h"
#include "items/narrativestepmodel.h"
#include "languagehighlighter.h"
#include "practice/disputeaction.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

namespace {
QPushButton *button(QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setAutoDefault(false);
    return b;
}
} // namespace

NarrativesPanel::NarrativesPanel(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_narratives(new NarrativeModel(document, this))
    , m_steps(new NarrativeStepModel(document, this))
    , m_list(new QTableView(this))
    , m_title(new QLineEdit(this))
    , m_vantage(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_stepView(new QTableView(this))
    , m_stepText(new QPlainTextEdit(this))
    , m_editor(new QWidget(this))
{
    setObjectName(QStringLiteral("narrativesPanel"));
    setUpNarrativeList();
    QHBoxLayout *listButtons = createListButtons();
    setUpNarrativeFields();
    setUpStepList();
    QHBoxLayout *stepButtons = createStepButtons();
    layOutEditor(stepButtons);
    layOutPanel(listButtons);
    // Alt+Up / Alt+Down / Delete are handled before the table's own cursor keys (eventFilter).
    m_stepView->installEventFilter(this);
    setTabOrders();
    retranslateUi();
    connectButtons();
    connectSelection();
    connectEditors();
}

void NarrativesPanel::setUpNarrativeList()
{
    m_list->setObjectName(QStringLiteral("narrativeList"));
    m_list->setModel(m_narratives);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move between narratives
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(NarrativeModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(
        NarrativeModel::VantagePointColumn, QHeaderView::ResizeToContents);
    m_list->setColumnHidden(NarrativeModel::AuthorColumn, true);
}

// Texts are set in retranslateUi().
QHBoxLayout *NarrativesPanel::createListButtons()
{
    m_add = button(this);
    m_delete = button(this);
    m_compare = button(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    return buttons;
}

void NarrativesPanel::setUpNarrativeFields()
{
    m_title->setObjectName(QStringLiteral("narrativeTitle"));
    m_vantage->setObjectName(QStringLiteral("narrativeVantagePoint"));
    m_vantage->setEditable(true);
    m_vantage->setInsertPolicy(QComboBox::NoInsert);
    m_vantage->addItems(NarrativeModel::suggestedVantagePoints());
    m_author->setObjectName(QStringLiteral("narrativeAuthor"));
}

// The steps: reordered by drag and drop, events dropped on them become steps.
void NarrativesPanel::setUpStepList()
{
    m_stepView->setObjectName(QStringLiteral("stepList"));
    m_stepView->setModel(m_steps);
    m_stepView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepView->setTabKeyNavigation(false);
    m_stepView->verticalHeader()->hide();
    m_stepView->setDragEnabled(true);
    m_stepView->setAcceptDrops(true);
    m_stepView->setDropIndicatorShown(true);
    m_stepView->setDragDropMode(QAbstractItemView::DragDrop);
    m_stepView->setDefaultDropAction(Qt::MoveAction);
    m_stepView->setDragDropOverwriteMode(false);
    m_stepView->horizontalHeader()->setSectionResizeMode(
        NarrativeStepModel::NumberColumn, QHeaderView::ResizeToContents);
    m_stepView->horizontalHeader()->setSectionResizeMode(
        NarrativeStepModel::TextColumn, QHeaderView::Stretch);
    m_stepView->setColumnWidth(NarrativeStepModel::EventColumn, 260);
    m_stepView->setWordWrap(false);
    // Enough rows to see a story's shape (three, with the header) rather than the two a splitter
    // leaves by default; it takes every pixel the column has beyond that. Five rows made this
    // page the tallest of the column and, with the page buttons, the window taller than an
    // 800-pixel screen.
    m_stepView->setMinimumHeight(m_stepView->horizontalHeader()->sizeHint().height()
        + 3 * m_stepView->verticalHeader()->defaultSectionSize() + 2 * m_stepView->frameWidth());
    // Review practice: a step can be marked uncertain or disputed (context menu).
    DisputeAction::attach(
        m_document, model::Disputes::ItemType::Step, m_stepView, NarrativeStepModel::TextColumn);
    m_stepText->setObjectName(QStringLiteral("stepText"));
    m_stepText->setTabChangesFocus(true); // prose needs no tab characters; Tab leaves the editor
    m_stepText->setMaximumHeight(90);
    // Two lines at least, not the five of a text box's default minimum: this page was the
    // tallest of the sense-making column and, at 1280x800, left Event Details too short to
    // show its annotation box without scrolling.
    m_stepText->setMinimumHeight(2 * m_stepText->fontMetrics().lineSpacing()
        + 2 * int(m_stepText->document()->documentMargin()) + 2 * m_stepText->frameWidth());
    m_stepText->setEnabled(false);
    LanguageHighlighter::attach(m_stepText)->followPeople(m_document);
}

QHBoxLayout *NarrativesPanel::createStepButtons()
{
    m_addStep = button(this);
    m_addEvent = button(this);
    // Arrows rather than "Up" and "Down": with their texts the row was wider than the right column
    // at 1280x800 and cut "Add current event" to "d current ev".
    m_up = button(this);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down = button(this);
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_deleteStep = button(this);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : { m_addStep, m_addEvent, m_up, m_down, m_deleteStep })
        stepButtons->addWidget(b);
    stepButtons->addStretch();
    return stepButtons;
}

void NarrativesPanel::layOutEditor(QHBoxLayout *stepButtons)
{
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : std::initializer_list<QWidget *> { m_title, m_vantage, m_author })
        m_form->addRow(QStringLiteral("-"), field); // the form makes each label its field's buddy
    m_stepsLabel = new QLabel(m_editor);
    m_stepsLabel->setBuddy(m_stepView);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(m_form);
    editorLayout->addWidget(m_stepsLabel);
    editorLayout->addWidget(m_stepView, 1);
    editorLayout->addLayout(stepButtons);
    editorLayout->addWidget(m_stepText);
    m_editor->setEnabled(false);
}

void NarrativesPanel::layOutPanel(QHBoxLayout *listButtons)
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addLayout(listButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

void NarrativesPanel::setTabOrders()
{
    // Top to bottom: the list and its buttons, the narrative's fields, its steps, the step text.
    QWidget *previous = m_list;
    for (QWidget *next : std::initializer_list<QWidget *> { m_add, m_compare, m_delete, m_title, m_vantage,
             m_author, m_stepView, m_addStep, m_addEvent, m_up, m_down, m_deleteStep, m_stepText }) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void NarrativesPanel::connectButtons()
{
    connect(m_add, &QPushButton::clicked, this, &NarrativesPanel::addNarrative);
    connect(m_delete, &QPushButton::clicked, this, &NarrativesPanel::deleteNarrative);
    connect(m_compare, &QPushButton::clicked, this, &NarrativesPanel::compareRequested);
    connect(m_addStep, &QPushButton::clicked, this, &NarrativesPanel::addStep);
    connect(m_addEvent, &QPushButton::clicked, this, &NarrativesPanel::addCurrentEvent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    connect(m_deleteStep, &QPushButton::clicked, this, &NarrativesPanel::deleteStep);
}

// The current narrative and step follow the lists' current rows (and survive a model reset).
void NarrativesPanel::connectSelection()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_updating)
                showNarrative(current.isValid() ? m_narratives->idAt(current.row()) : 0);
        });
    connect(m_narratives, &QAbstractItemModel::modelReset, this, &NarrativesPanel::restoreSelection);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &NarrativesPanel::restoreStep);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_updating)
                showStep(current.isValid() ? current.row() : -1);
        });
    connect(m_stepView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 eventId = index.data(EventIdRole).toLongLong())
            m_selection.setCurrentEvent(eventId);
    });
}

// Edits of the current narrative and step become undo steps.
void NarrativesPanel::connectEditors()
{
    auto edit = [this](auto apply) {
        return [this, apply](const QString &text) {
            if (!m_current || m_updating)
                return;
            m_updating = true;
            apply(text);
            m_updating = false;
        };
    };
    connect(m_title, &QLineEdit::textEdited, this,
        edit([this](const QString &t) { commands::setNarrativeTitle(m_document, m_current, t); }));
    connect(m_author, &QLineEdit::textEdited, this,
        edit([this](const QString &t) { commands::setNarrativeAuthor(m_document, m_current, t); }));
    connect(m_vantage, &QComboBox::currentTextChanged, this,
        edit([this](const QString &t) { commands::setNarrativeVantagePoint(m_document, m_current, t); }));
    connect(m_stepText, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_currentStep || m_updating)
            return;
        m_updating = true;
        commands::setStepText(m_document, m_currentStep, m_stepText->toPlainText());
        m_updating = false;
    });
}

void NarrativesPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Narratives"));
    // Mnemonics chosen not to collide with the menu bar (F E V R H) nor the sense-making tabs.
    m_add->setText(tr("Ne&w narrative"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the current narrative"));
    m_compare->setText(tr("Co&mpare…"));
    m_compare->setToolTip(tr("Show the narratives side by side (Ctrl+Shift+C)"));
    m_title->setAccessibleName(tr("Narrative title"));
    m_vantage->setAccessibleName(tr("Vantage point"));
    m_vantage->setToolTip(tr("Who tells this story, and from where in the organisation"));
    m_author->setAccessibleName(tr("Narrative author"));
    const QString labels[] = { tr("T&itle:"), tr("Vanta&ge point:"), tr("&Author:") };
    int n = 0;
    for (QWidget *field : std::initializer_list<QWidget *> { m_title, m_vantage, m_author }) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(labels[n]);
        ++n;
    }
    m_stepsLabel->setText(tr("&Steps:"));
    m_stepView->setAccessibleName(tr("Narrative steps"));
    m_stepView->setToolTip(
        tr("Drop events here from the timeline or the event table; drag steps or press Alt+Up / "
           "Alt+Down to reorder"));
    m_stepText->setAccessibleName(tr("Step text"));
    m_stepText->setPlaceholderText(tr("What happened, what did people see and know at this point?"));
    m_addStep->setText(tr("A&dd step"));
    m_addEvent->setText(tr("Add c&urrent event"));
    m_addEvent->setToolTip(tr("Add a step citing the event selected in the timeline or the table"));
    m_up->setAccessibleName(tr("Up"));
    m_up->setToolTip(tr("Move the step up (Alt+Up)"));
    m_down->setAccessibleName(tr("Down"));
    m_down->setToolTip(tr("Move the step down (Alt+Down)"));
    m_deleteStep->setText(tr("Delete step"));
}

void NarrativesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool NarrativesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stepView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentStep(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->matches(QKeySequence::Delete)) { // an open cell editor has the focus, not the table
            deleteStep();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NarrativesPanel::setCurrentNarrative(qint64 narrativeId)
{
    const int row = m_narratives->rowOfId(narrativeId);
    if (row >= 0)
        m_list->setCurrentIndex(m_narratives->index(row, 0));
    else
        showNarrative(0);
}

void NarrativesPanel::restoreSelection()
{
    // Open on the first item, so that the editor shows something useful straight away.
    if (m_current == 0 && m_narratives->rowCount() > 0)
        m_current = m_narratives->idAt(0);
    const int row = m_narratives->rowOfId(m_current);
    const bool typing = m_updating;
    m_updating = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_narratives->index(row, 0));
    m_updating = typing;
    if (row < 0)
        showNarrative(0);
    else if (!typing)
        showNarrative(m_current);
}

void NarrativesPanel::restoreStep()
{
    const int row = m_steps->rowOfId(m_currentStep);
    const bool typing = m_updating;
    m_updating = true;
    if (row >= 0)
        m_stepView->setCurrentIndex(m_steps->index(row, NarrativeStepModel::TextColumn));
    m_updating = typing;
    if (!typing)
        showStep(row);
}

void NarrativesPanel::showNarrative(qint64 narrativeId)
{
    const bool was = m_updating;
    m_updating = true;
    m_current = narrativeId;
    const int row = m_narratives->rowOfId(narrativeId);
    m_editor->setEnabled(row >= 0);
    auto text
        = [this, row](int column) { return m_narratives->index(row, column).data(Qt::EditRole).toString(); };
    if (row >= 0) {
        if (m_title->text() != text(NarrativeModel::TitleColumn))
            m_title->setText(text(NarrativeModel::TitleColumn));
        if (m_vantage->currentText() != text(NarrativeModel::VantagePointColumn))
            m_vantage->setEditText(text(NarrativeModel::VantagePointColumn));
        if (m_author->text() != text(NarrativeModel::AuthorColumn))
            m_author->setText(text(NarrativeModel::AuthorColumn));
    } else {
        m_title->clear();
        m_vantage->setEditText(QString());
        m_author->clear();
    }
    if (m_steps->narrative() != narrativeId) {
        m_currentStep = 0;
        m_steps->setNarrative(narrativeId);
    }
    m_updating = was;
}

void NarrativesPanel::showStep(int row)
{
    const bool was = m_updating;
    m_updating = true;
    m_currentStep = m_steps->idAt(row);
    m_stepText->setEnabled(m_currentStep != 0);
    const QString text = m_currentStep ? m_steps->textAt(row) : QString();
    if (m_stepText->toPlainText() != text)
        m_stepText->setPlainText(text);
    m_updating = was;
}

void NarrativesPanel::addNarrative()
{
    const qint64 id = commands::addNarrative(m_document, tr("New narrative"), QString());
    if (id) {
        setCurrentNarrative(id);
        m_title->setFocus();
        m_title->selectAll();
    }
}

void NarrativesPanel::deleteNarrative()
{
    if (m_current)
        commands::deleteNarrative(m_document, m_current);
}

void NarrativesPanel::addStep()
{
    if (!m_current)
        return;
    const int row = m_stepView->currentIndex().isValid() ? m_stepView->currentIndex().row() + 1 : -1;
    const qint64 id = commands::addStep(m_document, m_current, QString(), 0, row);
    if (id) {
        m_currentStep = id;
        restoreStep();
        m_stepText->setFocus();
    }
}

void NarrativesPanel::addCurrentEvent()
{
    if (!m_current || !m_selection.currentEvent())
        return;
    const int row = m_stepView->currentIndex().isValid() ? m_stepView->currentIndex().row() + 1 : -1;
    if (commands::addStepsForEvents(m_document, m_current, { m_selection.currentEvent() }, row) == 0)
        return;
    // The new step becomes the current one and takes what is typed next, as "Add step" does.
    m_currentStep = m_steps->idAt(row >= 0 ? row : m_steps->rowCount() - 1);
    restoreStep();
    m_stepView->scrollTo(m_stepView->currentIndex());
    m_stepText->setFocus();
}

void NarrativesPanel::moveCurrentStep(int delta)
{
    const QModelIndex current = m_stepView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_steps->rowCount())
        return;
    m_currentStep = m_steps->idAt(current.row());
    commands::moveStep(m_document, m_currentStep, to);
}

void NarrativesPanel::deleteStep()
{
    const QModelIndex current = m_stepView->currentIndex();
    if (current.isValid())
        commands::deleteStep(m_document, m_steps->idAt(current.row()));
}

} // namespace faultless::views
