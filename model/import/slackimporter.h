#pragma once

#include "import/importer.h"
#include "import/parsers/jsonpositions.h"

#include <QHash>
#include <QJsonArray>

namespace faultless::model {

// Slack workspace exports: one day file (<channel>/<YYYY-MM-DD>.json, names from ../../users.json
// when it is there) or the whole export zip. A channel folder is imported as its day files.
class SlackImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SlackImporter)
public:
    static QString formatId() { return QStringLiteral("slack"); }
    // The zip entry ("general/2016-03-28.json") a message of an export zip was read from, kept in
    // its attributes as "entry"; its byte offset counts within that entry's text. Empty for a
    // message of a day file read on its own.
    static QString archiveEntryOf(const QString &attributesJson);

    QString id() const override { return formatId(); }
    QString displayName() const override { return tr("Slack export"); }
    QString sourceKind() const override { return QStringLiteral("chat"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json"), QStringLiteral("zip") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

    // Caps on what an export zip may inflate to (decompression bombs); tests lower them.
    void setArchiveLimits(qint64 maxEntryBytes, qint64 maxTotalBytes)
    {
        m_maxEntryBytes = maxEntryBytes;
        m_maxTotalBytes = maxTotalBytes;
    }

private:
    qint64 m_maxEntryBytes = 64ll * 1024 * 1024;
    qint64 m_maxTotalBytes = 512ll * 1024 * 1024;
    bool readZip(
        const QByteArray &bytes, ImportInput &input, EventSink &sink, ImportContext &context, QString *error);
    // `authorsAsIds` counts the messages whose author is left as a Slack user id (no name found).
    bool addMessages(const QJsonArray &messages, const QString &channel, const QString &entryName,
        const QHash<QString, QString> &users, ImportInput &input, EventSink &sink, qint64 *authorsAsIds,
        const QList<JsonPositions::Position> &positions = {}); // of the messages in their day file or entry
};

} // namespace faultless::model
