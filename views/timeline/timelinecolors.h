#pragma once

#include "domain/event.h"

#include <QColor>
#include <QPalette>

namespace faultless::views {

// Colours of severities, kinds and phases, in a light and a dark variant chosen from the widget's
// palette (which follows the system), so that marks stay readable on either background.
//
// Contrast (WCAG 2.x, checked by tests/gui/tst_accessibility.cpp): marks (severity, kind, phase
// lines, search matches) reach 3:1 against both lane backgrounds (non-text contrast, 1.4.11);
// phase labels, drawn in white on the light variant and black on the dark one over the phase
// colour, reach 4.5:1 (1.4.3). The highlighted-event fill needs no 3:1 of its own: it is always
// outlined in the text colour.
class TimelineColors
{
public:
    explicit TimelineColors(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor severity(model::Severity severity) const;
    QColor kind(model::EventKind kind) const;
    QColor phase(const QString &phase) const;
    QColor phaseLabelText() const { return m_dark ? QColor(Qt::black) : QColor(Qt::white); }
    QColor match() const; // search results
    QColor highlight() const; // highlighted events
    QColor manual() const; // events added by reviewers
    QColor grid() const;
    QColor laneBackground(int lane) const;
    QColor text() const { return m_text; }
    QColor mutedText() const;

private:
    bool m_dark = false;
    QColor m_text;
    QColor m_base;
};

// WCAG 2.x contrast arithmetic (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
namespace contrast {
// Relative luminance of an opaque colour, 0 (black) to 1 (white).
double luminance(const QColor &color);
// (L1 + 0.05) / (L2 + 0.05), 1 to 21; translucent foregrounds are composited over `background`.
double ratio(const QColor &foreground, const QColor &background);
// `foreground` drawn over an opaque `background` (source-over compositing).
QColor over(const QColor &foreground, const QColor &background);
// `foreground` moved towards black or white (whichever is further from `background`) just far
// enough to reach `minimum` against it; unchanged if it already does.
QColor ensure(const QColor &foreground, const QColor &background, double minimum);
} // namespace contrast

// The interface palettes. Faultless has no theme of its own: it follows the system's palette and
// only corrects the text/background pairs that fall short of WCAG AA (4.5:1), e.g. the placeholder
// text Qt derives at half opacity, or white on a light selection colour. Light and Dark force a
// scheme (`faultless --color-scheme dark`, setting "colorScheme"): Light is the style's standard
// palette, Dark a palette of ours, both corrected the same way.
enum class ColorScheme { System, Light, Dark };
ColorScheme colorSchemeFromString(const QString &name); // "light", "dark", anything else: System
QPalette darkPalette();
// `system` is the palette the platform gives (QApplication::palette() before any change) and
// `standard` the style's standard palette.
QPalette applicationPalette(ColorScheme scheme, const QPalette &system, const QPalette &standard);
// The text/background role pairs that applicationPalette() keeps at 4.5:1 or more.
QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> textRolePairs();

} // namespace faultless::views
