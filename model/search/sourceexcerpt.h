#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace faultless::model {

class ImportInput;
struct EventDetails;

// The raw lines of an imported file around one record, for "Show in source": the evidence as it
// was written, not as the importer understood it (docs/architecture.md principle 3). gzip is read
// transparently through ImportInput; a record imported from inside a zip archive (a message of a
// Slack export zip) is shown in that entry's text.
class SourceExcerpt
{
    Q_DECLARE_TR_FUNCTIONS(SourceExcerpt)
public:
    struct Line
    {
        qint64 number = 0;
        qint64 byteOffset = 0;
        QString text;
        bool isRecord = false; // the line the event came from
    };

    // Where a record is: the file it was imported from and, for a record read out of an archive,
    // the archive's entry, in whose text the offset and line then count.
    struct Origin
    {
        QString path;
        QString entry; // empty for a record of a plain (or gzip) file
        qint64 byteOffset = 0;
        qint64 line = 0; // 1-based, 0 = unknown
        // "checkout.jsonl" or "export.zip › general/2016-03-28.json"; with its folder when `full`.
        QString name(bool full = false) const;
    };
    // An event's origin, from what EventDetails::load() found (entry included).
    static Origin originOf(const EventDetails &details);

    // Reads `context` lines before and after the line that starts at (or contains) `byteOffset`;
    // a JSON object or array that starts at the offset and spans lines is read whole (up to 200
    // lines) before the lines after it.
    // `line` (1-based, 0 = unknown) is used when the offset is 0. On failure returns false and
    // sets `error` to a sentence naming the file (and entry) and the reason.
    bool read(const Origin &origin, int context = 5);
    bool read(const QString &path, qint64 byteOffset, qint64 line, int context = 5)
    {
        return read(Origin { path, QString(), byteOffset, line }, context);
    }

    const QList<Line> &lines() const { return m_lines; }
    QString errorString() const { return m_error; }

private:
    bool readLines(ImportInput &input, const Origin &origin, int context);

    QList<Line> m_lines;
    QString m_error;
};

} // namespace faultless::model
