#include "jsonrecordscanner.h"

#include <simdjson.h>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h> // the fast path's string scan (jsonrecordscannerflat.inc)
#endif

namespace faultless::model {

namespace sj = simdjson::SIMDJSON_BUILTIN_IMPLEMENTATION::ondemand;
#include "jsonrecordscanner.inc"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
std::unique_ptr<JsonRecordScanner> createHaswellJsonRecordScanner(); // jsonrecordscannerhaswell.cpp
#endif

static_assert(simdjson::SIMDJSON_PADDING <= 64, "ImportInput::Padding must cover simdjson's padding");

namespace {
bool haswellAvailable()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool available = [] {
        const auto *impl = simdjson::get_available_implementations()["haswell"];
        return impl && impl->supported_by_runtime_system();
    }();
    return available;
#else
    return false;
#endif
}
} // namespace

std::unique_ptr<JsonRecordScanner> JsonRecordScanner::create()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (haswellAvailable())
        return createHaswellJsonRecordScanner();
#endif
    return std::unique_ptr<JsonRecordScanner>(new ScannerImpl());
}

const char *JsonRecordScanner::implementationName()
{
    return haswellAvailable() ? "haswell" : "generic";
}

void JsonRecordScanner::clearScratch(Result &r)
{
    r.scratch.clear();
    r.scratchUsed = false;
}

void JsonRecordScanner::finishFields(Result &r, const char *end)
{
    const char *objectEnd = end;
    const char *start = r.keyCount == 0 ? end : r.keyStarts[0];
    while (objectEnd > start && objectEnd[-1] != '}')
        --objectEnd;
    if (objectEnd > start)
        --objectEnd;
    r.objectEnd = objectEnd;
}

std::string_view JsonRecordScanner::fieldText(const Result &r, std::size_t i)
{
    return jsonFieldText(r, i);
}

std::string_view JsonRecordScanner::keepCopy(Result &r, std::string_view text)
{
    r.scratch.emplace_back(text);
    r.scratchUsed = true;
    return r.scratch.back();
}

bool JsonRecordScanner::decodeBytes(Result &r, std::string_view raw, std::string_view *out)
{
    r.scratch.emplace_back();
    r.scratchUsed = true;
    if (!decodeByteArray(raw, r.scratch.back()))
        return false;
    *out = r.scratch.back();
    return true;
}

std::string_view JsonRecordScanner::joinKey(
    std::string &buffer, std::string_view prefix, std::string_view key)
{
    buffer.assign(prefix);
    buffer.push_back('.');
    buffer.append(key);
    return buffer;
}

bool JsonRecordScanner::decodeByteArray(std::string_view raw, std::string &out)
{
    out.clear();
    if (raw.size() < 2 || raw.front() != '[' || raw.back() != ']')
        return false;
    int value = -1;
    for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9') {
            value = (value < 0 ? 0 : value * 10) + (c - '0');
            if (value > 255)
                return false;
        } else if (c == ',' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (c == ',') {
                if (value < 0)
                    return false;
                out.push_back(char(value));
                value = -1;
            }
        } else {
            return false;
        }
    }
    if (value >= 0)
        out.push_back(char(value));
    return true;
}

} // namespace faultless::model
