// Test helper for tests/tst_damageddocuments.cpp: opens a review as the window does
// (ReviewDocument) and says how, so that a test running as root can open it as an unprivileged
// user (setpriv), for whom file permissions hold.
//
//   opendocument REVIEW
//
// Output: "opened EVENTS writable" or "opened EVENTS read-only" and, for the latter, the reason
// on a second line; exit code 0. When the document does not open: the error on stderr, exit 2.
#include "document/reviewdocument.h"

#include <QCoreApplication>

#include <cstdio>

using namespace faultless::model;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: opendocument REVIEW\n");
        return 1;
    }
    ReviewDocument document;
    if (!document.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorString()));
        return 2;
    }
    std::printf("opened %lld %s\n", qint64(document.timeline().size()),
        document.isReadOnly() ? "read-only" : "writable");
    if (document.isReadOnly())
        std::printf("%s\n", qPrintable(document.readOnlyReason()));
    return 0;
}
