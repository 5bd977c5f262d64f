#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace faultless::model {

class ImportInput;
struct InputLine;

// The one RFC 4180 tokenizer of every CSV importer (CSV/TSV tables, flag and experiment CSV,
// Faultless events CSV), their sniffers and the CSV import dialog's preview: reads records one at
// a time from the input's lines, each line once (or splits one record, splitRecord()).
//
// A quoted field may run over line ends, as CSV allows, but only so far: a record whose quote is
// still open after MaxRecordLines lines or MaxRecordBytes bytes, or at the end of the input, is
// rejected (next() returns Rejected with the reason and the record's first line), and reading
// resumes at the line after the one the record started on. One stray quote would otherwise swallow
// every later record into one field of the first. Those re-read lines cannot open a multi-line field
// of their own (a quote left open on one of them rejects that line alone), so no line is read more
// than twice and a hostile file stays linear.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 MaxRecordLines = 100000;
    static constexpr qsizetype MaxRecordBytes = 16 << 20;
    static constexpr qsizetype RawKept = 300;

    explicit CsvReader(ImportInput &input, char delimiter = ',');
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    // Line ends inside quoted fields are kept as written (CR LF or LF; the default) or as LF.
    void setLineEndsAsWritten(bool asWritten) { m_lineEndsAsWritten = asWritten; }

    enum class Result { Record, Rejected, End };
    // The next record, skipping blank ones (a single field of white space). After Rejected,
    // reason() says why and fields are empty.
    Result next();

    qint64 line() const { return m_line; }
    qint64 byteOffset() const { return m_byteOffset; }
    const QByteArray &raw() const { return m_raw; } // the record's first bytes as written
    const QString &reason() const { return m_reason; }

    qsizetype size() const { return qsizetype(m_spans.size()); }
    QByteArrayView field(qsizetype i) const
    {
        return QByteArrayView(
            m_storage.data() + m_spans[size_t(i)].first, qsizetype(m_spans[size_t(i)].second));
    }
    QList<QByteArray> fields() const;

    // Splits one record given as bytes (a header line; a preview's lines joined by '\n') with the
    // tokenizer next() uses, so a sniffer or a preview sees the fields an import will read.
    // `complete` is false when a quoted field is still open at the end: the record goes on in the
    // next line.
    static QList<QByteArray> splitRecord(QByteArrayView record, char delimiter, bool *complete = nullptr);
    // Every field's bytes one after the other (to validate a record's text in one pass).
    QByteArrayView allFields() const { return QByteArrayView(m_storage.data(), qsizetype(m_storage.size())); }

private:
    struct Line
    {
        QByteArrayView data;
        qint64 number = 0;
        qint64 byteOffset = 0;
        bool truncated = false;
    };
    struct HeldLine // a line of an open record, kept to be read again if the record is rejected
    {
        qint64 number;
        qint64 byteOffset;
        qsizetype start;
        qsizetype size;
        bool truncated;
    };

    bool nextLine(Line &line);
    void startRecord(const Line &line);
    void tokenize(QByteArrayView data);
    void appendRaw(QByteArrayView bytes);
    void holdLine(const Line &line);
    Result rejectOpenRecord(const QString &reason);
    Result finishRecord();
    bool blank() const;

    ImportInput &m_input;
    char m_delimiter;
    bool m_lineEndsAsWritten = true;

    // The record being read.
    std::string m_storage; // the unquoted fields, one after the other
    std::vector<std::pair<size_t, size_t>> m_spans; // start and size of each field in m_storage
    size_t m_fieldStart = 0;
    bool m_quoted = false;
    bool m_fieldStarted = false;
    qint64 m_line = 0;
    qint64 m_byteOffset = 0;
    qint64 m_lines = 0;
    qint64 m_previousEnd = 0; // stream offset just past the previous line's content
    QByteArray m_raw;
    QString m_reason;

    // Lines of an open record, and the ones being read again after it was rejected.
    QByteArray m_held;
    std::vector<HeldLine> m_heldLines;
    size_t m_replayNext = 0;
    bool m_replaying = false;
    qint64 m_replayCause = 0; // the line of the rejected record that is being read past
};

} // namespace faultless::model
