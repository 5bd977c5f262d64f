#pragma once

#include "domain/event.h"
#include "import/parsers/importcontext.h"
#include "store/eventsink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>

namespace faultless::model {

class ImportInput;

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
