#pragma once

#include "domain/incidentsummary.h"

#include <QCoreApplication>
#include <QString>

namespace faultless::model {

class ReviewStore;

// The summary and impact window of a review (IncidentSummary), kept in the `meta` table under
// the keys `summary` (text), `impact_from` and `impact_to` (decimal µs since the epoch, UTC; an
// empty value is "not known yet"). The only code that knows those keys: the briefing, the CLI
// and the app's Summary panel read and write through here. A team-server review carries them
// along because the server mirrors the whole `meta` table.
class IncidentSummaryStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentSummaryStore)
public:
    static constexpr const char *TextKey = "summary";
    static constexpr const char *ImpactFromKey = "impact_from";
    static constexpr const char *ImpactToKey = "impact_to";

    // Reads the summary. A bound that is not a number in the supported range (a damaged or
    // hand-edited document) reads as unknown, and `problem` (when given) says which and why.
    static IncidentSummary read(const ReviewStore &store, QString *problem = nullptr);
    // Writes all three values inside the caller's transaction. Refuses (false, with
    // ReviewStore::errorString() untouched and `error` set) a window that ends before it starts.
    static bool write(ReviewStore &store, const IncidentSummary &summary, QString *error = nullptr);
    // Why `summary` cannot be stored, or an empty string when it can.
    static QString problem(const IncidentSummary &summary);
};

} // namespace faultless::model
