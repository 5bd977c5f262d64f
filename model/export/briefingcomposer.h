#pragma once

#include "export/briefingchart.h"
#include "export/briefingdata.h"
#include "export/briefingoptions.h"
#include "export/briefingwriter.h"

#include <QImage>
#include <QLocale>
#include <QString>

class QTranslator;

namespace faultless::model {

// The structure and wording of a briefing, for either audience, told to a BriefingWriter.
//
// Texts are translated into the briefing's language, which may differ from the application's:
// tr() asks the export's own translator (faultless_<lang>.qm) and never installs it globally, so
// that an export on a worker thread does not switch the language of the open window.
class BriefingComposer
{
public:
    static constexpr int WordsPerMinute = 200;
    // A first sentence longer than this is no prose (a log line): short_() may cut it at a word.
    static constexpr int kLongestSentence = 400;

    BriefingComposer(
        const BriefingData &data, const BriefingOptions &options, const QTranslator *translator = nullptr);

    // The chart to show (null: left out with a note).
    void setChart(const QImage &chart) { m_chart = chart; }
    BriefingChart::Labels chartLabels() const;

    // Writes the whole briefing. The reading time printed in it is counted from a first pass.
    void compose(BriefingWriter &writer) const;
    qint64 words() const;
    int readingMinutes() const;

    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
    // Where the section headings are: for a PDF's table of contents (level-2 headings).
    static bool isSectionHeading(int level) { return level == 2; }

private:
    void write(BriefingWriter &w, int minutes) const;
    void writeHeader(BriefingWriter &w, int minutes) const;
    void writeSummary(BriefingWriter &w) const;
    BriefingInline windowLine() const;
    QString partialImpactLine() const;
    QString agreementSentence() const;
    void writeChart(BriefingWriter &w) const;
    void writeTimeline(BriefingWriter &w) const;
    void writeFlags(BriefingWriter &w) const;
    void writeOmittedFlagChanges(BriefingWriter &w) const;
    QString reversalText(const FlagReversal &f) const;
    void writeExperiments(BriefingWriter &w) const;
    void writeFactors(BriefingWriter &w) const;
    void writeNarratives(BriefingWriter &w) const;
    void writeDivergence(BriefingWriter &w) const;
    QList<BriefingItem> withoutEvidenceItems(int maxText) const;
    void writeDisputes(BriefingWriter &w) const;
    void writeLearnings(BriefingWriter &w) const;
    void writeQuestions(BriefingWriter &w) const;
    void writeOpportunities(BriefingWriter &w) const;
    void writeGlossary(BriefingWriter &w) const;
    void writeSources(BriefingWriter &w) const;

    bool leader() const { return m_options.audience == BriefingAudience::Leader; }
    bool has(BriefingSection s) const { return m_sections.testFlag(s); }
    QString time(Instant instant) const;
    QString dateTime(Instant instant) const;
    QString duration(qint64 us) const;
    QString phaseLabel(const QString &phase) const;
    QString verdictLabel(const QString &verdict) const;
    QString statusLabel(const QString &status) const;
    QString short_(const QString &text, int max) const;
    static qsizetype wholeSentencesWithin(const QString &simple, qsizetype max);
    void appendMarks(BriefingInline &line, bool manual, const BriefingDisputeMark &dispute) const;
    BriefingInline citation(const BriefingCitation &c, int maxText) const;
    QString narrativeTitle(qint64 id) const;

    const BriefingData &m_data;
    BriefingOptions m_options;
    BriefingSections m_sections;
    const QTranslator *m_translator;
    QLocale m_locale;
    QImage m_chart;
};

} // namespace faultless::model
