#include "timelinecolors.h"

namespace faultless::views {

using model::EventKind;
using model::Severity;

TimelineColors::TimelineColors(const QPalette &palette)
    : m_dark(palette.color(QPalette::Base).lightness() < 128)
    , m_text(palette.color(QPalette::Text))
    , m_base(palette.color(QPalette::Base))
{
}

QColor TimelineColors::severity(Severity severity) const
{
    switch (severity) {
    case Severity::Unknown:
    case Severity::Trace:
    case Severity::Debug:
        return m_dark ? QColor(0x8a, 0x93, 0xa0) : QColor(0x8c, 0x95, 0xa1);
    case Severity::Info:
        return m_dark ? QColor(0x5f, 0xa8, 0xff) : QColor(0x2f, 0x6f, 0xc9);
    case Severity::Notice:
        return m_dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x1c, 0x8a, 0x78);
    case Severity::Warning:
        return m_dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xd9, 0x8a, 0x00);
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
    if (phase == QLatin1String("detection"))
        return m_dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xc7, 0x7c, 0x00);
    if (phase == QLatin1String("diagnosis"))
        return m_dark ? QColor(0x5f, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    if (phase == QLatin1String("repair"))
        return m_dark ? QColor(0x7d, 0xd8, 0x7d) : QColor(0x2e, 0x7d, 0x32);
    return m_dark ? QColor(0xff, 0x5c, 0xc8) : QColor(0xad, 0x14, 0x57); // key moment
}

QColor TimelineColors::match() const
{
    return m_dark ? QColor(0xff, 0xe0, 0x4d) : QColor(0xf2, 0xb7, 0x05);
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

} // namespace faultless::views
