#include "clicommands.h"
#include "console.h"

#include "analysis/agreementdiff.h"
#include "analysis/blamelesslanguage.h"
#include "analysis/reversibility.h"
#include "archive/eventsexporter.h"
#include "archive/reviewarchive.h"
#include "document/reviewdocument.h"
#include "domain/authorname.h"
#include "domain/flagwording.h"
#include "domain/timestamps.h"
#include "export/briefingexporter.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/lnavformatimporter.h"
#include "store/annotationstore.h"
#include "store/changecapture.h"
#include "store/eventquery.h"
#include "store/eventstore.h"
#include "store/incidentsummarystore.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"
#include "store/serverreview.h"
#include "store/serversync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace faultless::cli {

using namespace faultless::model;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr(
            "Usage:\n"
            "  faultless-cli new REVIEW [--title TEXT] [--tz ZONE]\n"
            "  faultless-cli import REVIEW FILE... [--format ID | --format-file FILE] [--source NAME] [--tz "
            "ZONE]"
            " [--year YEAR] [--replace]\n"
            "  faultless-cli info REVIEW [--json]\n"
            "  faultless-cli summary REVIEW [--text TEXT] [--impact-from INSTANT] [--impact-to INSTANT] "
            "[--json]\n"
            "  faultless-cli annotate REVIEW --event ID --text TEXT [--author NAME]\n"
            "  faultless-cli events REVIEW [--search QUERY] [--from INSTANT] [--to INSTANT] [--kind KIND]"
            " [--format jsonl|csv]\n"
            "  faultless-cli export REVIEW --format md|html|pdf --output FILE [--audience "
            "leader|practitioner]"
            " [--lang CODE] [--tz ZONE] [--page-size A4|Letter] [--sections LIST] [--pseudonymise]"
            " [--redact|--no-redact] [--active-links] [--refuse-flagged]\n"
            "  faultless-cli archive REVIEW --output FILE.zip\n"
            "  faultless-cli restore ARCHIVE --output REVIEW [--sources DIR]\n"
            "  faultless-cli agreement REVIEW [--json]\n"
            "  faultless-cli flags REVIEW [--json]\n"
            "  faultless-cli publish FILE SERVER-REVIEW\n"
            "  faultless-cli pull SERVER-REVIEW --output FILE\n"
            "  faultless-cli grant SERVER-REVIEW USER --role reader|reviewer|facilitator\n"
            "  faultless-cli formats\n"
            "  faultless-cli language [--lang CODE] [--review REVIEW] < TEXT\n"
            "A SERVER-REVIEW, accepted wherever a REVIEW is read, is"
            " postgresql://[USER@]HOST[:PORT]/DATABASE?review=NAME; the password comes from"
            " ~/.pgpass or PGPASSWORD.\n"
            "Exit codes: 0 done, 1 usage error, 2 nothing done, 3 done but some records were rejected.\n");
    }
};

// Everything printed goes through a Console (console.h): text from input is made safe for a
// terminal and every write is checked.
Console &out()
{
    static Console console(stdout, Cli::tr("standard output"));
    return console;
}

Console &err()
{
    static Console console(stderr, Cli::tr("standard error"));
    return console;
}

int usageError(const QString &message)
{
    err() << "faultless-cli: " << message << '\n';
    err().writeLines(Cli::usage());
    err().flush();
    return UsageError;
}

int nothingDone(const QString &reason)
{
    // One line, as scripts read it.
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "faultless-cli: " << line << '\n';
    err().flush();
    return NothingDone;
}

// Parses the options of one command; positional arguments are what remains.
bool parse(QCommandLineParser &parser, const QStringList &args, const QList<QCommandLineOption> &options,
    QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

// Parses a command whose one positional argument is a REVIEW path; `wrongCount` is the message
// when there is not exactly one.
bool parseOneReview(QCommandLineParser &parser, const QStringList &args,
    const QList<QCommandLineOption> &options, const QString &wrongCount, QString *error)
{
    if (!parse(parser, args, options, error))
        return false;
    if (parser.positionalArguments().size() != 2) {
        *error = wrongCount;
        return false;
    }
    return true;
}

// Connects to the server a SERVER-REVIEW names; nullptr and `error` set when it cannot.
std::unique_ptr<ServerReview> connectServer(const QString &name, QString *error)
{
    const auto location = ServerLocation::parse(name, error);
    if (!location)
        return nullptr;
    auto server = std::make_unique<ServerReview>();
    if (!server->connect(*location)) {
        *error = server->errorString();
        return nullptr;
    }
    return server;
}

// A server review is read from a copy pulled into a folder that lives as long as the command:
// every reading command then behaves on it exactly as on a file.
bool openServerCopy(ReviewStore &store, const QString &name, QString *error)
{
    static QTemporaryDir copies(QDir::tempPath() + QStringLiteral("/faultless-cli-XXXXXX"));
    const auto server = connectServer(name, error);
    if (!server)
        return false;
    const QString path = copies.filePath(QStringLiteral("%1.faultless").arg(server->location().review()));
    if (!copies.isValid() || (!QFileInfo::exists(path) && !server->pull(path))) {
        *error = copies.isValid() ? server->errorString() : copies.errorString();
        return false;
    }
    if (!store.open(path)) {
        *error = store.errorString();
        return false;
    }
    return true;
}

// A server review is written as the app writes it: the edit is made in a copy pulled for the
// command, recorded there, and sent in one transaction that fails rather than overwrite a row
// someone changed since the pull (docs/team-server.md, "Live editing").
struct ServerEdit
{
    std::unique_ptr<ServerReview> server;
    std::unique_ptr<ServerSync> sync;
};

bool beginServerEdit(ReviewStore &copy, const QString &name, ServerEdit *edit, QString *error)
{
    if (!openServerCopy(copy, name, error))
        return false;
    edit->server = connectServer(name, error);
    if (!edit->server)
        return false;
    edit->sync = std::make_unique<ServerSync>(*edit->server);
    qint64 first = 0;
    qint64 last = 0;
    if (!edit->sync->reserveIdBlock(&first, &last) || !ChangeCapture::install(copy, error)) {
        if (error->isEmpty())
            *error = edit->sync->errorString();
        return false;
    }
    copy.setIdBlock(first, last);
    return true;
}

// Sends what the command changed in the copy; an error message, or empty when it arrived.
QString finishServerEdit(ReviewStore &copy, ServerEdit &edit, const QString &name)
{
    ServerSync::Conflict conflict;
    switch (edit.sync->push(copy, ChangeCapture::pending(copy), &conflict)) {
    case ServerSync::Push::Sent:
        return {};
    case ServerSync::Push::Conflict:
        return Cli::tr(
            "%1: someone changed the same %2 meanwhile; nothing was changed, run the command again")
            .arg(name, conflict.table);
    case ServerSync::Push::Failed:
        break;
    }
    return Cli::tr("%1: %2").arg(name, edit.sync->errorString());
}

bool openReview(ReviewStore &store, const QString &path, QString *error)
{
    if (ServerLocation::isServerName(path))
        return openServerCopy(store, path, error);
    if (store.open(path))
        return true;
    *error = store.errorString();
    // When the file or its folder is read-only, that is the likely cause: say so (on one line).
    const QString readOnly = ReviewDocument::readOnlyReasonFor(path);
    if (!readOnly.isEmpty())
        *error += QLatin1Char(' ') + readOnly;
    return false;
}

Instant parseInstant(const QString &text, const QTimeZone &zone, bool *ok)
{
    QString t = text.trimmed();
    if (t.size() == 10)
        t += QStringLiteral("T00:00:00");
    bool naive = false;
    Instant instant = timestamps::parseIso8601(t.toUtf8(), &naive);
    if (instant != NoInstant && naive)
        instant = timestamps::ZoneResolver(zone).toUtc(instant); // NoInstant when out of range
    *ok = instant != NoInstant;
    return instant;
}

// A new server review is a new empty document published: one definition of what a new review
// holds (its metadata, the default factor categories) for files and servers alike.
int newOnServer(const QString &name, const QString &title, const QString &zone)
{
    QString error;
    const auto server = connectServer(name, &error);
    if (!server)
        return nothingDone(error);
    QTemporaryDir scratch;
    ReviewStore store;
    const QString path = scratch.filePath(QStringLiteral("new.faultless"));
    if (!scratch.isValid()
        || !store.create(path, title.isEmpty() ? server->location().review() : title, zone))
        return nothingDone(scratch.isValid() ? store.errorString() : scratch.errorString());
    if (!server->publish(store))
        return nothingDone(server->errorString());
    out() << Cli::tr("Created %1").arg(server->location().toString()) << '\n';
    return Done;
}

int cmdNew(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption tz(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    QString error;
    if (!parseOneReview(parser, args, { title, tz }, Cli::tr("new takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    const QString zone = parser.isSet(tz) ? parser.value(tz) : QStringLiteral("UTC");
    if (!QTimeZone(zone.toUtf8()).isValid())
        return usageError(Cli::tr("unknown time zone \"%1\"").arg(zone));
    if (ServerLocation::isServerName(pos.at(1)))
        return newOnServer(pos.at(1), parser.value(title), zone);
    ReviewStore store;
    if (!store.create(pos.at(1), parser.value(title), zone))
        return nothingDone(store.errorString());
    out() << Cli::tr("Created %1").arg(pos.at(1)) << '\n';
    return Done;
}

// `import --format-file FILE`: the lnav format files join the registry; a file of one format is
// used for every input unless --format names another. What the files say wrong goes to stderr.
int addFormatFiles(ImporterRegistry &registry, const QStringList &paths, QString *formatId)
{
    QStringList ids;
    for (const QString &path : paths) {
        QStringList messages;
        const QStringList added = addLnavFormatFile(registry, path, &messages);
        for (const QString &message : messages)
            err() << "faultless-cli: " << message << '\n';
        if (added.isEmpty())
            return nothingDone(Cli::tr("%1 defines no format that can be used").arg(path));
        ids << added;
    }
    if (formatId->isEmpty() && ids.size() == 1)
        *formatId = ids.first();
    return Done;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("ID"));
    const QCommandLineOption source(QStringLiteral("source"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption tz(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption year(QStringLiteral("year"), QString(), QStringLiteral("YEAR"));
    const QCommandLineOption replace(QStringLiteral("replace"));
    const QCommandLineOption option(QStringLiteral("option"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption formatFile(QStringLiteral("format-file"), QString(), QStringLiteral("FILE"));
    QString error;
    if (!parse(parser, args, { format, source, tz, year, option, formatFile, replace }, &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 3)
        return usageError(Cli::tr("import takes a REVIEW and at least one FILE"));
    if (parser.isSet(tz) && !QTimeZone(parser.value(tz).toUtf8()).isValid())
        return usageError(Cli::tr("unknown time zone \"%1\"").arg(parser.value(tz)));
    ImporterRegistry registry;
    QString formatId = parser.value(format);
    if (parser.isSet(formatFile)) {
        const int code = addFormatFiles(registry, parser.values(formatFile), &formatId);
        if (code != Done)
            return code;
    }
    if (!formatId.isEmpty() && !registry.find(formatId))
        return usageError(Cli::tr("unknown format \"%1\" (see faultless-cli formats)").arg(formatId));
    if (parser.isSet(year)) {
        bool yearOk = false;
        const int yearValue = parser.value(year).toInt(&yearOk);
        if (!yearOk || yearValue < 1 || yearValue > 9999)
            return usageError(
                Cli::tr("--year must be a year from 1 to 9999, not \"%1\"").arg(parser.value(year)));
    }
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    // Before any file is read: an import into a document that cannot be written would only fail
    // at its first write.
    if (const QString readOnly = ReviewDocument::readOnlyReasonFor(store); !readOnly.isEmpty())
        return nothingDone(readOnly);
    // A server review is imported into its pulled copy, and what that gained is then sent.
    const bool onServer = ServerLocation::isServerName(pos.at(1));
    const auto server = onServer ? connectServer(pos.at(1), &error) : nullptr;
    if (onServer && !server)
        return nothingDone(error);
    const ServerReview::Baseline baseline = ServerReview::baselineOf(store);

    int imported = 0, failed = 0;
    qint64 rejected = 0;
    for (qsizetype i = 2; i < pos.size(); ++i) {
        ImportRequest request;
        request.path = pos.at(i);
        request.formatId = formatId;
        request.sourceName = parser.value(source);
        request.zoneId = parser.value(tz);
        request.referenceYear = parser.value(year).toInt();
        request.formatOption = parser.value(option);
        request.replaceSameContent = parser.isSet(replace);
        const ImportResult result = ImportJob::run(store, registry, request);
        switch (result.status) {
        case ImportResult::Status::Imported:
            ++imported;
            rejected += result.rejected;
            out() << result.summary() << '\n';
            for (const QString &note : result.notes)
                out() << "  " << note << '\n';
            if (result.rejected > 0) {
                err() << Cli::tr("%1: %n record(s) rejected", nullptr, int(result.rejected)).arg(request.path)
                      << '\n';
                int shown = 0;
                for (const RejectedRecord &r : result.rejects) {
                    if (++shown > 10)
                        break;
                    err() << "  " << Cli::tr("line %1: %2").arg(r.line).arg(r.reason) << '\n';
                }
            }
            break;
        case ImportResult::Status::AlreadyImported:
            out() << result.summary() << '\n';
            break;
        case ImportResult::Status::Canceled:
        case ImportResult::Status::NothingUsable:
        case ImportResult::Status::Failed:
            ++failed;
            err() << "faultless-cli: " << result.summary() << '\n';
            break;
        }
    }
    if (server && imported > 0 && !server->appendImports(store, baseline))
        return nothingDone(server->errorString());
    out().flush();
    err().flush();
    if (failed > 0 && imported == 0 && failed == pos.size() - 2)
        return NothingDone;
    if (failed > 0 || rejected > 0)
        return DoneWithRejects;
    return Done;
}

// The summary and impact window as `summary --json` prints them (DESIGN.md): ISO-8601 UTC
// instants, null when not set.
QJsonObject summaryJson(const IncidentSummary &summary)
{
    auto instant
        = [](Instant t) { return t == NoInstant ? QJsonValue() : QJsonValue(timestamps::toIsoUtc(t)); };
    return QJsonObject { { QStringLiteral("text"), summary.text },
        { QStringLiteral("impact_from"), instant(summary.impactFrom) },
        { QStringLiteral("impact_to"), instant(summary.impactTo) } };
}

int cmdInfo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    QString error;
    if (!parseOneReview(parser, args, { json }, Cli::tr("info takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    const ReviewSummary summary = ReviewSummary::read(store);
    if (parser.isSet(json)) {
        QJsonObject object = summary.toJson();
        const QJsonObject written = summaryJson(IncidentSummaryStore::read(store));
        for (auto it = written.begin(); it != written.end(); ++it)
            object.insert(
                it.key() == QLatin1String("text") ? QStringLiteral("summary") : it.key(), it.value());
        if (ServerLocation::isServerName(pos.at(1))) {
            const auto server = connectServer(pos.at(1), &error);
            ServerReviewInfo about;
            if (!server || !server->info(&about))
                return nothingDone(server ? server->errorString() : error);
            object.insert(QStringLiteral("server"),
                QJsonObject { { QStringLiteral("address"), server->location().toString() },
                    { QStringLiteral("review"), about.name }, { QStringLiteral("changes"), about.changes } });
        }
        out().json(QJsonDocument(object).toJson(QJsonDocument::Compact));
        out() << '\n';
        return Done;
    }
    out() << summary.title << '\n';
    out() << Cli::tr("Events: %1").arg(summary.events) << '\n';
    out() << Cli::tr("From %1 to %2")
                 .arg(timestamps::toIsoUtc(summary.first), timestamps::toIsoUtc(summary.last))
          << '\n';
    for (const SourceSummary &s : summary.sources)
        out()
            << "  "
            << Cli::tr("%1 (%2): %3 events, %4 rejected").arg(s.name, s.format).arg(s.events).arg(s.rejected)
            << '\n';
    const IncidentSummary written = IncidentSummaryStore::read(store);
    out() << Cli::tr("Summary: %1").arg(written.hasText() ? written.text : Cli::tr("not written yet"))
          << '\n';
    if (written.impactFrom != NoInstant || written.impactTo != NoInstant) {
        auto bound = [](Instant t) { return t == NoInstant ? Cli::tr("not set") : timestamps::toIsoUtc(t); };
        out() << Cli::tr("Impact from %1 to %2").arg(bound(written.impactFrom), bound(written.impactTo))
              << '\n';
    }
    out() << Cli::tr("Annotations: %1, contributing factors: %2, narratives: %3")
                 .arg(summary.annotations)
                 .arg(summary.factors)
                 .arg(summary.narratives)
          << '\n';
    return Done;
}

// `--impact-from ""` clears the bound; anything else must be an instant (naive: the review's zone).
bool parseImpactBound(const QCommandLineParser &parser, const QCommandLineOption &option,
    const QTimeZone &zone, Instant *bound, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty()) {
        *bound = NoInstant;
        return true;
    }
    bool ok = false;
    *bound = parseInstant(text, zone, &ok);
    if (!ok)
        *error = Cli::tr("--%1 is not an ISO 8601 instant between the years 1 and 9999: %2")
                     .arg(option.names().constFirst(), text);
    return ok;
}

// Reads, or with --text / --impact-from / --impact-to sets, what the briefing opens with.
int cmdSummary(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption text(QStringLiteral("text"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption from(QStringLiteral("impact-from"), QString(), QStringLiteral("INSTANT"));
    const QCommandLineOption to(QStringLiteral("impact-to"), QString(), QStringLiteral("INSTANT"));
    const QCommandLineOption json(QStringLiteral("json"));
    QString error;
    if (!parseOneReview(
            parser, args, { text, from, to, json }, Cli::tr("summary takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QString path = parser.positionalArguments().at(1);
    const bool writing = parser.isSet(text) || parser.isSet(from) || parser.isSet(to);
    const bool onServer = writing && ServerLocation::isServerName(path);
    ReviewStore store;
    ServerEdit serverEdit;
    if (onServer ? !beginServerEdit(store, path, &serverEdit, &error) : !openReview(store, path, &error))
        return nothingDone(error);
    QString problem;
    IncidentSummary summary = IncidentSummaryStore::read(store, &problem);
    if (!problem.isEmpty())
        err() << "faultless-cli: " << path << ": " << problem << '\n';
    if (writing) {
        if (parser.isSet(text))
            summary.text = parser.value(text).trimmed();
        if (!parseImpactBound(parser, from, store.timeZone(), &summary.impactFrom, &error)
            || !parseImpactBound(parser, to, store.timeZone(), &summary.impactTo, &error))
            return usageError(error);
        if (const QString why = IncidentSummaryStore::problem(summary); !why.isEmpty())
            return usageError(why);
        if (const QString readOnly = ReviewDocument::readOnlyReasonFor(store); !readOnly.isEmpty())
            return nothingDone(readOnly);
        ReviewStore::Transaction transaction(store);
        if (!IncidentSummaryStore::write(store, summary, &error) || !transaction.commit())
            return nothingDone(Cli::tr("%1: %2").arg(path, error.isEmpty() ? store.errorString() : error));
        if (onServer)
            if (const QString failed = finishServerEdit(store, serverEdit, path); !failed.isEmpty())
                return nothingDone(failed);
    }
    if (parser.isSet(json)) {
        out().json(QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Compact));
        out() << '\n';
        return Done;
    }
    auto bound = [](Instant t) { return t == NoInstant ? Cli::tr("not set") : timestamps::toIsoUtc(t); };
    out() << Cli::tr("Summary: %1").arg(summary.hasText() ? summary.text : Cli::tr("not written yet"))
          << '\n';
    out() << Cli::tr("Impact from: %1").arg(bound(summary.impactFrom)) << '\n';
    out() << Cli::tr("Impact to: %1").arg(bound(summary.impactTo)) << '\n';
    return Done;
}

// Long enough for any note a reviewer writes; short enough that a runaway script cannot fill
// the review with one.
constexpr int MaxAnnotationLength = 100000;

int cmdAnnotate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption event(QStringLiteral("event"), QString(), QStringLiteral("ID"));
    const QCommandLineOption text(QStringLiteral("text"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), QString(), QStringLiteral("NAME"));
    QString error;
    if (!parseOneReview(
            parser, args, { event, text, author }, Cli::tr("annotate takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QString path = parser.positionalArguments().at(1);
    bool ok = false;
    const qint64 eventId = parser.value(event).toLongLong(&ok);
    if (!parser.isSet(event) || !ok || eventId <= 0)
        return usageError(Cli::tr("annotate needs --event ID, the id that `events --format jsonl` prints"));
    const QString note = parser.value(text).trimmed();
    if (note.isEmpty() || note.size() > MaxAnnotationLength)
        return usageError(
            Cli::tr("annotate needs --text TEXT of 1 to %1 characters").arg(MaxAnnotationLength));
    QString writer = parser.value(author).trimmed();
    if (writer.isEmpty())
        writer = authors::fromEnvironment();
    if (writer.isEmpty())
        writer = authors::accountName();
    const bool onServer = ServerLocation::isServerName(path);
    ReviewStore store;
    ServerEdit serverEdit;
    if (onServer ? !beginServerEdit(store, path, &serverEdit, &error) : !openReview(store, path, &error))
        return nothingDone(error);
    if (const QString readOnly = ReviewDocument::readOnlyReasonFor(store); !onServer && !readOnly.isEmpty())
        return nothingDone(readOnly);
    if (!EventStore::citation(store, eventId))
        return nothingDone(Cli::tr("%1 has no event %2").arg(path).arg(eventId));
    Annotation annotation;
    annotation.eventId = eventId;
    annotation.author = writer;
    annotation.text = note;
    annotation.created = annotation.edited = timestamps::now();
    ReviewStore::Transaction transaction(store);
    const qint64 id = AnnotationStore::insert(store, annotation);
    if (id == 0 || !transaction.commit())
        return nothingDone(Cli::tr("%1: %2").arg(path, store.errorString()));
    if (onServer)
        if (const QString failed = finishServerEdit(store, serverEdit, path); !failed.isEmpty())
            return nothingDone(failed);
    out() << id << '\n';
    return Done;
}

int cmdEvents(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("QUERY"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("INSTANT"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("INSTANT"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption format(
        QStringLiteral("format"), QString(), QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    QString error;
    if (!parseOneReview(parser, args, { search, from, to, kind, format },
            Cli::tr("events takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("jsonl") && outputFormat != QLatin1String("csv"))
        return usageError(Cli::tr("--format must be jsonl or csv"));
    EventFilter filter;
    filter.search = parser.value(search);
    if (parser.isSet(kind)) {
        filter.kind = eventKindFromName(parser.value(kind));
        if (!filter.kind)
            return usageError(
                Cli::tr("unknown kind \"%1\" (log, flag, experiment, chat, alert, deploy, note)")
                    .arg(parser.value(kind)));
    }
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    bool ok = true;
    if (parser.isSet(from)) {
        filter.from = parseInstant(parser.value(from), store.timeZone(), &ok);
        if (!ok)
            return usageError(Cli::tr("--from is not an ISO 8601 instant: %1").arg(parser.value(from)));
    }
    if (parser.isSet(to)) {
        filter.to = parseInstant(parser.value(to), store.timeZone(), &ok);
        if (!ok)
            return usageError(Cli::tr("--to is not an ISO 8601 instant: %1").arg(parser.value(to)));
    }
    const auto exportFormat = outputFormat == QLatin1String("csv") ? EventsExporter::Format::Csv
                                                                   : EventsExporter::Format::JsonLines;
    // CSV is data and is printed as it is, for a spreadsheet or a script, except to a terminal,
    // which would run an escape sequence in it. JSON Lines are safe as they are (their \u escapes).
    const bool escapeCsv = exportFormat == EventsExporter::Format::Csv && out().isTerminal();
    auto print = [&](const QByteArray &bytes) {
        if (escapeCsv)
            out().writeLines(QString::fromUtf8(bytes));
        else
            out().data(bytes);
        return out().ok(); // a full disk or a closed pipe ends the query
    };
    print(EventsExporter::header(exportFormat));
    const bool queried = EventQuery::forEach(
        store, filter,
        [&](const EventRow &row) {
            // The one definition of the export format, which `import` reads back without loss.
            return print(EventsExporter::line(row, exportFormat));
        },
        &error);
    if (!queried && out().ok()) // a query that fails (a malformed search) is no usage error
        return nothingDone(error);
    return Done;
}

// Blameless at the door: the sentences of a leaders' briefing the language check flags, on
// stderr before the briefing is written, each with its reframing. The author decides; a script
// that wants no such briefing written passes --refuse-flagged.
void reportFlaggedSentences(const QList<FlaggedSentence> &flagged)
{
    if (flagged.isEmpty())
        return;
    err() << "faultless-cli: "
          << Cli::tr("the language check flags %n sentence(s) of the leaders' briefing:", nullptr,
                 int(flagged.size()))
          << '\n';
    for (const FlaggedSentence &f : flagged) {
        err() << "  " << Cli::tr("\"%1\"").arg(f.sentence) << '\n';
        err() << "    " << Cli::tr("\"%1\": %2 Suggestion: %3").arg(f.phrase, f.why, f.suggestion) << '\n';
    }
    err().flush();
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption tz(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"));
    const QCommandLineOption sections(QStringLiteral("sections"), QString(), QStringLiteral("LIST"));
    const QCommandLineOption audience(QStringLiteral("audience"), QString(), QStringLiteral("AUDIENCE"));
    const QCommandLineOption pseudonymise(QStringLiteral("pseudonymise"));
    const QCommandLineOption redact(QStringLiteral("redact"));
    const QCommandLineOption noRedact(QStringLiteral("no-redact"));
    const QCommandLineOption links(QStringLiteral("active-links"));
    const QCommandLineOption refuseFlagged(QStringLiteral("refuse-flagged"));
    QString error;
    if (!parse(parser, args,
            { format, output, lang, tz, pageSize, sections, audience, pseudonymise, redact, noRedact, links,
                refuseFlagged },
            &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return usageError(Cli::tr("export takes exactly one REVIEW path"));
    if (!parser.isSet(output))
        return usageError(Cli::tr("export needs --output FILE"));
    BriefingOptions options;
    const QString f = parser.value(format);
    if (f == QLatin1String("md"))
        options.format = BriefingFormat::Markdown;
    else if (f == QLatin1String("html"))
        options.format = BriefingFormat::Html;
    else if (f == QLatin1String("pdf"))
        options.format = BriefingFormat::Pdf;
    else
        return usageError(Cli::tr("--format must be md, html or pdf"));
    options.language = parser.value(lang);
    if (!options.language.isEmpty()) {
        QString langError;
        BriefingExporter::translator(options.language, &langError);
        if (!langError.isEmpty())
            return usageError(langError);
    }
    if (parser.isSet(tz)) {
        if (!QTimeZone(parser.value(tz).toUtf8()).isValid())
            return usageError(Cli::tr("unknown time zone \"%1\"").arg(parser.value(tz)));
        options.timeZone = parser.value(tz);
    }
    if (parser.isSet(pageSize)) {
        const QString size = parser.value(pageSize).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = BriefingPageSize::A4;
        else if (size == QLatin1String("letter"))
            options.pageSize = BriefingPageSize::Letter;
        else
            return usageError(Cli::tr("--page-size must be A4 or Letter"));
    }
    if (parser.isSet(audience)) {
        const QString who = parser.value(audience);
        if (who == QLatin1String("leader"))
            options.audience = BriefingAudience::Leader;
        else if (who == QLatin1String("practitioner"))
            options.audience = BriefingAudience::Practitioner;
        else
            return usageError(Cli::tr("--audience must be leader or practitioner"));
    }
    if (parser.isSet(sections)) {
        QString bad;
        const auto parsed = BriefingOptions::parseSections(parser.value(sections), &bad);
        if (!parsed) {
            QStringList names;
            for (BriefingSection s : BriefingOptions::allSections())
                names << BriefingOptions::sectionName(s);
            return usageError(
                Cli::tr("unknown section \"%1\" (sections: %2)").arg(bad, names.join(QStringLiteral(","))));
        }
        options.sections = *parsed;
    }
    if (parser.isSet(redact) && parser.isSet(noRedact))
        return usageError(Cli::tr("--redact and --no-redact exclude each other"));
    options.redact = !parser.isSet(noRedact);
    options.pseudonymise = parser.isSet(pseudonymise);
    options.activeLinks = parser.isSet(links);
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    // Read once: the leaders' briefing is checked and written from the same rendering. Reading
    // is most of the work: a Markdown briefing of 10M events took 20.9 s read twice, 8.5 s once.
    const std::optional<BriefingOutput> briefing
        = BriefingExporter::renderFor(store, options, parser.value(output), &error);
    if (!briefing)
        return nothingDone(error);
    if (options.audience == BriefingAudience::Leader) {
        reportFlaggedSentences(briefing->flagged);
        if (!briefing->flagged.isEmpty() && parser.isSet(refuseFlagged))
            return nothingDone(
                Cli::tr("the leaders' briefing was not written: %n sentence(s) are flagged by the "
                        "language check (--refuse-flagged)",
                    nullptr, int(briefing->flagged.size())));
    }
    if (!BriefingExporter::write(options, *briefing, parser.value(output), &error))
        return nothingDone(error);
    out() << Cli::tr("Wrote %1").arg(parser.value(output)) << '\n';
    return Done;
}

int cmdFormats(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(Cli::tr("formats takes no arguments"));
    ImporterRegistry registry;
    for (const QString &message : registry.formatFileMessages())
        err() << "faultless-cli: " << message << '\n';
    for (const auto &importer : registry.importers()) {
        out() << importer->id() << '\t' << importer->sourceKind() << '\t' << importer->displayName() << '\t'
              << importer->fileSuffixes().join(QLatin1Char(',')) << '\n';
    }
    return Done;
}

int cmdLanguage(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption review(QStringLiteral("review"), QString(), QStringLiteral("REVIEW"));
    QString error;
    if (!parse(parser, args, { lang, review }, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("language reads its text from standard input"));
    if (parser.isSet(lang) && !BlamelessLanguageChecker::isAvailable(parser.value(lang))) {
        return usageError(Cli::tr("no language check for \"%1\" (languages: %2)")
                              .arg(parser.value(lang),
                                  BlamelessLanguageChecker::availableLanguages().join(QStringLiteral(", "))));
    }
    static QTranslator translator;
    if (parser.isSet(lang)) {
        if (translator.load(QStringLiteral(":/i18n/faultless_") + parser.value(lang)))
            QCoreApplication::installTranslator(&translator);
    }
    BlamelessLanguageChecker checker
        = parser.isSet(lang) ? BlamelessLanguageChecker(parser.value(lang)) : BlamelessLanguageChecker();
    if (parser.isSet(review)) {
        // The review's participants and pseudonyms are people to the check.
        ReviewStore store;
        if (!openReview(store, parser.value(review), &error))
            return nothingDone(error);
        checker.setPeople(BlamelessLanguageChecker::reviewPeople(store));
    }
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    int number = 0;
    QString line;
    while (in.readLineInto(&line)) {
        ++number;
        QJsonArray flags;
        for (const LanguageFlag &flag : checker.check(line)) {
            flags.append(QJsonObject { { QStringLiteral("start"), flag.start },
                { QStringLiteral("end"), flag.end }, { QStringLiteral("phrase"), flag.phrase },
                { QStringLiteral("why"), flag.why }, { QStringLiteral("suggestion"), flag.suggestion },
                { QStringLiteral("kind"), LanguageFlag::kindName(flag.kind) },
                { QStringLiteral("entry"), flag.entryId }, { QStringLiteral("reframing"), flag.reframing } });
        }
        out().json(QJsonDocument(
            QJsonObject { { QStringLiteral("line"), number }, { QStringLiteral("flags"), flags } })
                       .toJson(QJsonDocument::Compact));
        out() << '\n';
        if (!out().ok())
            break;
    }
    out().flush();
    return Done;
}

int cmdArchive(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    QString error;
    if (!parseOneReview(parser, args, { output }, Cli::tr("archive takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (!parser.isSet(output))
        return usageError(Cli::tr("archive needs --output FILE.zip"));
    if (!QFileInfo::exists(pos.at(1)))
        return nothingDone(Cli::tr("%1 does not exist").arg(pos.at(1)));
    QStringList notes;
    if (!ReviewArchive::create(pos.at(1), parser.value(output), &error, &notes))
        return nothingDone(error);
    for (const QString &note : std::as_const(notes))
        err() << "  " << note << '\n';
    out() << Cli::tr("Wrote %1").arg(parser.value(output)) << '\n';
    return Done;
}

int cmdRestore(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("REVIEW"));
    const QCommandLineOption sources(QStringLiteral("sources"), QString(), QStringLiteral("DIR"));
    QString error;
    if (!parse(parser, args, { output, sources }, &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return usageError(Cli::tr("restore takes exactly one ARCHIVE path"));
    if (!parser.isSet(output))
        return usageError(Cli::tr("restore needs --output REVIEW"));
    if (!ReviewArchive::restore(pos.at(1), parser.value(output), &error, parser.value(sources)))
        return nothingDone(error);
    out() << Cli::tr("Restored %1").arg(parser.value(output)) << '\n';
    return Done;
}

// What changed since the timeline was last agreed by the room.
int cmdAgreement(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    QString error;
    if (!parseOneReview(parser, args, { json }, Cli::tr("agreement takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    const std::optional<Agreement> agreement = Agreement::latest(store);
    if (!agreement)
        return nothingDone(Cli::tr("the timeline of %1 has not been agreed yet").arg(pos.at(1)));
    AgreementDiff diff;
    if (!diff.compare(agreement->snapshot, store, &error))
        return nothingDone(error);
    auto itemName = [](AgreementDiff::Item item) {
        return item == AgreementDiff::Item::Event     ? QStringLiteral("event")
            : item == AgreementDiff::Item::Annotation ? QStringLiteral("annotation")
                                                      : QStringLiteral("highlight");
    };
    auto howName = [](AgreementDiff::How how) {
        return how == AgreementDiff::How::Added  ? QStringLiteral("added")
            : how == AgreementDiff::How::Removed ? QStringLiteral("removed")
                                                 : QStringLiteral("changed");
    };
    if (parser.isSet(json)) {
        QJsonArray changes;
        for (const AgreementDiff::Change &c : diff.changes()) {
            QJsonObject o { { QStringLiteral("item"), itemName(c.item) },
                { QStringLiteral("change"), howName(c.how) }, { QStringLiteral("id"), c.id },
                { QStringLiteral("event"), c.eventId } };
            if (c.parts & AgreementDiff::Time)
                o.insert(QStringLiteral("time"), true);
            if (c.parts & AgreementDiff::End)
                o.insert(QStringLiteral("end"), true);
            if (c.parts & AgreementDiff::Content)
                o.insert(QStringLiteral("text"), true);
            changes.append(o);
        }
        out().json(QJsonDocument(
            QJsonObject { { QStringLiteral("agreed_at"), timestamps::toIsoUtc(agreement->agreedAt) },
                { QStringLiteral("present"), QJsonArray::fromStringList(agreement->present) },
                { QStringLiteral("changes"), changes } })
                       .toJson(QJsonDocument::Compact));
        out() << '\n';
        return Done;
    }
    out() << Cli::tr("Agreed at %1 by %2")
                 .arg(
                     timestamps::toIsoUtc(agreement->agreedAt), agreement->present.join(QStringLiteral(", ")))
          << '\n';
    for (const AgreementDiff::Change &c : diff.changes())
        out() << howName(c.how) << '\t' << itemName(c.item) << '\t' << c.id << '\t'
              << AgreementDiff::partsLabel(c.parts) << '\n';
    if (diff.isEmpty())
        out() << Cli::tr("No changes since.") << '\n';
    return Done;
}

// Every flag change in words, with whether, when and by whom it was reversed.
int cmdFlags(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    QString error;
    if (!parseOneReview(parser, args, { json }, Cli::tr("flags takes exactly one REVIEW path"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    ReviewStore store;
    if (!openReview(store, pos.at(1), &error))
        return nothingDone(error);
    const QList<FlagReversal> changes = Reversibility::compute(store, &error);
    if (!error.isEmpty())
        return nothingDone(error);
    // Which changes each change took back: a reversal reads as one.
    QHash<qint64, QList<const FlagReversal *>> reverses;
    for (const FlagReversal &r : changes) {
        if (r.isReversed())
            reverses[r.reversalEventId].append(&r);
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const FlagReversal &r : changes) {
            const FlagChange change { r.flagKey, r.environment, r.before, r.after };
            QJsonObject o { { QStringLiteral("event"), r.changeEventId },
                { QStringLiteral("changed_at"), timestamps::toIsoUtc(r.changedAt) },
                { QStringLiteral("flag"), r.flagKey }, { QStringLiteral("environment"), r.environment },
                { QStringLiteral("before"), r.before }, { QStringLiteral("after"), r.after },
                { QStringLiteral("change"), FlagWording::change(change) },
                { QStringLiteral("actor"), r.actor }, { QStringLiteral("reversed"), r.isReversed() } };
            if (r.isReversed()) {
                o.insert(QStringLiteral("reversal_event"), r.reversalEventId);
                o.insert(QStringLiteral("reversed_at"), timestamps::toIsoUtc(*r.reversedAt));
                o.insert(QStringLiteral("reversed_by"), r.reversedBy);
                o.insert(QStringLiteral("seconds_to_reverse"), double(*r.timeToReverse()) / 1e6);
                o.insert(QStringLiteral("reversed_by_turning_off"), r.reversedByTurningOff);
            }
            QJsonArray reversed;
            for (const FlagReversal *earlier : reverses.value(r.changeEventId))
                reversed.append(earlier->changeEventId);
            if (!reversed.isEmpty())
                o.insert(QStringLiteral("reverses"), reversed);
            list.append(o);
        }
        out().json(QJsonDocument(QJsonObject { { QStringLiteral("flag_changes"), list } })
                       .toJson(QJsonDocument::Compact));
        out() << '\n';
        return Done;
    }
    for (const FlagReversal &r : changes) {
        const FlagChange change { r.flagKey, r.environment, r.before, r.after };
        QString reversal = Reversibility::describe(r);
        for (const FlagReversal *earlier : reverses.value(r.changeEventId))
            reversal += QStringLiteral("; ")
                + Cli::tr("reverses the change of %1").arg(timestamps::toIsoUtc(earlier->changedAt));
        out() << timestamps::toIsoUtc(r.changedAt) << '\t' << r.flagKey << '\t' << r.environment << '\t'
              << FlagWording::change(change) << '\t' << r.actor << '\t' << reversal << '\n';
    }
    if (changes.isEmpty())
        out() << Cli::tr("No flag changes.") << '\n';
    return Done;
}

int cmdPublish(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, args, {}, &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3 || !ServerLocation::isServerName(pos.at(2)))
        return usageError(Cli::tr("publish takes a review FILE and a SERVER-REVIEW"));
    ReviewStore local;
    if (!openReview(local, pos.at(1), &error))
        return nothingDone(error);
    const auto server = connectServer(pos.at(2), &error);
    if (!server)
        return nothingDone(error);
    if (!server->publish(local))
        return nothingDone(server->errorString());
    out() << Cli::tr("Published %1 as %2").arg(pos.at(1), server->location().toString()) << '\n';
    return Done;
}

int cmdPull(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    QString error;
    if (!parseOneReview(parser, args, { output }, Cli::tr("pull takes exactly one SERVER-REVIEW"), &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (!ServerLocation::isServerName(pos.at(1)) || !parser.isSet(output))
        return usageError(Cli::tr("pull takes a SERVER-REVIEW and --output FILE"));
    const auto server = connectServer(pos.at(1), &error);
    if (!server)
        return nothingDone(error);
    if (!server->pull(parser.value(output)))
        return nothingDone(server->errorString());
    out() << Cli::tr("Wrote %1").arg(parser.value(output)) << '\n';
    return Done;
}

int cmdGrant(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    QString error;
    if (!parse(parser, args, { role }, &error))
        return usageError(error);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3 || !ServerLocation::isServerName(pos.at(1)))
        return usageError(Cli::tr("grant takes a SERVER-REVIEW and a USER"));
    static const QHash<QString, serverschema::Role> roles
        = { { QStringLiteral("reader"), serverschema::Role::Reader },
              { QStringLiteral("reviewer"), serverschema::Role::Reviewer },
              { QStringLiteral("facilitator"), serverschema::Role::Facilitator } };
    if (!roles.contains(parser.value(role)))
        return usageError(Cli::tr("--role must be reader, reviewer or facilitator"));
    const auto server = connectServer(pos.at(1), &error);
    if (!server)
        return nothingDone(error);
    if (!server->grant(pos.at(2), roles.value(parser.value(role))))
        return nothingDone(server->errorString());
    out() << Cli::tr("%1 is now a %2 of %3").arg(pos.at(2), parser.value(role), server->location().review())
          << '\n';
    return Done;
}

} // namespace

namespace {
int dispatch(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(Cli::tr("no command given"));
    const QString command = arguments.at(1);
    // Each command parses the whole line: positional argument 0 is then the command word.
    const QStringList &rest = arguments;
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out().writeLines(Cli::usage());
        return Done;
    }
    if (command == QLatin1String("--version")) {
        out() << QCoreApplication::applicationVersion() << '\n';
        return Done;
    }
    int code = UsageError;
    if (command == QLatin1String("new"))
        code = cmdNew(rest);
    else if (command == QLatin1String("import"))
        code = cmdImport(rest);
    else if (command == QLatin1String("info"))
        code = cmdInfo(rest);
    else if (command == QLatin1String("summary"))
        code = cmdSummary(rest);
    else if (command == QLatin1String("annotate"))
        code = cmdAnnotate(rest);
    else if (command == QLatin1String("events"))
        code = cmdEvents(rest);
    else if (command == QLatin1String("export"))
        code = cmdExport(rest);
    else if (command == QLatin1String("archive"))
        code = cmdArchive(rest);
    else if (command == QLatin1String("restore"))
        code = cmdRestore(rest);
    else if (command == QLatin1String("agreement"))
        code = cmdAgreement(rest);
    else if (command == QLatin1String("flags"))
        code = cmdFlags(rest);
    else if (command == QLatin1String("publish"))
        code = cmdPublish(rest);
    else if (command == QLatin1String("pull"))
        code = cmdPull(rest);
    else if (command == QLatin1String("grant"))
        code = cmdGrant(rest);
    else if (command == QLatin1String("formats"))
        code = cmdFormats(rest);
    else if (command == QLatin1String("language"))
        code = cmdLanguage(rest);
    else
        code = usageError(Cli::tr("unknown command \"%1\"").arg(command));
    return code;
}
} // namespace

int run(const QStringList &arguments)
{
    int code = dispatch(arguments);
    if (!out().flush()) {
        // The output of info, events, formats, agreement and language is what they are run for:
        // output that did not reach the stream (a full disk, a closed pipe) is nothing done. The
        // other commands did their work (a review, a file); their confirmation is lost, and said so.
        err() << "faultless-cli: " << out().errorString() << '\n';
        static const QStringList printing { QStringLiteral("info"), QStringLiteral("summary"),
            QStringLiteral("events"), QStringLiteral("formats"), QStringLiteral("agreement"),
            QStringLiteral("flags"), QStringLiteral("language"), QStringLiteral("help"),
            QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version") };
        if ((code == Done || code == DoneWithRejects) && printing.contains(arguments.value(1)))
            code = NothingDone;
    }
    err().flush();
    return code;
}

} // namespace faultless::cli
