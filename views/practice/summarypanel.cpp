#include "summarypanel.h"

#include "commands/summarycommands.h"
#include "document/reviewdocument.h"
#include "sensemaking/languagehighlighter.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace faultless::views {

using model::Instant;
using model::NoInstant;
using model::ReviewDocument;

namespace {
// The editors show wall-clock time in the review's zone; their own value is that wall-clock time
// taken as UTC (Qt 6.4's QDateTimeEdit has no time zone of its own). The minimum stands for
// "not set".
const QDateTime kNotSet(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);

QDateTimeEdit *makeTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(kNotSet);
    edit->setDateTime(kNotSet);
    return edit;
}
} // namespace

SummaryPanel::SummaryPanel(ReviewDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_intro(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_fromLabel(new QLabel(this))
    , m_from(makeTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(makeTimeEdit(this))
    , m_clearWindow(new QPushButton(this))
    , m_windowNote(new QLabel(this))
    , m_typing(new QTimer(this))
{
    m_intro->setWordWrap(true);
    m_windowNote->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_from->setObjectName(QStringLiteral("impactFrom"));
    m_to->setObjectName(QStringLiteral("impactTo"));
    m_text->setTabChangesFocus(true);
    // A few sentences: room for four lines at least, so that the dock still fits a 1280×800
    // screen beside the event details and the sense-making panels.
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4 + 2 * m_text->frameWidth() + 8);
    m_textLabel->setBuddy(m_text);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    LanguageHighlighter::attach(m_text)->followPeople(document);

    auto *window_ = new QFormLayout;
    window_->addRow(m_fromLabel, m_from);
    window_->addRow(m_toLabel, m_to);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clearWindow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_intro);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(window_);
    layout->addLayout(buttons);
    layout->addWidget(m_windowNote);

    m_typing->setSingleShot(true);
    m_typing->setInterval(800);
    connect(m_typing, &QTimer::timeout, this, &SummaryPanel::save);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_typing->start();
    });
    m_text->installEventFilter(this);
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        connect(edit, &QDateTimeEdit::editingFinished, this, &SummaryPanel::save);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &SummaryPanel::updateWindowNote);
    }
    connect(m_clearWindow, &QPushButton::clicked, this, [this] {
        m_refreshing = true;
        m_from->setDateTime(kNotSet);
        m_to->setDateTime(kNotSet);
        m_refreshing = false;
        save();
    });

    connect(&document, &ReviewDocument::opened, this, &SummaryPanel::refresh);
    connect(&document, &ReviewDocument::aboutToClose, this, [this] {
        if (m_typing->isActive())
            save(); // the last words typed are not lost by closing
    });
    connect(&document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Meta)
            refresh();
    });
    retranslate();
    refresh();
}

void SummaryPanel::retranslate()
{
    m_intro->setText(tr("The briefing opens with this summary and the impact window."));
    m_textLabel->setText(tr("&Summary of the impact"));
    m_text->setPlaceholderText(
        tr("In a few sentences, what customers and the business lived through. For example: "
           "for 40 minutes, one checkout in three took longer than 3 seconds; no orders were "
           "lost."));
    m_text->setAccessibleName(tr("Summary of the impact"));
    m_fromLabel->setText(tr("Impact &from"));
    m_toLabel->setText(tr("Impact &to"));
    for (QDateTimeEdit *edit : { m_from, m_to }) {
        edit->setSpecialValueText(tr("not set"));
        edit->setToolTip(
            tr("When customers were affected, in the review's time zone; the earliest date means "
               "not set"));
    }
    m_from->setAccessibleName(tr("Impact from"));
    m_to->setAccessibleName(tr("Impact to"));
    m_clearWindow->setText(tr("Clear Impact Window"));
    updateWindowNote();
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool SummaryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut && m_typing->isActive())
        save();
    return QWidget::eventFilter(watched, event);
}

Instant SummaryPanel::instantOf(const QDateTimeEdit *edit) const
{
    const QDateTime shown = edit->dateTime();
    if (shown <= kNotSet)
        return NoInstant;
    const QDateTime inZone(shown.date(), shown.time(), m_document.timeZone());
    return inZone.isValid() ? inZone.toMSecsSinceEpoch() * 1000 : NoInstant;
}

void SummaryPanel::show(QDateTimeEdit *edit, Instant instant)
{
    if (!model::isSupportedInstant(instant)) {
        edit->setDateTime(kNotSet);
        return;
    }
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(instant / 1000, m_document.timeZone());
    edit->setDateTime(QDateTime(inZone.date(), inZone.time(), Qt::UTC));
}

model::IncidentSummary SummaryPanel::edited() const
{
    return { m_text->toPlainText().trimmed(), instantOf(m_from), instantOf(m_to) };
}

void SummaryPanel::save()
{
    m_typing->stop();
    if (m_refreshing || !m_document.isOpen() || m_document.isReadOnly())
        return;
    const model::IncidentSummary summary = edited();
    // A window that ends before it starts stays in the editors, with the note saying why, until
    // the other time is changed too.
    if (summary.impactFrom != NoInstant && summary.impactTo != NoInstant
        && summary.impactTo < summary.impactFrom)
        return;
    // Text stored trimmed; compare with the stored value, so that a trailing space is no edit.
    if (summary == model::commands::incidentSummary(m_document))
        return;
    if (!model::commands::setIncidentSummary(m_document, summary))
        refresh(); // refused (the window ends before it starts): show what is stored
}

void SummaryPanel::refresh()
{
    const bool open = m_document.isOpen();
    setEnabled(open);
    if (!open)
        return;
    const model::IncidentSummary stored = model::commands::incidentSummary(m_document);
    m_refreshing = true;
    // Only when it differs: refreshing after our own save must not move the cursor.
    if (m_text->toPlainText().trimmed() != stored.text)
        m_text->setPlainText(stored.text);
    show(m_from, stored.impactFrom);
    show(m_to, stored.impactTo);
    const bool writable = !m_document.isReadOnly();
    m_text->setReadOnly(!writable);
    m_from->setReadOnly(!writable);
    m_to->setReadOnly(!writable);
    m_clearWindow->setEnabled(writable);
    m_refreshing = false;
    updateWindowNote();
}

void SummaryPanel::updateWindowNote()
{
    if (!m_document.isOpen())
        return;
    const QString zone = QString::fromUtf8(m_document.timeZone().id());
    const Instant from = instantOf(m_from);
    const Instant to = instantOf(m_to);
    QString note;
    if (from != NoInstant && to != NoInstant && to < from)
        note = tr("The impact cannot end before it starts: change one of the times to save them.");
    else if (from != NoInstant && to != NoInstant)
        note = tr(
            "Customers were affected for %n minute(s). Times in %1.", nullptr, int((to - from) / 60000000))
                   .arg(zone);
    else
        note = tr(
            "Times in %1. Until both are set, the briefing shows the first to the last highlighted event and "
            "says so.")
                   .arg(zone);
    m_windowNote->setText(note);
}

} // namespace faultless::views
