// Differential libFuzzer target for the JSON-lines scanner: every line of the input is scanned
// twice, once as an import does (the flat fast path first, simdjson when it gives up) and once
// by simdjson alone, and the two results must agree field for field. The fast path is
// hand-written (see jsonrecordscannerflat.inc); simdjson is the reference for what a line means.
// Any disagreement aborts, and the input is saved as a crash.
#include "import/parsers/importinput.h"
#include "import/parsers/jsonrecordscanner.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace faultless::model;

namespace {

bool same(const JsonRecordScanner::Candidate &a, const JsonRecordScanner::Candidate &b)
{
    if (a.rank == 255 || b.rank == 255) // not found: nothing else is meant
        return a.rank == b.rank && a.span == b.span;
    return a.text == b.text && a.isString == b.isString && a.isBytes == b.isBytes && a.rank == b.rank
        && a.unit == b.unit && a.numbering == b.numbering && a.span == b.span && a.key == b.key;
}

[[noreturn]] void disagree(const char *what, const std::string &line)
{
    std::fprintf(
        stderr, "fast path and simdjson disagree on %s for a line of %zu bytes\n", what, line.size());
    std::abort();
}

void compareLine(const std::string &line)
{
    static const std::unique_ptr<JsonRecordScanner> fast = JsonRecordScanner::create();
    static const std::unique_ptr<JsonRecordScanner> reference = [] {
        auto scanner = JsonRecordScanner::create();
        scanner->setFastPathEnabled(false);
        return scanner;
    }();
    // The scanner may read up to ImportInput::Padding bytes past the line, as ImportInput allows.
    std::vector<char> buffer(line.size() + ImportInput::Padding, '\0');
    std::memcpy(buffer.data(), line.data(), line.size());
    static JsonRecordScanner::Result a, b;
    const auto statusA = fast->scan(buffer.data(), line.size(), buffer.size(), a);
    const auto statusB = reference->scan(buffer.data(), line.size(), buffer.size(), b);
    if (statusA != statusB)
        disagree("the status", line);
    if (statusB != JsonRecordScanner::Status::Ok)
        return;
    if (!same(a.time, b.time) || !same(a.level, b.level) || !same(a.message, b.message)
        || !same(a.lane, b.lane) || !same(a.actor, b.actor))
        disagree("a mapped field", line);
    if (a.fractionNs != b.fractionNs || a.otlp != b.otlp || a.droppedFields != b.droppedFields
        || a.keyCount != b.keyCount)
        disagree("the record's shape", line);
    for (std::size_t i = 0; i < a.fieldCount(); ++i) {
        if (a.keyStarts[i] != b.keyStarts[i]
            || JsonRecordScanner::fieldText(a, i) != JsonRecordScanner::fieldText(b, i))
            disagree("an attribute field", line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *p = reinterpret_cast<const char *>(data);
    const char *end = p + size;
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        compareLine(std::string(p, lineEnd));
        p = newline ? newline + 1 : end;
    }
    return 0;
}
