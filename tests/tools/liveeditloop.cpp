// Test helper for tests/tst_liveediting.cpp: one reviewer's window on a team review, editing in
// a loop and sending each edit as the app does (ChangeCapture + ServerSync), until killed. The
// test kills it with SIGKILL at random moments and then checks the server: every edit printed as
// sent is there, and no edit is there in part.
//
//   liveeditloop SERVER-REVIEW COPY
//
// COPY is the local copy to pull (it must not exist). Each edit adds a factor "loop PID-N" and
// cites three events as its evidence: two commands, sent in one server transaction. Output lines
// (flushed one by one): "sent <factor id>" once the server committed it.
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "store/changecapture.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serversync.h"

#include <QCoreApplication>

#include <cstdio>

using namespace faultless::model;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: liveeditloop SERVER-REVIEW COPY\n");
        return 1;
    }
    QString error;
    const auto location = ServerLocation::parse(args.at(1), &error);
    ServerReview server;
    ReviewDocument document;
    if (!location || !server.connect(*location) || !server.pull(args.at(2)) || !document.open(args.at(2))) {
        std::fprintf(stderr, "liveeditloop: %s%s\n", qPrintable(error), qPrintable(server.errorString()));
        return 2;
    }
    document.setAuthor(QStringLiteral("edit loop"));
    ServerSync sync(server);
    qint64 first = 0;
    qint64 last = 0;
    if (!sync.reserveIdBlock(&first, &last) || !ChangeCapture::install(document.store(), &error)) {
        std::fprintf(stderr, "liveeditloop: %s%s\n", qPrintable(error), qPrintable(sync.errorString()));
        return 2;
    }
    document.store().setIdBlock(first, last);
    const QList<qint64> events { document.timeline().eventId(0), document.timeline().eventId(1),
        document.timeline().eventId(2) };
    const QString run = QString::number(QCoreApplication::applicationPid());
    for (int n = 0;; ++n) {
        const qint64 factor = commands::addFactor(document, QStringLiteral("loop %1-%2").arg(run).arg(n));
        if (factor == 0 || commands::addEventEvidence(document, factor, events) != 3)
            return 3;
        const QList<RowChange> changes = ChangeCapture::pending(document.store());
        ServerSync::Conflict conflict;
        if (sync.push(document.store(), changes, &conflict) != ServerSync::Push::Sent) {
            std::fprintf(stderr, "liveeditloop: %s\n", qPrintable(sync.errorString()));
            return 4;
        }
        ChangeCapture::forget(document.store(), changes.last().seq);
        std::printf("sent %lld\n", qlonglong(factor));
        std::fflush(stdout);
    }
}
