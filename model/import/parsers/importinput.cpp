#include "importinput.h"

#include "import/parsers/textencoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace faultless::model {

namespace {
constexpr qsizetype kChunk = 1 << 20;
constexpr qsizetype kRawChunk = 256 * 1024;
constexpr qsizetype kTruncatedHead = 4096;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportInput)
public:
    static QString cannotOpen(const QString &file, const QString &why)
    {
        return tr("Cannot open %1: %2").arg(file, why);
    }
    static QString corruptGzip(const QString &file) { return tr("%1 is not valid gzip data").arg(file); }
    static QString truncatedGzip(const QString &file)
    {
        return tr("%1 ends in the middle of its gzip data (the file is incomplete)").arg(file);
    }
    static QString tooLarge(const QString &file, qint64 limit)
    {
        return tr("%1 expands to more than %2 MiB; import stopped there").arg(file).arg(limit >> 20);
    }
    static QString cannotRead(const QString &file, const QString &why)
    {
        return tr("Cannot read %1: %2").arg(file, why);
    }
    static QString canceledWaiting(const QString &file)
    {
        return tr("Import of %1 canceled while waiting for its input").arg(file);
    }
    static QString isFolder(const QString &file) { return tr("%1 is a folder, not a file").arg(file); }
    static QString isDevice(const QString &file)
    {
        return tr(
            "%1 is a device, not a file (its input may never end); save what it gives to a file and import "
            "that")
            .arg(file);
    }
    static QString notAFile(const QString &file) { return tr("%1 is neither a file nor a pipe").arg(file); }
    static QString noWriter(const QString &file, int seconds)
    {
        return tr(
            "%1 is a named pipe that no program opened for writing within %n second(s); nothing imported",
            nullptr, seconds)
            .arg(file);
    }
    static QString noRecord(const QString &file, qint64 limit, qint64 since)
    {
        return tr("%1: no record in %2 MiB of input after byte %3; import stopped there")
            .arg(file)
            .arg(limit >> 20)
            .arg(since);
    }
    static QString documentTooLarge(const QString &file, qint64 limit)
    {
        return tr("%1: document larger than %2 MiB; not imported").arg(file).arg(limit >> 20);
    }
    static QString documentTooLargeInMemory(const QString &file, qint64 limit)
    {
        return tr("%1: document larger than %2 MiB once read into memory (too many values for its size); not "
                  "imported")
            .arg(file)
            .arg(limit >> 20);
    }
    static QString bomb(const QString &file, qint64 ratio, qint64 produced, qint64 consumed)
    {
        return tr("%1 expands more than %2 times (%3 MiB from %4 KiB of gzip data): a likely decompression "
                  "bomb; import stopped there")
            .arg(file)
            .arg(ratio)
            .arg(produced >> 20)
            .arg(consumed >> 10);
    }
};

#ifdef Q_OS_UNIX
// A pipe made by `|` lives in the kernel's pipe file system; a named pipe lives in a folder and
// may get its writer after the reader opened it.
bool isNamedPipe(const struct stat &st)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return true;
    struct stat own = {};
    const bool anonymous = ::fstat(fds[0], &own) == 0 && own.st_dev == st.st_dev;
    ::close(fds[0]);
    ::close(fds[1]);
    return !anonymous;
}
#endif
} // namespace

ContentHash::ContentHash()
    : m_crc(quint32(crc32(0L, Z_NULL, 0)))
    , m_adler(quint32(adler32(0L, Z_NULL, 0)))
{ }

void ContentHash::add(const char *data, qint64 size)
{
    // zlib takes at most uInt bytes at a time.
    while (size > 0) {
        const uInt n = uInt(std::min<qint64>(size, 1 << 30));
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), n));
        m_adler = quint32(adler32(m_adler, reinterpret_cast<const Bytef *>(data), n));
        m_size += n;
        data += n;
        size -= n;
    }
}

QString ContentHash::text() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(m_size)
        .arg(m_crc, 8, 16, QLatin1Char('0'))
        .arg(m_adler, 8, 16, QLatin1Char('0'));
}

struct ImportInput::Inflater
{
    z_stream stream {};
    QByteArray input;
    bool finished = false;
    bool betweenMembers = false; // a gzip member just ended: the input may end here
    Inflater()
    {
        input.resize(kRawChunk);
        // 16 + MAX_WBITS: expect a gzip header.
        inflateInit2(&stream, 16 + MAX_WBITS);
    }
    ~Inflater() { inflateEnd(&stream); }
};

ImportInput::ImportInput() = default;

ImportInput::~ImportInput()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool ImportInput::open(const QString &path)
{
    m_fileName = path;
    m_file = std::make_unique<QFile>(path);
#ifdef Q_OS_UNIX
    // A Qt resource (":/demo/…", the demo review's sources) is no file of the file system.
    if (!path.startsWith(QLatin1Char(':')))
        return openDescriptor(path);
#endif
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = Text::cannotOpen(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return openedFile();
}

#ifdef Q_OS_UNIX
bool ImportInput::openDescriptor(const QString &path)
{
    // O_NONBLOCK: opening a named pipe must not wait for a writer (forever, when none comes).
    // What was opened is then judged by its descriptor, not by its path, which could change.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        m_error = Text::cannotOpen(path, QString::fromLocal8Bit(std::strerror(errno)));
        m_file.reset();
        return false;
    }
    struct stat st = {};
    QString refusal;
    if (::fstat(fd, &st) != 0)
        refusal = Text::cannotOpen(path, QString::fromLocal8Bit(std::strerror(errno)));
    else if (S_ISDIR(st.st_mode))
        refusal = Text::isFolder(path);
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        refusal = Text::isDevice(path);
    else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        refusal = Text::notAFile(path);
    if (!refusal.isEmpty()) {
        ::close(fd);
        m_error = refusal;
        m_file.reset();
        return false;
    }
    if (S_ISFIFO(st.st_mode)) {
        m_file.reset();
        return openStream(fd, path, isNamedPipe(st));
    }
    // A regular file: blocking reads through QFile from here on.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!m_file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        m_error = Text::cannotOpen(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return openedFile();
}
#endif

bool ImportInput::openedFile()
{
    m_fileSize = m_file->size();
    char magic[2] = { 0, 0 };
    if (m_file->peek(magic, 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1f
        && static_cast<unsigned char>(magic[1]) == 0x8b) {
        m_gzip = true;
        m_inflater = std::make_unique<Inflater>();
    }
    return true;
}

bool ImportInput::openStream(int fd, const QString &path, bool named)
{
    m_fd = fd;
    m_namedPipe = named;
    // The first bytes say whether the stream is gzip. Reading them here also refuses a named
    // pipe without a writer before the import begins.
    char head[2];
    qint64 got = 0;
    while (got < 2) {
        const qint64 n = readStream(head + got, 2 - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (m_hitLimit || isCanceled()) {
        if (m_error.isEmpty())
            m_error = Text::canceledWaiting(path);
#ifdef Q_OS_UNIX
        ::close(m_fd);
#endif
        m_fd = -1;
        return false;
    }
    m_streamHead = QByteArray(head, got);
    if (got == 2 && static_cast<unsigned char>(head[0]) == 0x1f
        && static_cast<unsigned char>(head[1]) == 0x8b) {
        m_gzip = true;
        m_inflater = std::make_unique<Inflater>();
    }
    return true;
}

qint64 ImportInput::readStream(char *dst, qint64 max)
{
#ifdef Q_OS_UNIX
    QElapsedTimer waitingForWriter;
    for (;;) {
        if (isCanceled())
            return 0;
        const ssize_t n = ::read(m_fd, dst, size_t(max));
        if (n > 0) {
            m_writerSeen = true;
            m_streamHash.add(dst, n);
            return n;
        }
        if (n == 0) {
            // No writer: the end, once there was one (or for a `|` pipe, which cannot get one later).
            if (m_writerSeen || !m_namedPipe)
                return 0;
            if (!waitingForWriter.isValid()) {
                waitingForWriter.start();
            } else if (waitingForWriter.elapsed() > m_writerWaitMs) {
                stopWith(Text::noWriter(m_fileName, std::max(1, (m_writerWaitMs + 999) / 1000)));
                return 0;
            }
            ::poll(nullptr, 0, 20);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // A writer is there but has nothing yet: wait in steps, to see the cancel flag.
            m_writerSeen = true;
            pollfd readable { m_fd, POLLIN, 0 };
            ::poll(&readable, 1, 100);
            continue;
        }
        stopWith(Text::cannotRead(m_fileName, QString::fromLocal8Bit(std::strerror(errno))));
        return 0;
    }
#else
    Q_UNUSED(dst);
    Q_UNUSED(max);
    return 0;
#endif
}

void ImportInput::stopWith(const QString &error)
{
    m_error = error;
    m_hitLimit = true;
    m_eof = true;
}

void ImportInput::openBytes(const QByteArray &bytes, const QString &displayName)
{
    m_fileName = displayName;
    m_memory = bytes;
    m_memoryPos = 0;
    m_fileSize = bytes.size();
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f
        && static_cast<unsigned char>(bytes[1]) == 0x8b) {
        m_gzip = true;
        m_inflater = std::make_unique<Inflater>();
    }
}

qint64 ImportInput::readRaw(char *dst, qint64 max)
{
    qint64 n = 0;
    if (m_fd >= 0) {
        if (!m_streamHead.isEmpty()) {
            n = std::min<qint64>(max, m_streamHead.size());
            std::memcpy(dst, m_streamHead.constData(), size_t(n));
            m_streamHead.remove(0, n);
        } else {
            n = readStream(dst, max);
        }
        m_streamRead += n;
        if (m_progress)
            m_progress->store(m_streamRead, std::memory_order_relaxed);
    } else if (m_file) {
        n = m_file->read(dst, max);
        if (n < 0)
            n = 0;
        if (m_progress)
            m_progress->store(m_file->pos(), std::memory_order_relaxed);
    } else {
        n = std::min<qint64>(max, m_memory.size() - m_memoryPos);
        std::memcpy(dst, m_memory.constData() + m_memoryPos, size_t(n));
        m_memoryPos += n;
        if (m_progress)
            m_progress->store(m_memoryPos, std::memory_order_relaxed);
    }
    return n;
}

bool ImportInput::fill()
{
    if (m_eof || isCanceled())
        return false;
    // Drop what has been consumed so the buffer does not grow with the file.
    if (m_start > 0) {
        const qsizetype live = m_end - m_start;
        if (live > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(live));
        m_bufferOffset += m_start;
        m_end = live;
        m_start = 0;
    }
    // A plain input smaller than a chunk gets a buffer its size, not 1 MiB (and 2 MiB once the
    // read that finds the end grows it): most activity exports are a few KiB, and fresh pages
    // cost 15-20 µs each to touch on the reference VM (far more under AddressSanitizer, which
    // never reuses a freed block at once: the fuzz targets ran at 2-20 inputs a second).
    // At the expected end 4 KiB, to find the end or read on in a file that grew meanwhile;
    // past it (it grew) whole chunks again.
    // Gzip hides the size: its chunks grow with what has been inflated, from 64 KiB to 1 MiB.
    // A pipe's size is unknown: whole chunks.
    qsizetype chunk = kChunk;
    if (!m_gzip && m_fd < 0) {
        const qint64 remaining = m_fileSize - (m_file ? m_file->pos() : m_memoryPos);
        if (remaining >= 0)
            chunk = qsizetype(std::clamp<qint64>(remaining, 4096, kChunk));
    } else if (m_gzip) {
        chunk = qsizetype(std::clamp<qint64>(m_decompressed, 64 * 1024, kChunk));
    }
    const qsizetype wanted = m_end + chunk + Padding;
    if (m_buffer.size() < wanted) {
        qsizetype grown = std::max<qsizetype>(wanted, m_buffer.size() * 2);
        // A document is refused just past its limit: its buffer need not double beyond that.
        if (m_wholeDocument)
            grown
                = std::max<qsizetype>(wanted, std::min<qint64>(grown, m_maxDocumentSize + kChunk + Padding));
        m_buffer.resize(grown);
    }

    qint64 produced = 0;
    if (!m_gzip)
        produced = readRaw(m_buffer.data() + m_end, chunk);
    else
        inflateInto(m_buffer.data() + m_end, chunk, &produced);
    if (produced <= 0) {
        m_eof = true;
        return false;
    }
    m_decompressed += produced;
    checkLimits();
    produced = convertToUtf8(produced);
    m_end += produced;
    std::memset(m_buffer.data() + m_end, 0, size_t(Padding));
    if (!m_bomChecked && m_bufferOffset == 0 && m_end >= 3) {
        m_bomChecked = true;
        if (std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_start = 3;
    }
    return true;
}

void ImportInput::inflateInto(char *dst, qsizetype room, qint64 *produced)
{
    Inflater &z = *m_inflater;
    while (*produced == 0 && !z.finished) {
        if (z.stream.avail_in == 0) {
            const qint64 n = readRaw(z.input.data(), z.input.size());
            m_rawRead += n;
            if (n == 0) {
                // The input ended inside a gzip member (a copy of a log still being written, a
                // download cut short): what came before is kept, the cut is reported.
                if (!z.betweenMembers && !isCanceled() && !m_hitLimit) {
                    m_error = Text::truncatedGzip(m_fileName);
                    m_hitLimit = true;
                }
                z.finished = true;
                break;
            }
            z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
            z.stream.avail_in = uInt(n);
        }
        z.betweenMembers = false;
        z.stream.next_out = reinterpret_cast<Bytef *>(dst);
        z.stream.avail_out = uInt(room);
        const int rc = inflate(&z.stream, Z_NO_FLUSH);
        *produced = room - z.stream.avail_out;
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members (as `cat a.gz b.gz` makes) continue the stream; whether
            // another follows is known only by reading on (a pipe cannot tell its end before).
            inflateReset(&z.stream);
            z.betweenMembers = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = Text::corruptGzip(m_fileName);
            z.finished = true;
            m_hitLimit = true;
        }
    }
}

void ImportInput::checkLimits()
{
    if (m_gzip) {
        // Compressed bytes consumed so far, not the file size: a bomb at the start of a large
        // file is caught as soon as it passes the floor.
        const Inflater &z = *m_inflater;
        m_compressedRead = m_rawRead - qint64(z.stream.avail_in);
        if (m_maxRatio > 0 && m_decompressed > m_ratioFloor
            && m_decompressed > m_maxRatio * std::max<qint64>(m_compressedRead, 1)) {
            stopWith(Text::bomb(m_fileName, m_maxRatio, m_decompressed, m_compressedRead));
            return;
        }
    }
    if (!m_hitLimit && m_maxDecompressedSize > 0 && m_decompressed > m_maxDecompressedSize) {
        stopWith(Text::tooLarge(m_fileName, m_maxDecompressedSize));
        return;
    }
    // A pipe that never yields a record (its end unknown, maybe never) is stopped; a document
    // has its records only once it is read whole, and has limits of its own.
    if (!m_hitLimit && isStream() && !m_wholeDocument && m_maxBytesWithoutRecord > 0) {
        const qint64 allowed = std::max(m_maxBytesWithoutRecord, m_maxLineLength + kChunk);
        if (m_decompressed - m_lastRecordAt > allowed)
            stopWith(Text::noRecord(m_fileName, allowed, m_lastRecordAt));
    }
}

QByteArray ImportInput::peek(qsizetype size)
{
    while (m_end - m_start < size && fill()) { }
    return QByteArray(m_buffer.constData() + m_start, std::min(size, m_end - m_start));
}

bool ImportInput::readLine(InputLine &line)
{
    if (!readLineAsIs(line))
        return false;
    if (!line.truncated) {
        if (!m_windows1252)
            m_windows1252 = std::make_unique<Windows1252Fallback>();
        // A whole line always lies in m_buffer, followed by the rest of what is buffered.
        const QByteArrayView ahead(line.data.data(), m_buffer.constData() + m_end - line.data.data());
        line.data = m_windows1252->fix(line.data, line.number, line.byteOffset, ahead, Padding);
    }
    return true;
}

qsizetype ImportInput::convertToUtf8(qsizetype produced)
{
    char *const chunk = m_buffer.data() + m_end;
    if (!m_encodingChecked && m_bufferOffset == 0 && m_end == 0) {
        m_encodingChecked = true;
        qsizetype bomSize = 0;
        const TextEncoding::Unicode encoding
            = TextEncoding::detect(QByteArrayView(chunk, produced), &bomSize);
        if (encoding != TextEncoding::Unicode::Utf8)
            m_transcoder = std::make_unique<Utf8Transcoder>(encoding);
    }
    if (!m_transcoder)
        return produced;
    const QByteArray utf8 = m_transcoder->convert(QByteArrayView(chunk, produced));
    if (m_buffer.size() < m_end + utf8.size() + Padding)
        m_buffer.resize(m_end + utf8.size() + Padding);
    std::memcpy(m_buffer.data() + m_end, utf8.constData(), size_t(utf8.size()));
    return utf8.size();
}

QStringList ImportInput::encodingNotes() const
{
    return TextEncoding::notes(m_fileName, m_transcoder ? m_transcoder->from() : TextEncoding::Unicode::Utf8,
        m_windows1252 ? m_windows1252->recodedLines() : 0,
        m_windows1252 ? m_windows1252->firstRecodedLine() : 0);
}

bool ImportInput::readLineAsIs(InputLine &line)
{
    qsizetype scanned = m_start;
    for (;;) {
        const char *begin = m_buffer.constData() + scanned;
        const auto *nl = static_cast<const char *>(
            m_end > scanned ? std::memchr(begin, '\n', size_t(m_end - scanned)) : nullptr);
        if (nl) {
            const qsizetype lineEnd = nl - m_buffer.constData();
            if (lineEnd - m_start > m_maxLineLength) {
                cutLine(line, lineEnd - m_start);
                m_start = lineEnd + 1;
                return true;
            }
            qsizetype contentEnd = lineEnd;
            if (contentEnd > m_start && m_buffer[contentEnd - 1] == '\r')
                --contentEnd;
            line.data = QByteArrayView(m_buffer.constData() + m_start, contentEnd - m_start);
            line.byteOffset = m_bufferOffset + m_start;
            line.number = ++m_lineNumber;
            line.truncated = false;
            m_start = lineEnd + 1;
            return true;
        }
        scanned = m_end;
        if (m_end - m_start > m_maxLineLength) {
            // Keep the head of the over-long line for the rejection message, skip the rest.
            const qsizetype headSize = std::min<qsizetype>(kTruncatedHead, m_end - m_start);
            QByteArray head(m_buffer.constData() + m_start, headSize);
            const qint64 offset = m_bufferOffset + m_start;
            bool found = false;
            while (!found) {
                const auto *p = static_cast<const char *>(
                    std::memchr(m_buffer.constData() + m_start, '\n', size_t(m_end - m_start)));
                if (p) {
                    m_start = (p - m_buffer.constData()) + 1;
                    found = true;
                } else {
                    m_start = m_end;
                    if (!fill())
                        break;
                }
            }
            m_truncatedLine = head;
            m_truncatedLine.append(QByteArray(Padding, '\0'));
            line.data = QByteArrayView(m_truncatedLine.constData(), headSize);
            line.byteOffset = offset;
            line.number = ++m_lineNumber;
            line.truncated = true;
            return true;
        }
        const qsizetype consumedBefore = m_start;
        if (!fill()) {
            // A canceled read stops here: the bytes left in the buffer are the head of a line, not
            // a last line, and handing them out would make the importer reject a record it never saw whole.
            if (m_end > m_start && !isCanceled()) { // last line without a newline
                if (m_end - m_start > m_maxLineLength) {
                    cutLine(line, m_end - m_start);
                    m_start = m_end;
                    return true;
                }
                qsizetype contentEnd = m_end;
                if (m_buffer[contentEnd - 1] == '\r')
                    --contentEnd;
                line.data = QByteArrayView(m_buffer.constData() + m_start, contentEnd - m_start);
                line.byteOffset = m_bufferOffset + m_start;
                line.number = ++m_lineNumber;
                line.truncated = false;
                m_start = m_end;
                return true;
            }
            return false;
        }
        // fill() may have moved the live bytes to the front of the buffer.
        scanned -= consumedBefore - m_start;
    }
}

QByteArray ImportInput::readBytes(qint64 size)
{
    QByteArray out;
    while (out.size() < size) {
        if (m_end == m_start && !fill())
            break;
        const qsizetype take = qsizetype(std::min<qint64>(size - out.size(), m_end - m_start));
        const char *begin = m_buffer.constData() + m_start;
        out.append(begin, take);
        m_lineNumber += std::count(begin, begin + take, '\n');
        m_start += take;
    }
    return out;
}

void ImportInput::cutLine(InputLine &line, qsizetype length)
{
    // Keeps the head of an over-long line that is wholly in the buffer, for the rejection message.
    const qsizetype headSize = std::min<qsizetype>(kTruncatedHead, length);
    m_truncatedLine = QByteArray(m_buffer.constData() + m_start, headSize);
    m_truncatedLine.append(QByteArray(Padding, '\0'));
    line.data = QByteArrayView(m_truncatedLine.constData(), headSize);
    line.byteOffset = m_bufferOffset + m_start;
    line.number = ++m_lineNumber;
    line.truncated = true;
}

QByteArray ImportInput::readAll()
{
    m_wholeDocument = true;
    if (!m_gzip && m_file && m_fileSize - m_file->pos() > m_maxDocumentSize) {
        stopWith(Text::documentTooLarge(m_fileName, m_maxDocumentSize)); // known without reading it
        return {};
    }
    if (!m_gzip && m_file) // the size is known: one buffer of that size rather than doubling ones
        m_buffer.resize(
            std::max<qsizetype>(m_buffer.size(), m_end + (m_fileSize - m_file->pos()) + 4096 + Padding));
    while (fill()) {
        if (m_end - m_start > m_maxDocumentSize) {
            stopWith(Text::documentTooLarge(m_fileName, m_maxDocumentSize));
            break;
        }
    }
    if (m_hitLimit) {
        m_buffer = QByteArray();
        m_start = m_end = 0;
        return {};
    }
    // The buffer is handed over, not copied: a document may be hundreds of MiB.
    QByteArray all = std::exchange(m_buffer, QByteArray());
    all.truncate(m_end);
    all.remove(0, m_start);
    m_bufferOffset += m_end;
    m_start = m_end = 0;
    if (all.isNull())
        all = QByteArray(""); // empty, not null: null means refused
    return all;
}

bool ImportInput::fitsInMemory(QByteArrayView document, Syntax syntax)
{
    const qint64 estimate = syntax == Syntax::Json ? jsonMemoryEstimate(document, m_maxDocumentMemory)
                                                   : yamlMemoryEstimate(document, m_maxDocumentMemory);
    if (estimate <= m_maxDocumentMemory)
        return true;
    stopWith(Text::documentTooLargeInMemory(m_fileName, m_maxDocumentMemory));
    return false;
}

qint64 ImportInput::jsonMemoryEstimate(QByteArrayView json, qint64 stopAbove)
{
    // Measured with Qt 6.4's QJsonDocument: 16-17 bytes a value ([0,0,...], [{},...]), 224 an
    // object or array with members (a container of its own), and the text of its strings. The
    // text counts twice: the document's bytes and the parsed form's copy of its strings.
    constexpr qint64 perValue = 24;
    constexpr qint64 perContainer = 224;
    qint64 estimate = qint64(json.size()) * 2;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case ',':
        case ':':
            estimate += perValue;
            break;
        case '[':
        case '{':
            estimate += perValue + perContainer;
            if (estimate > stopAbove)
                return estimate;
            break;
        default:
            break;
        }
    }
    return estimate;
}

qint64 ImportInput::yamlMemoryEstimate(QByteArrayView yaml, qint64 stopAbove)
{
    // YamlSubsetReader holds the text three times in UTF-16 (whole, split into lines, and each
    // line's content), a line record and a QVariant node per line (a map or list node is a few
    // hundred bytes), and a node per flow item.
    constexpr qint64 perLine = 320;
    constexpr qint64 perFlowItem = 224;
    qint64 estimate = qint64(yaml.size()) * 6;
    for (const char c : yaml) {
        if (c == '\n')
            estimate += perLine;
        else if (c == ',' || c == '[' || c == '{')
            estimate += perFlowItem;
        else
            continue;
        if (estimate > stopAbove)
            return estimate;
    }
    return estimate;
}

} // namespace faultless::model
