#include "libpq.h"

#include <QLibrary>

#include <optional>

namespace faultless::model {

namespace {
template <typename Function> bool resolve(QLibrary &library, const char *name, Function *function)
{
    *function = reinterpret_cast<Function>(library.resolve(name));
    return *function != nullptr;
}

std::optional<LibPq> load(QString *error)
{
    // Never unloaded (QLibrary's destructor leaves it loaded): the functions stay valid.
    QLibrary library(QStringLiteral("pq"), 5);
    LibPq pq;
    const bool loaded = library.load() && resolve(library, "PQexec", &pq.exec)
        && resolve(library, "PQsendQuery", &pq.sendQuery) && resolve(library, "PQgetResult", &pq.getResult)
        && resolve(library, "PQresultStatus", &pq.resultStatus)
        && resolve(library, "PQresultErrorMessage", &pq.resultErrorMessage)
        && resolve(library, "PQerrorMessage", &pq.errorMessage) && resolve(library, "PQntuples", &pq.ntuples)
        && resolve(library, "PQnfields", &pq.nfields) && resolve(library, "PQgetvalue", &pq.getvalue)
        && resolve(library, "PQgetlength", &pq.getlength) && resolve(library, "PQclear", &pq.clear)
        && resolve(library, "PQputCopyData", &pq.putCopyData)
        && resolve(library, "PQputCopyEnd", &pq.putCopyEnd)
        && resolve(library, "PQgetCopyData", &pq.getCopyData) && resolve(library, "PQfreemem", &pq.freemem);
    if (loaded)
        return pq;
    *error = LibPq::tr("Cannot load libpq, PostgreSQL's client library: %1").arg(library.errorString());
    return std::nullopt;
}
} // namespace

const LibPq *LibPq::get(QString *error)
{
    static QString loadError;
    static const std::optional<LibPq> pq = load(&loadError);
    if (!pq && error)
        *error = loadError;
    return pq ? &*pq : nullptr;
}

} // namespace faultless::model
