// Who wrote what: the first run asks for a display name once and keeps it, and the annotation
// thread and the factor details name their authors (never a made-up "Unknown author").
#include "testsupport.h"

#include "authordialog.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/annotationlistmodel.h"
#include "mainwindow.h"
#include "sensemaking/factorspanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace faultless;

class TestAuthors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunAsksForTheNameAndKeepsIt();
    void knownAuthorIsNotAsked();
    void annotationThreadNamesItsAuthors();
    void factorDetailsNameTheAuthor();

private:
    QByteArray m_environmentAuthor;
};

void TestAuthors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_environmentAuthor = qgetenv("FAULTLESS_AUTHOR");
}

void TestAuthors::firstRunAsksForTheNameAndKeepsIt()
{
    qunsetenv("FAULTLESS_AUTHOR");
    QSettings().remove(QStringLiteral("author"));
    {
        views::MainWindow window;
        window.show();
        views::AuthorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<views::AuthorDialog *>()) && dialog->isVisible());
        // Prefilled with the account's name, used until the question is answered.
        QCOMPARE(dialog->name(), views::AuthorDialog::accountName());
        QCOMPARE(window.document().author(), views::AuthorDialog::accountName());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("authorName"));
        QVERIFY(name);
        name->setText(QStringLiteral("  Dana Ruiz "));
        dialog->accept();
        QCOMPARE(window.document().author(), QStringLiteral("Dana Ruiz"));
    }
    QCOMPARE(QSettings().value(QStringLiteral("author")).toString(), QStringLiteral("Dana Ruiz"));
    QCOMPARE(views::AuthorDialog::knownAuthor(), QStringLiteral("Dana Ruiz"));

    // The next window knows the name and does not ask again.
    views::MainWindow next;
    next.show();
    QTest::qWait(50);
    QVERIFY(!next.findChild<views::AuthorDialog *>());
    QCOMPARE(next.document().author(), QStringLiteral("Dana Ruiz"));
    qputenv("FAULTLESS_AUTHOR", m_environmentAuthor);
}

void TestAuthors::knownAuthorIsNotAsked()
{
    QSettings().remove(QStringLiteral("author"));
    qputenv("FAULTLESS_AUTHOR", "Scripted Reviewer");
    views::MainWindow window;
    window.show();
    QTest::qWait(50);
    QVERIFY(!window.findChild<views::AuthorDialog *>());
    QCOMPARE(window.document().author(), QStringLiteral("Scripted Reviewer"));
    qputenv("FAULTLESS_AUTHOR", m_environmentAuthor);
}

void TestAuthors::annotationThreadNamesItsAuthors()
{
    model::Annotation written;
    written.id = 1;
    written.author = QStringLiteral("Ravi");
    written.text = QStringLiteral("Saw the alert late");
    model::Annotation old; // from before authors were kept
    old.id = 2;
    old.text = QStringLiteral("Cache was cold");
    model::AnnotationListModel annotations;
    annotations.setAnnotations({ written, old }, QTimeZone::utc());
    const QString first = annotations.index(0).data().toString();
    const QString second = annotations.index(1).data().toString();
    QVERIFY2(first.startsWith(QStringLiteral("Ravi · ")), qPrintable(first));
    QVERIFY(first.endsWith(QStringLiteral("\nSaw the alert late")));
    QVERIFY(second.endsWith(QStringLiteral("\nCache was cold")));
    for (const QString &shown : { first, second })
        QVERIFY2(!shown.contains(QStringLiteral("Unknown")), qPrintable(shown));
}

void TestAuthors::factorDetailsNameTheAuthor()
{
    QTemporaryDir dir;
    model::ReviewDocument document;
    QVERIFY(document.create(
        dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Test"), QStringLiteral("UTC")));
    document.setAuthor(QStringLiteral("Mei"));
    views::EventSelection selection;
    views::FactorsPanel panel(document, selection);
    panel.resize(600, 500);
    panel.show();
    const qint64 factor = model::commands::addFactor(document, QStringLiteral("Alert fatigue"));
    QVERIFY(factor > 0);
    auto *list = panel.findChild<QTableView *>(QStringLiteral("factorList"));
    QVERIFY(list);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *addedBy = panel.findChild<QLabel *>(QStringLiteral("factorAuthor"));
    QVERIFY(addedBy);
    QTRY_VERIFY(addedBy->isVisible());
    QVERIFY2(addedBy->text().contains(QStringLiteral("Mei")), qPrintable(addedBy->text()));
}

QTEST_MAIN(TestAuthors)
#include "tst_authors.moc"
