// Test helper for tests/tst_crashsafety.cpp and tests/tst_multiprocess.cpp: opens a review and
// edits it in a loop through the same command facade the GUI uses, printing one line per edit
// once its transaction committed. The tests kill this process with SIGKILL at random moments and
// then check that every printed edit is in the document.
//
//   editloop [--search] REVIEW [COUNT]      COUNT edits (default: until killed)
//
// --search runs a full-text search (EventSearch, as the window's search box does) before every
// edit and waits for its result: the search's worker thread opens the second connection to the
// review that the app holds once the user has typed in the search box.
//
// Output lines (flushed one by one):
//   annotation <annotation id> <event id> <text>
//   edit <annotation id> <text>
//   highlight <event id>
//   tag <event id> <tag name>
// Every edit is monotonic (annotations and tags are only added, highlights only switched on,
// annotation texts carry a growing version), so "printed" implies "still there after the kill".
#include "commands/eventcommands.h"
#include "document/reviewdocument.h"
#include "search/eventsearch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>

#include <cstdio>

using namespace faultless::model;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool withSearch = args.size() > 1 && args.at(1) == QLatin1String("--search");
    if (withSearch)
        args.remove(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: editloop [--search] REVIEW [COUNT]\n");
        return 1;
    }
    ReviewDocument document;
    if (!document.open(args.at(1))) {
        std::fprintf(stderr, "editloop: %s\n", qPrintable(document.errorString()));
        return 2;
    }
    const TimelineIndex &timeline = document.timeline();
    if (timeline.isEmpty()) {
        std::fprintf(stderr, "editloop: the review has no events to edit\n");
        return 2;
    }
    const qint64 count = args.size() > 2 ? args.at(2).toLongLong() : -1;
    // A per-process tag keeps names unique across the many runs the test makes on one review.
    const QString run = QString::number(QCoreApplication::applicationPid());
    QRandomGenerator random { quint32(QCoreApplication::applicationPid()) };
    QList<QPair<qint64, QString>> annotations;
    EventSearch search(document);
    QString searchError;
    QEventLoop searching;
    QObject::connect(&search, &EventSearch::finished, &searching, [&](const SearchResult &result) {
        searchError = result.error;
        searching.quit();
    });

    for (qint64 i = 0; count < 0 || i < count; ++i) {
        if (withSearch) {
            SearchRequest request;
            request.text = QStringLiteral("request");
            search.search(request);
            searching.exec();
            if (!searchError.isEmpty()) {
                std::fprintf(stderr, "editloop: %s\n", qPrintable(searchError));
                return 4;
            }
        }
        const qint64 eventId = timeline.eventId(qsizetype(random.bounded(quint32(timeline.size()))));
        const int what = int(random.bounded(4u));
        if (what == 0 || annotations.isEmpty()) {
            const QString text = QStringLiteral("note %1-%2 v0").arg(run).arg(i);
            const qint64 id = commands::addAnnotation(document, eventId, text);
            if (id <= 0)
                return 3;
            annotations.append({ id, text });
            std::printf("annotation %lld %lld %s\n", id, eventId, qPrintable(text));
        } else if (what == 1) {
            auto &annotation = annotations[qsizetype(random.bounded(quint32(annotations.size())))];
            // "... vN" -> "... vN+1": typing-like edits that merge on the undo stack.
            const qsizetype v = annotation.second.lastIndexOf(QLatin1String(" v"));
            const int version = annotation.second.mid(v + 2).toInt() + 1;
            const QString text = annotation.second.left(v) + QStringLiteral(" v%1").arg(version);
            if (!commands::editAnnotation(document, annotation.first, text))
                return 3;
            annotation.second = text;
            std::printf("edit %lld %s\n", annotation.first, qPrintable(text));
        } else if (what == 2) {
            if (!commands::setHighlighted(document, eventId, true))
                return 3;
            std::printf("highlight %lld\n", eventId);
        } else {
            const QString tag = QStringLiteral("t%1-%2").arg(run).arg(i);
            if (!commands::addTag(document, eventId, tag))
                return 3;
            std::printf("tag %lld %s\n", eventId, qPrintable(tag));
        }
        std::fflush(stdout);
    }
    return 0;
}
