#include "importinput.h"

#include "import/textencoding.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <cstring>

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
} // namespace

struct ImportInput::Inflater
{
    z_stream stream {};
    QByteArray input;
    bool finished = false;
    Inflater()
    {
        input.resize(kRawChunk);
        // 16 + MAX_WBITS: expect a gzip header.
        inflateInit2(&stream, 16 + MAX_WBITS);
    }
    ~Inflater() { inflateEnd(&stream); }
};

ImportInput::ImportInput() = default;
ImportInput::~ImportInput() = default;

bool ImportInput::open(const QString &path)
{
    m_fileName = path;
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = Text::cannotOpen(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_fileSize = m_file->size();
    char magic[2] = {0, 0};
    if (m_file->peek(magic, 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1f
        && static_cast<unsigned char>(magic[1]) == 0x8b) {
        m_gzip = true;
        m_inflater = std::make_unique<Inflater>();
    }
    return true;
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
    if (m_file) {
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
    qsizetype chunk = kChunk;
    if (!m_gzip) {
        const qint64 remaining = m_fileSize - (m_file ? m_file->pos() : m_memoryPos);
        if (remaining >= 0)
            chunk = qsizetype(std::clamp<qint64>(remaining, 4096, kChunk));
    } else {
        chunk = qsizetype(std::clamp<qint64>(m_decompressed, 64 * 1024, kChunk));
    }
    const qsizetype wanted = m_end + chunk + Padding;
    if (m_buffer.size() < wanted)
        m_buffer.resize(std::max<qsizetype>(wanted, m_buffer.size() * 2));

    qint64 produced = 0;
    if (!m_gzip) {
        produced = readRaw(m_buffer.data() + m_end, chunk);
    } else {
        Inflater &z = *m_inflater;
        while (produced == 0 && !z.finished) {
            if (z.stream.avail_in == 0) {
                const qint64 n = readRaw(z.input.data(), z.input.size());
                m_rawRead += n;
                if (n == 0) {
                    // The file ended inside a gzip member (a copy of a log still being written, a
                    // download cut short): what came before is kept, the cut is reported.
                    m_error = Text::truncatedGzip(m_fileName);
                    m_hitLimit = true;
                    z.finished = true;
                    break;
                }
                z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
                z.stream.avail_in = uInt(n);
            }
            z.stream.next_out = reinterpret_cast<Bytef *>(m_buffer.data() + m_end);
            z.stream.avail_out = uInt(chunk);
            const int rc = inflate(&z.stream, Z_NO_FLUSH);
            produced = chunk - z.stream.avail_out;
            if (rc == Z_STREAM_END) {
                // Concatenated gzip members (as `cat a.gz b.gz` makes) continue the stream.
                if (z.stream.avail_in > 0 || (m_file ? !m_file->atEnd() : m_memoryPos < m_memory.size()))
                    inflateReset(&z.stream);
                else
                    z.finished = true;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = Text::corruptGzip(m_fileName);
                z.finished = true;
                m_hitLimit = true;
            }
        }
    }
    if (produced <= 0) {
        m_eof = true;
        return false;
    }
    m_decompressed += produced;
    if (m_gzip) {
        // Compressed bytes consumed so far, not the file size: a bomb at the start of a large
        // file is caught as soon as it passes the floor.
        const Inflater &z = *m_inflater;
        m_compressedRead = m_rawRead - qint64(z.stream.avail_in);
        if (m_maxRatio > 0 && m_decompressed > m_ratioFloor
            && m_decompressed > m_maxRatio * std::max<qint64>(m_compressedRead, 1)) {
            m_error = Text::bomb(m_fileName, m_maxRatio, m_decompressed, m_compressedRead);
            m_hitLimit = true;
            m_eof = true;
        }
    }
    if (!m_hitLimit && m_maxDecompressedSize > 0 && m_decompressed > m_maxDecompressedSize) {
        m_error = Text::tooLarge(m_fileName, m_maxDecompressedSize);
        m_hitLimit = true;
        m_eof = true;
    }
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
    while (fill()) {
        if (m_end - m_start > m_maxDocumentSize) {
            m_error = Text::tooLarge(m_fileName, m_maxDocumentSize);
            m_hitLimit = true;
            return {};
        }
    }
    if (m_hitLimit)
        return {};
    QByteArray all(m_buffer.constData() + m_start, m_end - m_start);
    m_start = m_end;
    return all;
}

} // namespace faultless::model
