#pragma once

#include <QCoreApplication>
#include <QString>

#include <libpq-fe.h>

namespace faultless::model {

// The functions of libpq that the team server's COPY uses (serverreview.cpp, copyoutreader.cpp),
// looked up at run time in the libpq that Qt's PostgreSQL driver loads when a server review is
// opened. Linked, libpq and what it brings (OpenSSL, GnuTLS, Kerberos, LDAP: 21 libraries) were
// loaded and initialised at every start of faultless-cli and of the app, though only commands
// that reach a server use it: a program linking the CLI's libraries started in 18-20 ms with
// libpq and 12.5-13.6 ms without (`--version` of the CLI: 19 ms), on this 2-core machine.
struct LibPq
{
    Q_DECLARE_TR_FUNCTIONS(LibPq)
public:
    decltype(&::PQexec) exec = nullptr;
    decltype(&::PQsendQuery) sendQuery = nullptr;
    decltype(&::PQgetResult) getResult = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQnfields) nfields = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQgetlength) getlength = nullptr;
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQputCopyData) putCopyData = nullptr;
    decltype(&::PQputCopyEnd) putCopyEnd = nullptr;
    decltype(&::PQgetCopyData) getCopyData = nullptr;
    decltype(&::PQfreemem) freemem = nullptr;

    // Every function above, or nullptr with `error` saying why libpq could not be loaded.
    static const LibPq *get(QString *error = nullptr);
};

} // namespace faultless::model
