#include "lnavformatimporter.h"

#include "import/importerregistry.h"

#include <QDir>
#include <QFileInfo>

namespace faultless::model {

namespace {
constexpr int kSniffLines = 40;
// The warnings of a format file repeated in each import summary: enough to notice, not a flood.
constexpr int kWarningsInSummary = 5;
} // namespace

LnavFormatImporter::LnavFormatImporter(std::shared_ptr<const LnavFormat> format, QStringList fileWarnings)
    : m_format(std::move(format))
    , m_fileWarnings(std::move(fileWarnings))
{ }

QString LnavFormatImporter::displayName() const
{
    const QString title = m_format->title.isEmpty() ? m_format->name : m_format->title;
    return tr("%1 (lnav format file %2)").arg(title, QFileInfo(m_format->sourceFile).fileName());
}

// Confident when most of the first lines are records of the format, more so when the file's name
// matches the format's "file-pattern": a user's own format should win over the generic plain
// text importer (30) but not over a specific built-in format that reads the file as well.
int LnavFormatImporter::sniff(const QByteArray &prefix, const QString &fileName) const
{
    const bool hasFilePattern = !m_format->filePattern.pattern().isEmpty();
    if (hasFilePattern && !m_format->filePattern.match(fileName).hasMatch())
        return 0;
    int events = 0, misses = 0, lines = 0;
    bool firstIsEvent = false;
    qsizetype start = 0;
    while (start < prefix.size() && lines < kSniffLines) {
        const qsizetype end = prefix.indexOf('\n', start);
        if (end < 0 && prefix.size() >= ImporterRegistry::SniffSize)
            break; // a line cut off by the sniff window says nothing
        const QByteArrayView line
            = QByteArrayView(prefix).sliced(start, (end < 0 ? prefix.size() : end) - start);
        start = end < 0 ? prefix.size() : end + 1;
        if (trimmed(line).isEmpty())
            continue;
        EventRecord event;
        LnavFormat::LineResult result;
        const LnavFormat::Outcome outcome = m_format->parseLine(line, 2000, event, result);
        if (lines++ == 0)
            firstIsEvent = outcome == LnavFormat::Outcome::Event;
        if (outcome == LnavFormat::Outcome::Event)
            ++events;
        else if (outcome == LnavFormat::Outcome::Rejected || !m_format->multiline)
            ++misses;
    }
    if (events == 0 || events < 2 * misses)
        return 0;
    const int share = 30 * events / (events + misses);
    return std::min(85, 40 + share + (firstIsEvent ? 5 : 0) + (hasFilePattern ? 10 : 0));
}

bool LnavFormatImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    for (const QString &warning : m_fileWarnings.mid(0, kWarningsInSummary))
        context.notes << tr("Format file: %1").arg(warning);
    if (m_fileWarnings.size() > kWarningsInSummary)
        context.notes << tr("Format file: %n more remark(s); `faultless-cli formats` lists them all", nullptr,
            int(m_fileWarnings.size() - kWarningsInSummary));
    return TextLineImporter::read(input, sink, context, error);
}

TextLineImporter::LineKind LnavFormatImporter::parseLine(
    QByteArrayView line, int year, EventRecord &event, LineResult &result)
{
    LnavFormat::LineResult parsed;
    const LnavFormat::Outcome outcome = m_format->parseLine(line, year, event, parsed);
    result.naive = parsed.naive;
    result.yearless = parsed.yearless;
    result.reason = parsed.reason;
    switch (outcome) {
    case LnavFormat::Outcome::Event:
        return LineKind::Event;
    case LnavFormat::Outcome::NoMatch:
        return LineKind::Continuation;
    case LnavFormat::Outcome::Rejected:
        break;
    }
    return LineKind::Rejected;
}

QStringList addLnavFormatFile(ImporterRegistry &registry, const QString &path, QStringList *messages)
{
    const LnavFormatFile file = LnavFormatFile::load(path);
    if (messages)
        *messages << file.errors << file.warnings;
    QStringList ids;
    for (const auto &format : file.formats) {
        const QStringList warnings = file.warnings;
        const auto make
            = [format, warnings] { return std::make_unique<LnavFormatImporter>(format, warnings); };
        const QString id = LnavFormatImporter::idFor(format->name);
        // The same file in the user's folder and named by --format-file is one format, not two.
        const auto *known = dynamic_cast<const LnavFormatImporter *>(registry.find(id));
        if (known
            && QFileInfo(known->format().sourceFile).canonicalFilePath()
                == QFileInfo(path).canonicalFilePath())
            ids << id;
        else if (registry.addDefinedFormat(make))
            ids << id;
        else if (messages)
            *messages << LnavFormatImporter::tr(
                "%1: /%2: a format of this name is defined already; this one is "
                "not used")
                             .arg(QDir::toNativeSeparators(path), format->name);
    }
    return ids;
}

void registerUserFormats(ImporterRegistry &registry, QStringList *messages)
{
    for (const QString &folder : lnavformats::formatFolders()) {
        const QDir dir(folder);
        const QStringList files
            = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &file : files)
            addLnavFormatFile(registry, dir.filePath(file), messages);
    }
}

} // namespace faultless::model
