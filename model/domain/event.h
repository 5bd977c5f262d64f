#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>

namespace faultless::model {

// Instants are signed 64-bit microseconds since the Unix epoch, UTC (docs/architecture.md principle 6).
using Instant = qint64;
constexpr Instant NoInstant = std::numeric_limits<qint64>::min();

// The instants Faultless reads, stores and shows: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z,
// the years that ISO 8601's four digits, QDate and every export write alike. Every time parser
// returns NoInstant outside it and no event outside it is stored (docs/reliability.md). Keeping
// far inside 64 bits means the difference, or the sum, of any two such instants cannot overflow
// (3.2e17 of 9.2e18 µs), so that code working on spans needs no overflow checks of its own.
constexpr Instant MinSupportedInstant = -62135596800000000; // 0001-01-01T00:00:00Z
constexpr Instant MaxSupportedInstant = 253402300799999999; // 9999-12-31T23:59:59.999999Z
constexpr bool isSupportedInstant(Instant instant)
{
    return instant >= MinSupportedInstant && instant <= MaxSupportedInstant;
}

// Stored as integers in the document: never renumber, only append.
enum class EventKind : quint8 {
    Log = 0,
    Flag = 1,
    Experiment = 2,
    Chat = 3,
    Alert = 4,
    Deploy = 5,
    Note = 6
};
constexpr int EventKindCount = 7;

// Ordered by urgency so that "at least Warning" is a comparison. Stored as integers.
enum class Severity : quint8 {
    Unknown = 0,
    Trace = 1,
    Debug = 2,
    Info = 3,
    Notice = 4,
    Warning = 5,
    Error = 6,
    Critical = 7,
    Alert = 8,
    Emergency = 9,
};
constexpr int SeverityCount = 10;

// Stable machine names, used by the CLI contract (`--kind`, `by_kind`) and exports.
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);
QString severityName(Severity severity);
std::optional<Severity> severityFromName(QStringView name);

// Translated labels for the user interface.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString kindLabel(EventKind kind);
    static QString severityLabel(Severity severity);
    // The reason given for a record whose time lies outside MinSupportedInstant..MaxSupportedInstant.
    static QString instantOutOfRange();
};

// Derived at import from a feature-flag audit record.
struct FlagChange
{
    QString flagKey;
    QString environment;
    QString before; // e.g. "off", "on", a variation, or a rule summary
    QString after;
};

enum class ExperimentVerdict : quint8 { Unknown = 0, Held = 1, Deviated = 2, Aborted = 3 };
QString experimentVerdictName(ExperimentVerdict verdict);

// Derived at import from a chaos-experiment result.
struct ExperimentRun
{
    QString title;
    QString hypothesis;
    ExperimentVerdict verdict = ExperimentVerdict::Unknown;
    QString steadyStateBefore; // summary of probes, e.g. "tolerance met"
    QString steadyStateAfter;
};

// One record as an importer produces it. Text fields are UTF-8 because that is what both the
// input files and SQLite hold: converting 1M records to UTF-16 and back costs about a second.
struct EventRecord
{
    Instant instant = NoInstant;
    Instant end = NoInstant; // spans: experiment run, alert firing..resolved
    EventKind kind = EventKind::Log;
    Severity severity = Severity::Unknown;
    QByteArray lane; // service, host, unit, flag key, channel...
    QByteArray actor; // who did it, where known
    QByteArray text;
    QByteArray attributesJson; // compact JSON object of the remaining fields, or empty
    qint64 line = 0; // 1-based line in the (decompressed) input, 0 when not line based
    qint64 byteOffset = 0; // offset of the record in the (decompressed) input
    // Added by a reviewer, not recorded evidence: set only when a Faultless events export is
    // read back, so that "added by reviewer" survives the round trip.
    bool manual = false;
    std::optional<FlagChange> flag;
    std::optional<ExperimentRun> experiment;
};

// A record the importer could not use; kept with the source so nothing is silently dropped.
struct RejectedRecord
{
    qint64 line = 0;
    qint64 byteOffset = 0;
    QString reason;
    QByteArray raw; // the start of the record, truncated to a few hundred bytes
};

} // namespace faultless::model
