#include "facilitatormode.h"

#include "analysis/narrativecompare.h"
#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventselection.h"
#include "items/factormodel.h"
#include "items/participantmodel.h"
#include "items/questionmodel.h"
#include "store/eventstore.h"
#include "store/participantstore.h"
#include "timeline/timelineview.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace faultless::views {

using namespace faultless::model;

namespace {

QLabel *heading(QWidget *parent, qreal scale = 1.15)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

// A line edit with its button on one row: Return in the edit presses the button.
QHBoxLayout *entryRow(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    QObject::connect(edit, &QLineEdit::returnPressed, button, &QPushButton::click);
    return row;
}

} // namespace

FacilitatorMode::FacilitatorMode(ReviewDocument &document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_selection(new EventSelection(this)) // its own: the meeting's zoom does not move the main window's
    , m_questions(new QuestionModel(document, this))
    , m_answers(new AnswerModel(document, this))
    , m_factors(new FactorModel(document, this))
    , m_participants(new ParticipantModel(document, this))
    , m_title(heading(this, 1.3))
    , m_clock(heading(this, 1.3))
    , m_hint(new QLabel(this))
    , m_currentEvent(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("facilitatorMode"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The timeline saves its lane layout when the review closes; this second one must not
    // overwrite the main window's, so it goes first (connected before it exists).
    connect(&document, &ReviewDocument::aboutToClose, this, [this] {
        delete m_timeline;
        m_timeline = nullptr;
        close();
    });
    m_timeline = new TimelineView(document, *m_selection, this);
    m_timeline->setMinimumHeight(160);
    m_currentEvent->setWordWrap(true);
    m_currentEvent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_clock);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(m_currentEvent);
    // The question gets the most room; factors and narratives beside it.
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(buildQuestionColumn());
    columns->addWidget(buildFactorColumn());
    columns->addWidget(buildNarrativeColumn());
    columns->setStretchFactor(0, 4);
    columns->setStretchFactor(1, 3);
    columns->setStretchFactor(2, 3);
    columns->setChildrenCollapsible(false);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(timelineBox);
    rows->addWidget(columns);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 3);
    rows->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(rows, 1);
    layout->addWidget(m_hint);

    retranslateUi();
    connectActions();
    connect(m_timer, &QTimer::timeout, this, &FacilitatorMode::tick);
    m_elapsed.start();
    m_timer->start(1000);
    showQuestion(0);
    updateNarratives();
    updatePresent();
    updateCurrentEvent();
    tick();
}

QWidget *FacilitatorMode::buildQuestionColumn()
{
    auto *box = new QWidget(this);
    m_questionHeading = heading(box);
    m_questionText = new QLabel(box);
    m_questionText->setObjectName(QStringLiteral("facilitatorQuestion"));
    m_questionText->setWordWrap(true);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_questionText->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_questionText->setFont(big);
    m_previous = new QPushButton(box);
    m_next = new QPushButton(box);
    m_explored = new QPushButton(box);
    m_answerList = new QListView(box);
    m_answerList->setObjectName(QStringLiteral("facilitatorAnswers"));
    m_answerList->setModel(m_answers);
    m_answerList->setModelColumn(AnswerModel::TextColumn);
    m_answerList->setWordWrap(true);
    m_answerList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answerEdit = new QLineEdit(box);
    m_answerEdit->setObjectName(QStringLiteral("facilitatorAnswerEdit"));
    m_recordAnswer = new QPushButton(box);
    m_questionEdit = new QLineEdit(box);
    m_questionEdit->setObjectName(QStringLiteral("facilitatorQuestionEdit"));
    m_addQuestion = new QPushButton(box);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_questionHeading, 1);
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addWidget(m_explored);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addLayout(navigation);
    layout->addWidget(m_questionText);
    layout->addWidget(m_answerList, 1);
    layout->addLayout(entryRow(m_answerEdit, m_recordAnswer));
    layout->addLayout(entryRow(m_questionEdit, m_addQuestion));
    return box;
}

QWidget *FacilitatorMode::buildFactorColumn()
{
    auto *box = new QWidget(this);
    m_factorHeading = heading(box);
    m_factorList = new QListView(box);
    m_factorList->setObjectName(QStringLiteral("facilitatorFactors"));
    m_factorList->setModel(m_factors);
    m_factorList->setModelColumn(FactorModel::TitleColumn);
    m_factorList->setWordWrap(true);
    m_factorList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factorEdit = new QLineEdit(box);
    m_factorEdit->setObjectName(QStringLiteral("facilitatorFactorEdit"));
    m_addFactor = new QPushButton(box);
    m_cite = new QPushButton(box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_factorHeading);
    layout->addWidget(m_factorList, 1);
    layout->addWidget(m_cite);
    layout->addLayout(entryRow(m_factorEdit, m_addFactor));
    return box;
}

QWidget *FacilitatorMode::buildNarrativeColumn()
{
    auto *box = new QWidget(this);
    m_narrativeHeading = heading(box);
    m_narratives = new QTextBrowser(box);
    m_narratives->setObjectName(QStringLiteral("facilitatorNarratives"));
    m_narratives->setTabChangesFocus(true);
    m_presentHeading = heading(box);
    m_present = new QListWidget(box);
    m_present->setObjectName(QStringLiteral("facilitatorPresent"));
    m_present->setFlow(QListView::LeftToRight);
    m_present->setWrapping(true);
    m_present->setMaximumHeight(m_present->fontMetrics().height() * 4 + 16);
    m_personEdit = new QLineEdit(box);
    m_personEdit->setObjectName(QStringLiteral("facilitatorPersonEdit"));
    m_addPerson = new QPushButton(box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_narrativeHeading);
    layout->addWidget(m_narratives, 1);
    layout->addWidget(m_presentHeading);
    layout->addWidget(m_present);
    layout->addLayout(entryRow(m_personEdit, m_addPerson));
    return box;
}

// The buttons act through the document's undo commands; the lists follow the item models, which
// the document refreshes after every change, ours or (on a team server) anyone's.
void FacilitatorMode::connectActions()
{
    connect(m_previous, &QPushButton::clicked, this, &FacilitatorMode::previous);
    connect(m_next, &QPushButton::clicked, this, &FacilitatorMode::next);
    connect(m_explored, &QPushButton::clicked, this, [this] {
        if (m_question > 0)
            commands::setQuestionExplored(
                m_document, m_question, !m_questions->isExplored(m_questions->rowOfId(m_question)));
    });
    connect(m_recordAnswer, &QPushButton::clicked, this, [this] {
        if (recordAnswer(m_answerEdit->text()))
            m_answerEdit->clear();
    });
    connect(m_addQuestion, &QPushButton::clicked, this, [this] {
        if (const qint64 id = addQuestion(m_questionEdit->text())) {
            m_questionEdit->clear();
            showQuestion(m_questions->rowOfId(id));
        }
    });
    connect(m_addFactor, &QPushButton::clicked, this, [this] {
        if (addFactor(m_factorEdit->text()))
            m_factorEdit->clear();
    });
    connect(m_cite, &QPushButton::clicked, this, [this] {
        const qint64 factor = m_factors->idAt(m_factorList->currentIndex().row());
        if (factor > 0 && m_selection->currentEvent() > 0)
            commands::addEventEvidence(m_document, factor, { m_selection->currentEvent() });
    });
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        const qint64 id = commands::addParticipant(m_document, m_personEdit->text());
        if (id > 0 && setPresent(id, true))
            m_personEdit->clear();
    });
    connect(m_present, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_fillingPresent)
            setPresent(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    connect(m_questions, &QAbstractItemModel::modelReset, this, &FacilitatorMode::updateQuestion);
    connect(m_participants, &QAbstractItemModel::modelReset, this, &FacilitatorMode::updatePresent);
    connect(m_factorList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &FacilitatorMode::updateCurrentEvent);
    connect(m_selection, &EventSelection::currentEventChanged, this, &FacilitatorMode::updateCurrentEvent);
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Narratives || area == ReviewDocument::Area::Events)
            updateNarratives();
        else if (area == ReviewDocument::Area::Meta) {
            retranslateUi(); // the title
            updatePresent(); // who is present is kept in the meta table, another facilitator may tick
        }
    });
}

void FacilitatorMode::retranslateUi()
{
    setWindowTitle(tr("Facilitator Mode — %1").arg(m_document.title()));
    m_title->setText(m_document.title());
    setAccessibleName(tr("Facilitator mode"));
    setAccessibleDescription(tr("Page Down and Page Up move between questions"));
    m_clock->setAccessibleName(tr("Session time"));
    m_clock->setToolTip(tr("Time since facilitator mode opened"));
    //: Keyboard hints at the bottom of facilitator mode
    m_hint->setText(tr("Page Down / Page Up: next / previous question · F11 full screen · Esc to leave"));
    m_previous->setText(tr("◀ &Previous"));
    m_previous->setAccessibleName(tr("Previous question"));
    m_next->setText(tr("N&ext ▶"));
    m_next->setAccessibleName(tr("Next question"));
    m_answerList->setAccessibleName(tr("Answers"));
    m_answerEdit->setPlaceholderText(tr("An answer from the room…"));
    m_answerEdit->setAccessibleName(tr("Answer"));
    m_recordAnswer->setText(tr("&Record Answer"));
    m_questionEdit->setPlaceholderText(tr("A new question…"));
    m_questionEdit->setAccessibleName(tr("New question"));
    m_addQuestion->setText(tr("Add &Question"));
    m_factorHeading->setText(tr("Contributing factors"));
    m_factorList->setAccessibleName(tr("Contributing factors"));
    m_factorEdit->setPlaceholderText(tr("A new contributing factor…"));
    m_factorEdit->setAccessibleName(tr("New contributing factor"));
    m_addFactor->setText(tr("Add &Factor"));
    m_cite->setText(tr("&Cite Selected Event"));
    m_cite->setToolTip(tr("Cite the event selected on the timeline as evidence for the selected factor"));
    m_narrativeHeading->setText(tr("Narratives"));
    m_narratives->setAccessibleName(tr("Narratives"));
    m_presentHeading->setText(tr("Present"));
    m_present->setAccessibleName(tr("Participants present"));
    m_present->setToolTip(tr("Tick who is in the room: sign-off offers them as present"));
    m_personEdit->setPlaceholderText(tr("Someone else in the room…"));
    m_personEdit->setAccessibleName(tr("New participant"));
    m_addPerson->setText(tr("&Add Person"));
    updateQuestion();
    updateCurrentEvent();
}

void FacilitatorMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_addPerson) {
        retranslateUi();
        updateNarratives();
    }
    QWidget::changeEvent(event);
}

void FacilitatorMode::showQuestion(int row)
{
    m_question = m_questions->idAt(std::clamp(row, 0, std::max(0, m_questions->rowCount() - 1)));
    updateQuestion();
}

void FacilitatorMode::next()
{
    showQuestion(m_questions->rowOfId(m_question) + 1);
}

void FacilitatorMode::previous()
{
    showQuestion(m_questions->rowOfId(m_question) - 1);
}

bool FacilitatorMode::recordAnswer(const QString &text)
{
    if (m_question <= 0 || text.trimmed().isEmpty())
        return false;
    return commands::addAnswer(m_document, m_question, m_document.author(), text.trimmed()) > 0;
}

qint64 FacilitatorMode::addQuestion(const QString &text)
{
    return commands::addQuestion(m_document, text);
}

qint64 FacilitatorMode::addFactor(const QString &title)
{
    if (title.trimmed().isEmpty())
        return 0;
    return commands::addFactor(m_document, title.trimmed());
}

bool FacilitatorMode::setPresent(qint64 participantId, bool present)
{
    return commands::setParticipantPresent(m_document, participantId, present);
}

// The question on screen follows the model: after an edit (here or by someone else) it stays on
// the same question, or on the first when that one was deleted.
void FacilitatorMode::updateQuestion()
{
    int row = m_questions->rowOfId(m_question);
    if (row < 0 && m_questions->rowCount() > 0) {
        row = 0;
        m_question = m_questions->idAt(0);
    } else if (row < 0) {
        m_question = 0;
    }
    const int count = m_questions->rowCount();
    if (m_answers->question() != m_question)
        m_answers->setQuestion(m_question);
    if (m_question == 0) {
        m_questionHeading->setText(tr("Questions"));
        m_questionText->setText(tr("No question yet: add one below."));
    } else {
        const bool explored = m_questions->isExplored(row);
        //: Facilitator mode: "Question <n> of <count>" and whether it is explored
        m_questionHeading->setText(explored ? tr("Question %1 of %2 · explored").arg(row + 1).arg(count)
                                            : tr("Question %1 of %2").arg(row + 1).arg(count));
        m_questionText->setText(m_questions->text(row));
        m_explored->setText(explored ? tr("Re&open") : tr("Mark E&xplored"));
    }
    if (m_question == 0)
        m_explored->setText(tr("Mark E&xplored"));
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < count);
    m_explored->setEnabled(m_question > 0);
    m_recordAnswer->setEnabled(m_question > 0);
    m_answerEdit->setEnabled(m_question > 0);
}

// Each narrative with its steps, those citing no event marked: read from the review each time a
// narrative changes, so that steps written elsewhere appear.
void FacilitatorMode::updateNarratives()
{
    if (!m_document.isOpen()) {
        m_narratives->clear();
        return;
    }
    const NarrativeCompare c = NarrativeCompare::compute(m_document.store());
    QString html;
    for (const NarrativeCompare::Narrative &n : c.narratives()) {
        html += QStringLiteral("<p><b>") + n.title.toHtmlEscaped() + QStringLiteral("</b>");
        if (!n.vantagePoint.isEmpty())
            html += QStringLiteral(" <i>(") + n.vantagePoint.toHtmlEscaped() + QStringLiteral(")</i>");
        html += QStringLiteral("</p><ol style='margin-top:0'>");
        for (const NarrativeCompare::Step &step : n.steps) {
            html += QStringLiteral("<li>") + step.text.toHtmlEscaped();
            if (step.eventId == 0)
                html += QStringLiteral(" <i>") + tr("(no evidence)").toHtmlEscaped() + QStringLiteral("</i>");
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    if (html.isEmpty())
        html = QStringLiteral("<i>") + tr("No narrative yet.").toHtmlEscaped() + QStringLiteral("</i>");
    m_narratives->setHtml(html);
}

QString FacilitatorMode::narrativesText() const
{
    return m_narratives->toPlainText();
}

void FacilitatorMode::updatePresent()
{
    const QList<qint64> present
        = m_document.isOpen() ? ParticipantStore::present(m_document.store()) : QList<qint64>();
    m_fillingPresent = true;
    m_present->clear();
    for (const Participant &p : m_participants->records()) {
        auto *item = new QListWidgetItem(p.name, m_present);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(present.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingPresent = false;
    m_presentHeading->setText(tr("Present (%1 of %2)").arg(present.size()).arg(m_present->count()));
}

void FacilitatorMode::updateCurrentEvent()
{
    const qint64 id = m_selection->currentEvent();
    std::optional<EventStore::CitedEvent> event;
    if (id > 0 && m_document.isOpen())
        event = EventStore::citation(m_document.store(), id);
    if (event)
        m_currentEvent->setText(
            tr("Selected: %1 %2")
                .arg(timestamps::toDisplay(event->instant, m_document.timeZone(), false), event->text));
    else
        m_currentEvent->setText(tr("Click an event on the timeline to select it; highlighted events and "
                                   "phases are marked."));
    m_cite->setEnabled(event.has_value() && m_factorList->currentIndex().isValid());
}

void FacilitatorMode::tick()
{
    const qint64 s = m_elapsed.elapsed() / 1000;
    m_clock->setText(
        QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void FacilitatorMode::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_F11:
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        else
            close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace faultless::views
