// The CSV import dialog: guesses columns from the header, previews rows and their times, and
// returns the mapping the CSV importer takes.
#include "csvimportdialog.h"
#include "import/collectingsink.h"
#include "import/csvimporter.h"
#include "import/parsers/importinput.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace faultless;
using faultless::views::CsvImportDialog;

class TestCsvImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void guessesFromHeader();
    void mappingDrivesTheImporter();
    void semicolonTables();
    void unreadableFile();
};

void TestCsvImportDialog::guessesFromHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,level,message,service,user\n2024-03-01T10:00:00Z,info,hello,api,ann\n");
    f.close();
    CsvImportDialog dialog(path);
    QVERIFY(dialog.hasTable());
    QCOMPARE(dialog.column(CsvImportDialog::TimeRole), 0);
    QCOMPARE(dialog.column(CsvImportDialog::LevelRole), 1);
    QCOMPARE(dialog.column(CsvImportDialog::MessageRole), 2);
    QCOMPARE(dialog.column(CsvImportDialog::LaneRole), 3);
    QCOMPARE(dialog.column(CsvImportDialog::ActorRole), 4);
    QCOMPARE(dialog.readableTimes(), 1);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2024-03-01T10:00:00.000000Z"));
}

void TestCsvImportDialog::mappingDrivesTheImporter()
{
    const QString path = tests::dataPath(QStringLiteral("logs/app.csv"));
    CsvImportDialog dialog(path);
    QVERIFY(dialog.hasTable());
    // "when,what,sev,svc,who": nothing to guess from, and nothing to import without a time.
    QCOMPARE(dialog.column(CsvImportDialog::TimeRole), -1);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.setColumn(CsvImportDialog::TimeRole, 0);
    dialog.setColumn(CsvImportDialog::MessageRole, 1);
    dialog.setColumn(CsvImportDialog::LevelRole, 2);
    dialog.setColumn(CsvImportDialog::LaneRole, 3);
    dialog.setColumn(CsvImportDialog::ActorRole, 4);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.readableTimes(), 3); // the fourth row's "not a time"
    const QJsonObject mapping = QJsonDocument::fromJson(dialog.mappingJson().toUtf8()).object();
    QCOMPARE(mapping.value(QLatin1String("time")).toString(), QStringLiteral("when"));
    QCOMPARE(mapping.value(QLatin1String("actor")).toString(), QStringLiteral("who"));
    QCOMPARE(mapping.value(QLatin1String("delimiter")).toString(), QStringLiteral(","));

    model::ImportInput input;
    QVERIFY(input.open(path));
    model::CsvImporter importer;
    model::CollectingSink sink;
    model::ImportContext context;
    context.formatOption = dialog.mappingJson();
    QString error;
    QVERIFY(importer.read(input, sink, context, &error));
    QCOMPARE(int(sink.events.size()), 3);
    QCOMPARE(sink.events[2].actor, QByteArray("bob"));
    QCOMPARE(int(sink.rejects.size()), 1);
}

void TestCsvImportDialog::semicolonTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Zeit;Meldung\n2024-03-01 10:00:00;\"Start; erster Versuch\"\n");
    f.close();
    CsvImportDialog dialog(path);
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Start; erster Versuch"));
    dialog.setColumn(CsvImportDialog::TimeRole, 0);
    const QJsonObject mapping = QJsonDocument::fromJson(dialog.mappingJson().toUtf8()).object();
    QCOMPARE(mapping.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
}

void TestCsvImportDialog::unreadableFile()
{
    CsvImportDialog dialog(QStringLiteral("/nonexistent/file.csv"));
    QVERIFY(!dialog.hasTable());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
