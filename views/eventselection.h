#pragma once

#include "domain/event.h"

#include <QObject>

namespace faultless::views {

// The event the user is looking at and the time window shown, shared by the timeline, the event
// table, the detail pane and the charts so that they stay in step. One per main window.
class EventSelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    qint64 currentEvent() const { return m_event; }
    void setCurrentEvent(qint64 eventId)
    {
        if (eventId == m_event)
            return;
        m_event = eventId;
        emit currentEventChanged(eventId);
    }

    model::Instant visibleFrom() const { return m_from; }
    model::Instant visibleTo() const { return m_to; }
    void setVisibleRange(model::Instant from, model::Instant to)
    {
        if (from == m_from && to == m_to)
            return;
        m_from = from;
        m_to = to;
        emit visibleRangeChanged(from, to);
    }

signals:
    void currentEventChanged(qint64 eventId);
    void visibleRangeChanged(qint64 from, qint64 to);

private:
    qint64 m_event = 0;
    model::Instant m_from = model::NoInstant;
    model::Instant m_to = model::NoInstant;
};

} // namespace faultless::views
