#include "learningspanel.h"

#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/itemroles.h"
#include "items/learningmodel.h"
#include "sensemaking/languagehighlighter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace faultless::views {

using model::LearningModel;

LearningsPanel::LearningsPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_surprises(new LearningModel(document, QStringLiteral("surprise"), this))
    , m_helped(new LearningModel(document, QStringLiteral("helped"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(makeList(m_surprises, &m_lists[0]));
    layout->addWidget(makeList(m_helped, &m_lists[1]));
    m_surpriseView = m_lists[0].view;
    m_helpedView = m_lists[1].view;
    retranslate();
}

void LearningsPanel::retranslate()
{
    for (const List &list : m_lists) {
        const bool surprise = list.model == m_surprises;
        // Plain text with a mnemonic (Alt+S, Alt+H) that moves the focus to the list.
        list.label->setText(surprise ? tr("What &surprised us") : tr("What &helped"));
        const QString title = surprise ? tr("What surprised us") : tr("What helped");
        list.view->setAccessibleName(title);
        list.view->setToolTip(surprise
                ? tr("What did we not expect? What did the system do that nobody had seen before?")
                : tr("Which moves, tools or people kept it from getting worse?"));
        list.add->setText(tr("Add…"));
        list.add->setAccessibleName(tr("Add to %1").arg(title));
        list.remove->setText(tr("Delete"));
        list.remove->setAccessibleName(tr("Delete from %1").arg(title));
        list.link->setText(tr("Link"));
        list.link->setToolTip(tr("Link to the current event or unlink it"));
    }
}

void LearningsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget *LearningsPanel::makeList(LearningModel *model, List *list)
{
    auto *box = new QWidget(this);
    auto *label = new QLabel(box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *view = new QListView(box);
    view->setModel(model);
    view->setWordWrap(true);
    // Several lines per learning: alternate the background so that one ends visibly.
    view->setAlternatingRowColors(true);
    view->setSpacing(1);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setObjectName(model->kind() + QStringLiteral("List"));
    view->setItemDelegate(new LanguageCheckedDelegate(m_document, view));
    label->setBuddy(view);
    auto *add = new QPushButton(box);
    add->setObjectName(model->kind() + QStringLiteral("Add"));
    auto *remove = new QPushButton(box);
    auto *link = new QToolButton(box);
    *list = List { model, label, view, add, remove, link };
    link->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(link);
    link->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, model, view] {
        menu->clear();
        const LearningModel::Learning *l = model->learning(view->currentIndex().row());
        const qint64 event = m_selection.currentEvent();
        QAction *linkEvent = menu->addAction(tr("Link to Current Event"), this, [this, model, view, event] {
            if (const auto *current = model->learning(view->currentIndex().row()))
                model::commands::linkLearningToEvent(m_document, current->id, event);
        });
        linkEvent->setEnabled(l && event > 0 && !l->eventIds.contains(event));
        QAction *unlinkEvent = menu->addAction(tr("Unlink Current Event"), this, [this, model, view, event] {
            if (const auto *current = model->learning(view->currentIndex().row()))
                model::commands::unlinkLearningFromEvent(m_document, current->id, event);
        });
        unlinkEvent->setEnabled(l && event > 0 && l->eventIds.contains(event));
        if (l && !l->eventIds.isEmpty()) {
            menu->addSeparator();
            for (qint64 id : l->eventIds)
                menu->addAction(
                    tr("Show Event %1").arg(id), this, [this, id] { m_selection.setCurrentEvent(id); });
        }
    });

    connect(add, &QPushButton::clicked, this, [this, model, view] { addTo(model, view); });
    connect(remove, &QPushButton::clicked, this, [this, model, view] {
        if (const auto *l = model->learning(view->currentIndex().row()))
            model::commands::deleteLearning(m_document, l->id);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(link);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(view);
    layout->addLayout(buttons);
    return box;
}

void LearningsPanel::addTo(LearningModel *model, QListView *view)
{
    const bool surprise = model == m_surprises;
    // QInputDialog::getMultiLineText() with the language check on its editor, as everywhere
    // people write.
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("learningDialog"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setWindowTitle(surprise ? tr("What Surprised Us") : tr("What Helped"));
    dialog.setLabelText(surprise
            ? tr("What surprised you? Describe what you saw, not who should have seen it.")
            : tr("What helped? A move someone made, a tool, a safeguard that held."));
    if (auto *edit = dialog.findChild<QPlainTextEdit *>())
        LanguageHighlighter::attach(edit)->followPeople(m_document);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    if (text.trimmed().isEmpty())
        return;
    const qint64 id = model::commands::addLearning(m_document, model->kind(), text.trimmed());
    const int row = model->rowOfLearning(id);
    if (row >= 0)
        view->setCurrentIndex(model->index(row));
}

} // namespace faultless::views
