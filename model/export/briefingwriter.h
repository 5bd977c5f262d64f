#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultless::model {

// A run of text with one style. Text is always plain: each writer escapes it for its format.
struct BriefingSpan
{
    enum Style { Plain, Strong, Emphasis, Muted, Badge, Warning };
    Style style = Plain;
    QString text;
};
using BriefingInline = QList<BriefingSpan>;

struct BriefingItem
{
    BriefingInline text;
    QList<BriefingInline> details; // shown indented under the item
};

// What the composer (the structure of a briefing) says to an output format. Markdown, HTML and
// the PDF's rich text implement it, so that the structure is written once and the formats
// cannot drift apart; a word-counting writer gives the reading time.
class BriefingWriter
{
public:
    virtual ~BriefingWriter() = default;
    virtual void heading(int level, const QString &text) = 0; // 1: title, 2: section, 3: subsection
    virtual void paragraph(const BriefingInline &text) = 0;
    virtual void note(const BriefingInline &text) = 0; // small print
    virtual void list(const QList<BriefingItem> &items, bool ordered) = 0;
    virtual void table(const QStringList &header, const QList<QList<BriefingInline>> &rows) = 0;
    // `alt` describes the chart in words for screen readers and text-only formats.
    virtual void chart(const QImage &image, const QString &alt, const QString &caption) = 0;
};

// Counts the words a reader reads (the reading-time estimate: words / 200 per minute).
class WordCountWriter : public BriefingWriter
{
public:
    qint64 words() const { return m_words; }
    void heading(int, const QString &text) override { count(text); }
    void paragraph(const BriefingInline &text) override { count(text); }
    void note(const BriefingInline &text) override { count(text); }
    void list(const QList<BriefingItem> &items, bool) override
    {
        for (const BriefingItem &item : items) {
            count(item.text);
            for (const BriefingInline &d : item.details)
                count(d);
        }
    }
    void table(const QStringList &header, const QList<QList<BriefingInline>> &rows) override
    {
        for (const QString &h : header)
            count(h);
        for (const auto &row : rows) {
            for (const BriefingInline &cell : row)
                count(cell);
        }
    }
    void chart(const QImage &, const QString &, const QString &caption) override { count(caption); }

    // A word is a run of non-space characters with a letter or digit in it ("14:02", "p99", "—" is none).
    static qint64 countWords(const QString &text)
    {
        qint64 n = 0;
        bool inWord = false;
        bool hasLetter = false;
        for (const QChar c : text) {
            if (c.isSpace()) {
                n += inWord && hasLetter;
                inWord = hasLetter = false;
                continue;
            }
            inWord = true;
            hasLetter = hasLetter || c.isLetterOrNumber();
        }
        return n + (inWord && hasLetter);
    }

private:
    void count(const QString &text) { m_words += countWords(text); }
    void count(const BriefingInline &text)
    {
        for (const BriefingSpan &s : text)
            count(s.text);
    }
    qint64 m_words = 0;
};

} // namespace faultless::model
