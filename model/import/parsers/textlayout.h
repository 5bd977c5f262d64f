#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace faultless::model {

// The timestamp layouts plain text logs are written in, and where on a line the stamp stands.
// A TextLayout is learnt from a file's first lines (learn()) and then applied to every line
// (find()): one hand-written parser per layout, tried at the learnt place, because a
// QRegularExpression per line costs about 1 µs and the budget for a million lines is 3 s for
// everything (docs/log-layouts.md lists the layouts with an example each).
class TextLayout
{
    Q_DECLARE_TR_FUNCTIONS(TextLayout)
public:
    enum class Stamp {
        None,
        Iso, // 2024-05-01T10:00:00.123456789+02:00, 2024/05/01 10:00:00, 2024.05.01 10:00:00,123
        Ordinal, // 2012-025T10:22:40,672 (day of the year)
        CommonLog, // 01/May/2024:10:00:00 +0000
        Syslog, // May  1 10:00:00[.ffffff] (no year)
        Ctime, // Wed Oct 11 14:32:52[.123456] [UTC ]2000 (ctime, Apache error_log, uwsgi)
        DayMonthYear, // 11-Oct-2023 14:32:52.123, 25 Apr 2024 05:32:35.018, 11/Oct/2023 14:32:52
        MonthDayYear, // Oct 11, 2023 2:32:52 PM (java.util.logging)
        Compact, // 081109 203615 (HDFS: yyMMdd HHmmss)
        ShortYear, // 17/06/09 20:10:40 (Spark: yy/MM/dd HH:mm:ss)
        MonthDay, // 03-17 16:13:38.811 (Android logcat, no year)
        Glog, // E0517 15:04:22.619632 (level letter, MMdd, no year)
        Epoch, // 1700000000[.123456], 1700000000123 (s, ms, µs, ns by magnitude)
        Tai64n, // @4000000068e3f3b12d3b4c54
        TimeOnly, // 10:22:40.123456 (strace -tt; the date comes from the file)
    };

    // What a stamp parser read.
    struct Parsed
    {
        Instant instant = NoInstant;
        qsizetype begin = 0; // where on the line the stamp starts (after an opening bracket)
        qsizetype end = 0; // one past its last byte (and a closing bracket)
        bool naive = false; // wall-clock time, to be read in the source's zone
        bool yearless = false; // placed in the reference year
        bool dateless = false; // placed on the reference day
        Severity level = Severity::Unknown; // glog's letter
    };

    // Context for stamps that lack a part: the year, and the day (days since 1970-01-01) for
    // time-only stamps.
    struct Reference
    {
        int year = 1970;
        qint64 day = 0;
    };

    TextLayout() = default;
    // Learns the layout from up to `maxLines` lines of `sample` (the file's first bytes):
    // which stamp, at which whitespace-separated token of the line, and whether every line
    // starts with a docker-compose "service | " prefix. False when no layout covers at least
    // half of the lines that are not indented (continuation lines), or one in ten at their start.
    bool learn(QByteArrayView sample, int maxLines = 60);
    bool isValid() const { return m_stamp != Stamp::None || m_any; }
    // When learning found nothing but the format was chosen by hand: every layout is tried at
    // the start of each line (slower, and said in the reasons of the lines it cannot read).
    void useAnyLayout() { m_any = true; }
    bool usesAnyLayout() const { return m_any && m_stamp == Stamp::None; }
    Stamp stamp() const { return m_stamp; }
    int token() const { return m_token; }
    bool hasComposePrefix() const { return m_compose; }
    // Lines of the sample that had the learnt stamp at the learnt place, and lines looked at.
    int matchedLines() const { return m_matched; }
    int sampledLines() const { return m_sampled; }
    // A name for the layout in messages ("ISO 8601 at the start of the line").
    QString description() const;

    // Strips a docker-compose "service | " prefix when the layout has one; returns the service.
    QByteArrayView stripComposePrefix(QByteArrayView &line) const;
    // Finds the learnt stamp on `line`: at the learnt token, else (for a stamp learnt inside
    // the line) at any token start within the first bytes. False when there is none.
    bool find(QByteArrayView line, const Reference &ref, Parsed *out) const;

    // One layout at the very start of `text` (an opening '[' or '(' allowed). Bytes used, 0 if none.
    static qsizetype parseAt(Stamp stamp, QByteArrayView text, const Reference &ref, Parsed *out);
    // A level word among the first words of `text`: "ERROR", "[warn]", "<info>", ":DEBUG:",
    // "app.ERROR:", and for logcat a lone "E" between pid/tid and tag. Returns where it ends
    // (0 = none) with `*level` set.
    static qsizetype findLevel(QByteArrayView text, bool singleLetters, Severity *level, qsizetype *start);
    static QByteArrayView composePrefix(QByteArrayView line, QByteArrayView *service);

private:
    Stamp m_stamp = Stamp::None;
    int m_token = 0;
    bool m_compose = false;
    bool m_any = false;
    int m_matched = 0;
    int m_sampled = 0;
};

} // namespace faultless::model
