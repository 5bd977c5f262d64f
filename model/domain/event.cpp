#include "event.h"

#include <array>

namespace faultless::model {

namespace {
const std::array<const char *, EventKindCount> kKindNames
    = { "log", "flag", "experiment", "chat", "alert", "deploy", "note" };
const std::array<const char *, SeverityCount> kSeverityNames
    = { "unknown", "trace", "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency" };
} // namespace

QString eventKindName(EventKind kind)
{
    const auto i = static_cast<size_t>(kind);
    return i < kKindNames.size() ? QString::fromLatin1(kKindNames[i]) : QString();
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name.compare(QLatin1String(kKindNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

QString severityName(Severity severity)
{
    const auto i = static_cast<size_t>(severity);
    return i < kSeverityNames.size() ? QString::fromLatin1(kSeverityNames[i]) : QString();
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (size_t i = 0; i < kSeverityNames.size(); ++i) {
        if (name.compare(QLatin1String(kSeverityNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Severity>(i);
    }
    return std::nullopt;
}

QString experimentVerdictName(ExperimentVerdict verdict)
{
    switch (verdict) {
    case ExperimentVerdict::Held:
        return QStringLiteral("held");
    case ExperimentVerdict::Deviated:
        return QStringLiteral("deviated");
    case ExperimentVerdict::Aborted:
        return QStringLiteral("aborted");
    case ExperimentVerdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString DomainText::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Log:
        return tr("Log");
    case EventKind::Flag:
        return tr("Flag change");
    case EventKind::Experiment:
        return tr("Experiment");
    case EventKind::Chat:
        return tr("Chat");
    case EventKind::Alert:
        return tr("Alert");
    case EventKind::Deploy:
        return tr("Deploy");
    case EventKind::Note:
        return tr("Note");
    }
    return {};
}

QString DomainText::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Unknown:
        return {};
    case Severity::Trace:
        return tr("Trace");
    case Severity::Debug:
        return tr("Debug");
    case Severity::Info:
        return tr("Info");
    case Severity::Notice:
        return tr("Notice");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    case Severity::Critical:
        return tr("Critical");
    case Severity::Alert:
        return tr("Alert", "severity");
    case Severity::Emergency:
        return tr("Emergency");
    }
    return {};
}

QString DomainText::instantOutOfRange()
{
    return tr("time outside the supported range (0001-01-01 to 9999-12-31 UTC)");
}

} // namespace faultless::model
