#pragma once

#include "import/lnavformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace faultless::model {

// A format taught by example (issue 20, "Teach it a format"): the user marks where the timestamp,
// and optionally the level, lane and message, sit on one sample line, and this turns the marks
// into an lnav format file that both lnav and Faultless read. The text between the marks becomes
// literal text, with its digit and blank runs loosened so that the next lines match too.
class LnavFormatDraft
{
    Q_DECLARE_TR_FUNCTIONS(LnavFormatDraft)
public:
    enum class Role { Timestamp, Level, Lane, Message };
    struct Span
    {
        Role role = Role::Timestamp;
        qsizetype start = 0; // in the sample line (QString positions)
        qsizetype length = 0;
    };
    struct PreviewRow
    {
        qint64 line = 0;
        LnavFormat::Outcome outcome = LnavFormat::Outcome::NoMatch;
        EventRecord event;
        QString reason;
    };

    void setName(const QString &name) { m_name = name; }
    // The format's key in its file: lower-case letters, digits and '_', ending in "_log" as lnav's do.
    QString formatName() const;
    void setSampleLine(const QString &line);
    const QString &sampleLine() const { return m_sample; }
    // Marks a span; a span of the same role, or one it overlaps, is replaced.
    void mark(Role role, qsizetype start, qsizetype length);
    void clearMarks() { m_spans.clear(); }
    const std::vector<Span> &spans() const { return m_spans; }
    std::optional<Span> spanOf(Role role) const;

    // The regular expression the marks give; empty without a timestamp mark.
    QString pattern() const;
    // The strftime layout of the marked stamp, with its fraction ("%Y-%m-%d %H:%M:%S,%L"), or
    // empty when no layout Faultless knows reads it.
    QString timestampFormat() const;
    // The lnav format file (JSON) of the draft.
    QByteArray toJson(const QString &sourceFileName = QString()) const;
    // The draft as a format, read back from toJson(); null with `error` set when it is not usable.
    std::shared_ptr<const LnavFormat> toFormat(QString *error = nullptr) const;
    // Parses `lines` (the first of which is line `firstLineNumber`) with the draft.
    std::vector<PreviewRow> preview(const QStringList &lines, qint64 firstLineNumber = 1) const;
    // Writes the format file into `folder` as <formatName>.json; refuses to overwrite unless asked.
    bool save(const QString &folder, const QString &sourceFileName, bool overwrite, QString *path,
        QString *error) const;

private:
    QString m_name;
    QString m_sample;
    std::vector<Span> m_spans; // sorted by start, never overlapping
};

} // namespace faultless::model
