#include "slackimporter.h"

#include "domain/timestamps.h"
#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace faultless::model {

namespace {

// A Slack export is read in memory, never extracted to disk, so an entry name cannot write
// anywhere (no zip-slip); names are still checked, because the channel name is taken from them.
constexpr qint64 kMaxUsersFileBytes = 64ll * 1024 * 1024;
constexpr qint64 kMaxEntries = 200000;

using Users = QHash<QString, QString>;

// An empty list when `json` would take more than `maxMemory` to parse (the import then shows
// user ids instead of names, and says so).
QString emailKey(const QString &userId)
{
    return QStringLiteral("mail:") + userId;
}

Users parseUsers(const QByteArray &json, qint64 maxMemory)
{
    Users users;
    if (ImportInput::jsonMemoryEstimate(json, maxMemory) > maxMemory)
        return users;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : list) {
        const QJsonObject u = v.toObject();
        const QJsonObject profile = u.value(QLatin1String("profile")).toObject();
        QString name = profile.value(QLatin1String("real_name")).toString();
        if (name.isEmpty())
            name = u.value(QLatin1String("real_name")).toString();
        if (name.isEmpty())
            name = profile.value(QLatin1String("display_name")).toString();
        if (name.isEmpty())
            name = u.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            users.insert(u.value(QLatin1String("id")).toString(), name);
        // The address too, under a key no user id can be: it ties the author to the address
        // other sources (flag systems) know them by, for the participant suggestions.
        const QString email = profile.value(QLatin1String("email")).toString();
        if (!email.isEmpty())
            users.insert(emailKey(u.value(QLatin1String("id")).toString()), email);
    }
    return users;
}

// "1452837318.000002": seconds, then a per-channel sequence that Slack keeps below a million, read
// exactly (no double rounding) so that order and uniqueness survive.
Instant instantFromTs(const QString &ts)
{
    const qsizetype dot = ts.indexOf(QLatin1Char('.'));
    bool ok = false;
    const qint64 seconds = (dot < 0 ? ts : ts.left(dot)).toLongLong(&ok);
    if (!ok || seconds <= 0) // toLongLong() refuses what does not fit in 64 bits
        return NoInstant;
    const Instant whole = timestamps::fromEpochNumber(seconds, timestamps::EpochUnit::Seconds);
    if (whole == NoInstant)
        return NoInstant; // past the year 9999 (and seconds * 1000000 would overflow)
    qint64 micro = 0;
    if (dot >= 0) {
        const QString fraction = ts.mid(dot + 1).left(6).leftJustified(6, QLatin1Char('0'));
        micro = fraction.toLongLong(&ok);
        if (!ok)
            return NoInstant;
    }
    return isSupportedInstant(whole + micro) ? whole + micro : NoInstant;
}

QString resolveMarkup(QString text, const Users &users)
{
    static const QRegularExpression markup(QStringLiteral("<([@#!]?)([^>|]*)(?:\\|([^>]*))?>"));
    QString out;
    qsizetype last = 0;
    auto it = markup.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString sigil = m.captured(1);
        const QString target = m.captured(2);
        const QString label = m.captured(3);
        if (sigil == QLatin1String("@"))
            out += QLatin1Char('@') + (label.isEmpty() ? users.value(target, target) : label);
        else if (sigil == QLatin1String("#"))
            out += QLatin1Char('#') + (label.isEmpty() ? target : label);
        else if (sigil == QLatin1String("!"))
            out += QLatin1Char('@') + (label.isEmpty() ? target : label);
        else
            out += label.isEmpty() ? target : label;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

bool isDayFileName(const QString &fileName)
{
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.json$"));
    return day.match(fileName).hasMatch();
}

} // namespace

QString SlackImporter::archiveEntryOf(const QString &attributesJson)
{
    if (!attributesJson.contains(QLatin1String("\"entry\"")))
        return {};
    return QJsonDocument::fromJson(attributesJson.toUtf8()).object().value(QLatin1String("entry")).toString();
}

int SlackImporter::sniff(const QByteArray &prefix, const QString &fileName) const
{
    if (prefix.startsWith("PK\x03\x04")) {
        if (prefix.contains("users.json") || prefix.contains("channels.json"))
            return 85;
        return fileName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? 40 : 0;
    }
    const QByteArray start = prefix.left(256).trimmed();
    if (!start.startsWith('['))
        return 0;
    if (JsonItems::hasKeys(prefix, { "type", "ts" }) && prefix.contains("\"message\"")
        && (JsonItems::hasKeys(prefix, { "text" }) || JsonItems::hasKeys(prefix, { "user" })))
        return isDayFileName(QFileInfo(fileName).fileName()) ? 90 : 80;
    return 0;
}

bool SlackImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    const QByteArray bytes = input.readAll();
    if (bytes.isNull() && input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    const QString path = context.fileName.isEmpty() ? input.fileName() : context.fileName;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return readZip(bytes, input, sink, context, error);

    // One day file: <export>/<channel>/<date>.json; names come from <export>/users.json.
    const QFileInfo info(path);
    Users users;
    // Only a regular file: opening a named pipe put there would wait for a writer.
    const QFileInfo usersInfo(info.dir().filePath(QStringLiteral("../users.json")));
    QFile usersFile(usersInfo.filePath());
    if (usersInfo.isFile() && usersInfo.size() < kMaxUsersFileBytes && usersFile.open(QIODevice::ReadOnly))
        users = parseUsers(usersFile.readAll(), input.maxDocumentMemory());
    const QString channel = info.dir().dirName();
    if (!input.fitsInMemory(bytes, ImportInput::Syntax::Json)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = tr("%1: not a Slack day file (a JSON array of messages): %2")
                         .arg(input.fileName(), parseError.errorString());
        return false;
    }
    qint64 authorsAsIds = 0;
    const bool read = addMessages(
        doc.array(), channel, QString(), users, input, sink, &authorsAsIds, JsonPositions::ofArray(bytes));
    // Said only when it is so: messages often carry their author's name themselves.
    if (authorsAsIds > 0)
        context.notes << tr("%n message(s) show their author as a Slack user id: no users.json next to "
                            "the channel folder names them.",
            nullptr, int(authorsAsIds));
    return read;
}

namespace {
// An entry of the archive, by name and by its index in the zip.
struct ZipEntry
{
    QString name;
    zip_int64_t index;
};

// The archive over `bytes`, or null with `error` set.
zip_t *openZip(const QByteArray &bytes, const QString &fileName, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source
        = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        if (error)
            *error = SlackImporter::tr("%1: not a readable zip archive: %2")
                         .arg(fileName, QString::fromUtf8(zip_error_strerror(&zipError)));
        if (source)
            zip_source_free(source);
    }
    zip_error_fini(&zipError);
    return archive;
}

// Entries sorted by name: the users first, then channels and days in order, whatever the zip
// order. Folders are left out, unsafe names rejected.
std::vector<ZipEntry> safeEntriesByName(zip_t *archive, zip_int64_t count, EventSink &sink)
{
    std::vector<ZipEntry> entries;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        if (!isSafeEntryName(name)) {
            sink.addRejected(
                { 0, 0, SlackImporter::tr("zip entry \"%1\": unsafe path, skipped").arg(name), {} });
            continue;
        }
        entries.push_back({ name, i });
    }
    std::sort(
        entries.begin(), entries.end(), [](const ZipEntry &a, const ZipEntry &b) { return a.name < b.name; });
    return entries;
}

// Inflates entries into memory within the importer's limits: per entry, for the whole archive
// (counted across entries), and for the memory its JSON takes once parsed.
class ZipEntryReader
{
public:
    enum Status { Read, Failed, TooLarge, TooLargeInMemory };

    ZipEntryReader(
        zip_t *archive, const ImportInput &input, EventSink &sink, qint64 maxEntryBytes, qint64 maxTotalBytes)
        : m_archive(archive)
        , m_input(input)
        , m_sink(sink)
        , m_maxEntryBytes(maxEntryBytes)
        , m_maxTotalBytes(maxTotalBytes)
    { }

    Status read(const ZipEntry &entry, QByteArray *out)
    {
        // The size the archive declares is checked first (an entry that says it is too large is
        // not inflated at all), and what is actually inflated is counted below, since a
        // declared size may lie.
        zip_stat_t declared;
        zip_stat_init(&declared);
        if (zip_stat_index(m_archive, zip_uint64_t(entry.index), 0, &declared) == 0
            && (declared.valid & ZIP_STAT_SIZE) && declared.size > zip_uint64_t(m_maxEntryBytes))
            return TooLarge;
        zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(entry.index), 0);
        if (!file) {
            m_sink.addRejected({ 0, 0,
                SlackImporter::tr("zip entry %1: cannot be read: %2")
                    .arg(entry.name, QString::fromUtf8(zip_strerror(m_archive))),
                {} });
            return Failed;
        }
        const Status status = inflate(file, entry.name, out);
        zip_fclose(file);
        if (status != Read)
            return status;
        if (ImportInput::jsonMemoryEstimate(*out, m_input.maxDocumentMemory())
            > m_input.maxDocumentMemory()) {
            out->clear();
            return TooLargeInMemory;
        }
        return Read;
    }

    // Rejects an entry that was too large; true, with `error` set, when the whole archive is too
    // large and the import stops.
    bool stopsImport(Status status, const QString &name, QString *error)
    {
        if (status == TooLargeInMemory) {
            m_sink.addRejected({ 0, 0,
                SlackImporter::tr(
                    "zip entry %1: larger than %2 MiB once read into memory (too many values for its "
                    "size), skipped")
                    .arg(name)
                    .arg(m_input.maxDocumentMemory() >> 20),
                {} });
            return false;
        }
        if (status != TooLarge)
            return false;
        if (m_total > m_maxTotalBytes) {
            if (error)
                *error
                    = SlackImporter::tr("%1: the archive inflates to more than %2 MiB; import stopped at %3")
                          .arg(m_input.fileName())
                          .arg(m_maxTotalBytes >> 20)
                          .arg(name);
            return true;
        }
        m_sink.addRejected({ 0, 0,
            SlackImporter::tr("zip entry %1: larger than %2 MiB, skipped")
                .arg(name)
                .arg(m_maxEntryBytes >> 20),
            {} });
        return false;
    }

private:
    Status inflate(zip_file_t *file, const QString &name, QByteArray *out)
    {
        // Count what is actually inflated rather than trusting the sizes the archive declares.
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        for (;;) {
            const zip_int64_t n = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()));
            if (n < 0) {
                m_sink.addRejected({ 0, 0, SlackImporter::tr("zip entry %1: damaged").arg(name), {} });
                return Failed;
            }
            if (n == 0)
                return Read;
            m_total += n;
            if (out->size() + n > m_maxEntryBytes || m_total > m_maxTotalBytes) {
                out->clear();
                return TooLarge;
            }
            out->append(chunk.constData(), n);
        }
    }

    zip_t *m_archive;
    const ImportInput &m_input;
    EventSink &m_sink;
    const qint64 m_maxEntryBytes;
    const qint64 m_maxTotalBytes;
    qint64 m_total = 0; // inflated so far, across entries
};

// The names of the users.json files in the archive; false when the archive is too large.
bool readUsers(const std::vector<ZipEntry> &entries, ZipEntryReader &reader, const ImportInput &input,
    Users *users, QString *error)
{
    for (const ZipEntry &entry : entries) {
        if (QFileInfo(entry.name).fileName() != QLatin1String("users.json"))
            continue;
        QByteArray json;
        const ZipEntryReader::Status status = reader.read(entry, &json);
        if (status == ZipEntryReader::Read)
            users->insert(parseUsers(json, input.maxDocumentMemory()));
        else if (reader.stopsImport(status, entry.name, error))
            return false;
    }
    return true;
}
} // namespace

bool SlackImporter::readZip(
    const QByteArray &bytes, ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    zip_t *archive = openZip(bytes, input.fileName(), error);
    if (!archive)
        return false;
    const std::unique_ptr<zip_t, int (*)(zip_t *)> closer(archive, zip_close);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > kMaxEntries) {
        if (error)
            *error = tr("%1: the archive has %2 entries, more than a Slack export of %3")
                         .arg(input.fileName())
                         .arg(count)
                         .arg(kMaxEntries);
        return false;
    }
    const std::vector<ZipEntry> entries = safeEntriesByName(archive, count, sink);
    ZipEntryReader reader(archive, input, sink, m_maxEntryBytes, m_maxTotalBytes);
    Users users;
    if (!readUsers(entries, reader, input, &users, error))
        return false;
    bool any = false;
    qint64 authorsAsIds = 0;
    for (const ZipEntry &entry : entries) {
        if (input.isCanceled())
            return false;
        const QStringList parts = entry.name.split(QLatin1Char('/'));
        if (parts.size() < 2 || !isDayFileName(parts.last())) {
            // channels.json, users.json, integration_logs.json... describe the export, hold no messages.
            if (!entry.name.endsWith(QLatin1String(".json")))
                sink.addRejected(
                    { 0, 0, tr("zip entry %1: not part of a Slack export, skipped").arg(entry.name), {} });
            continue;
        }
        QByteArray json;
        const ZipEntryReader::Status status = reader.read(entry, &json);
        if (reader.stopsImport(status, entry.name, error))
            return false;
        if (status != ZipEntryReader::Read)
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (!doc.isArray()) {
            sink.addRejected({ 0, 0,
                tr("zip entry %1: not a JSON array of messages: %2")
                    .arg(entry.name, parseError.errorString()),
                json.left(300) });
            continue;
        }
        // Each message keeps its offset in the entry's text: Show in Source opens the entry there.
        any = addMessages(doc.array(), parts.at(parts.size() - 2), entry.name, users, input, sink,
                  &authorsAsIds, JsonPositions::ofArray(json))
            || any;
    }
    if (authorsAsIds > 0)
        context.notes << tr("%n message(s) show their author as a Slack user id: the archive's users.json "
                            "does not name them.",
            nullptr, int(authorsAsIds));
    if (!any && error)
        *error = tr("%1: no channel day files in the archive").arg(input.fileName());
    return any;
}

bool SlackImporter::addMessages(const QJsonArray &messages, const QString &channel, const QString &entryName,
    const Users &users, ImportInput &input, EventSink &sink, qint64 *authorsAsIds,
    const QList<JsonPositions::Position> &positions)
{
    const QByteArray lane = (QLatin1Char('#') + channel).toUtf8();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (input.isCanceled())
            return false;
        const JsonItem item = JsonItems::placed({ messages.at(i), 0, 0, i + 1 }, positions, i);
        auto rejectWith = [&](const QString &reason) {
            RejectedRecord r = ActivityRecords::reject(item, reason);
            if (!entryName.isEmpty())
                r.reason = tr("%1, %2").arg(entryName, r.reason);
            sink.addRejected(std::move(r));
        };
        const QJsonObject m = messages.at(i).toObject();
        if (m.isEmpty()) {
            rejectWith(tr("not a message object"));
            continue;
        }
        const QString ts = m.value(QLatin1String("ts")).toString();
        EventRecord e;
        e.kind = EventKind::Chat;
        e.lane = lane;
        e.byteOffset = item.byteOffset;
        e.instant = instantFromTs(ts);
        if (e.instant == NoInstant) {
            rejectWith(tr("no usable \"ts\""));
            continue;
        }
        const QString userId = m.value(QLatin1String("user")).toString();
        QString author
            = m.value(QLatin1String("user_profile")).toObject().value(QLatin1String("real_name")).toString();
        if (author.isEmpty())
            author = users.value(userId);
        if (author.isEmpty())
            author = m.value(QLatin1String("username")).toString(); // bots
        if (author.isEmpty() && !userId.isEmpty()) {
            author = userId;
            ++*authorsAsIds;
        }
        if (author.isEmpty())
            author = m.value(QLatin1String("bot_id")).toString();
        e.actor = author.toUtf8();
        QString text = resolveMarkup(m.value(QLatin1String("text")).toString(), users);
        const QJsonArray attachments = m.value(QLatin1String("attachments")).toArray();
        if (text.trimmed().isEmpty() && !attachments.isEmpty()) {
            const QJsonObject first = attachments.first().toObject();
            text = resolveMarkup(first.value(QLatin1String("fallback"))
                                     .toString(first.value(QLatin1String("text")).toString()),
                users);
        }
        if (text.trimmed().isEmpty() && m.contains(QLatin1String("file")))
            text = m.value(QLatin1String("file")).toObject().value(QLatin1String("title")).toString();
        e.text = text.toUtf8();
        QJsonObject attrs;
        attrs.insert(QStringLiteral("ts"), ts);
        const QString subtype = m.value(QLatin1String("subtype")).toString();
        if (!subtype.isEmpty())
            attrs.insert(QStringLiteral("subtype"), subtype);
        if (!userId.isEmpty())
            attrs.insert(QStringLiteral("user"), userId);
        if (const QString email = users.value(emailKey(userId)); !userId.isEmpty() && !email.isEmpty())
            attrs.insert(QStringLiteral("user_email"), email);
        // Threads: every message of a thread carries the root's ts, so a view can gather the
        // thread from any of its messages; replies say so, roots give their reply count.
        const QString thread = m.value(QLatin1String("thread_ts")).toString();
        if (!thread.isEmpty()) {
            attrs.insert(QStringLiteral("thread_ts"), thread);
            attrs.insert(QStringLiteral("thread_reply"), thread != ts);
            if (m.contains(QLatin1String("reply_count")))
                attrs.insert(QStringLiteral("reply_count"), m.value(QLatin1String("reply_count")));
        }
        if (!attachments.isEmpty())
            attrs.insert(QStringLiteral("attachments"), int(attachments.size()));
        if (m.contains(QLatin1String("files")) || m.contains(QLatin1String("file")))
            attrs.insert(QStringLiteral("files"), true);
        if (!entryName.isEmpty())
            attrs.insert(QStringLiteral("entry"), entryName);
        e.attributesJson = JsonItems::compact(attrs);
        sink.addEvent(std::move(e));
    }
    return true;
}

} // namespace faultless::model
