#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace faultless::model {

namespace {
// All of `data`, or false with the device's reason in *reason.
bool writeFully(QIODevice &device, QByteArrayView data, QString *reason)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const qint64 n = device.write(data.data() + done, data.size() - done);
        if (n <= 0) {
            *reason = device.errorString();
            return false;
        }
        done += qsizetype(n);
    }
    return true;
}

enum class Target { RegularOrNew, Stream, Other };

// What `path` names now, symbolic links followed.
Target targetOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Target::RegularOrNew; // QSaveFile says why it cannot be created
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return Target::RegularOrNew; // QSaveFile refuses a directory with its own message
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return Target::Stream;
    return Target::Other;
#else
    Q_UNUSED(path);
    return Target::RegularOrNew;
#endif
}
} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{ }

OutputFile::~OutputFile() = default;

bool OutputFile::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    cancel();
    return false;
}

bool OutputFile::open()
{
    switch (targetOf(m_path)) {
    case Target::RegularOrNew:
        m_file = std::make_unique<QSaveFile>(m_path);
        break;
    case Target::Stream:
        m_file = std::make_unique<QFile>(m_path);
        m_direct = true;
        break;
    case Target::Other:
        return fail(tr("not a file, a character device or a pipe"));
    }
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(m_file->errorString());
    return true;
}

bool OutputFile::write(QByteArrayView data)
{
    if (!m_error.isEmpty() || !m_file)
        return false;
    QString reason;
    if (!writeFully(*m_file, data, &reason))
        return fail(reason);
    return true;
}

bool OutputFile::isStream(const QString &path)
{
    return targetOf(path) == Target::Stream;
}

bool OutputFile::flush()
{
    if (!m_error.isEmpty() || !m_file)
        return false;
    // Bytes still in QIODevice's buffer fail here, not in write(); QSaveFile::commit() would
    // not notice.
    if (!m_file->flush())
        return fail(m_file->errorString());
    return true;
}

bool OutputFile::commit()
{
    if (!flush())
        return false;
    if (m_direct) {
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return fail(m_file->errorString());
        return true;
    }
    auto *saveFile = static_cast<QSaveFile *>(m_file.get());
    if (!saveFile->commit())
        return fail(saveFile->errorString());
    return true;
}

void OutputFile::cancel()
{
    // A device or pipe has what was written; a QSaveFile's temporary file goes away.
    if (m_file && !m_direct)
        static_cast<QSaveFile *>(m_file.get())->cancelWriting();
}

} // namespace faultless::model
