#include "agreementpanel.h"

#include "analysis/agreementdiff.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventselection.h"
#include "store/eventquery.h"
#include "store/participantstore.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace faultless::views {

using model::AgreementDiff;
using model::ReviewDocument;

namespace {
constexpr int kEventIdRole = Qt::UserRole + 1;

// Who is in the room: the review's participants to tick, and anyone else by name.
class PresentDialog : public QDialog
{
public:
    // `present`: those marked present in facilitator mode; when nobody is, everyone starts ticked.
    PresentDialog(const QStringList &participants, const QStringList &present, QWidget *parent)
        : QDialog(parent)
        , m_list(new QListWidget(this))
        , m_others(new QLineEdit(this))
    {
        setWindowTitle(AgreementPanel::tr("Mark Timeline Agreed"));
        auto *intro
            = new QLabel(AgreementPanel::tr("The timeline as it is now is agreed by the people in the room. "
                                            "Later changes will be listed against it."),
                this);
        intro->setWordWrap(true);
        for (const QString &name : participants) {
            auto *item = new QListWidgetItem(name, m_list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(present.isEmpty() || present.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
        m_list->setAccessibleName(AgreementPanel::tr("Present"));
        m_others->setPlaceholderText(AgreementPanel::tr("Others present, separated by commas"));
        m_others->setAccessibleName(AgreementPanel::tr("Others present"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(new QLabel(AgreementPanel::tr("Present:"), this));
        layout->addWidget(m_list);
        layout->addWidget(m_others);
        layout->addWidget(buttons);
    }
    QStringList present() const
    {
        QStringList names;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                names << m_list->item(i)->text();
        }
        for (const QString &name : m_others->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        return names;
    }

private:
    QListWidget *m_list;
    QLineEdit *m_others;
};
} // namespace

AgreementPanel::AgreementPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_status(new QLabel(this))
    , m_agree(new QPushButton(this))
    , m_changes(new QTreeWidget(this))
    , m_refresh(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("agreementChanges"));
    m_changes->setColumnCount(3);
    m_changes->setRootIsDecorated(false);
    m_changes->header()->setStretchLastSection(true);
    retranslate();
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_agree);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_changes);

    // Many edits in a row (typing) refresh once.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &AgreementPanel::refresh);
    connect(&document, &ReviewDocument::changed, m_refresh, qOverload<>(&QTimer::start));
    connect(&document, &ReviewDocument::opened, this, &AgreementPanel::refresh);
    connect(&document, &ReviewDocument::aboutToClose, this, [this] {
        m_changes->clear();
        m_status->clear();
    });
    connect(m_agree, &QPushButton::clicked, this, &AgreementPanel::markAgreed);
    connect(m_changes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kEventIdRole).toLongLong() > 0)
            m_selection.setCurrentEvent(item->data(0, kEventIdRole).toLongLong());
    });
    refresh();
}

void AgreementPanel::retranslate()
{
    m_agree->setText(tr("Mark Timeline &Agreed…"));
    m_agree->setToolTip(tr("Record that the room agrees on the timeline as it is now"));
    m_changes->setAccessibleName(tr("Changes since the timeline was agreed"));
    m_changes->setHeaderLabels({ tr("Change"), tr("Time"), tr("Event") });
}

void AgreementPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_refresh->start(); // the status line and the change list are composed of translated text
    }
    QWidget::changeEvent(event);
}

void AgreementPanel::markAgreed()
{
    ReviewDocument &document = m_document;
    if (!document.isOpen())
        return;
    QStringList present;
    const QList<qint64> presentIds = model::ParticipantStore::present(document.store());
    for (const model::Participant &p : model::ParticipantStore::namesAndPseudonyms(document.store())) {
        if (presentIds.contains(p.id))
            present << p.name;
    }
    PresentDialog dialog(model::ParticipantStore::names(document.store()), present, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (model::commands::recordAgreement(document, dialog.present()) > 0)
        emit statusMessage(tr("The timeline is marked as agreed by the room"));
    refresh();
}

void AgreementPanel::refresh()
{
    m_changes->clear();
    ReviewDocument &document = m_document;
    m_agree->setEnabled(document.isOpen());
    if (!document.isOpen()) {
        m_status->clear();
        return;
    }
    const auto agreement = model::Agreement::latest(document.store());
    if (!agreement) {
        m_status->setText(
            tr("The timeline has not been agreed yet. When the room agrees on it, mark it here; "
               "later changes are then listed against it."));
        return;
    }
    AgreementDiff diff;
    QString error;
    if (!diff.compare(agreement->snapshot, document.store(), &error)) {
        m_status->setText(error);
        return;
    }
    const QString when = model::timestamps::toDisplay(agreement->agreedAt, document.timeZone());
    const QString who = agreement->present.isEmpty() ? tr("nobody recorded")
                                                     : agreement->present.join(QStringLiteral(", "));
    m_status->setText(diff.isEmpty()
            ? tr("Agreed %1 by %2. No changes since.").arg(when, who)
            : tr("Agreed %1 by %2. %n change(s) since:", nullptr, int(diff.changes().size())).arg(when, who));
    // Texts of the events involved, fetched in one query (at most the first thousand changes).
    QList<qint64> ids;
    const auto changes = diff.changes().mid(0, 1000);
    for (const auto &c : changes)
        ids << c.eventId;
    QHash<qint64, model::EventRow> rows;
    for (const model::EventRow &row : model::EventQuery::fetch(document.store(), ids))
        rows.insert(row.id, row);
    for (const auto &c : changes) {
        QString what = tr("%1 %2").arg(AgreementDiff::itemLabel(c.item), AgreementDiff::howLabel(c.how));
        if (c.parts)
            what += QStringLiteral(" (%1)").arg(AgreementDiff::partsLabel(c.parts));
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, what);
        const auto row = rows.constFind(c.eventId);
        if (row != rows.cend()) {
            item->setText(1, model::timestamps::toDisplay(row->instant, document.timeZone()));
            item->setText(2, row->text.simplified().left(200));
            item->setData(0, kEventIdRole, c.eventId);
        } else {
            item->setText(2, tr("(no longer in the timeline)"));
        }
    }
    for (int i = 0; i < 2; ++i)
        m_changes->resizeColumnToContents(i);
}

} // namespace faultless::views
