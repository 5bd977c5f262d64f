#include "timelinecolors.h"

#include <cmath>

namespace faultless::views {

using model::EventKind;
using model::Severity;

TimelineColors::TimelineColors(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightness() < 128)
    , m_text(palette.color(QPalette::Text))
    , m_base(palette.color(QPalette::Base))
{ }

QColor TimelineColors::severity(Severity severity) const
{
    switch (severity) {
    case Severity::Unknown:
    case Severity::Trace:
    case Severity::Debug:
        return m_dark ? QColor(0x8a, 0x93, 0xa0) : QColor(0x82, 0x8c, 0x99);
    case Severity::Info:
        return m_dark ? QColor(0x5f, 0xa8, 0xff) : QColor(0x2f, 0x6f, 0xc9);
    case Severity::Notice:
        return m_dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x1c, 0x8a, 0x78);
    case Severity::Warning:
        return m_dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xc2, 0x7b, 0x00);
    case Severity::Error:
        return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd1, 0x2f, 0x2f);
    case Severity::Critical:
    case Severity::Alert:
    case Severity::Emergency:
        return m_dark ? QColor(0xff, 0x5c, 0xc8) : QColor(0xa3, 0x00, 0x6d);
    }
    return m_text;
}

QColor TimelineColors::kind(EventKind kind) const
{
    switch (kind) {
    case EventKind::Log:
        return severity(Severity::Info);
    case EventKind::Flag:
        return m_dark ? QColor(0x3d, 0xd6, 0xd0) : QColor(0x00, 0x83, 0x8f);
    case EventKind::Experiment:
        return m_dark ? QColor(0xb3, 0x8c, 0xff) : QColor(0x6a, 0x3d, 0xc2);
    case EventKind::Chat:
        return m_dark ? QColor(0x7d, 0xd8, 0x7d) : QColor(0x2e, 0x8b, 0x3e);
    case EventKind::Alert:
        return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case EventKind::Deploy:
        return m_dark ? QColor(0xff, 0x9e, 0x57) : QColor(0xd2, 0x5f, 0x00);
    case EventKind::Note:
        return m_dark ? QColor(0xd7, 0xb8, 0x8c) : QColor(0x7a, 0x55, 0x2c);
    }
    return m_text;
}

QColor TimelineColors::phase(const QString &phase) const
{
    // Light variants are dark enough for a white label on them (4.5:1), hence the brown amber.
    if (phase == QLatin1String("detection"))
        return m_dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0x82, 0x51, 0x00);
    if (phase == QLatin1String("diagnosis"))
        return m_dark ? QColor(0x5f, 0xa8, 0xff) : QColor(0x1e, 0x5b, 0xb6);
    if (phase == QLatin1String("repair"))
        return m_dark ? QColor(0x7d, 0xd8, 0x7d) : QColor(0x27, 0x6a, 0x2b);
    return m_dark ? QColor(0xff, 0x5c, 0xc8) : QColor(0xad, 0x14, 0x57); // key moment
}

QColor TimelineColors::match() const
{
    return m_dark ? QColor(0xff, 0xe0, 0x4d) : QColor(0xaf, 0x84, 0x04); // dark gold: 3:1 on white
}

QColor TimelineColors::highlight() const
{
    return m_dark ? QColor(0xff, 0xe0, 0x4d) : QColor(0xe0, 0x8e, 0x00);
}

QColor TimelineColors::manual() const
{
    return m_dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x30, 0x30, 0x30);
}

QColor TimelineColors::grid() const
{
    QColor c = m_text;
    c.setAlpha(m_dark ? 40 : 30);
    return c;
}

QColor TimelineColors::laneBackground(int lane) const
{
    if (lane % 2 == 0)
        return m_base;
    return m_dark ? m_base.lighter(115) : m_base.darker(104);
}

QColor TimelineColors::mutedText() const
{
    QColor c = m_text;
    c.setAlpha(150);
    return c;
}

namespace contrast {

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
QColor mix(const QColor &a, const QColor &b, double t) // t = 0: a, 1: b
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor over(const QColor &foreground, const QColor &background)
{
    const QColor fg = foreground.toRgb();
    QColor opaque = mix(background.toRgb(), fg, fg.alphaF());
    opaque.setAlpha(255);
    return opaque;
}

double ratio(const QColor &foreground, const QColor &background)
{
    const double a = luminance(over(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ensure(const QColor &foreground, const QColor &background, double minimum)
{
    const QColor fg = over(foreground, background);
    if (ratio(fg, background) >= minimum)
        return foreground;
    // Black wins over white on backgrounds lighter than about 18% luminance.
    const QColor target = ratio(Qt::black, background) >= ratio(Qt::white, background) ? QColor(Qt::black)
                                                                                       : QColor(Qt::white);
    for (int step = 1; step <= 50; ++step) {
        const QColor c = mix(fg, target, step / 50.0);
        if (ratio(c, background) >= minimum)
            return c;
    }
    return target;
}

} // namespace contrast

ColorScheme colorSchemeFromString(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return ColorScheme::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return ColorScheme::Dark;
    return ColorScheme::System;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, QColor(0x26, 0x2a, 0x2e));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1d, 0x20, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    // A selection blue dark enough for white text, light enough to stand out from the base.
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    const QColor disabled(0x7d, 0x82, 0x87);
    for (QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x44));
    return p;
}

QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> textRolePairs()
{
    return { { QPalette::WindowText, QPalette::Window }, { QPalette::Text, QPalette::Base },
        { QPalette::Text, QPalette::AlternateBase }, { QPalette::ButtonText, QPalette::Button },
        { QPalette::ToolTipText, QPalette::ToolTipBase }, { QPalette::PlaceholderText, QPalette::Base },
        { QPalette::Link, QPalette::Base }, { QPalette::LinkVisited, QPalette::Base },
        { QPalette::HighlightedText, QPalette::Highlight } };
}

QPalette applicationPalette(ColorScheme scheme, const QPalette &system, const QPalette &standard)
{
    QPalette p = scheme == ColorScheme::Dark ? darkPalette()
        : scheme == ColorScheme::Light       ? standard
                                             : system;
    constexpr double kMinimum = 4.5; // WCAG 2.x AA, normal-size text
    // Disabled controls are exempt (WCAG 1.4.3) and stay as the style made them.
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        for (const auto &[fgRole, bgRole] : textRolePairs()) {
            const QColor fg = p.color(group, fgRole);
            const QColor bg = p.color(group, bgRole);
            if (contrast::ratio(fg, bg) >= kMinimum)
                continue;
            if (bgRole == QPalette::Highlight) {
                // Keep the selection's text colour (usually white) and deepen the selection instead.
                const QColor deeper = contrast::ensure(bg, fg, kMinimum);
                if (contrast::ratio(fg, deeper) >= kMinimum) {
                    p.setColor(group, bgRole, deeper);
                    continue;
                }
            }
            p.setColor(group, fgRole, contrast::ensure(fg, bg, kMinimum));
        }
    }
    return p;
}

} // namespace faultless::views
