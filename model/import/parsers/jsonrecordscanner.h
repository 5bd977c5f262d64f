#pragma once

// Deliberately free of Qt headers: the scanner is compiled twice, once for any x86-64/ARM CPU and
// once with AVX2 enabled (simdjson's On-Demand API picks its kernel at compile time), and only
// this plain interface crosses between the two translation units.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace faultless::model {

// Finds, in one JSON object, the fields that make an event (time, level, message, lane, actor)
// by the aliases in LogFields, descending into a few well-known nested objects ("fields",
// "@fields", "log", "body", ...), and the spans of the remaining top-level fields so that the
// caller can keep them as attributes without re-serialising anything.
// All string_views point into the input or into the scanner's buffers and stay valid until the
// next scan().
class JsonRecordScanner
{
public:
    enum class Status { Ok, NotJson, NotObject };

    // Top-level fields kept in Result::keyStarts: the attribute cap (AttributeCap::MaxAttributes)
    // plus room for the five mapped fields. A line of 64 MiB could otherwise hold ten million
    // of them; beyond this they are only counted (a sentinel entry, not a field, marks where the
    // last kept field ends).
    static constexpr std::size_t MaxFields = 1000 + 8;

    // A mapped field. Until one is found, only `rank` (255) and `span` (-1) say so: the rest is
    // left from an earlier record and means nothing (scan() resets no more, once per record).
    struct Candidate
    {
        std::string_view text; // unescaped string content, or the raw token of a number
        bool isString = false;
        bool isBytes = false; // an array of byte values (journald binary fields)
        std::uint8_t rank = 255;
        std::uint8_t unit = 0; // see LogFields::Match
        std::uint8_t numbering = 0; // see LogFields::Match
        int span = -1; // index into keyStarts when this is a top-level field
        std::string_view key;
    };

    struct Result
    {
        Candidate time, level, message, lane, actor;
        std::int64_t fractionNs = -1; // "instant": {"epochSecond", "nanoOfSecond"} (log4j2 JSON)
        bool otlp = false; // an OpenTelemetry "resourceLogs" export line
        // Where the top-level fields start (the opening quote of the key), in order: at most
        // MaxFields of them, and one more entry past those that only ends the last (see
        // fieldText()). A plain array rather than a vector: filled for every field of every
        // record, and no std:: container code may be compiled for AVX2 (see below).
        const char *keyStarts[MaxFields + 1];
        std::size_t keyCount = 0;
        const char *objectEnd = nullptr; // the top-level object's closing brace
        std::size_t droppedFields = 0; // top-level attribute fields beyond MaxFields, not kept
        std::deque<std::string> scratch;
        bool scratchUsed = false; // scratch holds something (a plain flag: see resetResult())

        std::size_t fieldCount() const { return keyCount < MaxFields ? keyCount : MaxFields; }
    };

    // The raw `"key": value` of top-level field `i` (< fieldCount()) as written, without the
    // separating comma and the white space around it. Found from where the next key starts,
    // so that the values no alias asked for are never looked at.
    static std::string_view fieldText(const Result &result, std::size_t i);

    virtual ~JsonRecordScanner() = default;
    // For tests: false sends every record through simdjson, so that the flat fast path can be
    // compared with it; lastScanWasFast() tells which path the last scan() took.
    void setFastPathEnabled(bool enabled) { m_fastPath = enabled; }
    bool lastScanWasFast() const { return m_lastFast; }
    // For tests: how many leading fields of the last line the fast path read by the shape of
    // earlier lines (see scanFlat() in jsonrecordscanner.inc).
    std::size_t lastShapeFields() const { return m_lastShapeFields; }
    // `data` must be readable up to data + capacity, capacity >= size + 64.
    virtual Status scan(const char *data, std::size_t size, std::size_t capacity, Result &result) = 0;
    // Decodes "[116, 104, 105]" into bytes; false when it is not an array of small integers.
    static bool decodeByteArray(std::string_view raw, std::string &out);

    // Container work for the scanners, kept out of line in the generic translation unit so that
    // no std:: template is instantiated with AVX2 code (the linker could pick that copy for
    // everyone, and a CPU without AVX2 would then fault in generic code).
    static void clearScratch(Result &result); // empties scratch (see resetResult())
    static void finishFields(Result &result, const char *objectEnd);
    static std::string_view keepCopy(Result &result, std::string_view text);
    static bool decodeBytes(Result &result, std::string_view raw, std::string_view *out);
    static std::string_view joinKey(std::string &buffer, std::string_view prefix, std::string_view key);

    // The fastest implementation this CPU can run.
    static std::unique_ptr<JsonRecordScanner> create();
    static const char *implementationName();

protected:
    bool m_fastPath = true;
    bool m_lastFast = false;
    std::size_t m_lastShapeFields = 0;
};

// LogFields::classify without Qt types, for the scanner.
struct JsonFieldClass
{
    std::uint8_t role = 0; // LogFields::Role
    std::uint8_t rank = 0;
    std::uint8_t unit = 0;
    std::uint8_t numbering = 0;
};
JsonFieldClass classifyJsonField(const char *key, std::size_t size);

// LogFields' alias table as plain data, built in logfields.cpp, so that the scanner looks every
// key up inline: a call per key cost a tenth of the parse stage. A key of up to MaxKeyLength
// bytes is fully described by its length and three (overlapping) 64-bit loads; the table is
// open-addressed on a hash of those and compares them, never the bytes. No alias is longer
// (checked when the table is built), so a longer key is no alias without looking at it.
struct JsonFieldTable
{
    static constexpr int Bits = 8;
    static constexpr std::size_t Size = std::size_t(1) << Bits;
    static constexpr std::size_t MaxKeyLength = 24;
    struct Words
    {
        std::uint64_t a = 0, b = 0, c = 0;
    };
    struct Slot
    {
        Words words;
        std::uint8_t length = 0; // 0: empty
        JsonFieldClass field;
    };
    Slot entries[Size];

    JsonFieldTable(); // logfields.cpp
};
extern const JsonFieldTable jsonFieldTable; // logfields.cpp; built before main()

// Static, not inline: each translation unit (generic, AVX2) must have its own copy.
static inline std::uint64_t jsonFieldLoad64(const char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

static inline std::uint64_t jsonFieldLoad32(const char *p)
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// Reads exactly the `n` (1..MaxKeyLength) bytes of the key: never past its end, which may be the
// end of a std::string rather than of a padded input buffer.
static inline JsonFieldTable::Words jsonFieldWords(const char *p, std::size_t n)
{
    JsonFieldTable::Words w;
    if (n >= 8) {
        w.a = jsonFieldLoad64(p);
        w.b = jsonFieldLoad64(p + n - 8);
        if (n > 16)
            w.c = jsonFieldLoad64(p + 8);
    } else if (n >= 4) {
        w.a = jsonFieldLoad32(p);
        w.b = jsonFieldLoad32(p + n - 4);
    } else {
        w.a = std::uint64_t(std::uint8_t(p[0])) | std::uint64_t(std::uint8_t(p[n / 2])) << 8
            | std::uint64_t(std::uint8_t(p[n - 1])) << 16;
    }
    return w;
}

static inline std::size_t jsonFieldHash(const JsonFieldTable::Words &w, std::size_t n)
{
    const std::uint64_t x = (w.a * 0x9E3779B97F4A7C15ull) ^ (w.b * 0xC2B2AE3D27D4EB4Full)
        ^ (w.c * 0x165667B19E3779F9ull) ^ std::uint64_t(n);
    return std::size_t(x >> (64 - JsonFieldTable::Bits));
}

static inline JsonFieldClass findJsonField(const char *key, std::size_t n)
{
    if (n == 0 || n > JsonFieldTable::MaxKeyLength)
        return {};
    const JsonFieldTable::Words w = jsonFieldWords(key, n);
    for (std::size_t h = jsonFieldHash(w, n);; ++h) {
        const JsonFieldTable::Slot &slot = jsonFieldTable.entries[h % JsonFieldTable::Size];
        if (slot.length == 0)
            return {};
        if (slot.length == n && slot.words.a == w.a && slot.words.b == w.b && slot.words.c == w.c)
            return slot.field;
    }
}

// Makes `r` ready for the next scan(), inline for every record: only a record whose strings
// needed copies (scratch) calls out to empty them. Only what says "not found" is reset: the rest
// of a candidate is read only when it was found. Static, not inline: each translation unit
// (generic, AVX2) must have its own copy.
static inline void resetResult(JsonRecordScanner::Result &r)
{
    r.time.rank = r.level.rank = r.message.rank = r.lane.rank = r.actor.rank = 255;
    r.time.span = r.level.span = r.message.span = r.lane.span = r.actor.span = -1;
    r.fractionNs = -1;
    r.otlp = false;
    r.keyCount = 0;
    r.objectEnd = nullptr;
    r.droppedFields = 0;
    if (r.scratchUsed)
        JsonRecordScanner::clearScratch(r);
}

// JsonRecordScanner::fieldText() inline, for the importer's loop over every record. Static, not
// inline: each translation unit (generic, AVX2) must have its own copy.
static inline std::string_view jsonFieldText(const JsonRecordScanner::Result &r, std::size_t i)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const char *begin = r.keyStarts[i];
    const bool last = i + 1 >= r.keyCount;
    const char *stop = last ? r.objectEnd : r.keyStarts[i + 1];
    while (stop > begin && space(stop[-1]))
        --stop;
    if (!last && stop > begin && stop[-1] == ',')
        --stop;
    while (stop > begin && space(stop[-1]))
        --stop;
    return std::string_view(begin, std::size_t(stop - begin));
}

} // namespace faultless::model
