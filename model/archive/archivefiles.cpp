#include "archivefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace faultless::model::archivefiles {

namespace {
const QLatin1String kLockName("lock");

QString stagingPrefix(const QString &archivePath)
{
    return QLatin1Char('.') + QFileInfo(archivePath).fileName() + QLatin1String(".staging-");
}
} // namespace

ContentHasher::ContentHasher()
    : m_crc(crc32(0L, Z_NULL, 0))
    , m_adler(adler32(0L, Z_NULL, 0))
{ }

void ContentHasher::add(const char *data, qint64 size)
{
    // zlib takes uInt lengths: feed large blocks in pieces.
    while (size > 0) {
        const uInt n = uInt(qMin<qint64>(size, 1 << 30));
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), n);
        m_adler = adler32(m_adler, reinterpret_cast<const Bytef *>(data), n);
        m_size += n;
        data += n;
        size -= n;
    }
}

QString ContentHasher::result() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_size)
        .arg(qulonglong(m_crc), 8, 16, QLatin1Char('0'))
        .arg(qulonglong(m_adler), 8, 16, QLatin1Char('0'));
}

qint64 sizeOfContentHash(const QString &hash)
{
    const QStringList parts = hash.split(QLatin1Char('-'));
    if (parts.size() != 3 || parts.at(1).size() != 8 || parts.at(2).size() != 8)
        return -1;
    bool ok = false;
    const qint64 size = parts.at(0).toLongLong(&ok);
    return ok && size >= 0 ? size : -1;
}

bool isOccupied(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 || errno != ENOENT;
}

bool isReviewFile(const QString &candidate, const QString &reviewPath)
{
    struct stat c;
    if (::stat(QFile::encodeName(candidate).constData(), &c) != 0)
        return false;
    for (const char *suffix : { "", "-wal", "-shm", "-journal" }) {
        struct stat r;
        if (::stat(QFile::encodeName(reviewPath + QLatin1String(suffix)).constData(), &r) == 0
            && r.st_dev == c.st_dev && r.st_ino == c.st_ino)
            return true;
    }
    return false;
}

bool renameNoReplace(const QString &from, const QString &to, QString *error)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    int rc = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: link() does not replace either.
        rc = ::link(source.constData(), target.constData());
        if (rc == 0)
            ::unlink(source.constData());
    }
    if (rc != 0)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return rc == 0;
}

StagingFolder::StagingFolder(const QString &archivePath)
    : m_dir(
        QFileInfo(archivePath).absoluteDir().filePath(stagingPrefix(archivePath) + QLatin1String("XXXXXX")))
{
    if (!m_dir.isValid()) {
        m_error = tr("Cannot create a folder beside %1: %2").arg(archivePath, m_dir.errorString());
        return;
    }
    const QByteArray lock = QFile::encodeName(m_dir.filePath(kLockName));
    m_lockFd = ::open(lock.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_lockFd >= 0 && ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
    if (m_lockFd < 0)
        m_error = tr("Cannot create a folder beside %1: %2")
                      .arg(archivePath, QString::fromLocal8Bit(std::strerror(errno)));
}

StagingFolder::~StagingFolder()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    // m_dir removes the folder and everything in it.
}

void StagingFolder::removeAbandoned(const QString &archivePath)
{
    QDir parent = QFileInfo(archivePath).absoluteDir();
    // Matched by prefix, not as a wildcard pattern: the archive's name may hold '[' or '*'.
    const QString prefix = stagingPrefix(archivePath);
    const QStringList names
        = parent.entryList(QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        const QString folder = parent.filePath(name);
        const QByteArray lock = QFile::encodeName(folder + QLatin1Char('/') + kLockName);
        const int fd = ::open(lock.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            // No lock: killed before the lock existed (the folder is empty), or while its owner's
            // destructor was removing it (the lock may go before the rest). A live run makes its
            // lock before any other file, so a folder with files but no lock is nobody's.
            if (!parent.rmdir(name))
                QDir(folder).removeRecursively();
            continue;
        }
        // The lock goes with its process: if it can be taken, nobody is working in the folder.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            QDir(folder).removeRecursively();
        ::close(fd);
    }
}

} // namespace faultless::model::archivefiles
