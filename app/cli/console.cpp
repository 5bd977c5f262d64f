#include "console.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#define FAULTLESS_ISATTY _isatty
#define FAULTLESS_FILENO _fileno
#else
#include <unistd.h>
#define FAULTLESS_ISATTY isatty
#define FAULTLESS_FILENO fileno
#endif

namespace faultless::cli {

using model::VisibleText;

Console::Console(std::FILE *stream, const QString &name)
    : m_stream(stream)
    , m_name(name)
    , m_terminal(FAULTLESS_ISATTY(FAULTLESS_FILENO(stream)) != 0)
{ }

void Console::fail(int error)
{
    if (m_error.isEmpty())
        m_error = tr("Cannot write %1: %2").arg(m_name, QString::fromLocal8Bit(std::strerror(error)));
}

void Console::write(QByteArrayView bytes)
{
    // After a failure nothing more is tried: the first reason is the one to report.
    if (!m_error.isEmpty() || bytes.isEmpty())
        return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size()))
        fail(errno != 0 ? errno : EIO);
}

Console &Console::operator<<(const QString &text)
{
    write(VisibleText::forTerminal(text).toUtf8());
    return *this;
}

Console &Console::operator<<(const char *ownText)
{
    write(QByteArrayView(ownText));
    return *this;
}

Console &Console::operator<<(char c)
{
    write(QByteArrayView(&c, 1));
    return *this;
}

Console &Console::operator<<(qint64 number)
{
    write(QByteArray::number(number));
    return *this;
}

void Console::writeLines(const QString &text)
{
    write(VisibleText::forTerminal(text, VisibleText::LineBreaks::Keep).toUtf8());
}

void Console::data(QByteArrayView bytes)
{
    write(bytes);
}

void Console::json(QByteArrayView compactJson)
{
    write(VisibleText::escapeJson(compactJson));
}

bool Console::flush()
{
    if (!m_error.isEmpty())
        return false;
    errno = 0;
    // fflush() reports what the buffered writes could not do; ferror() what an earlier one hid.
    if (std::fflush(m_stream) != 0 || std::ferror(m_stream))
        fail(errno != 0 ? errno : EIO);
    return m_error.isEmpty();
}

} // namespace faultless::cli
