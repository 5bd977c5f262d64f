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
    qint64 number = 0; // 1-based line number in the decompressed stream
    qint64 byteOffset = 0; // offset of the first byte of the line in the decompressed stream
    bool truncated = false; // the line was longer than maxLineLength(); `data` holds its start
};

// crc32 and adler32 of a file's bytes with its size, as "SIZE-CRC-ADLER": identifies a file
// imported before at a fraction of a cryptographic hash's cost (ImportJob::contentHash()).
class ContentHash
{
public:
    ContentHash();
    void add(const char *data, qint64 size);
    QString text() const;

private:
    qint64 m_size = 0;
    quint32 m_crc;
    quint32 m_adler;
};

// Streams a file for an importer: transparent gzip (zlib), UTF-8 BOM and CRLF removal, line
// numbers and byte offsets, a cap on line length and on decompressed size (a gzip bomb must not
// exhaust memory or disk), progress in bytes of the file read, and cancellation.
//
// What it opens: regular files, and pipes (a named pipe, or /dev/stdin fed by `|`), which are
// read once, in the same pass that computes their content hash, and waited on in steps that
// check the cancel flag. A named pipe that no program opens for writing within
// writerWaitMs() is refused, as are devices (/dev/zero, /dev/urandom: input that never ends),
// folders and sockets. A pipe that yields no record in maxBytesWithoutRecord() is stopped.
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
    // Whole-document formats (a JSON array, YAML, a zip) are read into memory and parsed there:
    // their text may be at most DefaultMaxDocumentSize, and the estimated size of its parsed
    // form (jsonMemoryEstimate(), yamlMemoryEstimate()) at most DefaultMaxDocumentMemory. The
    // second matters more: Qt's JSON form of `[{"a":1},{"a":1},...]` takes 28 times its text,
    // so a 733 KB gzip of one took 10 GB before it was refused.
    static constexpr qint64 DefaultMaxDocumentSize = 256ll * 1024 * 1024;
    static constexpr qint64 DefaultMaxDocumentMemory = 512ll * 1024 * 1024;
    // A pipe (never a regular file: its end is known) is stopped when this many bytes pass
    // without a record, or the line limit and a chunk if that is more: the output of
    // `cat /dev/urandom` would otherwise be rejected line by line forever.
    static constexpr qint64 DefaultMaxBytesWithoutRecord = 64ll * 1024 * 1024;
    // How long a named pipe may go without a writer before it is refused (a writer started at
    // the same moment as the import gets this long to open it).
    static constexpr int DefaultWriterWaitMs = 2000;
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

    // Opens a regular file or a pipe (see above); false with errorString() for anything else, for a
    // named pipe without a writer, and when canceled while waiting for one.
    bool open(const QString &path);
    // Reads from memory instead of a file (tests, previews, nested files of an archive).
    void openBytes(const QByteArray &bytes, const QString &displayName = {});

    QString errorString() const { return m_error; }
    QString fileName() const { return m_fileName; }
    bool isCompressed() const { return m_gzip; }
    qint64 fileSize() const { return m_fileSize; }
    // A pipe: read once, size unknown. Its contentHash() is of the bytes read so far.
    bool isStream() const { return m_fd >= 0; }
    QString contentHash() const { return m_streamHash.text(); }

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
    // errorString() when it exceeds maxDocumentSize (refused before it is read when the file's
    // size says so). The bytes are handed over, not copied.
    QByteArray readAll();
    // False, with errorString() and hitLimit(), when `document` (what readAll() returned) would
    // take more than maxDocumentMemory to parse as JSON or YAML. Call it before parsing.
    enum class Syntax { Json, Yaml };
    bool fitsInMemory(QByteArrayView document, Syntax syntax);
    // Estimated bytes of a document's parsed form (QJsonDocument; the YAML reader's QVariants),
    // from one pass over its text; counting stops once past `stopAbove`.
    static qint64 jsonMemoryEstimate(QByteArrayView json, qint64 stopAbove);
    static qint64 yamlMemoryEstimate(QByteArrayView yaml, qint64 stopAbove);
    // The importer delivered a record (the import job's sink calls it): resets the count of bytes
    // without a record.
    void noteRecord() { m_lastRecordAt = m_decompressed; }

    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    qint64 maxLineLength() const { return m_maxLineLength; }
    void setMaxDocumentSize(qint64 bytes) { m_maxDocumentSize = bytes; }
    qint64 maxDocumentSize() const { return m_maxDocumentSize; }
    void setMaxDocumentMemory(qint64 bytes) { m_maxDocumentMemory = bytes; }
    qint64 maxDocumentMemory() const { return m_maxDocumentMemory; }
    void setMaxBytesWithoutRecord(qint64 bytes) { m_maxBytesWithoutRecord = bytes; }
    // Set before open().
    void setWriterWaitMs(int ms) { m_writerWaitMs = ms; }
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
    void inflateInto(char *dst, qsizetype room, qint64 *produced);
    void checkLimits();
    void cutLine(InputLine &line, qsizetype length);
    qint64 readRaw(char *dst, qint64 max);
    bool openDescriptor(const QString &path); // POSIX: files and pipes, devices refused
    bool openedFile(); // size and gzip magic of the opened m_file
    bool openStream(int fd, const QString &path, bool named);
    qint64 readStream(char *dst, qint64 max);
    void stopWith(const QString &error);

    QString m_fileName;
    QString m_error;
    std::unique_ptr<QFile> m_file;
    QByteArray m_memory; // for openBytes
    qint64 m_memoryPos = 0;
    qint64 m_fileSize = 0;
    bool m_gzip = false;
    int m_fd = -1; // a pipe's descriptor (non-blocking), for reading with poll()
    bool m_namedPipe = false; // a FIFO in the file system: it may get its writer later
    bool m_writerSeen = false; // a pipe had a writer: from then on, read() == 0 is its end
    int m_writerWaitMs = DefaultWriterWaitMs;
    QByteArray m_streamHead; // a pipe's first bytes, read by open() to look for gzip
    ContentHash m_streamHash; // of a pipe's bytes, as they are read
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    bool m_encodingChecked = false;
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    std::unique_ptr<Windows1252Fallback> m_windows1252;

    QByteArray m_buffer; // decompressed bytes; valid range [m_start, m_end)
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0; // stream offset of m_buffer[0]
    bool m_eof = false;
    bool m_bomChecked = false;
    qint64 m_lineNumber = 0;
    qint64 m_decompressed = 0;
    qint64 m_maxLineLength = DefaultMaxLineLength;
    qint64 m_maxDocumentSize = DefaultMaxDocumentSize;
    qint64 m_maxDocumentMemory = DefaultMaxDocumentMemory;
    qint64 m_maxBytesWithoutRecord = DefaultMaxBytesWithoutRecord;
    qint64 m_lastRecordAt = 0; // m_decompressed when the last record was delivered
    bool m_wholeDocument = false; // in readAll(): records come once it is read
    qint64 m_maxDecompressedSize = DefaultMaxDecompressedSize;
    qint64 m_maxRatio = DefaultMaxCompressionRatio;
    qint64 m_ratioFloor = DefaultRatioFloor;
    qint64 m_streamRead = 0; // bytes read from a pipe
    qint64 m_rawRead = 0; // compressed bytes read from the file
    qint64 m_compressedRead = 0; // of which zlib consumed
    bool m_hitLimit = false;
    QByteArray m_truncatedLine;
    std::atomic<qint64> *m_progress = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace faultless::model
