#include "participantspanel.h"

#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/event.h"
#include "items/participantmodel.h"
#include "sensemaking/editablelistpanel.h"
#include "store/participantstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultless::views {

namespace model = faultless::model;

ParticipantsPanel::ParticipantsPanel(model::ReviewDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new EditableListPanel(
          new model::ParticipantModel(document), QString(), QString(),
          [&document] { return model::commands::addParticipant(document, tr("New participant")); },
          [&document](qint64 id) { return model::commands::deleteParticipant(document, id); }, this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_suggestions(new QTreeWidget(this))
    , m_confirm(new QPushButton(this))
    , m_mergeLabel(new QLabel(this))
    , m_mergeTarget(new QComboBox(this))
    , m_merge(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("participantsPanel"));
    m_suggestions->setObjectName(QStringLiteral("participantSuggestions"));
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setColumnCount(4);
    m_suggestions->header()->setStretchLastSection(true);
    m_suggestions->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    m_mergeLabel->setBuddy(m_mergeTarget);
    buttons->addWidget(m_mergeLabel);
    buttons->addWidget(m_mergeTarget, 1);
    buttons->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 2);
    auto *suggested = new QVBoxLayout;
    suggested->setContentsMargins(4, 0, 4, 4);
    suggested->addWidget(m_heading);
    suggested->addWidget(m_note);
    suggested->addWidget(m_suggestions, 2);
    suggested->addLayout(buttons);
    layout->addLayout(suggested, 3);

    connect(m_suggestions, &QTreeWidget::currentItemChanged, this, &ParticipantsPanel::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this,
        [this] { confirmSuggestion(m_suggestions->currentIndex().row()); });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        mergeSuggestion(m_suggestions->currentIndex().row(), m_mergeTarget->currentData().toLongLong());
    });
    connect(&document, &model::ReviewDocument::opened, this, &ParticipantsPanel::refresh);
    connect(&document, &model::ReviewDocument::changed, this, [this](model::ReviewDocument::Area area) {
        using Area = model::ReviewDocument::Area;
        if (area == Area::Participants || area == Area::Events || area == Area::Sources)
            refresh();
    });
    retranslateUi();
    refresh();
}

bool ParticipantsPanel::confirmSuggestion(int row)
{
    if (row < 0 || row >= m_current.size())
        return false;
    const model::ParticipantSuggestion s = m_current.at(row);
    // A participant already: what is new are their other spellings.
    if (s.participantId)
        return model::commands::addParticipantAliases(m_document, s.participantId, s.aliases);
    return model::commands::confirmParticipant(m_document, s.name, s.aliases) > 0;
}

bool ParticipantsPanel::mergeSuggestion(int row, qint64 participantId)
{
    if (row < 0 || row >= m_current.size() || participantId <= 0)
        return false;
    const model::ParticipantSuggestion s = m_current.at(row);
    return model::commands::addParticipantAliases(
        m_document, participantId, QStringList(s.aliases) << s.name);
}

void ParticipantsPanel::refresh()
{
    m_current = m_document.isOpen() ? model::ParticipantSuggestions::compute(m_document.store())
                                    : QList<model::ParticipantSuggestion>();
    m_suggestions->clear();
    for (const model::ParticipantSuggestion &s : std::as_const(m_current)) {
        QStringList kinds;
        for (int kind : s.kinds)
            kinds << model::DomainText::kindLabel(model::EventKind(kind));
        QString name = s.name;
        if (s.participantId)
            name = tr("%1 (participant)").arg(s.name);
        else if (s.guessed)
            name = tr("%1 (check: joined by e-mail name)").arg(s.name);
        auto *item = new QTreeWidgetItem(m_suggestions,
            { name, s.aliases.join(QStringLiteral(", ")), kinds.join(QStringLiteral(", ")),
                QString::number(s.events) });
        item->setToolTip(1, s.aliases.join(QLatin1Char('\n')));
    }
    m_mergeTarget->clear();
    if (m_document.isOpen()) {
        for (const model::Participant &p : model::ParticipantStore::all(m_document.store()))
            m_mergeTarget->addItem(p.name, p.id);
    }
    m_heading->setVisible(!m_current.isEmpty());
    m_note->setVisible(!m_current.isEmpty());
    m_suggestions->setVisible(!m_current.isEmpty());
    if (!m_current.isEmpty())
        m_suggestions->setCurrentItem(m_suggestions->topLevelItem(0));
    updateButtons();
}

void ParticipantsPanel::updateButtons()
{
    const int row = m_suggestions->currentIndex().row();
    const bool any = row >= 0 && row < m_current.size();
    m_confirm->setVisible(!m_current.isEmpty());
    m_merge->setVisible(!m_current.isEmpty());
    m_mergeLabel->setVisible(!m_current.isEmpty());
    m_mergeTarget->setVisible(!m_current.isEmpty());
    m_confirm->setEnabled(any && !m_document.isReadOnly());
    m_merge->setEnabled(any && m_mergeTarget->count() > 0 && !m_document.isReadOnly());
}

void ParticipantsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParticipantsPanel::retranslateUi()
{
    m_heading->setText(tr("Suggested from the sources"));
    m_note->setText(tr("Named by the flag systems, chat and alerts. Confirm a person, or merge them into the "
                       "participant they are; briefings then use the name or pseudonym."));
    m_suggestions->setHeaderLabels({ tr("Name"), tr("Also written"), tr("Seen in"), tr("Events") });
    m_suggestions->setAccessibleName(tr("Suggested participants"));
    m_confirm->setText(tr("Conf&irm as Participant"));
    m_confirm->setToolTip(
        tr("Add the selected person as a participant, with the other spellings the sources use"));
    m_mergeLabel->setText(tr("Same person as:"));
    m_mergeTarget->setAccessibleName(tr("Participant to merge into"));
    m_merge->setText(tr("Mer&ge"));
    m_merge->setToolTip(
        tr("The selected person is the chosen participant: keep their spellings with that participant"));
}

} // namespace faultless::views
