#include "facilitatormode.h"

#include "analysis/narrativecompare.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "items/questionmodel.h"
#include "store/eventquery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

FacilitatorMode::FacilitatorMode(ReviewDocument &document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_section(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_position(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("facilitatorMode"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(
        QStringLiteral("QWidget#facilitatorMode { background: #1e2328; } QLabel { color: #f2f2f2; }"));
    QFont base = font();
    auto sized = [&base](QLabel *label, qreal factor, bool bold) {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * factor);
        f.setBold(bold);
        label->setFont(f);
    };
    sized(m_section, 1.6, false);
    sized(m_title, 3.0, true);
    sized(m_body, 2.2, false);
    sized(m_position, 1.4, false);
    sized(m_clock, 1.6, true);
    m_title->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_section->setStyleSheet(QStringLiteral("color: #9fc5e8"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_section, 1);
    top->addWidget(m_clock);
    m_hint = new QLabel(this);
    sized(m_hint, 1.0, false);
    m_hint->setStyleSheet(QStringLiteral("color: #8a939c")); // 5.1:1 on the background
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addLayout(top);
    layout->addSpacing(24);
    layout->addWidget(m_title);
    layout->addSpacing(16);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);
    setFocusPolicy(Qt::StrongFocus);

    retranslateUi();
    connect(m_timer, &QTimer::timeout, this, &FacilitatorMode::tick);
    m_elapsed.start();
    m_timer->start(1000);
    reload();
    tick();
}

void FacilitatorMode::retranslateUi()
{
    setWindowTitle(tr("Facilitator Mode — %1").arg(m_document.title()));
    setAccessibleName(tr("Facilitator mode"));
    setAccessibleDescription(tr("Right and Left arrows move between slides"));
    m_clock->setAccessibleName(tr("Session time"));
    //: Keyboard hints at the bottom of facilitator mode
    m_hint->setText(tr("← → to move · F11 full screen · Esc to leave"));
}

void FacilitatorMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_hint) {
        retranslateUi();
        reload(); // the slides' section names
    }
    QWidget::changeEvent(event);
}

void FacilitatorMode::reload()
{
    m_slides.clear();
    if (m_document.isOpen()) {
        EventFilter filter;
        filter.highlightedOnly = true;
        const QTimeZone zone = m_document.timeZone();
        EventQuery::forEach(m_document.store(), filter, [this, &zone](const EventRow &row) {
            m_slides.append({ tr("Highlighted events"), timestamps::toDisplay(row.instant, zone, false),
                row.text + (row.lane.isEmpty() ? QString() : QStringLiteral("\n\n— ") + row.lane) });
            return m_slides.size() < 500;
        });
        QuestionModel questions(m_document);
        for (int r = 0; r < questions.rowCount(); ++r) {
            if (!questions.isExplored(r))
                m_slides.append({ tr("Open questions"), questions.text(r), QString() });
        }
        const NarrativeCompare narratives = NarrativeCompare::compute(m_document.store());
        for (const NarrativeCompare::Narrative &n : narratives.narratives()) {
            QStringList steps;
            for (int i = 0; i < n.steps.size(); ++i)
                steps.append(QStringLiteral("%1. %2").arg(i + 1).arg(n.steps.at(i).text));
            m_slides.append(
                { tr("Narrative — %1").arg(n.vantagePoint), n.title, steps.join(QLatin1Char('\n')) });
        }
    }
    if (m_slides.isEmpty())
        m_slides.append({ tr("Nothing to walk through yet"),
            tr("Highlight events, add questions or write a narrative"), QString() });
    showSlide(std::min(m_index, int(m_slides.size()) - 1));
}

void FacilitatorMode::showSlide(int index)
{
    m_index = std::clamp(index, 0, int(m_slides.size()) - 1);
    const Slide &slide = m_slides.at(m_index);
    m_section->setText(slide.section);
    m_title->setText(slide.title);
    m_body->setText(slide.body);
    m_position->setText(tr("%1 / %2").arg(m_index + 1).arg(m_slides.size()));
}

void FacilitatorMode::next()
{
    showSlide(m_index + 1);
}

void FacilitatorMode::previous()
{
    showSlide(m_index - 1);
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
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Home:
        showSlide(0);
        return;
    case Qt::Key_End:
        showSlide(int(m_slides.size()) - 1);
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
