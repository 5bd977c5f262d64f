#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace faultless::model {

// One entry of a zip archive on disk, read into memory: Show in Source reads it to show a record
// that was imported from inside an archive (a message of a Slack export zip). An entry is found by
// the name an importer gave it (libzip's name with ZIP_FL_ENC_GUESS, as UTF-8: SlackImporter).
// The archive is opened read-only and never extracted to disk.
class ArchiveEntry
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveEntry)
public:
    // False, with `error` naming the archive, the entry and the reason, when the archive cannot
    // be opened as a zip, has no such entry, or the entry is damaged or larger than `maxBytes`
    // once inflated.
    static bool read(const QString &archivePath, const QString &entryName, qint64 maxBytes, QByteArray *bytes,
        QString *error);
    // How an entry is named to the user: "export.zip › general/2016-03-28.json".
    static QString displayName(const QString &archiveName, const QString &entryName);
};

} // namespace faultless::model
