#include "authorname.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace faultless::model::authors {

QString fromEnvironment()
{
    return qEnvironmentVariable("FAULTLESS_AUTHOR").trimmed();
}

QString accountName()
{
#ifdef Q_OS_UNIX
    // "Dana Ruiz,Room 4,...": the full name is the first part.
    if (const passwd *account = getpwuid(getuid()); account && account->pw_gecos) {
        const QString full
            = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    return qEnvironmentVariable("USER");
}

} // namespace faultless::model::authors
