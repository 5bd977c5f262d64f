// Faultless installed like a desktop application (issue 24): `cmake --install` into a staging
// folder, then the installed files are validated with the desktop's own tools and the installed
// programs are run from there, the GUI offscreen on the demo review.
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kAppId = QStringLiteral("io.github.faultless.Faultless");
const QList<int> kIconSizes = { 16, 22, 24, 32, 48, 64, 128, 256 };

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end (a hang ends at ctest's timeout, this only keeps the test from
// waiting forever when it is run by hand).
Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {},
    const QByteArray &input = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return { -1, {}, process.errorString().toUtf8() };
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The options and verbs a --help text names: every "--option" and every word after the program's
// name on a usage line.
QSet<QString> namesInHelp(const QByteArray &help, const QString &program)
{
    QSet<QString> names;
    const QString text = QString::fromUtf8(help);
    auto options = QRegularExpression(QStringLiteral("--[a-z][a-z-]*")).globalMatch(text);
    while (options.hasNext())
        names.insert(options.next().captured());
    auto verbs
        = QRegularExpression(QStringLiteral("^\\s*%1 ([a-z]+)").arg(QRegularExpression::escape(program)),
            QRegularExpression::MultilineOption)
              .globalMatch(text);
    while (verbs.hasNext())
        names.insert(verbs.next().captured(1));
    return names;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void installedFiles_data();
    void installedFiles();
    void iconSizes_data();
    void iconSizes();
    void nothingPointsIntoTheSourceOrBuildTree_data();
    void nothingPointsIntoTheSourceOrBuildTree();
    void desktopFileValidates();
    void metainfoValidates();
    void mimeTypeFindsReviews_data();
    void mimeTypeFindsReviews();
    void versions_data();
    void versions();
    void manPagesCoverTheHelp_data();
    void manPagesCoverTheHelp();
    void bashCompletion_data();
    void bashCompletion();
    void installedProgramsRunTheDemo();
    void unwritableScreenshotFails();

private:
    // Installed with the prefix /usr inside the staging folder, the tree a package unpacks.
    QString staged(const QString &relative) const
    {
        return m_prefix.filePath(QStringLiteral("usr/") + relative);
    }
    QString cli() const { return staged(QStringLiteral("bin/faultless-cli")); }
    QString gui() const { return staged(QStringLiteral("bin/faultless")); }
    QString tool(const QString &name) const;
    // A clean environment for an installed program: its own home and XDG folders, no display.
    QProcessEnvironment isolatedEnvironment(const QString &home) const;
    QString makeReview(const QString &name);

    QTemporaryDir m_prefix;
    QTemporaryDir m_work;
};

QString TestInstall::tool(const QString &name) const
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is missing: scripts/install-deps.sh installs it", qPrintable(name));
    return path;
}

QProcessEnvironment TestInstall::isolatedEnvironment(const QString &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME",
             "XDG_DATA_DIRS", "XDG_CONFIG_HOME" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QString TestInstall::makeReview(const QString &name)
{
    const QString path = m_work.filePath(name);
    const Run r = run(cli(), { QStringLiteral("new"), path });
    if (r.exitCode != 0)
        qFatal("faultless-cli new failed: %s", r.err.constData());
    return path;
}

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid() && m_work.isValid());
    // Stripped as a package strips them (CPACK_STRIP_FILES), which leaves only what the programs
    // really use in them: see nothingPointsIntoTheSourceOrBuildTree.
    const Run r = run(QStringLiteral(FAULTLESS_CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(FAULTLESS_BUILD_DIR), QStringLiteral("--prefix"),
            m_prefix.filePath(QStringLiteral("usr")), QStringLiteral("--strip") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The MIME database as it is once the package is installed: the system's freedesktop.org
    // types and ours in one cache, as the dpkg trigger of shared-mime-info builds it in
    // /usr/share/mime. (One cache, not ours in XDG_DATA_HOME over the system's: Qt 6.4's
    // QMimeDatabase lets the last directory with a magic match win, whatever the priorities.)
    const QString mimeDir = m_work.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
        mimeDir + QStringLiteral("/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(staged(QStringLiteral("share/mime/packages/%1.xml").arg(kAppId)),
        mimeDir + QStringLiteral("/packages/%1.xml").arg(kAppId)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_work.filePath(QStringLiteral("share"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_work.filePath(QStringLiteral("share"))));
    QProcessEnvironment mimeEnv = QProcessEnvironment::systemEnvironment();
    mimeEnv.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0"));
    const Run mime = run(tool(QStringLiteral("update-mime-database")), { mimeDir }, mimeEnv);
    QVERIFY2(mime.exitCode == 0 && mime.err.isEmpty(), mime.err.constData());
}

void TestInstall::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = {
        QStringLiteral("bin/faultless"),
        QStringLiteral("bin/faultless-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/mime/packages/%1.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/faultless.1.gz"),
        QStringLiteral("share/man/man1/faultless-cli.1.gz"),
        QStringLiteral("share/bash-completion/completions/faultless-cli"),
    };
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestInstall::installedFiles()
{
    QFETCH(QString, path);
    const QFileInfo info(staged(path));
    QVERIFY2(info.isFile() && info.size() > 0, qPrintable(path + QStringLiteral(" is not installed")));
    if (path.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
}

void TestInstall::iconSizes_data()
{
    QTest::addColumn<int>("size");
    for (const int size : kIconSizes)
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

// Every hicolor PNG is installed, is the size its folder says, and is not blank.
void TestInstall::iconSizes()
{
    QFETCH(int, size);
    const QString path
        = staged(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
    QImage icon;
    QVERIFY2(icon.load(path), qPrintable(path));
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.hasAlphaChannel());
    QVERIFY(qAlpha(icon.pixel(size / 2, size / 2)) == 255);
    QVERIFY(qAlpha(icon.pixel(0, 0)) < 255); // the rounded corner
}

void TestInstall::nothingPointsIntoTheSourceOrBuildTree_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("faultless") << QStringLiteral("bin/faultless");
    QTest::newRow("faultless-cli") << QStringLiteral("bin/faultless-cli");
}

// What the programs read at run time (demo data, lexicons, briefing styles, translations, the
// window icon) is compiled into them; a path into the source or build tree in an installed
// binary would be a file that is gone once the tree is.
void TestInstall::nothingPointsIntoTheSourceOrBuildTree()
{
    QFETCH(QString, program);
    const QByteArray binary = readAll(staged(program));
    QVERIFY(!binary.isEmpty());
    for (const char *tree : { FAULTLESS_SOURCE_DIR, FAULTLESS_BUILD_DIR })
        QVERIFY2(!binary.contains(tree), tree);
    const Run elf = run(tool(QStringLiteral("readelf")), { QStringLiteral("--dynamic"), staged(program) });
    QCOMPARE(elf.exitCode, 0);
    QVERIFY2(!elf.out.contains("RPATH") && !elf.out.contains("RUNPATH"), elf.out.constData());
}

void TestInstall::desktopFileValidates()
{
    const QString desktop = staged(QStringLiteral("share/applications/%1.desktop").arg(kAppId));
    const Run r = run(tool(QStringLiteral("desktop-file-validate")), { desktop });
    QVERIFY2(r.exitCode == 0 && r.out.isEmpty() && r.err.isEmpty(), QByteArray(r.out + r.err).constData());
    // What it names is installed: the program, the icon (hicolor), the MIME type.
    const QByteArray entry = readAll(desktop);
    QVERIFY(entry.contains("\nExec=faultless %f\n"));
    QVERIFY(entry.contains(QByteArray("\nIcon=" + kAppId.toUtf8() + "\n")));
    QVERIFY(entry.contains("\nMimeType=application/x-faultless-review;\n"));
    QVERIFY(QFileInfo::exists(gui()));
    QVERIFY(
        QFileInfo::exists(staged(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
}

// validate-tree checks the metainfo and that what it names is installed beside it: the
// launcher entry and the icon.
void TestInstall::metainfoValidates()
{
    const QString metainfo = staged(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    const Run r = run(tool(QStringLiteral("appstreamcli")),
        { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
            m_prefix.path() });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains(QByteArray(kAppId.toUtf8() + ".metainfo.xml")), r.out.constData());
    QVERIFY2(!r.out.contains("W:") && !r.out.contains("E:"), r.out.constData());
    const QByteArray xml = readAll(metainfo);
    QVERIFY(xml.contains(
        QByteArray("<launchable type=\"desktop-id\">" + kAppId.toUtf8() + ".desktop</launchable>")));
    QVERIFY(xml.contains("<release version=\"" FAULTLESS_VERSION "\""));
    QVERIFY(xml.contains("<content_rating type=\"oars-1.1\""));
    QVERIFY(xml.contains("docs/screenshot.png</image>"));
    QVERIFY(QFileInfo::exists(QStringLiteral(FAULTLESS_SOURCE_DIR "/docs/screenshot.png")));
}

void TestInstall::mimeTypeFindsReviews_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("patchOffset"); // -1: the review as faultless-cli wrote it
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("expected");
    const QString review = QStringLiteral("application/x-faultless-review");
    // By name, and by content alone (no .faultless suffix): the SQLite header and the
    // application_id big-endian at byte 68 ("FLTR", ReviewStore::ApplicationId).
    QTest::newRow("by suffix") << QStringLiteral("a.faultless") << -1 << QByteArray() << review;
    QTest::newRow("by content") << QStringLiteral("a.bin") << -1 << QByteArray() << review;
    QTest::newRow("other SQLite application") << QStringLiteral("b.bin") << 68 << QByteArray("\0\0\0\1", 4)
                                              << QStringLiteral("application/vnd.sqlite3");
    QTest::newRow("id without SQLite header") << QStringLiteral("c.bin") << 0 << QByteArray("SQLite format 2")
                                              << QStringLiteral("application/octet-stream");
}

void TestInstall::mimeTypeFindsReviews()
{
    QFETCH(QString, name);
    QFETCH(int, patchOffset);
    QFETCH(QByteArray, patch);
    QFETCH(QString, expected);
    const QString review = makeReview(
        QStringLiteral("mime-%1.faultless")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QByteArray bytes = readAll(review);
    QCOMPARE(bytes.mid(68, 4), QByteArray("FLTR"));
    if (patchOffset >= 0)
        bytes.replace(patchOffset, patch.size(), patch);
    const QString path = m_work.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(path,
        name.endsWith(QLatin1String(".faultless")) ? QMimeDatabase::MatchDefault
                                                   : QMimeDatabase::MatchContent);
    QCOMPARE(type.name(), expected);
    if (expected.endsWith(QLatin1String("faultless-review"))) {
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.comment(), QStringLiteral("Faultless review"));
    }
}

void TestInstall::versions_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("faultless-cli") << QStringLiteral("bin/faultless-cli")
                                   << QByteArray("faultless-cli " FAULTLESS_VERSION "\n");
    QTest::newRow("faultless") << QStringLiteral("bin/faultless")
                               << QByteArray("Faultless " FAULTLESS_VERSION "\n");
}

// --version works without a display (isolatedEnvironment has none), as packagers run it.
void TestInstall::versions()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, expected);
    const Run r = run(staged(program), { QStringLiteral("--version") }, isolatedEnvironment(m_work.path()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, expected);
}

void TestInstall::manPagesCoverTheHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("faultless") << QStringLiteral("faultless");
    QTest::newRow("faultless-cli") << QStringLiteral("faultless-cli");
}

// Every verb and option the installed program's --help names is in its man page (and, for the
// CLI, in its bash completion): they are written by hand and must keep up.
void TestInstall::manPagesCoverTheHelp()
{
    QFETCH(QString, program);
    const Run help = run(staged(QStringLiteral("bin/") + program), { QStringLiteral("--help") },
        isolatedEnvironment(m_work.path()));
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> names = namesInHelp(help.out, program);
    QVERIFY2(names.size() >= 3, help.out.constData());
    const Run page = run(tool(QStringLiteral("gzip")),
        { QStringLiteral("-dc"), staged(QStringLiteral("share/man/man1/%1.1.gz").arg(program)) });
    QCOMPARE(page.exitCode, 0);
    const QString man = QString::fromUtf8(page.out).replace(QLatin1String("\\-"), QLatin1String("-"));
    const QString completion = QString::fromUtf8(
        readAll(staged(QStringLiteral("share/bash-completion/completions/faultless-cli"))));
    for (const QString &name : names) {
        QVERIFY2(man.contains(name), qPrintable(name + QStringLiteral(" is not in the man page")));
        if (program == QLatin1String("faultless-cli") && name != QLatin1String("faultless"))
            QVERIFY2(completion.contains(name), qPrintable(name + QStringLiteral(" is not completed")));
    }
}

void TestInstall::bashCompletion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("verb") << QStringLiteral("faultless-cli ex") << QStringList { QStringLiteral("export") };
    QTest::newRow("verbs") << QStringLiteral("faultless-cli a")
                           << QStringList { QStringLiteral("archive"), QStringLiteral("agreement"),
                                  QStringLiteral("annotate") };
    QTest::newRow("option") << QStringLiteral("faultless-cli export r.faultless --page")
                            << QStringList { QStringLiteral("--page-size") };
    QTest::newRow("export format") << QStringLiteral("faultless-cli export r.faultless --format ")
                                   << QStringList { QStringLiteral("md"), QStringLiteral("html"),
                                          QStringLiteral("pdf") };
    QTest::newRow("kind") << QStringLiteral("faultless-cli events r.faultless --kind e")
                          << QStringList { QStringLiteral("experiment") };
    // Importer ids come from the installed program's `formats`.
    QTest::newRow("import format") << QStringLiteral("CLI import r.faultless x.log --format syslo")
                                   << QStringList { QStringLiteral("syslog") };
}

// Completes a command line as bash does on Tab, with bash-completion and the installed script.
void TestInstall::bashCompletion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    line.replace(QLatin1String("CLI"), cli());
    const QString script = QStringLiteral("source /usr/share/bash-completion/bash_completion\n"
                                          "source \"$1\"\n"
                                          "COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}\n"
                                          "read -ra COMP_WORDS <<< \"$COMP_LINE\"\n"
                                          "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
                                          "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                          "_faultless_cli\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")),
        "bash-completion is missing: scripts/install-deps.sh installs it");
    const Run r = run(tool(QStringLiteral("bash")),
        { QStringLiteral("-c"), script, QStringLiteral("bash"),
            staged(QStringLiteral("share/bash-completion/completions/faultless-cli")), line });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList got = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

// The installed GUI, offscreen, writes the bundled demo review into its data folder and saves a
// screenshot of it; the installed CLI then reads that review and exports a German briefing:
// every compiled-in resource kind is used by the installed programs alone.
void TestInstall::installedProgramsRunTheDemo()
{
    const QString home = m_work.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment env = isolatedEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString shot = m_work.filePath(QStringLiteral("demo.png"));
    const Run app = run(gui(), { QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot }, env);
    QVERIFY2(app.exitCode == 0, app.err.constData());

    QImage image;
    QVERIFY2(image.load(shot), qPrintable(shot));
    QVERIFY2(image.width() >= 640 && image.height() >= 400,
        qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    // The timeline's event marks are saturated colours; a window without a review has almost none.
    qsizetype saturated = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            saturated += QColor(image.pixel(x, y)).hsvSaturation() > 128 ? 1 : 0;
    }
    QVERIFY2(
        saturated * 50 > qsizetype(image.width()) * image.height(), qPrintable(QString::number(saturated)));

    const QString demo = home + QStringLiteral("/.local/share/Faultless/Faultless/demo.faultless");
    const Run info = run(cli(), { QStringLiteral("info"), demo, QStringLiteral("--json") }, env);
    QVERIFY2(info.exitCode == 0, info.err.constData());
    const QJsonObject facts = QJsonDocument::fromJson(info.out).object();
    QVERIFY2(facts.value(QStringLiteral("events")).toInt() > 100, info.out.constData());
    QVERIFY(facts.value(QStringLiteral("factors")).toInt() > 0);

    const QString html = m_work.filePath(QStringLiteral("demo.html"));
    const Run exported = run(cli(),
        { QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("html"),
            QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--output"), html },
        env);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QByteArray page = readAll(html);
    const QByteArray css = readAll(QStringLiteral(FAULTLESS_SOURCE_DIR "/resources/export/briefing.css"));
    QVERIFY(!css.isEmpty() && page.contains(css.left(300))); // compiled in from resources/export
    QVERIFY2(page.contains("Beitragende Faktoren"), "the German catalogue is compiled in");

    const Run language
        = run(cli(), { QStringLiteral("language"), QStringLiteral("--lang"), QStringLiteral("en") }, env,
            "The root cause was Bob.\n");
    QCOMPARE(language.exitCode, 0);
    QVERIFY2(language.out.contains("\"phrase\":\"root cause\""), language.out.constData()); // lexicon
}

// A screenshot that cannot be written is an error (exit 1, the reason on stderr), not a silent
// success.
void TestInstall::unwritableScreenshotFails()
{
    QProcessEnvironment env = isolatedEnvironment(m_work.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString shot = m_work.filePath(QStringLiteral("no-such-folder/shot.png"));
    const Run app = run(gui(), { QStringLiteral("--screenshot"), shot }, env);
    QCOMPARE(app.exitCode, 1);
    QVERIFY2(app.err.contains(QByteArray("Could not save the screenshot to " + QFile::encodeName(shot))),
        app.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
