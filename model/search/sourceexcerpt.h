#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace faultless::model {

// The raw lines of an imported file around one record, for "Show in source": the evidence as it
// was written, not as the importer understood it (docs/architecture.md principle 3). gzip is read
// transparently through ImportInput.
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

    // Reads `context` lines before and after the line that starts at (or contains) `byteOffset`.
    // `line` (1-based, 0 = unknown) is used when the offset is 0. On failure returns false and
    // sets `error` to a sentence naming the file and the reason.
    bool read(const QString &path, qint64 byteOffset, qint64 line, int context = 5);

    const QList<Line> &lines() const { return m_lines; }
    QString errorString() const { return m_error; }

private:
    QList<Line> m_lines;
    QString m_error;
};

} // namespace faultless::model
