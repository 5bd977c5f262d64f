#pragma once

#include <QString>

namespace faultless::model::authors {

// Who is writing, where nobody was asked: FAULTLESS_AUTHOR when set (scripts and tests), else
// empty. The app adds the name chosen at its first run (views/authordialog).
QString fromEnvironment();
// A first guess: the account's full name (the first part of its GECOS field), else its login.
QString accountName();

} // namespace faultless::model::authors
