#include "teamserver/servercache.h"

#include "store/serverlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

namespace faultless::views {

namespace {

QString safePart(const QString &part)
{
    QString safe = part.left(64);
    for (QChar &c : safe) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('_');
        if (!keep)
            c = QLatin1Char('_');
    }
    return safe.isEmpty() ? QStringLiteral("_") : safe;
}

} // namespace

QString ServerCache::folderName(const model::ServerLocation &location)
{
    // Port 0 is libpq's default (PGPORT or 5432): kept apart from an explicit port, which may differ.
    const QString port = location.port() > 0 ? QString::number(location.port()) : QStringLiteral("default");
    // The login too: two people (or one person's two roles) on one machine never share a copy.
    const QString user = location.user().isEmpty() ? QString() : QLatin1Char('-') + safePart(location.user());
    return safePart(location.host()) + QLatin1Char('-') + port + QLatin1Char('-')
        + safePart(location.database()) + user;
}

QString ServerCache::folder(const model::ServerLocation &location)
{
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    return cache.filePath(QStringLiteral("server/") + folderName(location));
}

QString ServerCache::path(const model::ServerLocation &location)
{
    // Valid review names are safe file names (ServerLocation::isValidReviewName).
    return QDir(folder(location)).filePath(location.review() + QStringLiteral(".faultless"));
}

QString ServerCache::temporaryPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.dir().filePath(QStringLiteral(".%1.new-%2.faultless")
                                   .arg(info.completeBaseName(), QUuid::createUuid().toString(QUuid::Id128)));
}

bool ServerCache::replace(const QString &pulled, const QString &target, QString *error)
{
    // Left-overs of the old copy's last session would be taken for part of the new file.
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(target + QLatin1String(suffix));
    // rename() replaces the old file in one step on POSIX; elsewhere it may refuse an existing
    // target, which is then removed first.
    if (std::rename(QFile::encodeName(pulled).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    if (QFile::exists(target) && !QFile::remove(target)) {
        *error = QCoreApplication::translate("faultless::views::ServerCache", "Cannot replace %1.")
                     .arg(QDir::toNativeSeparators(target));
        QFile::remove(pulled);
        return false;
    }
    if (!QFile::rename(pulled, target)) {
        *error = QCoreApplication::translate("faultless::views::ServerCache", "Cannot write %1.")
                     .arg(QDir::toNativeSeparators(target));
        QFile::remove(pulled);
        return false;
    }
    return true;
}

namespace {

QString statePath(const QString &copy)
{
    return copy + QStringLiteral(".state");
}

} // namespace

bool ServerCache::writeState(const QString &copy, const State &state)
{
    QSaveFile file(statePath(copy));
    const QJsonObject json { { QStringLiteral("review_id"), QString::number(state.reviewId) },
        { QStringLiteral("seen"), QString::number(state.seen) } };
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0 && file.commit();
}

std::optional<ServerCache::State> ServerCache::readState(const QString &copy)
{
    QFile file(statePath(copy));
    if (!QFileInfo::exists(copy) || !file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    bool idOk = false;
    bool seenOk = false;
    State state { json.value(QStringLiteral("review_id")).toString().toLongLong(&idOk),
        json.value(QStringLiteral("seen")).toString().toLongLong(&seenOk) };
    if (!idOk || !seenOk || state.reviewId <= 0 || state.seen < 0)
        return std::nullopt;
    return state;
}

void ServerCache::forgetState(const QString &copy)
{
    QFile::remove(statePath(copy));
}

} // namespace faultless::views
