#pragma once

#include "export/briefingwriter.h"

#include <QCoreApplication>

namespace faultless::model {

// The briefing as Markdown (CommonMark with GFM tables). Every text from an import or a user is
// escaped so that it can never become markup, HTML or a link; web addresses stay inert code
// spans unless links were asked for. The chart is a sibling PNG file, or left out with a note.
class MarkdownBriefing : public BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownBriefing)
public:
    // `chartFile`: file name (relative to the Markdown file) the chart is saved as; empty: none.
    // `chartMissingNote`: said instead of the picture when there is none.
    MarkdownBriefing(bool activeLinks, const QString &chartFile, const QString &chartMissingNote);

    QString result() const { return m_out; }

    void heading(int level, const QString &text) override;
    void paragraph(const BriefingInline &text) override;
    void note(const BriefingInline &text) override;
    void list(const QList<BriefingItem> &items, bool ordered) override;
    void table(const QStringList &header, const QList<QList<BriefingInline>> &rows) override;
    void chart(const QImage &image, const QString &alt, const QString &caption) override;

    // Escapes `text` so that Markdown renders it literally.
    static QString escape(const QString &text, bool activeLinks = false);

private:
    QString render(const BriefingInline &text) const;

    bool m_activeLinks;
    QString m_chartFile;
    QString m_chartMissingNote;
    QString m_out;
};

} // namespace faultless::model
