#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace faultless::model {

class Utf8Transcoder;
class Windows1252Fallback;

// One line of input, valid until the next readLine() call. `data` points into the reader's buffer
// and is followed by at least ImportInput::Padding readable bytes, so parsers that read past the
// end in wide blocks (simdjson) can work on it in place without a copy.
struct InputLine
{
    QByteArrayView data;
    qint64 number = 0;     // 1-based line number in the decompressed stream
    qint64 byteOffset = 0; // offset of the first byte of the line in the decompressed stream
    bool truncated = false; // the line was longer than maxLineLength(); `data` holds its start
};

// Streams a file for an importer: transparent gzip (zlib), UTF-8 BOM and CRLF removal, line
// numbers and byte offsets, a cap on line length and on decompressed size (a gzip bomb must not
// exhaust memory or disk), progress in bytes of the file read, and cancellation.
// Hand-rolled line splitting instead of QIODevice::readLine(): the latter copies every line into a
// new QByteArray, which is a large share of the budget at a million lines.
// Plain read() into a reused 1 MiB buffer rather than a memory mapping: a mapped version (1 MiB
// steps, MADV_SEQUENTIAL, MADV_POPULATE_READ) saved the kernel's copy but cost the parser more than
// it saved, as it then read every byte from cold page-cache memory through 4 KiB pages instead of a
// cache-warm buffer (bench_import 1M --parse-only, thread CPU: read() 0.30-0.34 s, mapped 0.45-0.49 s).
class ImportInput
{
public:
    static constexpr qsizetype Padding = 64;
    static constexpr qint64 DefaultMaxLineLength = 64ll * 1024 * 1024;
    static constexpr qint64 DefaultMaxDocumentSize = 512ll * 1024 * 1024;
    // Decompression-bomb guard: gzip data may expand to at most DefaultMaxCompressionRatio times
    // the compressed bytes read so far once past DefaultRatioFloor. Real logs compress 5-30:1 and
    // very repetitive ones up to ~100:1; a bomb made of one repeated byte reaches ~1000:1. The
    // floor keeps small files of a highly compressible log from tripping it.
    static constexpr qint64 DefaultMaxCompressionRatio = 200;
    static constexpr qint64 DefaultRatioFloor = 1024ll * 1024 * 1024;
    // Absolute backstop on decompressed bytes, whatever the ratio (0 = none).
    static constexpr qint64 DefaultMaxDecompressedSize = 64ll * 1024 * 1024 * 1024;

    ImportInput();
    ~ImportInput();
    ImportInput(const ImportInput &) = delete;
    ImportInput &operator=(const ImportInput &) = delete;

    bool open(const QString &path);
    // Reads from memory instead of a file (tests, previews, nested files of an archive).
    void openBytes(const QByteArray &bytes, const QString &displayName = {});

    QString errorString() const { return m_error; }
    QString fileName() const { return m_fileName; }
    bool isCompressed() const { return m_gzip; }
    qint64 fileSize() const { return m_fileSize; }

    // The first `size` decompressed bytes, without consuming them (for sniffing).
    QByteArray peek(qsizetype size);

    // The next line as valid UTF-8 (see TextEncoding: UTF-16/32 input is converted as it is read,
    // lines that are not UTF-8 are read as Windows-1252).
    bool readLine(InputLine &line);
    // The next `size` bytes exactly as they are (no line splitting, no CR removal), for binary
    // payloads inside a line-based format (journald export's binary fields); fewer at the end of
    // the input or when canceled. Newlines in them count for the line numbers that follow.
    QByteArray readBytes(qint64 size);
    // Whole-document formats (a JSON array, YAML): the rest of the input, or a null array and
    // errorString() when it exceeds maxDocumentSize.
    QByteArray readAll();

    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    qint64 maxLineLength() const { return m_maxLineLength; }
    void setMaxDocumentSize(qint64 bytes) { m_maxDocumentSize = bytes; }
    void setMaxDecompressedSize(qint64 bytes) { m_maxDecompressedSize = bytes; }
    // Stop when the decompressed size exceeds both `ratio` times the compressed bytes consumed
    // and `floorBytes` (tests lower the floor; ratio 0 turns the guard off).
    void setMaxCompressionRatio(qint64 ratio, qint64 floorBytes = DefaultRatioFloor)
    {
        m_maxRatio = ratio;
        m_ratioFloor = floorBytes;
    }

    // Bytes of the underlying file consumed so far, published for a progress bar on another thread.
    void setProgressCounter(std::atomic<qint64> *counter) { m_progress = counter; }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    bool isCanceled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // True when reading stopped early: a size limit was hit, or the gzip data is damaged or cut
    // short (errorString() says which).
    bool hitLimit() const { return m_hitLimit; }
    // What was converted to read the input as UTF-8, for the import summary (TextEncoding::notes).
    QStringList encodingNotes() const;

private:
    bool fill(); // appends decompressed bytes to m_buffer; false at end of input
    bool readLineAsIs(InputLine &line);
    // Encoding (textencoding.h): converts the `produced` bytes just appended at m_end to UTF-8 in
    // place when the input is UTF-16/32; returns their new size.
    qsizetype convertToUtf8(qsizetype produced);
    void cutLine(InputLine &line, qsizetype length);
    qint64 readRaw(char *dst, qint64 max);

    QString m_fileName;
    QString m_error;
    std::unique_ptr<QFile> m_file;
    QByteArray m_memory; // for openBytes
    qint64 m_memoryPos = 0;
    qint64 m_fileSize = 0;
    bool m_gzip = false;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    bool m_encodingChecked = false;
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    std::unique_ptr<Windows1252Fallback> m_windows1252;

    QByteArray m_buffer;     // decompressed bytes; valid range [m_start, m_end)
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0; // stream offset of m_buffer[0]
    bool m_eof = false;
    bool m_bomChecked = false;
    qint64 m_lineNumber = 0;
    qint64 m_decompressed = 0;
    qint64 m_maxLineLength = DefaultMaxLineLength;
    qint64 m_maxDocumentSize = DefaultMaxDocumentSize;
    qint64 m_maxDecompressedSize = DefaultMaxDecompressedSize;
    qint64 m_maxRatio = DefaultMaxCompressionRatio;
    qint64 m_ratioFloor = DefaultRatioFloor;
    qint64 m_rawRead = 0;        // compressed bytes read from the file
    qint64 m_compressedRead = 0; // of which zlib consumed
    bool m_hitLimit = false;
    QByteArray m_truncatedLine;
    std::atomic<qint64> *m_progress = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace faultless::model
