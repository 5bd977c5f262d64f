#include "briefingexporter.h"

#include "export/briefingcomposer.h"
#include "export/briefingdata.h"
#include "export/htmlbriefing.h"
#include "export/markdownbriefing.h"
#include "export/pdfbriefing.h"
#include "store/reviewstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTranslator>

namespace faultless::model {

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
    QStringList languages {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("faultless_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13);
    return languages;
}

QString BriefingExporter::chartFileFor(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral("-chart.png");
}

std::optional<BriefingOutput> BriefingExporter::render(const ReviewStore &store, const BriefingOptions &options,
                                                       QString *error, const BriefingProgress &progress,
                                                       const QString &chartFile)
{
    QString translatorError;
    const std::unique_ptr<QTranslator> translator = BriefingExporter::translator(options.language, &translatorError);
    if (!translatorError.isEmpty()) {
        if (error)
            *error = translatorError;
        return std::nullopt;
    }
    // Reading is most of the work; the rest is in memory.
    const BriefingProgress gatherProgress = progress ? BriefingProgress([&](int p) { return progress(p * 8 / 10); })
                                                     : BriefingProgress();
    const std::optional<BriefingData> data = BriefingData::gather(store, options, error, gatherProgress);
    if (!data)
        return std::nullopt;

    BriefingComposer composer(*data, options, translator.get());
    BriefingOutput output;
    if (options.effectiveSections().testFlag(BriefingSection::Chart))
        output.chart = BriefingChart::render(*data, composer.chartLabels());
    if (progress && !progress(85)) {
        if (error)
            *error = tr("The export was cancelled");
        return std::nullopt;
    }
    composer.setChart(output.chart);
    output.words = composer.words();
    output.readingMinutes = composer.readingMinutes();
    output.redactions = data->redactions;
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
        HtmlBriefing writer(pdf ? HtmlBriefing::Flavour::RichText : HtmlBriefing::Flavour::Standalone, options.activeLinks,
                            options.language, missing);
        if (pdf)
            writer.setChartWidth(PdfBriefing::textWidth(options.pageSize));
        composer.compose(writer);
        output.text = writer.result();
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

bool BriefingExporter::exportTo(const ReviewStore &store, const BriefingOptions &options, const QString &path,
                                QString *error, const BriefingProgress &progress)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("No file to export to was given"));
    const QString chartFile = options.format == BriefingFormat::Markdown ? chartFileFor(path) : QString();
    const auto output = render(store, options, error, progress, chartFile);
    if (!output)
        return false;
    if (progress && !progress(90))
        return fail(tr("The export was cancelled"));

    // QSaveFile: a cancelled or failed export never leaves half a briefing behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (options.format == BriefingFormat::Pdf) {
        PdfBriefing::Input input;
        input.title = store.title();
        input.html = output->text;
        input.sections = output->sections;
        input.chart = output->chart;
        input.pageSize = options.pageSize;
        const std::unique_ptr<QTranslator> translator = BriefingExporter::translator(options.language, nullptr);
        // The same translation route as the composer, so that the footer speaks the briefing's language.
        const BriefingData empty;
        const BriefingComposer words(empty, options, translator.get());
        input.contentsTitle = words.tr("Contents");
        input.pageFooter = words.tr("Page %1 of %2");
        QString pdfError;
        if (!PdfBriefing::write(input, &file, &pdfError))
            return fail(pdfError);
    } else {
        file.write(output->text.toUtf8());
    }
    if (options.format == BriefingFormat::Markdown && !output->chart.isNull()) {
        QSaveFile png(QFileInfo(path).dir().filePath(chartFile));
        if (!png.open(QIODevice::WriteOnly) || png.write(BriefingChart::toPng(output->chart)) < 0 || !png.commit())
            return fail(tr("Cannot write the chart %1: %2").arg(QDir::toNativeSeparators(png.fileName()), png.errorString()));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (progress)
        progress(100);
    return true;
}

} // namespace faultless::model
