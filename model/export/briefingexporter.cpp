#include "briefingexporter.h"

#include "analysis/blamelesslanguage.h"
#include "export/briefingcomposer.h"
#include "export/briefingdata.h"
#include "export/htmlbriefing.h"
#include "export/markdownbriefing.h"
#include "export/outputfile.h"
#include "export/pdfbriefing.h"
#include "store/reviewstore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTranslator>

namespace faultless::model {

namespace {
// Collects every run of text a reader reads, span by span: a span holds either the briefing's
// own wording or a text from the review, never both joined into one sentence.
class TextCollector : public BriefingWriter
{
public:
    QStringList texts;
    void heading(int, const QString &text) override { texts << text; }
    void paragraph(const BriefingInline &text) override { add(text); }
    void note(const BriefingInline &text) override { add(text); }
    void list(const QList<BriefingItem> &items, bool) override
    {
        for (const BriefingItem &item : items) {
            add(item.text);
            for (const BriefingInline &d : item.details)
                add(d);
        }
    }
    void table(const QStringList &, const QList<QList<BriefingInline>> &rows) override
    {
        for (const auto &row : rows) {
            for (const BriefingInline &cell : row)
                add(cell);
        }
    }
    void chart(const QImage &, const QString &, const QString &) override { }

private:
    void add(const BriefingInline &text)
    {
        for (const BriefingSpan &span : text)
            texts << span.text.simplified();
    }
};

// Splits prose at . ! ? … followed by a space; the pieces are whole sentences.
QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool ends
            = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
        if (ends && text.at(i + 1) == QLatin1Char(' ')) {
            sentences << text.mid(start, i + 1 - start).trimmed();
            start = i + 2;
        }
    }
    sentences << text.mid(start).trimmed();
    sentences.removeAll(QString());
    return sentences;
}

// The sentences of the composed briefing that the language check flags. Only what the review's
// people wrote or imported is checked, not the briefing's own words ("… it does not assign
// blame"): a sentence counts when it is part of a text of the review.
QList<FlaggedSentence> flaggedIn(const BriefingComposer &composer, const BriefingData &shown,
    const BriefingOptions &options, const QStringList &people)
{
    TextCollector collector;
    composer.compose(collector);
    BlamelessLanguageChecker checker = options.language.isEmpty()
        ? BlamelessLanguageChecker()
        : BlamelessLanguageChecker(options.language);
    checker.setPeople(people); // the review's participants and pseudonyms are people
    QStringList reviewTexts;
    BriefingData visited = shown;
    visited.transformTexts([&](const QString &text) {
        if (!text.isEmpty())
            reviewTexts << text.simplified();
        return text;
    });
    const QString all = reviewTexts.join(QLatin1Char('\n'));
    QList<FlaggedSentence> flagged;
    QSet<QString> seen;
    for (const QString &text : std::as_const(collector.texts)) {
        for (const QString &sentence : sentencesOf(text)) {
            if (seen.contains(sentence) || !all.contains(sentence))
                continue;
            seen.insert(sentence);
            for (const LanguageFlag &flag : checker.check(sentence))
                flagged.append({ sentence, flag.phrase, flag.why, flag.reframing });
        }
    }
    return flagged;
}

// A leaders' briefing reads in BriefingData::LeaderMinutes: condensed step by step until it does
// (or nothing more may go). Practitioners get everything.
BriefingData fittedToAudience(const BriefingData &data, const BriefingOptions &options,
    const QTranslator *translator, const QImage &chart)
{
    if (options.audience != BriefingAudience::Leader)
        return data;
    for (int level = 0; level < BriefingData::CondenseLevels; ++level) {
        BriefingData shown = data.condensedForLeaders(level);
        BriefingComposer composer(shown, options, translator);
        composer.setChart(chart); // its caption is read too
        if (composer.readingMinutes() <= BriefingData::LeaderMinutes)
            return shown;
    }
    return data.condensedForLeaders(BriefingData::CondenseLevels);
}
} // namespace

std::unique_ptr<QTranslator> BriefingExporter::translator(const QString &language, QString *error)
{
    if (language.isEmpty())
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("en") || code == QLatin1String("en") || language == QLatin1String("C"))
        return translator; // empty: the source texts are English
    if (translator->load(QStringLiteral(":/i18n/faultless_") + language)
        || translator->load(QStringLiteral(":/i18n/faultless_") + code))
        return translator;
    if (error)
        *error = tr("No briefing translation for language \"%1\" (available: %2)")
                     .arg(language, availableLanguages().join(QStringLiteral(", ")));
    return nullptr;
}

QStringList BriefingExporter::availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({ QStringLiteral("faultless_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13);
    languages.removeDuplicates(); // faultless_en.qm may be bundled too: "en" once
    return languages;
}

QString BriefingExporter::chartFileFor(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral("-chart.png");
}

std::optional<BriefingOutput> BriefingExporter::render(const ReviewStore &store,
    const BriefingOptions &options, QString *error, const BriefingProgress &progress,
    const QString &chartFile)
{
    QString translatorError;
    const std::unique_ptr<QTranslator> translator
        = BriefingExporter::translator(options.language, &translatorError);
    if (!translatorError.isEmpty()) {
        if (error)
            *error = translatorError;
        return std::nullopt;
    }
    // Reading is most of the work; the rest is in memory.
    const BriefingProgress gatherProgress
        = progress ? BriefingProgress([&](int p) { return progress(p * 8 / 10); }) : BriefingProgress();
    const std::optional<BriefingData> data = BriefingData::gather(store, options, error, gatherProgress);
    if (!data)
        return std::nullopt;

    BriefingOutput output;
    // The chart shows every flag change, also those a leaders' briefing leaves out of its table.
    if (options.effectiveSections().testFlag(BriefingSection::Chart))
        output.chart
            = BriefingChart::render(*data, BriefingComposer(*data, options, translator.get()).chartLabels());
    const BriefingData shown = fittedToAudience(*data, options, translator.get(), output.chart);
    BriefingComposer composer(shown, options, translator.get());
    if (progress && !progress(85)) {
        if (error)
            *error = tr("The export was cancelled");
        return std::nullopt;
    }
    composer.setChart(output.chart);
    output.words = composer.words();
    output.readingMinutes = composer.readingMinutes();
    output.redactions = data->redactions;
    if (options.audience == BriefingAudience::Leader)
        output.flagged = flaggedIn(composer, shown, options, BlamelessLanguageChecker::reviewPeople(store));
    const QString missing = composer.tr("The chart is in the HTML and PDF versions of this briefing.");
    switch (options.format) {
    case BriefingFormat::Markdown: {
        MarkdownBriefing writer(options.activeLinks, output.chart.isNull() ? QString() : chartFile, missing);
        composer.compose(writer);
        output.text = writer.result();
        break;
    }
    case BriefingFormat::Html:
    case BriefingFormat::Pdf: {
        const bool pdf = options.format == BriefingFormat::Pdf;
        HtmlBriefing writer(pdf ? HtmlBriefing::Flavour::RichText : HtmlBriefing::Flavour::Standalone,
            options.activeLinks, options.language, missing);
        if (pdf)
            writer.setChartWidth(PdfBriefing::textWidth(options.pageSize));
        composer.compose(writer);
        output.text = writer.result();
        output.title = writer.title();
        output.sections = writer.sections();
        break;
    }
    }
    return output;
}

QString BriefingExporter::markdown(const ReviewStore &store, const BriefingOptions &options)
{
    BriefingOptions md = options;
    md.format = BriefingFormat::Markdown;
    QString error;
    const auto output = render(store, md, &error);
    return output ? output->text : QString();
}

std::optional<QList<FlaggedSentence>> BriefingExporter::flaggedSentences(
    const ReviewStore &store, const BriefingOptions &options, QString *error)
{
    BriefingOptions leaders = options;
    leaders.format = BriefingFormat::Markdown; // the same words, without laying out a PDF
    leaders.audience = BriefingAudience::Leader;
    std::optional<BriefingOutput> output = render(store, leaders, error);
    if (!output)
        return std::nullopt;
    return output->flagged;
}

namespace {
// Looked up through the composer (words.tr below), so lupdate must file them under its context;
// a tr() call here would file them under this namespace, where no lookup finds them.
const char *const kContentsTitle = QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Contents");
const char *const kPageFooter = QT_TRANSLATE_NOOP("faultless::model::BriefingComposer", "Page %1 of %2");

// The PDF into memory (QPdfWriter does not check what its device takes), to be written with checks.
bool renderPdf(
    const BriefingOptions &options, const BriefingOutput &output, QByteArray *bytes, QString *error)
{
    PdfBriefing::Input input;
    // The briefing's own title, redacted like the rest: the review's would leak a secret in it
    // into the PDF's metadata and every page footer.
    input.title = output.title;
    input.html = output.text;
    input.sections = output.sections;
    input.chart = output.chart;
    input.pageSize = options.pageSize;
    const std::unique_ptr<QTranslator> translator = BriefingExporter::translator(options.language, nullptr);
    // The same translation route as the composer, so that the footer speaks the briefing's language.
    const BriefingData empty;
    const BriefingComposer words(empty, options, translator.get());
    input.contentsTitle = words.tr(kContentsTitle);
    input.pageFooter = words.tr(kPageFooter);
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    return PdfBriefing::write(input, &buffer, error);
}
} // namespace

namespace {
// The chart of a Markdown briefing is a PNG beside it, unless it goes to a device or a pipe.
QString chartFileBeside(const BriefingOptions &options, const QString &path)
{
    return options.format == BriefingFormat::Markdown && !OutputFile::isStream(path)
        ? BriefingExporter::chartFileFor(path)
        : QString();
}
} // namespace

std::optional<BriefingOutput> BriefingExporter::renderFor(const ReviewStore &store,
    const BriefingOptions &options, const QString &path, QString *error, const BriefingProgress &progress)
{
    if (path.isEmpty()) {
        if (error)
            *error = tr("No file to export to was given");
        return std::nullopt;
    }
    return render(store, options, error, progress, chartFileBeside(options, path));
}

bool BriefingExporter::write(const BriefingOptions &options, const BriefingOutput &output,
    const QString &path, QString *error, const BriefingProgress &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (progress && !progress(90))
        return fail(tr("The export was cancelled"));
    // Rendered in full first, then written through OutputFile: a cancelled or failed export
    // never leaves half a briefing behind, and a full disk is an error, not a short file.
    QByteArray bytes;
    if (options.format == BriefingFormat::Pdf) {
        QString pdfError;
        if (!renderPdf(options, output, &bytes, &pdfError))
            return fail(pdfError);
    } else {
        bytes = output.text.toUtf8();
    }
    OutputFile file(path);
    if (!file.open() || !file.write(bytes) || !file.flush())
        return fail(file.errorString());
    // Only once the briefing is written in full: no chart beside a briefing that failed.
    const QString chartFile = chartFileBeside(options, path);
    if (!chartFile.isEmpty() && !output.chart.isNull()) {
        OutputFile png(QFileInfo(path).dir().filePath(chartFile));
        if (!png.open() || !png.write(BriefingChart::toPng(output.chart)) || !png.commit())
            return fail(png.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    if (progress)
        progress(100);
    return true;
}

bool BriefingExporter::exportTo(const ReviewStore &store, const BriefingOptions &options, const QString &path,
    QString *error, const BriefingProgress &progress)
{
    const std::optional<BriefingOutput> output = renderFor(store, options, path, error, progress);
    return output && write(options, *output, path, error, progress);
}

} // namespace faultless::model
