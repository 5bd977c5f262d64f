#pragma once

#include "domain/event.h"

#include <QColor>
#include <QPalette>

namespace faultless::views {

// Colours of severities, kinds and phases, in a light and a dark variant chosen from the widget's
// palette (which follows the system), so that marks stay readable on either background.
class TimelineColors
{
public:
    explicit TimelineColors(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor severity(model::Severity severity) const;
    QColor kind(model::EventKind kind) const;
    QColor phase(const QString &phase) const;
    QColor match() const;     // search results
    QColor highlight() const; // highlighted events
    QColor manual() const;    // events added by reviewers
    QColor grid() const;
    QColor laneBackground(int lane) const;
    QColor text() const { return m_text; }
    QColor mutedText() const;

private:
    bool m_dark = false;
    QColor m_text;
    QColor m_base;
};

} // namespace faultless::views
