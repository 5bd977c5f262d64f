#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace faultless::views {

// The phase markers of a timeline (docs/architecture.md, "Principles"): stored ids and translated labels.
class PhaseNames
{
    Q_DECLARE_TR_FUNCTIONS(PhaseNames)
public:
    static QStringList ids(); // "detection", "diagnosis", "repair", "key moment"
    static QString label(const QString &id);
};

} // namespace faultless::views
