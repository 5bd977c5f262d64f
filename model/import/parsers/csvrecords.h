#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultless::model {

class CsvReader;
class EventSink;

// One record of an RFC 4180 CSV file with a header row (quoted fields may hold commas, quotes
// and newlines), with where it came from.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
    qint64 byteOffset = 0;
    QByteArray raw;
};

// Records and columns of the CSV files of the flag and experiment sources.
class CsvRecords
{
public:
    // The next record of `reader` (CsvReader, the tokenizer every CSV importer shares); records
    // the reader rejects (a quote never closed, an over-long line) go to `sink`. False at the end.
    static bool next(CsvReader &reader, EventSink &sink, CsvRecord *record);
    // Every record of a whole document; the rejected ones in `rejects`.
    static QList<CsvRecord> parse(const QByteArray &document, QList<RejectedRecord> *rejects);
    // Index of the first header name (case-insensitive, '_'/' '/'-' ignored) that is present, or -1.
    static int column(const QStringList &header, const QStringList &names);
    // True when the first line of `prefix` is a CSV header holding each group's names.
    static bool headerHas(const QByteArray &prefix, const QList<QStringList> &groups);
};

} // namespace faultless::model
