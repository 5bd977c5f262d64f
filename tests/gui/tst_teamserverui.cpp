// The team-server side of the window: the connection dialog's checks, where pulled copies are
// cached, server addresses in Open Recent, and (with a PostgreSQL server, as scripts/run-tests.sh
// provides through pg_virtualenv) opening a server review with its banner noticing others' edits.
#include "testsupport.h"

#include "commands/eventcommands.h"
#include "commands/sensemakingcommands.h"
#include "document/demoreview.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "mainwindow.h"
#include "store/eventstore.h"
#include "store/reviewstore.h"
#include "store/serverlocation.h"
#include "store/serverreview.h"
#include "store/serverwatcher.h"
#include "teamserver/conflictdialog.h"
#include "teamserver/liveediting.h"
#include "teamserver/serverbanner.h"
#include "teamserver/servercache.h"
#include "teamserver/serverdialog.h"
#include "teamserver/teamserversession.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

#include <sys/stat.h>

using namespace faultless;
using faultless::tests::freshReviewName;
using faultless::tests::serverAddress;
using model::ServerLocation;
using views::ServerDialog;

namespace {

model::ServerLocation parsed(const QString &address)
{
    QString error;
    const auto location = ServerLocation::parse(address, &error);
    if (!location)
        qFatal("%s: %s", qPrintable(address), qPrintable(error));
    return *location;
}

QMenu *recentMenu(views::MainWindow &window)
{
    for (QAction *action : window.menu(views::MainWindow::Menu::File)->actions()) {
        if (action->menu() && action->menu()->objectName().isEmpty()
            && action->text().contains(QStringLiteral("Recent")))
            return action->menu();
    }
    return nullptr;
}

} // namespace

class TestTeamServerUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogChecksItsFields_data();
    void dialogChecksItsFields();
    void dialogBuildsTheAddress();
    void dialogKeepsAnInvalidAnswerOpen();
    void dialogMnemonicsReachEveryField_data();
    void dialogMnemonicsReachEveryField();
    void cacheFoldersAreSafeNames_data();
    void cacheFoldersAreSafeNames();
    void cacheReplacesOnlyWithAWholeCopy();
    void recentServerAddressesRoundTrip();
    void serverActionsHaveMnemonics();

    void openedServerReviewShowsBannerAndChanges();
    void twoWindowsEditOneReviewLive();

private:
    bool needServer();

    QTemporaryDir m_dir;
};

void TestTeamServerUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

bool TestTeamServerUi::needServer()
{
    if (!serverAddress(QStringLiteral("x")).isEmpty())
        return true;
    if (qEnvironmentVariableIntValue("FAULTLESS_REQUIRE_SERVER") == 1)
        qFatal("FAULTLESS_REQUIRE_SERVER=1 but no PostgreSQL server is set (PGHOST, PGDATABASE)");
    return false;
}

void TestTeamServerUi::dialogChecksItsFields_data()
{
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QStringList>("fields"); // host, port, database, user, review
    QTest::addColumn<QString>("error"); // a word of the error; empty: valid
    const int open = int(ServerDialog::Purpose::Open);
    const int publish = int(ServerDialog::Purpose::Publish);
    QTest::newRow("valid") << open << QStringList { "db.example", "5432", "reviews", "ana", "INC-2041" }
                           << "";
    QTest::newRow("no user") << open << QStringList { "db.example", "6543", "reviews", "", "a.b_c" } << "";
    QTest::newRow("empty host") << open << QStringList { "  ", "5432", "reviews", "ana", "x" } << "host";
    QTest::newRow("port 0") << open << QStringList { "db", "0", "reviews", "ana", "x" } << "port";
    QTest::newRow("port too big") << open << QStringList { "db", "70000", "reviews", "ana", "x" } << "port";
    QTest::newRow("port empty") << open << QStringList { "db", "", "reviews", "ana", "x" } << "port";
    QTest::newRow("empty database") << open << QStringList { "db", "5432", "", "ana", "x" } << "database";
    QTest::newRow("empty review") << open << QStringList { "db", "5432", "r", "ana", "" } << "review";
    QTest::newRow("empty new name") << publish << QStringList { "db", "5432", "r", "ana", " " } << "name";
    QTest::newRow("slash in name") << publish << QStringList { "db", "5432", "r", "ana", "a/b" }
                                   << "not a valid";
    QTest::newRow("leading dot") << open << QStringList { "db", "5432", "r", "ana", ".x" } << "not a valid";
    QTest::newRow("space in name") << publish << QStringList { "db", "5432", "r", "ana", "a b" }
                                   << "not a valid";
}

void TestTeamServerUi::dialogChecksItsFields()
{
    QFETCH(int, purpose);
    QFETCH(QStringList, fields);
    QFETCH(QString, error);
    ServerDialog dialog { ServerDialog::Purpose(purpose) };
    dialog.setFields(fields.at(0), fields.at(1), fields.at(2), fields.at(3), fields.at(4));
    const QString problem = dialog.validationError();
    if (error.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(dialog.location().has_value());
    } else {
        QVERIFY2(problem.contains(error, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(!dialog.location().has_value());
    }
}

void TestTeamServerUi::dialogBuildsTheAddress()
{
    ServerDialog dialog(ServerDialog::Purpose::Open);
    dialog.setFields(QStringLiteral(" db.example "), QStringLiteral("6543"), QStringLiteral("reviews"),
        QStringLiteral("ana"), QStringLiteral("INC-2041"));
    const auto location = dialog.location();
    QVERIFY(location);
    QCOMPARE(
        location->toString(), QStringLiteral("postgresql://ana@db.example:6543/reviews?review=INC-2041"));
    QCOMPARE(location->host(), QStringLiteral("db.example"));
    QCOMPARE(location->port(), 6543);
}

void TestTeamServerUi::dialogKeepsAnInvalidAnswerOpen()
{
    ServerDialog dialog(ServerDialog::Purpose::Publish);
    dialog.setFields(QStringLiteral("db"), QStringLiteral("5432"), QStringLiteral("r"), QStringLiteral("ana"),
        QStringLiteral("no spaces please"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorText().contains(QStringLiteral("not a valid review name")));
    // Nothing is asked of a server for that, nor kept.
    QVERIFY(!QSettings().contains(QStringLiteral("teamServer/host")));
    // The dialog fits a small screen.
    QVERIFY(dialog.sizeHint().width() <= 1280 && dialog.sizeHint().height() <= 800);
}

void TestTeamServerUi::dialogMnemonicsReachEveryField_data()
{
    QTest::addColumn<int>("purpose");
    QTest::newRow("open") << int(ServerDialog::Purpose::Open);
    QTest::newRow("publish") << int(ServerDialog::Purpose::Publish);
}

void TestTeamServerUi::dialogMnemonicsReachEveryField()
{
    QFETCH(int, purpose);
    ServerDialog dialog { ServerDialog::Purpose(purpose) };
    QStringList keys;
    const auto take = [&keys](const QString &text) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            return false;
        const QString key = text.mid(amp + 1, 1).toLower();
        if (keys.contains(key))
            return false;
        keys << key;
        return true;
    };
    int labels = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++labels;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(take(label->text()), qPrintable(label->text()));
    }
    QCOMPARE(labels, 5); // host, port, database, user, review
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().contains(QLatin1Char('&')))
            QVERIFY2(take(button->text()), qPrintable(button->text()));
    }
}

void TestTeamServerUi::cacheFoldersAreSafeNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain") << "postgresql://ana@db.example:6543/reviews?review=INC-1"
                           << "db.example-6543-reviews-ana";
    QTest::newRow("default port") << "postgresql://db/reviews?review=INC-1"
                                  << "db-default-reviews";
    QTest::newRow("dashes and slashes") << "postgresql://my-db:5432/team%2Freviews-2?review=x"
                                        << "my_db-5432-team_reviews_2";
    QTest::newRow("IPv6") << "postgresql://[::1]:5432/r?review=x"
                          << "__1-5432-r";
    QTest::newRow("dots only") << "postgresql://db:5432/..?review=x"
                               << "db-5432-..";
}

void TestTeamServerUi::cacheFoldersAreSafeNames()
{
    QFETCH(QString, address);
    QFETCH(QString, folder);
    const ServerLocation location = parsed(address);
    QCOMPARE(views::ServerCache::folderName(location), folder);
    const QString path = views::ServerCache::path(location);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QCOMPARE(path,
        cache + QStringLiteral("/server/") + folder + QLatin1Char('/') + location.review()
            + QStringLiteral(".faultless"));
}

void TestTeamServerUi::cacheReplacesOnlyWithAWholeCopy()
{
    const QString target = m_dir.filePath(QStringLiteral("INC-1.faultless"));
    const QString pulled = views::ServerCache::temporaryPathFor(target);
    QVERIFY(QFileInfo(pulled).dir() == QFileInfo(target).dir());
    QVERIFY(!QFileInfo::exists(pulled));
    for (const auto &[path, text] : { std::pair { target, "old" }, std::pair { pulled, "new" },
             std::pair { QString(target + QStringLiteral("-wal")), "stale" } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QString error;
    QVERIFY2(views::ServerCache::replace(pulled, target, &error), qPrintable(error));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
    QVERIFY(!QFileInfo::exists(pulled));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
}

void TestTeamServerUi::recentServerAddressesRoundTrip()
{
    const QString address
        = QStringLiteral("postgresql://ana@db.example:6543/reviews?review=INC-1&sslmode=require");
    QCOMPARE(parsed(address).toString(), address);
    QSettings().setValue(QStringLiteral("recentFiles"),
        QStringList { address, m_dir.filePath(QStringLiteral("gone.faultless")) });
    {
        views::MainWindow window;
        QMenu *recent = recentMenu(window);
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        const QList<QAction *> actions = recent->actions();
        QVERIFY(actions.size() >= 1);
        // A server entry stays although no file has its name; the missing file does not.
        QCOMPARE(actions.first()->data().toString(), address);
        QVERIFY(actions.first()->text().contains(QStringLiteral("review=INC-1&&sslmode")));
        QCOMPARE(parsed(actions.first()->data().toString()).toString(), address);
        QVERIFY(actions.at(1)->isSeparator());

        // Opening a pulled copy keeps its address in the list, not the cache file.
        const QString demo = m_dir.filePath(QStringLiteral("demo.faultless"));
        QString error;
        QVERIFY2(model::DemoReview::build(demo, &error) || QFileInfo::exists(demo), qPrintable(error));
        const QString other = QStringLiteral("postgresql://db/reviews?review=INC-2");
        QVERIFY(window.openReview(demo, other));
        const QStringList entries = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QCOMPARE(entries.value(0), other);
        QCOMPARE(entries.value(1), address);
        QVERIFY(!entries.contains(demo));
        QCOMPARE(recent->actions().first()->data().toString(), other);
    }
    QSettings().remove(QStringLiteral("recentFiles"));
}

void TestTeamServerUi::serverActionsHaveMnemonics()
{
    views::MainWindow window;
    QStringList mnemonics;
    bool sawOpen = false, sawPublish = false, sawCopy = false;
    for (QAction *action : window.menu(views::MainWindow::Menu::File)->actions()) {
        if (action->isSeparator())
            continue;
        const QString text = action->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QString key = text.mid(amp + 1, 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("%1 shares &%2").arg(text, key)));
        mnemonics << key;
        sawOpen |= text == QStringLiteral("Open from &Team Server…");
        sawPublish |= text == QStringLiteral("&Publish to Team Server…");
        sawCopy |= text == QStringLiteral("Save a &Local Copy…");
        if (text.contains(QStringLiteral("Team Server")) || text.contains(QStringLiteral("Local Copy")))
            QVERIFY(action->shortcut().isEmpty());
    }
    QVERIFY(sawOpen && sawPublish && sawCopy);
}

void TestTeamServerUi::openedServerReviewShowsBannerAndChanges()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    // The demo, published as another program would.
    const QString demo = m_dir.filePath(QStringLiteral("published.faultless"));
    QString error;
    QVERIFY2(model::DemoReview::build(demo, &error), qPrintable(error));
    const QString name = freshReviewName("ui");
    const ServerLocation location = parsed(serverAddress(name));
    QString title;
    {
        model::ReviewStore local;
        QVERIFY(local.open(demo));
        model::ServerReview server;
        QVERIFY2(server.connect(location), qPrintable(server.errorString()));
        QVERIFY2(server.publish(local), qPrintable(server.errorString()));
        model::ServerReviewInfo info;
        QVERIFY(server.info(&info));
        title = info.title;
    }
    QVERIFY(!title.isEmpty());

    views::MainWindow window;
    window.show();
    views::TeamServerSession &session = window.teamServer();
    QSignalSpy finished(&session, &views::TeamServerSession::jobFinished);
    window.document().setAuthor(QStringLiteral("Ana Tester"));
    // What the dialog's Open leads to.
    session.open(location);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(session.lastError()));
    QVERIFY(window.document().isOpen());
    QCOMPARE(window.document().path(), views::ServerCache::path(location));
    QVERIFY(window.windowTitle().contains(title));
    views::ServerBanner *banner = session.banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(name), qPrintable(banner->text()));
    QVERIFY(!banner->isChanged());
    // Who is here: this reviewer, then a second one who opens the review elsewhere.
    QTRY_VERIFY2_WITH_TIMEOUT(
        banner->text().contains(QStringLiteral("Here now: Ana Tester.")), qPrintable(banner->text()), 30000);
    {
        model::ServerWatcher zoe(location);
        zoe.setDisplayName(QStringLiteral("Zoë Brandt"));
        QVERIFY2(zoe.start(), qPrintable(zoe.errorString()));
        // The names as the locale joins them ("A and B", "A, B"): both, after "Here now:".
        QTRY_VERIFY2_WITH_TIMEOUT(
            banner->text().section(QStringLiteral("Here now:"), 1).contains(QStringLiteral("Zoë Brandt"))
                && banner->text()
                       .section(QStringLiteral("Here now:"), 1)
                       .contains(QStringLiteral("Ana Tester")),
            qPrintable(banner->text()), 30000);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(
        banner->text().contains(QStringLiteral("Here now: Ana Tester.")), qPrintable(banner->text()), 30000);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), location.toString());

    // Someone else annotates an event on the server.
    QSqlDatabase db = faultless::tests::serverConnection(QStringLiteral("other"));
    QVERIFY(db.isOpen());
    {
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT id FROM faultless.reviews WHERE name = ?")));
        q.addBindValue(name);
        QVERIFY(q.exec() && q.next());
        const qint64 id = q.value(0).toLongLong();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO review_%1.annotations(event_id, author, text, created, edited)"
                                  " SELECT min(id), 'x', 'y', 0, 0 FROM review_%1.events")
                       .arg(id)));
        // It arrives in the open copy by itself: no reload.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.document()
                .store()
                .scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE author = 'x'"))
                .toInt(),
            1, 30000);
        QVERIFY(!banner->isChanged());
        // An import on the server (a new source) is not taken in live: the banner offers a reload.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO review_%1.sources(name, kind, format, imported_at)"
                                      " VALUES('late.log', 'log', 'text', 0)")
                           .arg(id)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(banner->isChanged(), 30000);
    QVERIFY2(banner->text().contains(QStringLiteral("imported")), qPrintable(banner->text()));
    QVERIFY(banner->findChild<QWidget *>(QStringLiteral("serverBannerReload"))->isVisible());

    // Reload pulls again: the new copy has the annotation and the banner is back to plain.
    finished.clear();
    emit banner->reloadRequested();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(session.lastError()));
    QVERIFY(window.document().isOpen());
    QCOMPARE(window.document().path(), views::ServerCache::path(location));
    QCOMPARE(window.document()
                 .store()
                 .scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE author = 'x'"))
                 .toInt(),
        1);
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->isChanged());
    const QStringList cached
        = QFileInfo(views::ServerCache::path(location)).dir().entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(cached.filter(QStringLiteral(".new-")).isEmpty(), qPrintable(cached.join(QLatin1Char(' '))));

    // The dialog lists the server's reviews.
    ServerDialog dialog(ServerDialog::Purpose::Publish);
    dialog.setFields(
        location.host(), QString::number(location.port()), location.database(), location.user(), name);
    dialog.listReviews();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.listedReviews().isEmpty() || !dialog.errorText().isEmpty(), 30000);
    QVERIFY2(dialog.listedReviews().contains(name), qPrintable(dialog.errorText()));
    QVERIFY(dialog.validationError().contains(QStringLiteral("already has a review")));

    // Save a Local Copy pulls the server's review as it is now.
    const QString copy = m_dir.filePath(QStringLiteral("copy.faultless"));
    finished.clear();
    session.pullTo(location, copy);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(session.lastError()));
    {
        model::ReviewStore pulled;
        QVERIFY(pulled.open(copy));
        QCOMPARE(
            pulled.scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE author = 'x'")).toInt(), 1);
    }

    // Publish: the open copy under a new name.
    const ServerLocation again = location.withReview(freshReviewName("ui-again"));
    finished.clear();
    session.publish(again);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(session.lastError()));
    model::ServerReview server;
    QVERIFY(server.connect(again));
    QVERIFY(server.exists());

    // Another file ends the server session: no banner, no watcher.
    window.document().close();
    QVERIFY(!banner->isVisible());
    QVERIFY(!session.current());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

// Two reviewers, each in a window of their own on their own login: what one writes shows in the
// other's window by itself, and two saves of one factor end with a choice, never an overwrite.
// With FAULTLESS_SCREENSHOTS=<folder> the two windows are also saved as pictures there (for
// looking at under Xvfb; see docs/team-server.md).
void TestTeamServerUi::twoWindowsEditOneReviewLive()
{
    if (!needServer())
        QSKIP("no PostgreSQL server (run the suite through scripts/run-tests.sh)");
    const QString demo = m_dir.filePath(QStringLiteral("live.faultless"));
    QString error;
    QVERIFY2(model::DemoReview::build(demo, &error), qPrintable(error));
    const ServerLocation ana = parsed(serverAddress(freshReviewName("live")));
    // Bo: a login of their own, a reviewer of this review (the password is the test cluster's,
    // which libpq takes from PGPASSWORD for either login).
    const QString boUser = QStringLiteral("bo_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase db = faultless::tests::serverConnection(QStringLiteral("admin"));
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                .arg(boUser,
                    qEnvironmentVariable("PGPASSWORD").replace(QLatin1Char('\''), QStringLiteral("''")))));
        model::ReviewStore local;
        QVERIFY(local.open(demo));
        model::ServerReview server;
        QVERIFY2(server.connect(ana) && server.publish(local), qPrintable(server.errorString()));
        QVERIFY2(server.grant(boUser, model::serverschema::Role::Reviewer), qPrintable(server.errorString()));
    }
    const ServerLocation bo
        = parsed(ana.toString().replace(ana.user() + QLatin1Char('@'), boUser + QLatin1Char('@')));
    QCOMPARE(bo.user(), boUser);

    views::MainWindow anaWindow;
    views::MainWindow boWindow;
    anaWindow.document().setAuthor(QStringLiteral("Ana Tester"));
    boWindow.document().setAuthor(QStringLiteral("Bo Reviewer"));
    for (auto [window, location] : { std::pair { &anaWindow, ana }, std::pair { &boWindow, bo } }) {
        window->resize(1280, 800);
        window->show();
        QSignalSpy finished(&window->teamServer(), &views::TeamServerSession::jobFinished);
        window->teamServer().open(location);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(window->teamServer().lastError()));
        QVERIFY(window->teamServer().live());
        QVERIFY(window->teamServer().live()->canEdit());
        QVERIFY2(window->teamServer().banner()->text().contains(QStringLiteral("Working live")),
            qPrintable(window->teamServer().banner()->text()));
    }
    model::ReviewDocument &anaDoc = anaWindow.document();
    model::ReviewDocument &boDoc = boWindow.document();
    QVERIFY(anaDoc.path() != boDoc.path());

    // Ana annotates an event; Bo's window shows it without anyone reloading.
    const qint64 event = anaDoc.store().scalar(QStringLiteral("SELECT min(id) FROM events")).toLongLong();
    QSignalSpy boAnnotations(&boDoc, &model::ReviewDocument::changed);
    const qint64 note
        = model::commands::addAnnotation(anaDoc, event, QStringLiteral("The pager went to the old rota"));
    QVERIFY(note > 0);
    const QString boHasIt
        = QStringLiteral("SELECT author || ': ' || text FROM annotations WHERE id = %1").arg(note);
    QTRY_COMPARE_WITH_TIMEOUT(boDoc.store().scalar(boHasIt).toString(),
        QStringLiteral("Ana Tester: The pager went to the old rota"), 30000);
    bool announced = false;
    for (const QList<QVariant> &signal : std::as_const(boAnnotations))
        announced = announced
            || signal.at(0).value<model::ReviewDocument::Area>() == model::ReviewDocument::Area::Annotations;
    QVERIFY(announced);
    // Bo highlights an event; Ana's timeline marks it.
    const qint64 marked = anaDoc.store()
                              .scalar(QStringLiteral("SELECT max(id) FROM events WHERE highlighted = 0"))
                              .toLongLong();
    QVERIFY(model::commands::setHighlighted(boDoc, marked, true));
    QTRY_VERIFY_WITH_TIMEOUT(
        anaDoc.timeline().flags(anaDoc.timeline().rowOfEvent(marked)) & model::TimelineIndex::Highlighted,
        30000);

    // Undo in Ana's window takes back Ana's annotation, and leaves Bo's highlight.
    anaDoc.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(boDoc.store().scalar(boHasIt).toString(), QString(), 30000);
    QVERIFY(model::EventStore::isHighlighted(anaDoc.store(), marked));
    QVERIFY(
        model::commands::addAnnotation(boDoc, event, QStringLiteral("Bo: the rota changed on Monday")) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        anaDoc.store()
                .scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE author = 'Bo Reviewer'"))
                .toInt()
            == 1,
        30000);

    anaWindow.selection().setCurrentEvent(event);
    boWindow.selection().setCurrentEvent(event);
    // Who is here: each banner names both reviewers (the watcher's heartbeat reads the list).
    for (views::MainWindow *window : { &anaWindow, &boWindow }) {
        QTRY_VERIFY2_WITH_TIMEOUT(window->teamServer().banner()->text().contains(QStringLiteral("Ana Tester"))
                && window->teamServer().banner()->text().contains(QStringLiteral("Bo Reviewer")),
            qPrintable(window->teamServer().banner()->text()), 30000);
    }
    if (const QString folder = qEnvironmentVariable("FAULTLESS_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(200); // the details panel fills on the next turn of the event loop
        anaWindow.grab().save(QDir(folder).filePath(QStringLiteral("live-ana.png")));
        boWindow.grab().save(QDir(folder).filePath(QStringLiteral("live-bo.png")));
    }

    // Both retitle one factor before either hears of the other: Ana's arrives first; Bo is
    // shown both and keeps theirs on purpose, which then reaches Ana.
    const qint64 factor = anaDoc.store().scalar(QStringLiteral("SELECT min(id) FROM factors")).toLongLong();
    QVERIFY(model::commands::setFactorTitle(anaDoc, factor, QStringLiteral("Ana's title")));
    QVERIFY(model::commands::setFactorTitle(boDoc, factor, QStringLiteral("Bo's title")));
    QTRY_VERIFY_WITH_TIMEOUT(boWindow.teamServer().live()->conflictDialog(), 30000);
    views::ConflictDialog *dialog = boWindow.teamServer().live()->conflictDialog();
    QVERIFY(dialog->isVisible());
    QStringList cells;
    for (int r = 0; r < dialog->table()->rowCount(); ++r)
        for (int c = 0; c < dialog->table()->columnCount(); ++c)
            cells.append(dialog->table()->item(r, c)->text());
    QVERIFY2(cells.contains(QStringLiteral("Ana's title")) && cells.contains(QStringLiteral("Bo's title")),
        qPrintable(cells.join(QLatin1Char('|'))));
    if (const QString folder = qEnvironmentVariable("FAULTLESS_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(QDir(folder).filePath(QStringLiteral("live-conflict.png")));
    const QString title = QStringLiteral("SELECT title FROM factors WHERE id = %1").arg(factor);
    QCOMPARE(anaDoc.store().scalar(title).toString(), QStringLiteral("Ana's title"));
    dialog->findChild<QAbstractButton *>(QStringLiteral("keepMine"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(anaDoc.store().scalar(title).toString(), QStringLiteral("Bo's title"), 30000);
    QCOMPARE(boWindow.teamServer().live()->unsent(), 0);
    // Ana's undo of her title meets Bo's newer one: she is asked too, nothing is overwritten.
    anaDoc.undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(anaWindow.teamServer().live()->conflictDialog(), 30000);
    anaWindow.teamServer()
        .live()
        ->conflictDialog()
        ->findChild<QAbstractButton *>(QStringLiteral("keepTheirs"))
        ->click();
    QTRY_COMPARE_WITH_TIMEOUT(anaDoc.store().scalar(title).toString(), QStringLiteral("Bo's title"), 30000);
    QCOMPARE(boDoc.store().scalar(title).toString(), QStringLiteral("Bo's title"));

    // Ana closes the review in step with the server; Bo adds a factor meanwhile. Ana's next open
    // reads her cached copy and catches up, rather than pulling the whole review again.
    const QString anaCopy = anaDoc.path();
    anaDoc.close();
    QVERIFY(views::ServerCache::readState(anaCopy));
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(anaCopy).constData(), &before), 0);
    const qint64 added = model::commands::addFactor(boDoc, QStringLiteral("Added while Ana was away"));
    QVERIFY(added > 0);
    QTRY_COMPARE_WITH_TIMEOUT(boWindow.teamServer().live()->unsent(), 0, 30000);
    QSignalSpy reopened(&anaWindow.teamServer(), &views::TeamServerSession::jobFinished);
    anaWindow.teamServer().open(ana);
    QVERIFY(reopened.wait(60000));
    QVERIFY2(reopened.first().at(0).toBool(), qPrintable(anaWindow.teamServer().lastError()));
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(anaDoc.path()).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // the same file: not pulled again
    QTRY_COMPARE_WITH_TIMEOUT(
        anaDoc.store()
            .scalar(QStringLiteral("SELECT title FROM factors WHERE id = %1").arg(added))
            .toString(),
        QStringLiteral("Added while Ana was away"), 30000);
}

QTEST_MAIN(TestTeamServerUi)
#include "tst_teamserverui.moc"
