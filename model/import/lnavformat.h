#pragma once

#include "domain/event.h"
#include "import/lnavformattime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace faultless::model {

// One log format as an lnav format file defines it (docs/format-files.md): regular expressions
// with named captures, or a JSON-lines layout, plus which fields hold the timestamp, the level and
// the message. lnav's own engine is PCRE2 and so is QRegularExpression, so the patterns are used
// as written. Immutable once loaded; importers share it.
struct LnavFormat
{
    Q_DECLARE_TR_FUNCTIONS(LnavFormat)
public:
    struct Pattern
    {
        QString name;
        QRegularExpression regex;
        QStringList groupNames; // by group number; a name may appear twice (PCRE2 DUPNAMES)
    };
    struct LevelRule
    {
        Severity severity = Severity::Unknown;
        QRegularExpression regex; // for text values
        bool isNumber = false; // JSON formats may map numbers ("error": 50)
        qint64 number = 0;
    };
    struct Value
    {
        QString kind = QStringLiteral("string"); // string, integer, float, boolean, json, struct...
        bool hidden = false; // hidden in lnav's view; kept here all the same
    };
    struct LinePiece // a piece of a JSON format's "line-format"
    {
        QString field; // empty: `literal` is plain text
        QString literal;
    };
    struct Sample
    {
        QString line;
        QString level; // the level the sample should have, when given
    };

    QString name; // the key of the definition in its file: "syslog_log"
    QString title;
    QString description;
    QString sourceFile;
    bool json = false;
    std::vector<Pattern> patterns;
    QString timestampField = QStringLiteral("timestamp");
    QString levelField = QStringLiteral("level");
    QString bodyField = QStringLiteral("body");
    QString opidField;
    QString moduleField;
    std::vector<LnavTimeFormat> timestampFormats; // empty: sniff the date as lnav does
    double timestampDivisor = 0; // JSON numbers: seconds = value / divisor; 0 = guess
    std::vector<LevelRule> levels; // most severe first
    QMap<QString, Value> values;
    std::vector<LinePiece> lineFormat;
    std::vector<Sample> samples;
    QRegularExpression filePattern; // invalid/empty: any file
    bool multiline = true;

    // What parsing one line gave.
    enum class Outcome { Event, NoMatch, Rejected };
    struct LineResult
    {
        bool naive = false;
        bool yearless = false;
        QString reason; // for Rejected and NoMatch
    };
    // Reads one line (without its line break). NoMatch: no pattern matched (or, for JSON formats,
    // the line is no JSON object); a continuation when the format is multi-line.
    Outcome parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) const;

private:
    Outcome parseTextLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) const;
    Outcome parseJsonLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) const;
    Severity levelOf(QByteArrayView text) const;
    Severity levelOfNumber(qint64 value) const;
};

// An lnav format file read and checked: its formats and what was wrong with it. Messages name the
// file, and a line or a JSON path ("/glog_log/regex/std/pattern"), and say why.
struct LnavFormatFile
{
    Q_DECLARE_TR_FUNCTIONS(LnavFormatFile)
public:
    std::vector<std::shared_ptr<const LnavFormat>> formats;
    QStringList warnings; // unsupported keys, samples that do not parse: the format is used anyway
    QStringList errors; // what kept a format (or the file) from being used

    static LnavFormatFile load(const QString &path);
    static LnavFormatFile parse(const QByteArray &json, const QString &path);
};

// Where format files are looked for: Faultless's own folder (shared by the app and the CLI,
// formatFolder()) and lnav's `~/.lnav/formats/installed/`.
namespace lnavformats {
QString formatFolder();
QStringList formatFolders();
} // namespace lnavformats

} // namespace faultless::model
