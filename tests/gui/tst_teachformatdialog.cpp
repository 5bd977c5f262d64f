// "Teach Faultless a format" (issue 20, deliverable 5): on a real log no built-in importer reads
// (oVirt VDSM, from lnav's tests), mark the spans as a user would, check the live preview, save,
// and import the whole file through the CLI with the saved format file.
#include "domain/event.h"
#include "import/lnavformat.h"
#include "import/teachformatdialog.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace faultless;
using faultless::views::TeachFormatDialog;
using Role = faultless::model::LnavFormatDraft::Role;

namespace {

QString vdsmLog()
{
    return QStringLiteral(FAULTLESS_TEST_DATA_DIR "/lnav/lnav-test-logfile_vdsm.0");
}

// Selects `text` on line `line` of the sample lines, as a user dragging over it would.
void select(QPlainTextEdit *edit, int line, const QString &text)
{
    const QTextBlock block = edit->document()->findBlockByNumber(line);
    const int start = int(block.text().indexOf(text));
    QVERIFY2(start >= 0, qPrintable(text));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + start + int(text.size()), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
}

int runCli(const QStringList &arguments, const QProcessEnvironment &env, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    process.waitForFinished(300000);
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitCode();
}

} // namespace

class TestTeachFormatDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void marksPreviewAndSave();
    void selectionAcrossLinesIsRefused();
    void failedImportOffersTeaching();
    void missingFileSaysWhy();

private:
    QTemporaryDir m_home;
};

void TestTeachFormatDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The user's format folder lives under XDG_DATA_HOME: a fresh one, here and in the CLI.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/share")).toUtf8());
}

void TestTeachFormatDialog::marksPreviewAndSave()
{
    TeachFormatDialog dialog(vdsmLog());
    dialog.show();
    auto *lines = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sampleLines"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(lines && preview && save);
    QCOMPARE(lines->document()->blockCount(), 16);
    QVERIFY(!save->isEnabled()); // nothing to save before a timestamp is marked

    // Line 2 (an ERROR with a traceback after it) is the sample.
    select(lines, 1, QStringLiteral("2011-12-05 07:04:56,300"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("markTimestamp")), Qt::LeftButton);
    QCOMPARE(dialog.parsedLines(), 5);
    // The level by keyboard: the cursor after "MainThread::", then five Shift+Right.
    select(lines, 1, QStringLiteral("MainThread::"));
    QTextCursor cursor = lines->textCursor();
    cursor.clearSelection();
    lines->setTextCursor(cursor);
    lines->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(lines, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(lines->textCursor().selectedText(), QStringLiteral("ERROR"));
    dialog.findChild<QPushButton *>(QStringLiteral("markLevel"))->click();
    select(lines, 1, QStringLiteral("MainThread"));
    dialog.findChild<QPushButton *>(QStringLiteral("markLane"))->click();
    select(lines, 1, QStringLiteral("vdsm::74::vds::(run) Traceback (most recent call last):"));
    dialog.findChild<QPushButton *>(QStringLiteral("markMessage"))->click();
    QCOMPARE(dialog.draft().spans().size(), size_t(4));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("marks"))->text().contains(QLatin1String("ERROR")));

    // The preview: 5 records, the 11 traceback lines continue the ERROR of line 2, none rejected.
    QCOMPARE(dialog.parsedLines(), 5);
    QCOMPARE(dialog.continuedLines(), 11);
    QCOMPARE(dialog.rejectedLines(), 0);
    QCOMPARE(preview->rowCount(), 16);
    QCOMPARE(preview->item(1, TeachFormatDialog::LevelColumn)->text(),
        model::DomainText::severityLabel(model::Severity::Error));
    QCOMPARE(preview->item(1, TeachFormatDialog::LaneColumn)->text(), QStringLiteral("MainThread"));
    QCOMPARE(
        preview->item(1, TeachFormatDialog::TimeColumn)->text(), QStringLiteral("2011-12-05 07:04:56.300"));
    QCOMPARE(preview->item(15, TeachFormatDialog::LaneColumn)->text(), QStringLiteral("Thread-1950"));
    QVERIFY(preview->item(2, TeachFormatDialog::ResultColumn)->text().contains(QLatin1String("2")));
    QVERIFY(save->isEnabled());

    // For a look at the dialog (docs/format-files.md): FAULTLESS_SCREENSHOT_DIR=dir under xvfb-run.
    if (const QString shots = qEnvironmentVariable("FAULTLESS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/teachformatdialog.png")));
    }

    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("formatName"));
    name->setText(QStringLiteral("oVirt VDSM"));
    QCOMPARE(dialog.formatId(), QStringLiteral("lnav:ovirt_vdsm_log"));
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString saved = dialog.savedPath();
    QCOMPARE(
        QFileInfo(saved).absolutePath(), QFileInfo(model::lnavformats::formatFolder()).absoluteFilePath());

    // The saved file is an lnav format file...
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject format
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("ovirt_vdsm_log")).toObject();
    QCOMPARE(format.value(QLatin1String("module-field")).toString(), QStringLiteral("module"));
    QVERIFY(format.value(QLatin1String("regex")).toObject().contains(QLatin1String("taught")));

    // ...that the CLI uses, named directly and from the user's format folder.
    const QString review = m_home.filePath(QStringLiteral("vdsm.faultless"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray out, err;
    QCOMPARE(runCli({ QStringLiteral("new"), review }, env, &out, &err), 0);
    QCOMPARE(runCli({ QStringLiteral("import"), review, vdsmLog(), QStringLiteral("--format-file"), saved },
                 env, &out, &err),
        0);
    QVERIFY2(out.contains("imported 5 events"), out.constData());
    QCOMPARE(runCli({ QStringLiteral("events"), review }, env, &out, &err), 0);
    const QList<QByteArray> events = out.trimmed().split('\n');
    QCOMPARE(events.size(), 5);
    QJsonObject traceback; // the record of line 2 (the events come in time order)
    for (const QByteArray &event : events) {
        const QJsonObject object = QJsonDocument::fromJson(event).object();
        if (object.value(QLatin1String("line")).toInt() == 2)
            traceback = object;
    }
    QCOMPARE(traceback.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(traceback.value(QLatin1String("lane")).toString(), QStringLiteral("MainThread"));
    QVERIFY(traceback.value(QLatin1String("message"))
                .toString()
                .endsWith(QLatin1String(
                    "libvirtError: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file "
                    "or directory")));
    const QString fresh = m_home.filePath(QStringLiteral("sniffed.faultless"));
    QCOMPARE(runCli({ QStringLiteral("new"), fresh }, env, &out, &err), 0);
    QCOMPARE(runCli({ QStringLiteral("import"), fresh, vdsmLog() }, env, &out, &err), 0);
    QVERIFY2(out.contains("imported 5 events"), QByteArray(out + err).constData());
}

void TestTeachFormatDialog::selectionAcrossLinesIsRefused()
{
    TeachFormatDialog dialog(vdsmLog());
    auto *lines = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sampleLines"));
    QTextCursor cursor(lines->document());
    cursor.setPosition(5);
    cursor.setPosition(lines->document()->findBlockByNumber(1).position() + 5, QTextCursor::KeepAnchor);
    lines->setTextCursor(cursor);
    dialog.markSelection(Role::Timestamp);
    QVERIFY(dialog.draft().spans().empty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("teachStatus"))
                ->text()
                .contains(QLatin1String("one line")));
}

void TestTeachFormatDialog::failedImportOffersTeaching()
{
    // Lines without any time: no importer reads them, whatever sniffing learns.
    const QString log = m_home.filePath(QStringLiteral("notes.txt"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("deploy notes\nchecked the dashboards\nrolled back\n");
    file.close();
    views::MainWindow window;
    QVERIFY(window.newReview(
        m_home.filePath(QStringLiteral("teach.faultless")), QStringLiteral("Test"), QStringLiteral("UTC")));
    window.importFiles({ log });
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("importFailed"))), 20000);
    QTRY_VERIFY(box->isVisible());
    auto *teach = box->findChild<QPushButton *>(QStringLiteral("teachFormat"));
    QVERIFY(teach);
    teach->click();
    TeachFormatDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TeachFormatDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("sampleLines"))->document()->blockCount(), 3);
    dialog->reject();
    QTRY_VERIFY(!window.isImporting());
}

void TestTeachFormatDialog::missingFileSaysWhy()
{
    const QString path = m_home.filePath(QStringLiteral("gone.log"));
    TeachFormatDialog dialog(path);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("teachStatus"))
                ->text()
                .contains(QLatin1String("gone.log")));
}

QTEST_MAIN(TestTeachFormatDialog)
#include "tst_teachformatdialog.moc"
