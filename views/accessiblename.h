#pragma once

#include <QString>

namespace faultless::views {

// A label's text as an accessible name: "&Language:" reads "Language". Combo boxes need it set
// explicitly, since screen readers otherwise announce their current value instead of their label.
QString accessibleNameFromLabel(const QString &label);

} // namespace faultless::views
