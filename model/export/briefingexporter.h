#pragma once

#include "export/briefingoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTranslator;

namespace faultless::model {

class ReviewStore;

// A sentence of a briefing that the blameless-language check flags, with its reframing: listed
// before a leaders' briefing is written, so that the facilitator decides (issue 19).
struct FlaggedSentence
{
    QString sentence; // whole, as the briefing prints it
    QString phrase;
    QString why;
    QString suggestion; // the flag's reframing, in the sentence's own words
};

// A briefing rendered to text, before it is written anywhere (the preview shows this).
struct BriefingOutput
{
    QString text; // Markdown, standalone HTML, or the PDF's rich-text HTML
    QString title; // as the briefing shows it (redacted, pseudonymised); HTML flavours
    QStringList sections; // level-2 headings (HTML flavours)
    QImage chart; // null when left out
    qint64 words = 0;
    int readingMinutes = 0;
    int redactions = 0;
    QList<FlaggedSentence> flagged; // a leaders' briefing's sentences the language check flags
};

// Writes the briefing of a review: what managers read instead of opening the app. The pipeline is
// BriefingData (reads the review once, pseudonymises and redacts) → BriefingComposer (structure and
// wording for the audience, in the chosen language) → a writer per format (MarkdownBriefing,
// HtmlBriefing, PdfBriefing), with the chart from BriefingChart. There is deliberately no "cause"
// section: the briefing lists contributing factors as a set and every narrative with its vantage
// point. Safe to run on a worker thread with that thread's own ReviewStore.
class BriefingExporter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingExporter)
public:
    static bool exportTo(const ReviewStore &store, const BriefingOptions &options, const QString &path,
        QString *error, const BriefingProgress &progress = {});
    // `chartFile`: for Markdown, the name the chart PNG will have next to the file (empty: none).
    static std::optional<BriefingOutput> render(const ReviewStore &store, const BriefingOptions &options,
        QString *error, const BriefingProgress &progress = {}, const QString &chartFile = {});
    static QString markdown(const ReviewStore &store, const BriefingOptions &options);
    // exportTo() in two steps, for a caller that looks at the briefing before writing it (the CLI
    // reports the flagged sentences of a leaders' briefing first): the review is read once.
    // renderFor() names a Markdown briefing's chart after `path`; write() writes it there.
    static std::optional<BriefingOutput> renderFor(const ReviewStore &store, const BriefingOptions &options,
        const QString &path, QString *error, const BriefingProgress &progress = {});
    static bool write(const BriefingOptions &options, const BriefingOutput &output, const QString &path,
        QString *error, const BriefingProgress &progress = {});
    // Every sentence of the leaders' briefing `options` describe (whatever their audience) that
    // the language check of the briefing's language flags, once each, in briefing order; what
    // render() puts in BriefingOutput::flagged. nullopt with `error` set when the
    // review cannot be read.
    static std::optional<QList<FlaggedSentence>> flaggedSentences(
        const ReviewStore &store, const BriefingOptions &options, QString *error);

    // The translator of a briefing language: nullptr for "" (the application's language), an
    // empty one for English (the source language), else :/i18n/faultless_<lang>.qm.
    static std::unique_ptr<QTranslator> translator(const QString &language, QString *error);
    static QStringList availableLanguages(); // "en" and every bundled translation
    // "briefing.md" → "briefing-chart.png"
    static QString chartFileFor(const QString &markdownPath);
};

} // namespace faultless::model
