// Every shipped language is complete: a source string without a translation fails the build's
// tests. lupdate runs over the sources into a temporary copy of each catalogue, so the check
// sees strings added since the catalogues were last updated.
#include "testsupport.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTranslator>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void englishHasPluralForms();
};

namespace {
struct Counts
{
    int messages = 0;
    int unfinished = 0;
    QStringList examples;
};

Counts countMessages(const QString &tsPath)
{
    Counts counts;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QDomDocument doc;
    doc.setContent(&file);
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        const QString type = translation.attribute(QStringLiteral("type"));
        if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
            continue;
        ++counts.messages;
        bool empty = translation.text().trimmed().isEmpty();
        if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            empty = false;
            const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
            for (int f = 0; f < forms.size(); ++f)
                empty = empty || forms.at(f).toElement().text().trimmed().isEmpty();
            empty = empty || forms.isEmpty();
        }
        if (type == QLatin1String("unfinished") || empty) {
            ++counts.unfinished;
            if (counts.examples.size() < 15)
                counts.examples << message.firstChildElement(QStringLiteral("source")).text();
        }
    }
    return counts;
}

bool runLupdate(const QString &ts, bool pluralOnly)
{
    const QString source = QStringLiteral(FAULTLESS_SOURCE_DIR);
    QStringList args { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-silent") };
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    args << source + QStringLiteral("/model") << source + QStringLiteral("/views")
         << source + QStringLiteral("/app") << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(FAULTLESS_LUPDATE_PATH), args);
    return lupdate.waitForFinished(120000) && lupdate.exitCode() == 0;
}
} // namespace

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString name = QStringLiteral("faultless_%1.ts").arg(language);
    const QString copy = dir.filePath(name);
    QVERIFY(QFile::copy(QStringLiteral(FAULTLESS_SOURCE_DIR "/translations/") + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(runLupdate(copy, false));
    const Counts counts = countMessages(copy);
    QVERIFY2(counts.messages > 300, qPrintable(QString::number(counts.messages)));
    QVERIFY2(counts.unfinished == 0,
        qPrintable(QStringLiteral(
            "%1 of %2 messages untranslated in %3 (run the update_translations target), e.g.:\n  %4")
                       .arg(counts.unfinished)
                       .arg(counts.messages)
                       .arg(name, counts.examples.join(QStringLiteral("\n  ")))));
}

void TestTranslations::englishHasPluralForms()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("faultless_en.ts"));
    QVERIFY(QFile::copy(QStringLiteral(FAULTLESS_SOURCE_DIR "/translations/faultless_en.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(runLupdate(copy, true));
    const Counts counts = countMessages(copy);
    QVERIFY(counts.messages > 5);
    QVERIFY2(counts.unfinished == 0, qPrintable(counts.examples.join(QStringLiteral("\n"))));
    // The compiled catalogue turns "%n event(s)" into proper English.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/faultless_en.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("ImportJob", "%1: imported %n event(s)", nullptr, 1),
        QStringLiteral("%1: imported 1 event"));
    QCOMPARE(QCoreApplication::translate("ImportJob", "%1: imported %n event(s)", nullptr, 3),
        QStringLiteral("%1: imported 3 events"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
