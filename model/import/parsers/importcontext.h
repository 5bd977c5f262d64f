#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace faultless::model {

// In its own header so that the shared parsers (AttributeCap adds its note here) need not include
// the importers' interface (import/importer.h), which sits above them.
// Everything an importer may need to know beyond the bytes.
struct ImportContext
{
    QString fileName; // shown in messages
    QTimeZone zone = QTimeZone::utc(); // for timestamps without an offset
    bool zoneChosen = false; // the user (or --tz) chose `zone`; otherwise it is the review's
    int referenceYear = 0; // for year-less timestamps (RFC 3164 syslog); 0 = from the file's date
    bool yearFromUser = false; // referenceYear was given (--year), not taken from the file's date
    qint64 referenceDay = 0; // for time-only stamps (strace -tt): the file's date, days since 1970
    QString formatOption; // importer-specific option text (e.g. CSV column mapping as JSON)

    // Set by the importer when it interpreted naive timestamps in `zone`, so the summary says so.
    bool usedZoneForNaiveTimestamps = false;
    // Set by the importer when it took the year for year-less timestamps from referenceYear.
    bool usedReferenceYear = false;
    // Set by the importer when it placed time-only stamps on referenceDay.
    bool usedReferenceDay = false;
    // Anything else the importer wants to tell the user in the import summary (translated).
    QStringList notes;
};

} // namespace faultless::model
