#pragma once

// Shared by the tests that import a file and read back what was stored.
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"

#include <QList>
#include <QString>

namespace faultless::tests {

// Every event of the review, in the order EventQuery gives them.
inline QList<model::EventRow> allEvents(const model::ReviewStore &store)
{
    QList<model::EventRow> rows;
    model::EventQuery::forEach(store, model::EventFilter {}, [&](const model::EventRow &row) {
        rows << row;
        return true;
    });
    return rows;
}

// Imports `path` as an import without options does, or as `format` when one is named.
inline model::ImportResult importFile(
    model::ReviewStore &store, const QString &path, const QString &format = {})
{
    model::ImporterRegistry registry;
    model::ImportRequest request;
    request.path = path;
    request.formatId = format;
    return model::ImportJob::run(store, registry, request);
}

} // namespace faultless::tests
