#pragma once

#include "domain/event.h"
#include "store/eventsink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>

namespace faultless::model {

class ImportInput;

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

// One importer per format (docs/architecture.md "Importers"). Implementations are stateless between reads,
// so the registry can hand out one instance for sniffing and a fresh one per import.
class Importer
{
public:
    virtual ~Importer() = default;
    // Stable machine id, used by `faultless-cli import --format ID` and stored with the source.
    virtual QString id() const = 0;
    virtual QString displayName() const = 0; // translated
    // The kind of source this format is ("log", "flag", "experiment", "chat", "alert").
    virtual QString sourceKind() const { return QStringLiteral("log"); }
    virtual QStringList fileSuffixes() const { return {}; }
    // How sure the importer is that `prefix` (the first decompressed bytes) is its format:
    // 0 = not mine, 100 = certain. Must be cheap and must not throw on any input.
    virtual int sniff(const QByteArray &prefix, const QString &fileName) const = 0;
    // Reads the whole input into `sink`. One bad record never aborts: it goes to addRejected().
    // Returns false only when the input as a whole cannot be read as this format (`error` says
    // why, naming the file and line). Honour input.isCanceled() in long loops.
    virtual bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) = 0;
};

} // namespace faultless::model
