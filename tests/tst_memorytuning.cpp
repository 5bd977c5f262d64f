// keepFreedMemoryForReuse(): after it, a large block the program frees stays in the heap for the
// next allocation instead of going back to the kernel (see memorytuning.h for why).
#include "document/memorytuning.h"

#include <QtTest>

#include <cstdlib>
#include <cstring>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

class TestMemoryTuning : public QObject
{
    Q_OBJECT
private slots:
    void freedBlocksStayForReuse();
};

void TestMemoryTuning::freedBlocksStayForReuse()
{
#if !defined(__GLIBC__)
    QSKIP("glibc only: other C libraries keep their own policies");
#elif defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer replaces malloc; glibc's settings do not apply");
#else
    faultless::model::keepFreedMemoryForReuse();
    // 64 MiB: above glibc's default mmap threshold (128 KiB, adapting up to 32 MiB), the size of
    // the buffers a 1M-event open frees.
    const size_t size = 64u << 20;
    const struct mallinfo2 before = mallinfo2();
    char *block = static_cast<char *>(std::malloc(size));
    QVERIFY(block);
    std::memset(block, 1, size);
    const struct mallinfo2 held = mallinfo2();
    // From the heap, not from a mapping of its own...
    QCOMPARE(held.hblkhd, before.hblkhd);
    QVERIFY(held.arena >= before.arena + size);
    std::free(block);
    // ...and still there, free for reuse, after it was freed.
    const struct mallinfo2 after = mallinfo2();
    QVERIFY2(after.arena >= before.arena + size,
        qPrintable(QStringLiteral("heap %1 MiB after free").arg(after.arena >> 20)));
    QVERIFY(after.fordblks >= size);
#endif
}

QTEST_APPLESS_MAIN(TestMemoryTuning)
#include "tst_memorytuning.moc"
