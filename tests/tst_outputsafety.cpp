// What leaves Faultless is safe to look at (issue 17): text from input cannot drive a terminal
// (F12) or reorder a briefing (F25), a CSV export cannot run as a spreadsheet formula (F13), and
// secrets are masked in every briefing format end to end (F5).
#include "testsupport.h"

#include "archive/eventsexporter.h"
#include "domain/visibletext.h"
#include "import/faultlesseventsformat.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/eventquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

using namespace faultless;
using model::VisibleText;
using tests::runCli;

namespace {

// Bytes a terminal acts on or that hide text: ESC, BEL, CSI (U+009B), RLO (U+202E), ZWSP
// (U+200B), LRI (U+2066).
QByteArray firstHiddenByteSequence(const QByteArray &bytes)
{
    for (const QByteArray &raw : { QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xc2\x9b"),
             QByteArray("\xe2\x80\xae"), QByteArray("\xe2\x80\x8b"), QByteArray("\xe2\x81\xa6") }) {
        if (bytes.contains(raw))
            return raw.toHex();
    }
    return {};
}

model::ImportResult importFile(model::ReviewStore &store, const QString &path, const QString &source = {})
{
    model::ImporterRegistry registry;
    model::ImportRequest request;
    request.path = path;
    request.sourceName = source;
    return model::ImportJob::run(store, registry, request);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A JSON Lines log with one event per message, at one-minute steps.
QByteArray jsonLines(const QStringList &messages)
{
    QByteArray out;
    int minute = 0;
    for (const QString &message : messages) {
        const QJsonObject o {
            { QStringLiteral("ts"),
                QStringLiteral("2026-03-14T13:%1:00Z").arg(minute++, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("level"), QStringLiteral("error") }, { QStringLiteral("msg"), message }
        };
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

// Runs faultless-cli with its standard output on a new pseudo-terminal, as a user at a terminal
// sees it; returns what the terminal received.
QByteArray runCliOnTerminal(const QStringList &arguments)
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return "no pseudo-terminal";
    QProcess process;
    process.setStandardOutputFile(QString::fromLocal8Bit(ptsname(master)));
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    QByteArray received;
    char buffer[4096];
    for (;;) {
        const bool finished = process.waitForFinished(50) || process.state() == QProcess::NotRunning;
        pollfd p { master, POLLIN, 0 };
        while (::poll(&p, 1, finished ? 200 : 0) > 0 && (p.revents & POLLIN)) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            received.append(buffer, n);
        }
        if (finished)
            break;
    }
    ::close(master);
    return received;
}

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void forTerminal_data();
    void forTerminal();
    void forDocument_data();
    void forDocument();
    void escapeJsonKeepsTheValue_data();
    void escapeJsonKeepsTheValue();

    void csvCellsCannotRunAsFormulas_data();
    void csvCellsCannotRunAsFormulas();
    void csvFormulaGuardReadsBackExactly();

    void cliPrintsInputAsVisibleEscapes_data();
    void cliPrintsInputAsVisibleEscapes();
    void csvOnATerminalIsEscapedInAFileExact();

    void briefingsShowHiddenCharacters_data();
    void briefingsShowHiddenCharacters();
    void everyBriefingFormatIsRedacted_data();
    void everyBriefingFormatIsRedacted();

private:
    QString briefingText(const QString &format, const QString &path);

    QTemporaryDir m_dir;
    QString m_hostile; // a review whose title, source name and events hold hidden characters
    QString m_secrets; // a review whose highlighted events and title hold secrets
};

// The text a terminal or reader would be fooled by: escape sequences (OSC title, CSI colour and
// erase, the one-byte C1 CSI), a Trojan-Source bidi override and zero-width characters.
static const QString kEscapes = QStringLiteral("esc \x1b]0;owned\x07 and \x1b[2J\x1b[31mred and \u009b2J");
static const QString kBidi = QStringLiteral("admin \u202Egnp.exe and pass\u200Bword \u2066isolated\u2069");

void TestOutputSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_hostile = m_dir.filePath(QStringLiteral("hostile.faultless"));
    QCOMPARE(runCli({ QStringLiteral("new"), m_hostile, QStringLiteral("--title"),
                        QStringLiteral("Checkout \u202Edaolrevo\u202C \x1b[5mblink") })
                 .exitCode,
        0);
    const QString log = writeFile(m_dir, QStringLiteral("app.jsonl"),
        jsonLines({ kEscapes, kBidi, QStringLiteral("=HYPERLINK(\"http://x\")") }));
    model::ReviewStore store;
    QVERIFY(store.open(m_hostile));
    QCOMPARE(importFile(store, log, QStringLiteral("app\x1b[8m.jsonl")).accepted, qint64(3));
    QVERIFY(store.exec(QStringLiteral("UPDATE events SET highlighted = 1")));
    store.close();

    // Secrets of the forms issue 17 found passing, one per highlighted event.
    m_secrets = m_dir.filePath(QStringLiteral("secrets.faultless"));
    QCOMPARE(runCli({ QStringLiteral("new"), m_secrets, QStringLiteral("--title"),
                        QStringLiteral("Outage after DB_PASSWORD=TitleSecret1 leaked") })
                 .exitCode,
        0);
    const QStringList lines {
        QStringLiteral("config aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET02"),
        QStringLiteral("env DB_PASSWORD=Secret03pw loaded"),
        QStringLiteral("yaml db_password: Secret04pw"),
        QStringLiteral("PGPASSWORD=Secret05pw psql -h db"),
        QStringLiteral("dsn postgres://app:Secret06/pw@db:5432/shop"),
        QStringLiteral("login password=\"Secret 07 with spaces\" accepted"),
        QStringLiteral("blob https://a.blob.core.windows.net/c/b?sv=2021&sig=Secret08Sig%3D&se=1"),
        QStringLiteral("s3 https://b.s3.amazonaws.com/k?X-Amz-Signature=Secret09Sig&x=1"),
        QStringLiteral("ran curl -u deploy:Secret10pw https://api.example.org"),
        QStringLiteral("ran mysql -u root -pSecret11pw shop"),
        QStringLiteral("sent Authorization: Token Secret12token0123"),
        QStringLiteral("sent Authorization: Bearer Secret13bearer456"),
    };
    const QString secretsLog = writeFile(m_dir, QStringLiteral("secrets.jsonl"), jsonLines(lines));
    QVERIFY(store.open(m_secrets));
    QCOMPARE(importFile(store, secretsLog).accepted, qint64(lines.size()));
    QVERIFY(store.exec(QStringLiteral("UPDATE events SET highlighted = 1")));
    store.close();
}

// ---------------------------------------------------------------------------------------------

void TestOutputSafety::forTerminal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QTest::newRow("plain") << s(u"checkout p99=208ms ✓ Łukasz") << s(u"checkout p99=208ms ✓ Łukasz");
    QTest::newRow("tab stays") << s(u"a\tb") << s(u"a\tb");
    QTest::newRow("ESC CSI") << s(u"\x1b[31mred") << s(u"\\u001B[31mred");
    QTest::newRow("OSC title with BEL") << s(u"\x1b]0;owned\x07") << s(u"\\u001B]0;owned\\u0007");
    QTest::newRow("line feed") << s(u"one\ntwo") << s(u"one\\u000Atwo");
    QTest::newRow("carriage return") << s(u"ok\rFAIL") << s(u"ok\\u000DFAIL");
    QTest::newRow("NUL and DEL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\x7f")
                                 << s(u"a\\u0000b\\u007F");
    QTest::newRow("C1 CSI") << s(u"\u009b2J") << s(u"\\u009B2J");
    QTest::newRow("C1 NEL and OSC") << s(u"\u0085\u009d") << s(u"\\u0085\\u009D");
    QTest::newRow("RLO") << s(u"\u202Egnp.exe") << s(u"\\u202Egnp.exe");
    QTest::newRow("bidi isolates") << s(u"\u2066x\u2069") << s(u"\\u2066x\\u2069");
    QTest::newRow("bidi marks") << s(u"a\u200Eb\u200F") << s(u"a\\u200Eb\\u200F");
    QTest::newRow("zero-width space") << s(u"pass\u200Bword") << s(u"pass\\u200Bword");
    QTest::newRow("word joiner, BOM") << s(u"\u2060\uFEFF") << s(u"\\u2060\\uFEFF");
    QTest::newRow("joiner inside a Latin word") << s(u"pa\u200Dss") << s(u"pa\\u200Dss");
    QTest::newRow("joiner in an emoji sequence")
        << s(u"\U0001F469\u200D\U0001F4BB") << s(u"\U0001F469\u200D\U0001F4BB");
    QTest::newRow("non-joiner in Persian") << s(u"می\u200Cخواهم") << s(u"می\u200Cخواهم");
    QTest::newRow("tag characters") << s(u"a\U000E0041") << s(u"a\\U000E0041");
    QTest::newRow("line separator") << s(u"a\u2028b") << s(u"a\\u2028b");
}

void TestOutputSafety::forTerminal()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VisibleText::forTerminal(input), expected);
    // Line breaks kept: only the line feed differs.
    QCOMPARE(VisibleText::forTerminal(input, VisibleText::LineBreaks::Keep),
        QString(expected).replace(QStringLiteral("\\u000A"), QStringLiteral("\n")));
}

void TestOutputSafety::forDocument_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QTest::newRow("plain") << s(u"Checkout latency") << s(u"Checkout latency");
    QTest::newRow("line breaks and tab stay") << s(u"a\nb\r\nc\td") << s(u"a\nb\r\nc\td");
    QTest::newRow("RLO") << s(u"invoice \u202Efdp.exe") << s(u"invoice \\u202Efdp.exe");
    QTest::newRow("embeddings and PDF") << s(u"\u202Aa\u202Bb\u202C") << s(u"\\u202Aa\\u202Bb\\u202C");
    QTest::newRow("isolates") << s(u"\u2067x\u2069") << s(u"\\u2067x\\u2069");
    QTest::newRow("zero-width space") << s(u"root\u200Bcause") << s(u"root\\u200Bcause");
    QTest::newRow("controls") << s(u"\x1b[2J\u009b") << s(u"\\u001B[2J\\u009B");
    // Right-to-left text needs its marks, and scripts their joiners.
    QTest::newRow("bidi marks stay") << s(u"שלום\u200F 42") << s(u"שלום\u200F 42");
    QTest::newRow("Persian non-joiner stays") << s(u"می\u200Cخواهم") << s(u"می\u200Cخواهم");
    QTest::newRow("joiner in Latin") << s(u"ro\u200Dot") << s(u"ro\\u200Dot");
}

void TestOutputSafety::forDocument()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VisibleText::forDocument(input), expected);
}

void TestOutputSafety::escapeJsonKeepsTheValue_data()
{
    QTest::addColumn<QString>("value");
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QTest::newRow("plain") << s(u"nothing to do ✓");
    QTest::newRow("C1 CSI") << s(u"\u009b2J");
    QTest::newRow("DEL") << s(u"a\x7f");
    QTest::newRow("RLO, isolates, ZWSP, ZWJ")
        << s(u"\u202Egnp \u2066x\u2069 a\u200Bb \U0001F469\u200D\U0001F4BB");
    QTest::newRow("tag characters") << s(u"\U000E0041\U000E007F");
    QTest::newRow("line separators") << s(u"a\u2028b\u2029");
    QTest::newRow("controls JSON escapes anyway") << s(u"\x1b[31m\n");
}

void TestOutputSafety::escapeJsonKeepsTheValue()
{
    QFETCH(QString, value);
    const QByteArray json
        = QJsonDocument(QJsonObject { { QStringLiteral("k"), value } }).toJson(QJsonDocument::Compact);
    const QByteArray escaped = VisibleText::escapeJson(json);
    QVERIFY2(firstHiddenByteSequence(escaped).isEmpty(), escaped.constData());
    // Only ASCII and characters a terminal shows plainly remain.
    for (const char c : escaped)
        QVERIFY(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(escaped, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object().value(QStringLiteral("k")).toString(), value);
}

// ---------------------------------------------------------------------------------------------

void TestOutputSafety::csvCellsCannotRunAsFormulas_data()
{
    // OWASP "CSV Injection": a cell starting with = + - @ tab or CR is neutralised with a leading
    // apostrophe (and quoted); a plain number stays a number.
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("cell");
    QTest::newRow("=HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("@SUM") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")
                          << QStringLiteral("\"'@SUM(1+1)*cmd|' /C calc'!A0\"");
    QTest::newRow("+cmd") << QStringLiteral("+cmd|' /C notepad'!'B1'")
                          << QStringLiteral("\"'+cmd|' /C notepad'!'B1'\"");
    QTest::newRow("-2+3") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("tab =") << QStringLiteral("\t=1+1") << QStringLiteral("\"'\t=1+1\"");
    QTest::newRow("CR =") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("-") << QStringLiteral("-") << QStringLiteral("\"'-\"");
    QTest::newRow("apostrophes before =") << QStringLiteral("''=1") << QStringLiteral("\"'''=1\"");
    QTest::newRow("negative number") << QStringLiteral("-2") << QStringLiteral("-2");
    QTest::newRow("signed decimal") << QStringLiteral("+3.5e-2") << QStringLiteral("+3.5e-2");
    QTest::newRow("apostrophe before a number") << QStringLiteral("'-2") << QStringLiteral("'-2");
    QTest::newRow("apostrophe before text") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("= later in the text") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("; starts a cell in some locales")
        << QStringLiteral("a;=1+1") << QStringLiteral("\"a;=1+1\"");
    QTest::newRow("tab inside") << QStringLiteral("a\t=1") << QStringLiteral("\"a\t=1\"");
}

void TestOutputSafety::csvCellsCannotRunAsFormulas()
{
    QFETCH(QString, message);
    QFETCH(QString, cell);
    model::EventRow row;
    row.instant = 0;
    row.text = message;
    row.lane = message;
    const QString line = model::FaultlessEventsFormat::csvLine(row);
    // Columns: id, timestamp, end, kind, severity, lane, actor, message, ...
    QVERIFY2(line.contains(QLatin1Char(',') + cell + QStringLiteral(",,") + cell + QLatin1Char(',')),
        qPrintable(line));
}

void TestOutputSafety::csvFormulaGuardReadsBackExactly()
{
    // Every text comes back exactly, apostrophes included, through a CSV export and import.
    QStringList messages;
    for (const char *m :
        { "=1+1", "@x", "+x", "-2+3", "-2", "'=1", "''=1", "'''", "'", "'-2", "'quoted'", "=", "x" })
        messages << QString::fromLatin1(m);
    tests::TempReview a;
    QCOMPARE(
        importFile(a.store, writeFile(m_dir, QStringLiteral("guard.jsonl"), jsonLines(messages))).accepted,
        qint64(messages.size()));
    const QString csv = m_dir.filePath(QStringLiteral("guard.csv"));
    QString error;
    QVERIFY2(model::EventsExporter::write(a.store, model::EventsExporter::Format::Csv, csv, &error),
        qPrintable(error));
    tests::TempReview b;
    const model::ImportResult result = importFile(b.store, csv);
    QCOMPARE(result.formatId, QStringLiteral("faultless-csv"));
    QCOMPARE(result.rejected, qint64(0));
    QStringList back;
    model::EventQuery::forEach(b.store, {}, [&](const model::EventRow &row) {
        back << row.text;
        return true;
    });
    QCOMPARE(back, messages);
}

// ---------------------------------------------------------------------------------------------

void TestOutputSafety::cliPrintsInputAsVisibleEscapes_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("info") << QStringLiteral("info");
    QTest::newRow("info --json") << QStringLiteral("info --json");
    QTest::newRow("events jsonl") << QStringLiteral("events");
    QTest::newRow("import summary and rejects") << QStringLiteral("import");
}

void TestOutputSafety::cliPrintsInputAsVisibleEscapes()
{
    QFETCH(QString, command);
    QStringList args = command.split(QLatin1Char(' '));
    args.insert(1, m_hostile);
    if (command == QLatin1String("import")) {
        // A reject reason quotes the bad field; the summary names the source.
        const QString bad = writeFile(m_dir, QStringLiteral("bad.jsonl"),
            "{\"ts\":\"2026-03-14T14:00:00Z\",\"msg\":\"ok\"}\n"
            "{\"ts\":\"\\u001b]0;owned\\u0007\\u009b2J\\u202E\",\"msg\":\"x\"}\n");
        args << bad << QStringLiteral("--source") << QStringLiteral("bad\x1b[2J\u202E.jsonl");
    }
    const tests::CliResult r = runCli(args);
    QVERIFY2(r.exitCode == 0 || r.exitCode == 3, r.err.constData());
    QVERIFY2(firstHiddenByteSequence(r.out).isEmpty(), firstHiddenByteSequence(r.out).constData());
    QVERIFY2(firstHiddenByteSequence(r.err).isEmpty(), firstHiddenByteSequence(r.err).constData());
    const QByteArray both = r.out + r.err;
    // The reader still sees that something is there.
    QVERIFY2(both.contains("\\u001B") || both.contains("\\u001b"), both.constData());
    QVERIFY2(both.contains("\\u202E") || both.contains("\\u202e"), both.constData());
    if (command == QLatin1String("events")) {
        // The JSON is still the same data.
        const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').first()).object();
        QCOMPARE(first.value(QStringLiteral("message")).toString(), kEscapes);
    }
}

void TestOutputSafety::csvOnATerminalIsEscapedInAFileExact()
{
    const QStringList args { QStringLiteral("events"), m_hostile, QStringLiteral("--format"),
        QStringLiteral("csv") };
    const QByteArray terminal = runCliOnTerminal(args);
    if (terminal == "no pseudo-terminal")
        QSKIP("no pseudo-terminal can be opened here");
    QVERIFY2(terminal.contains("esc \\u001B]0;owned"), terminal.constData());
    QVERIFY2(firstHiddenByteSequence(terminal).isEmpty(), firstHiddenByteSequence(terminal).constData());
    // To a file or a pipe, CSV is data: the text as it was, for a script or a re-import.
    const tests::CliResult file = runCli(args);
    QCOMPARE(file.exitCode, 0);
    QVERIFY(file.out.contains(kEscapes.toUtf8()));
    QVERIFY(file.out.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
}

// ---------------------------------------------------------------------------------------------

QString TestOutputSafety::briefingText(const QString &format, const QString &review)
{
    const QString path
        = m_dir.filePath(QStringLiteral("briefing-%1.%2").arg(QFileInfo(review).baseName(), format));
    const tests::CliResult r = runCli({ QStringLiteral("export"), review, QStringLiteral("--format"), format,
        QStringLiteral("--audience"), QStringLiteral("practitioner"), QStringLiteral("--output"), path });
    if (r.exitCode != 0) {
        qWarning("export failed: %s", r.err.constData());
        return {};
    }
    if (format != QLatin1String("pdf")) {
        QFile f(path);
        QString text = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        // What a Markdown reader sees: "\\u202E" in the source shows as "\u202E".
        if (format == QLatin1String("md"))
            text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return text;
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    text.waitForFinished();
    QProcess info; // the title is also the PDF's metadata
    info.start(QStringLiteral("pdfinfo"), { path });
    info.waitForFinished();
    return QString::fromUtf8(text.readAllStandardOutput() + info.readAllStandardOutput());
}

void TestOutputSafety::briefingsShowHiddenCharacters_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestOutputSafety::briefingsShowHiddenCharacters()
{
    QFETCH(QString, format);
    if (format == QLatin1String("pdf")
        && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const QString text = briefingText(format, m_hostile);
    QVERIFY(!text.isEmpty());
    const QByteArray hidden = firstHiddenByteSequence(text.toUtf8());
    QVERIFY2(hidden.isEmpty(), hidden.constData());
    // Title and events show where the hidden characters were.
    QVERIFY2(text.contains(QStringLiteral("Checkout \\u202Edaolrevo\\u202C")), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(QStringLiteral("\\u202Egnp.exe")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\\u200Bword")));
}

void TestOutputSafety::everyBriefingFormatIsRedacted_data()
{
    briefingsShowHiddenCharacters_data();
}

void TestOutputSafety::everyBriefingFormatIsRedacted()
{
    QFETCH(QString, format);
    if (format == QLatin1String("pdf")
        && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    const QString text = briefingText(format, m_secrets);
    QVERIFY(text.contains(QStringLiteral("loaded"))); // the events are in it
    QVERIFY(text.contains(QStringLiteral("redacted")));
    // TitleSecret1 is in the review's title, which the PDF also draws in every footer and keeps
    // as its metadata; Secret02..Secret13 are one per event.
    QVERIFY2(!text.contains(QStringLiteral("TitleSecret1")), qPrintable(text.left(3000)));
    for (int i = 2; i <= 13; ++i) {
        const QString secret = QStringLiteral("Secret%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
}

QTEST_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
