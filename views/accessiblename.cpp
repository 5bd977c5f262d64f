#include "accessiblename.h"

namespace faultless::views {

QString accessibleNameFromLabel(const QString &label)
{
    QString name = label;
    name.remove(QLatin1Char('&'));
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return name;
}

} // namespace faultless::views
