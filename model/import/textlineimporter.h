#pragma once

#include "import/importer.h"
#include "import/logfields.h"

#include <QByteArrayView>

namespace faultless::model {

// Base of the line-oriented text formats (syslog, plain text, zap console, logfmt, access logs):
// a line either starts an event, continues the previous one (stack traces, indented
// continuation lines) or is rejected. Naive timestamps are read in the source's zone, year-less
// ones in the reference year (rolling over at a December→January step), and text is kept as
// valid UTF-8.
class TextLineImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(TextLineImporter)
public:
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

protected:
    enum class LineKind { Event, Continuation, Rejected };

    struct LineResult
    {
        bool naive = false;    // the instant is wall-clock time in the source's zone
        bool yearless = false; // the instant was placed in `year`
        QString reason;        // for Rejected
        qint64 droppedAttributes = 0; // attributes beyond AttributeCap::MaxAttributes (for Event)
    };

    // Parses one non-empty line (without its line break). `year` is the year to place a
    // year-less timestamp in. The line is not guaranteed to be valid UTF-8.
    virtual LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) = 0;
    // Whether lines that are not events continue the previous event (true) or are rejected.
    virtual bool foldsContinuations() const { return true; }

    static QByteArrayView trimmed(QByteArrayView v);
    static QByteArray head(QByteArrayView v);
    // Splits off the next token up to `separator`; returns it and advances `rest` past it.
    static QByteArrayView nextToken(QByteArrayView &rest, char separator = ' ');
};

} // namespace faultless::model
