// PostgreSQL's COPY text format as Faultless reads it from a team server (model/store/pgcopy.h):
// what a server, or anything on the way, sends is input like any file. Every line must parse
// without a crash or a read past its end, and what the writer writes must read back unchanged.
#include "store/pgcopy.h"

#include <cstdint>
#include <cstdlib>

using namespace faultless::model;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    // 1. Arbitrary bytes as a line from the server.
    if (const auto fields = pgcopy::parseLine(text, qsizetype(size))) {
        for (const pgcopy::Field &field : *fields) {
            if (field.null && !field.value.isEmpty())
                std::abort();
            (void)pgcopy::decodeBytes(field.value);
        }
    }
    // 2. The same bytes written as a text field, a bytes field and a number, then read back.
    QByteArray line;
    pgcopy::appendInteger(line, qint64(size) - 4096);
    const bool textWritten = pgcopy::appendText(line, text, qsizetype(size));
    if (textWritten != (QByteArray::fromRawData(text, qsizetype(size)).indexOf('\0') < 0))
        std::abort(); // refused exactly when it holds a NUL
    if (!textWritten)
        return 0;
    pgcopy::appendBytes(line, text, qsizetype(size));
    pgcopy::appendNull(line);
    const auto back = pgcopy::parseLine(line.constData(), line.size());
    if (!back || back->size() != 4 || back->at(0).value != QByteArray::number(qint64(size) - 4096)
        || back->at(1).value != QByteArray(text, qsizetype(size)) || !back->at(3).null
        || pgcopy::decodeBytes(back->at(2).value)
            != std::optional<QByteArray>(QByteArray(text, qsizetype(size))))
        std::abort();
    return 0;
}
