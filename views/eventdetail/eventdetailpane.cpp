#include "eventdetailpane.h"

#include "commands/eventcommands.h"
#include "document/reviewdocument.h"
#include "domain/flagwording.h"
#include "domain/timestamps.h"
#include "eventselection.h"
#include "import/parsers/archiveentry.h"
#include "items/annotationlistmodel.h"
#include "practice/disputeaction.h"
#include "search/eventdetails.h"
#include "search/sourceexcerpt.h"
#include "timeline/phasenames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace faultless::views {

using model::ReviewDocument;
namespace commands = model::commands;

namespace {
QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

EventDetailPane::EventDetailPane(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_header(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_attributes(new QPlainTextEdit(this))
    , m_attributesToggle(new QToolButton(this))
    , m_origin(new QLabel(this))
    , m_showSource(new QPushButton(tr("Show in &Source"), this))
    , m_highlight(new QCheckBox(tr("&Highlighted"), this))
    , m_phase(new QComboBox(this))
    , m_tags(new QLabel(this))
    , m_tagEdit(new QLineEdit(this))
    , m_annotationView(new QListView(this))
    , m_annotations(new model::AnnotationListModel(this))
    , m_annotationEdit(new QPlainTextEdit(this))
    , m_addAnnotation(new QPushButton(tr("&Add Annotation"), this))
    , m_updateAnnotation(new QPushButton(tr("&Update"), this))
    , m_deleteAnnotation(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("eventDetailPane"));
    setAccessibleName(tr("Event details"));
    setAccessibleDescription(tr("The current event: full text, attributes, origin, tags and annotations."));
    setUpEventFields();
    setUpAnnotationEditor();
    setUpAttributesToggle();
    layOutPane(createContent());
    connectEditors();
    connectSelectionAndDocument();
    refresh();
}

// The event's own fields: header, text, attributes, origin, phase and tags.
void EventDetailPane::setUpEventFields()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Event text"));
    m_text->setMaximumHeight(90);
    m_attributes->setReadOnly(true);
    m_attributes->setFont(mono);
    m_attributes->setAccessibleName(tr("Event attributes"));
    m_attributes->setMaximumHeight(160);
    m_attributes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showSource->setToolTip(tr("Show the raw lines around this record in the file it was imported from"));

    m_phase->addItem(tr("No phase"), QString());
    for (const QString &id : PhaseNames::ids())
        m_phase->addItem(PhaseNames::label(id), id);
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->setObjectName(QStringLiteral("phaseCombo"));

    m_tags->setTextFormat(Qt::RichText);
    m_tags->setWordWrap(true);
    m_tags->setAccessibleName(tr("Tags"));
    m_tagEdit->setPlaceholderText(tr("Add a tag and press Return"));
    m_tagEdit->setAccessibleName(tr("New tag"));
    m_tagEdit->setCompleter(new QCompleter(new QStringListModel(this), this));
}

void EventDetailPane::setUpAnnotationEditor()
{
    m_annotationView->setObjectName(QStringLiteral("annotationList"));
    m_annotationView->setModel(m_annotations);
    m_annotationView->setWordWrap(true);
    m_annotationView->setAccessibleName(tr("Annotations"));
    m_annotationView->setMinimumHeight(48);
    // Review practice: an annotation can be marked uncertain or disputed (context menu).
    DisputeAction::attach(m_document, model::Disputes::ItemType::Annotation, m_annotationView);
    m_annotationEdit->setObjectName(QStringLiteral("annotationEditor"));
    m_annotationEdit->setPlaceholderText(
        tr("What did people see, know and expect at this moment? Describe rather than explain."));
    m_annotationEdit->setAccessibleName(tr("Annotation text"));
    m_annotationEdit->setMaximumHeight(72);
    m_annotationEdit->setTabChangesFocus(true);
    m_addAnnotation->setToolTip(tr("Add the text as a new annotation (Ctrl+Return)"));
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_annotationEdit);
    addShortcut->setContext(Qt::WidgetShortcut);
    connect(addShortcut, &QShortcut::activated, this, &EventDetailPane::addAnnotation);
}

void EventDetailPane::setUpAttributesToggle()
{
    m_attributesToggle->setObjectName(QStringLiteral("attributesToggle"));
    m_attributesToggle->setText(tr("Attributes"));
    m_attributesToggle->setCheckable(true);
    m_attributesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attributesToggle->setArrowType(Qt::RightArrow);
    m_attributesToggle->setAutoRaise(true);
    m_attributesToggle->setToolTip(tr("Show the event's attributes as the source recorded them"));
    connect(m_attributesToggle, &QToolButton::toggled, this, [this](bool open) {
        m_attributesToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_attributes->setVisible(open);
    });
}

QWidget *EventDetailPane::createContent()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    // Everything about the current event; hidden while there is none, so that the pane shows
    // its hint rather than empty boxes.
    m_body = new QWidget(content);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_body, 1);
    contentLayout->addStretch(0); // keeps the hint at the top while m_body is hidden
    // What the review adds comes first, right under the header, so that annotating needs no
    // scrolling even in a short dock (about 200 pixels high at 1280x800); then what the source
    // said; the raw attributes last and folded.
    layout->addLayout(annotationRows(m_body));
    layout->addWidget(m_annotationView, 1);
    layout->addWidget(m_text);
    auto *tags = new QHBoxLayout;
    tags->addWidget(m_tags, 1);
    tags->addWidget(m_tagEdit, 1);
    layout->addLayout(tags);
    layout->addWidget(sectionLabel(tr("Origin"), m_body));
    auto *originRow = new QHBoxLayout;
    originRow->addWidget(m_origin, 1);
    originRow->addWidget(m_showSource);
    layout->addLayout(originRow);
    layout->addWidget(m_attributesToggle);
    layout->addWidget(m_attributes);
    m_attributes->hide();
    return content;
}

// The content scrolls: a short dock still reaches the origin and the attributes.
void EventDetailPane::layOutPane(QWidget *content)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

// Edits of the current event and its annotations become undo steps.
void EventDetailPane::connectEditors()
{
    connect(m_showSource, &QPushButton::clicked, this, &EventDetailPane::showInSource);
    connect(m_highlight, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && m_eventId)
            commands::setHighlighted(m_document, m_eventId, on);
    });
    connect(m_phase, &QComboBox::activated, this, [this] {
        if (!m_updating && m_eventId)
            commands::setPhase(m_document, m_eventId, m_phase->currentData().toString());
    });
    connect(m_tagEdit, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_tagEdit->text()))
            m_tagEdit->clear();
    });
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) {
        // Links are "remove:<percent-encoded tag>".
        if (m_eventId && link.startsWith(QLatin1String("remove:")))
            commands::removeTag(m_document, m_eventId, QUrl::fromPercentEncoding(link.mid(7).toUtf8()));
    });
    connect(m_addAnnotation, &QPushButton::clicked, this, &EventDetailPane::addAnnotation);
    connect(m_updateAnnotation, &QPushButton::clicked, this, &EventDetailPane::updateAnnotation);
    connect(m_deleteAnnotation, &QPushButton::clicked, this, &EventDetailPane::deleteAnnotation);
    connect(m_annotationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            m_updateAnnotation->setEnabled(current.isValid());
            m_deleteAnnotation->setEnabled(current.isValid());
            if (current.isValid())
                m_annotationEdit->setPlainText(current.data(Qt::EditRole).toString());
        });
}

void EventDetailPane::connectSelectionAndDocument()
{
    connect(&m_selection, &EventSelection::currentEventChanged, this, [this](qint64 id) {
        m_eventId = id;
        m_annotationEdit->clear();
        refresh();
    });
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area, qint64 id) {
        const bool mine = id == 0 || id == m_eventId;
        if (mine
            && (area == ReviewDocument::Area::Event || area == ReviewDocument::Area::Annotations
                || area == ReviewDocument::Area::Tags || area == ReviewDocument::Area::Events
                || area == ReviewDocument::Area::Sources))
            refresh();
    });
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        m_eventId = 0;
        refresh();
    });
}

// The annotation editor with its buttons beside it, at the top of the pane.
QLayout *EventDetailPane::annotationRows(QWidget *parent)
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_annotationEdit, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addAnnotation);
    buttons->addWidget(m_updateAnnotation);
    buttons->addWidget(m_deleteAnnotation);
    buttons->addStretch(1);
    row->addLayout(buttons);
    // The event's marks share the heading's line: reachable without scrolling in a short dock,
    // at no height of their own.
    auto *heading = new QHBoxLayout;
    heading->addWidget(sectionLabel(tr("Annotations"), parent));
    heading->addStretch(1);
    heading->addWidget(m_highlight);
    auto *phaseLabel = new QLabel(tr("&Phase:"), parent);
    phaseLabel->setBuddy(m_phase);
    heading->addWidget(phaseLabel);
    heading->addWidget(m_phase);
    auto *column = new QVBoxLayout;
    column->addLayout(heading);
    column->addLayout(row);
    return column;
}

void EventDetailPane::setEnabledAll(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_showSource, m_highlight, m_phase, m_tagEdit,
             m_annotationEdit, m_addAnnotation, m_annotationView })
        w->setEnabled(enabled);
    const bool selected = enabled && m_annotationView->currentIndex().isValid();
    m_updateAnnotation->setEnabled(selected);
    m_deleteAnnotation->setEnabled(selected);
}

// A flag change in words and its reversal: "Change: rollout 10% → 50% · reversed after 18 min by
// Ben"; a change that took earlier ones back says which.
QString EventDetailPane::flagLines(const model::EventDetails &details, const QTimeZone &zone)
{
    QString lines;
    if (details.flagReversal) {
        const QString change
            = details.flagChange.isEmpty() ? tr("not told by the source") : details.flagChange;
        lines += QStringLiteral("<br><b>") + tr("Change:").toHtmlEscaped() + QStringLiteral("</b> ")
            + change.toHtmlEscaped() + QStringLiteral(" · ")
            + model::Reversibility::describe(*details.flagReversal).toHtmlEscaped();
    }
    for (const model::FlagReversal &earlier : details.reverses) {
        const QString when = model::timestamps::toDisplay(earlier.changedAt, zone);
        const QString what = model::FlagWording::change(
            { earlier.flagKey, earlier.environment, earlier.before, earlier.after });
        const QString text = earlier.actor.isEmpty()
            ? tr("Takes back the change of %1 (%2), %3 later")
                  .arg(when, what, model::Reversibility::durationText(*earlier.timeToReverse()))
            : tr("Takes back %1's change of %2 (%3), %4 later")
                  .arg(earlier.actor, when, what,
                      model::Reversibility::durationText(*earlier.timeToReverse()));
        lines += QStringLiteral("<br>") + text.toHtmlEscaped();
    }
    return lines;
}

void EventDetailPane::refresh()
{
    m_updating = true;
    const std::optional<model::EventDetails> details = m_eventId && m_document.isOpen()
        ? model::EventDetails::load(m_document.store(), m_eventId)
        : std::nullopt;
    if (!details) {
        m_header->setText(tr("Select an event in the timeline or the table to see its details."));
        m_text->clear();
        m_attributes->clear();
        m_origin->clear();
        m_tags->clear();
        m_highlight->setChecked(false);
        m_phase->setCurrentIndex(0);
        m_annotations->setAnnotations({}, m_document.timeZone());
        setEnabledAll(false);
        m_body->hide();
        m_updating = false;
        return;
    }
    setEnabledAll(true);
    m_body->show();
    const model::EventRow &e = details->event;
    const QTimeZone zone = m_document.timeZone();
    QString header
        = QStringLiteral("<b>%1</b>").arg(model::timestamps::toDisplay(e.instant, zone).toHtmlEscaped());
    if (e.end != model::NoInstant)
        header
            += QStringLiteral(" – <b>%1</b>").arg(model::timestamps::toDisplay(e.end, zone).toHtmlEscaped());
    header += QStringLiteral("<br>") + model::DomainText::kindLabel(e.kind).toHtmlEscaped();
    // An event without a level (a flag change, a chat message) has no label to separate.
    const QString severity = model::DomainText::severityLabel(e.severity);
    if (!severity.isEmpty())
        header += QStringLiteral(" · ") + severity.toHtmlEscaped();
    if (!e.lane.isEmpty())
        header += QStringLiteral(" · ") + e.lane.toHtmlEscaped();
    if (!e.actor.isEmpty())
        header += QStringLiteral(" · ") + tr("by %1").arg(e.actor).toHtmlEscaped();
    if (e.manual)
        header += QStringLiteral("<br><i>")
            + tr("Added by a reviewer, not recorded by a system").toHtmlEscaped() + QStringLiteral("</i>");
    header += flagLines(*details, zone);
    m_header->setText(header);
    m_text->setPlainText(e.text);

    const QJsonDocument json = QJsonDocument::fromJson(e.attributesJson.toUtf8());
    m_attributes->setPlainText(
        json.isNull() ? e.attributesJson : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));

    m_recordOrigin = model::SourceExcerpt::originOf(*details);
    if (e.sourceName.isEmpty()) {
        m_origin->setText(tr("Added by a reviewer"));
        m_showSource->setEnabled(false);
    } else {
        // A record of an archive is placed in its entry: "export.zip › general/2016-03-28.json".
        const QString source = m_recordOrigin.entry.isEmpty()
            ? e.sourceName
            : model::ArchiveEntry::displayName(e.sourceName, m_recordOrigin.entry);
        QString origin = e.line > 0 ? tr("%1, line %2, byte %3").arg(source).arg(e.line).arg(e.byteOffset)
                                    : tr("%1, byte %2").arg(source).arg(e.byteOffset);
        if (!details->sourceFormat.isEmpty())
            origin += QStringLiteral(" (%1)").arg(details->sourceFormat);
        m_origin->setText(origin);
        m_origin->setToolTip(m_recordOrigin.name(true));
        m_showSource->setEnabled(!m_recordOrigin.path.isEmpty());
    }

    m_highlight->setChecked(e.highlighted);
    const int phaseIndex = m_phase->findData(details->phase);
    m_phase->setCurrentIndex(phaseIndex >= 0 ? phaseIndex : 0);

    QStringList links;
    for (const QString &tag : details->tags) {
        links << QStringLiteral("%1 <a href=\"remove:%2\" title=\"%3\">✕</a>")
                     .arg(tag.toHtmlEscaped(), QString::fromUtf8(QUrl::toPercentEncoding(tag)),
                         tr("Remove tag %1").arg(tag).toHtmlEscaped());
    }
    m_tags->setText(links.isEmpty() ? tr("No tags") : links.join(QStringLiteral(" &nbsp; ")));
    if (auto *completion = qobject_cast<QStringListModel *>(m_tagEdit->completer()->model()))
        completion->setStringList(model::EventDetails::allTags(m_document.store()));

    const qint64 selected = m_annotations->annotationId(m_annotationView->currentIndex().row());
    m_annotations->setAnnotations(details->annotations, zone);
    for (int row = 0; row < m_annotations->rowCount(); ++row) {
        if (m_annotations->annotationId(row) == selected)
            m_annotationView->setCurrentIndex(m_annotations->index(row));
    }
    setEnabledAll(true);
    m_updating = false;
}

qint64 EventDetailPane::addAnnotation()
{
    const QString text = m_annotationEdit->toPlainText().trimmed();
    if (!m_eventId || text.isEmpty())
        return 0;
    const qint64 id = commands::addAnnotation(m_document, m_eventId, text);
    if (id)
        m_annotationEdit->clear();
    return id;
}

bool EventDetailPane::updateAnnotation()
{
    const qint64 id = m_annotations->annotationId(m_annotationView->currentIndex().row());
    const QString text = m_annotationEdit->toPlainText().trimmed();
    if (!id || text.isEmpty())
        return false;
    return commands::editAnnotation(m_document, id, text);
}

bool EventDetailPane::deleteAnnotation()
{
    const qint64 id = m_annotations->annotationId(m_annotationView->currentIndex().row());
    if (!id)
        return false;
    const bool ok = commands::deleteAnnotation(m_document, id);
    if (ok)
        m_annotationEdit->clear();
    return ok;
}

bool EventDetailPane::addTag(const QString &tag)
{
    if (!m_eventId || tag.trimmed().isEmpty())
        return false;
    return commands::addTag(m_document, m_eventId, tag.trimmed());
}

void EventDetailPane::showInSource()
{
    showSource(this, m_recordOrigin);
}

void EventDetailPane::showSource(QWidget *parent, const model::SourceExcerpt::Origin &origin)
{
    QDialog *dialog = sourceDialog(parent, origin);
    dialog->exec();
    delete dialog;
}

QDialog *EventDetailPane::sourceDialog(QWidget *parent, const model::SourceExcerpt::Origin &origin)
{
    model::SourceExcerpt excerpt;
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("sourceDialog"));
    dialog->setWindowTitle(tr("Source: %1").arg(origin.name()));
    auto *layout = new QVBoxLayout(dialog);
    auto *pathLabel = new QLabel(origin.name(true), dialog);
    pathLabel->setObjectName(QStringLiteral("sourcePath"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(pathLabel);
    auto *view = new QPlainTextEdit(dialog);
    view->setObjectName(QStringLiteral("sourceLines"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(tr("Source lines"));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (!excerpt.read(origin, 8)) {
        view->setPlainText(excerpt.errorString());
    } else {
        QStringList lines;
        int recordLine = -1;
        for (const model::SourceExcerpt::Line &l : excerpt.lines()) {
            if (l.isRecord && recordLine < 0)
                recordLine = int(lines.size());
            lines << QStringLiteral("%1 %2  %3")
                         .arg(l.isRecord ? QStringLiteral("▶") : QStringLiteral(" "))
                         .arg(l.number, 7)
                         .arg(l.text);
        }
        view->setPlainText(lines.join(QLatin1Char('\n')));
        view->setTextCursor(QTextCursor(view->document()->findBlockByNumber(std::max(0, recordLine))));
        QTimer::singleShot(0, view, [view] { view->centerCursor(); }); // once it has its size
    }
    dialog->resize(900, 420);
    return dialog;
}

} // namespace faultless::views
