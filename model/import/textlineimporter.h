#pragma once

#include "import/importer.h"
#include "import/parsers/logfields.h"

#include <QByteArrayView>

namespace faultless::model {

struct InputLine;
namespace timestamps {
class ZoneResolver;
}

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
    // Directive: a header line (W3C "#Fields:", Zeek "#types") that is read, not stored.
    enum class LineKind { Event, Continuation, Rejected, Directive };

    struct LineResult
    {
        bool naive = false; // the instant is wall-clock time in the source's zone
        bool yearless = false; // the instant was placed in `year`
        bool dateless = false; // a time of day placed on the reference day (rolls over at midnight)
        QString reason; // for Rejected
        qint64 droppedAttributes = 0; // attributes beyond AttributeCap::MaxAttributes (for Event)
    };

    // Parses one non-empty line (without its line break). `year` is the year to place a
    // year-less timestamp in. The line is not guaranteed to be valid UTF-8.
    virtual LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) = 0;
    // Whether lines that are not events continue the previous event (true) or are rejected.
    virtual bool foldsContinuations() const { return true; }
    // Called once before the first line, with the input not yet consumed (input.peek() sees its
    // start): a format that learns its layout from the first lines does it here. False (with
    // `error` naming the file) when the input cannot be read as this format at all.
    virtual bool prepare(ImportInput &input, ImportContext &context, QString *error);
    // The day (days since 1970-01-01) parseLine() places time-only stamps on.
    qint64 referenceDay() const { return m_day; }
    // For prepare(): time-only stamps start on this day (the file's date less the midnights its
    // first lines pass, so that its last line, not its first, falls on the day it was written).
    void setReferenceDay(qint64 day) { m_day = day; }

public:
    // A record continues over at most this many lines or bytes; the line past either bound
    // starts a new event with the same time (and a note in the summary), so nothing is lost.
    static constexpr qint64 MaxRecordLines = 10000;
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

protected:
    static QByteArrayView trimmed(QByteArrayView v);
    static QByteArray head(QByteArrayView v);
    // Splits off the next token up to `separator`; returns it and advances `rest` past it.
    static QByteArrayView nextToken(QByteArrayView &rest, char separator = ' ');
    // LogFields::finishObject() on the record's own attribute buffer, closing it where it is
    // (the buffer is kept for the next record): "" for no members.
    static void finishAttributes(QByteArray &attributes)
    {
        if (attributes.size() <= 1)
            EventSink::clearBytes(attributes);
        else
            attributes.append('}');
    }

private:
    struct Pending;
    // Empties `e` for parseLine(), keeping the buffers of its byte arrays.
    static void resetForParse(EventRecord &e);
    bool acceptEvent(const InputLine &line, int &year, int &lastMonth, Instant &lastDateless,
        LineResult &result, timestamps::ZoneResolver &zone, ImportContext &context);

    qint64 m_day = 0;
    // The record each line is parsed into; its buffers are swapped with the delivered record's
    // (EventSink::newEvent()), so a steady read allocates nothing per record.
    EventRecord m_scratch;
};

} // namespace faultless::model
