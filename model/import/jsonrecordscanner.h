#pragma once

// Deliberately free of Qt headers: the scanner is compiled twice, once for any x86-64/ARM CPU and
// once with AVX2 enabled (simdjson's On-Demand API picks its kernel at compile time), and only
// this plain interface crosses between the two translation units.
#include <cstddef>
#include <cstdint>
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

    struct Candidate
    {
        std::string_view text; // unescaped string content, or the raw token of a number
        bool isString = false;
        bool isBytes = false;  // an array of byte values (journald binary fields)
        std::uint8_t rank = 255;
        std::uint8_t unit = 0;      // see LogFields::Match
        std::uint8_t numbering = 0; // see LogFields::Match
        int span = -1;         // index into keyStarts when this is a top-level field
        std::string_view key;
    };

    struct Result
    {
        Candidate time, level, message, lane, actor;
        std::int64_t fractionNs = -1; // "instant": {"epochSecond", "nanoOfSecond"} (log4j2 JSON)
        bool otlp = false;            // an OpenTelemetry "resourceLogs" export line
        // Where the top-level fields start (the opening quote of the key), in order: at most
        // MaxFields of them, and one more entry past those that only ends the last (see
        // fieldText()). A plain array rather than a vector: filled for every field of every
        // record, and no std:: container code may be compiled for AVX2 (see below).
        const char *keyStarts[MaxFields + 1];
        std::size_t keyCount = 0;
        const char *objectEnd = nullptr; // the top-level object's closing brace
        std::size_t droppedFields = 0; // top-level attribute fields beyond MaxFields, not kept
        std::deque<std::string> scratch;

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
    // `data` must be readable up to data + capacity, capacity >= size + 64.
    virtual Status scan(const char *data, std::size_t size, std::size_t capacity, Result &result) = 0;
    // Decodes "[116, 104, 105]" into bytes; false when it is not an array of small integers.
    static bool decodeByteArray(std::string_view raw, std::string &out);

    // Container work for the scanners, kept out of line in the generic translation unit so that
    // no std:: template is instantiated with AVX2 code (the linker could pick that copy for
    // everyone, and a CPU without AVX2 would then fault in generic code).
    static void reset(Result &result);
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

} // namespace faultless::model
