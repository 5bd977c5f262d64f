// The blameless-language checker on labelled sentences per language: precision and recall are
// printed and asserted, and every "flag" row must be caught by the entry the label names.
#include "testsupport.h"

#include "analysis/blamelesslanguage.h"

#include <QFile>
#include <QtTest>

using faultless::model::BlamelessLanguageChecker;
using faultless::model::LanguageFlag;

class TestBlamelessLanguage : public QObject
{
    Q_OBJECT
private slots:
    void labelledSet_data();
    void labelledSet();
    void flagPositions_data();
    void flagPositions();
    void overlappingPhrasesAreOne();
    void languageFallsBack_data();
    void languageFallsBack();
    void everyLexiconLoads();
};

void TestBlamelessLanguage::labelledSet_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("minRecall");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("language/labelled-en.tsv") << 1.0;
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("language/labelled-de.tsv") << 1.0;
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("language/labelled-es.tsv") << 1.0;
}

void TestBlamelessLanguage::labelledSet()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(double, minRecall);
    QFile f(faultless::tests::dataPath(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const BlamelessLanguageChecker checker(language);
    QCOMPARE(checker.language(), language);
    int truePositives = 0, falsePositives = 0, falseNegatives = 0, rows = 0;
    QStringList problems;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 3);
        ++rows;
        const bool expected = cols.at(0) == QLatin1String("flag");
        const QList<LanguageFlag> flags = checker.check(cols.at(2));
        if (expected && !flags.isEmpty()) {
            ++truePositives;
            const bool byEntry = std::any_of(
                flags.begin(), flags.end(), [&](const LanguageFlag &fl) { return fl.entryId == cols.at(1); });
            if (!byEntry)
                problems << QStringLiteral("wrong entry for: %1").arg(cols.at(2));
            for (const LanguageFlag &fl : flags) {
                if (fl.why.isEmpty() || fl.suggestion.isEmpty()
                    || cols.at(2).mid(fl.start, fl.end - fl.start) != fl.phrase)
                    problems << QStringLiteral("incomplete flag in: %1").arg(cols.at(2));
            }
        } else if (expected) {
            ++falseNegatives;
            problems << QStringLiteral("missed: %1").arg(cols.at(2));
        } else if (!flags.isEmpty()) {
            ++falsePositives;
            problems << QStringLiteral("flagged \"%1\" in: %2").arg(flags.first().phrase, cols.at(2));
        }
    }
    QVERIFY(rows >= 14);
    const double precision
        = truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0;
    const double recall
        = truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0;
    qInfo("%s: %d sentences, precision %.3f, recall %.3f", qPrintable(language), rows, precision, recall);
    for (const QString &p : std::as_const(problems))
        qInfo("  %s", qPrintable(p));
    QCOMPARE(precision, 1.0);
    QVERIFY(recall >= minRecall);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBlamelessLanguage::flagPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("entry");
    QTest::newRow("root cause") << QStringLiteral("The root cause was Bob.") << 4 << 14
                                << QStringLiteral("root-cause");
    QTest::newRow("case") << QStringLiteral("HUMAN ERROR again") << 0 << 11 << QStringLiteral("human-error");
    QTest::newRow("should've") << QStringLiteral("We should've paged") << 3 << 12
                               << QStringLiteral("should-have");
    QTest::newRow("after emoji") << QStringLiteral("🙂 careless") << 3 << 11 << QStringLiteral("careless");
}

void TestBlamelessLanguage::flagPositions()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, entry);
    const auto flags = BlamelessLanguageChecker(QStringLiteral("en")).check(text);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(int(flags.first().start), start);
    QCOMPARE(int(flags.first().end), end);
    QCOMPARE(flags.first().entryId, entry);
}

void TestBlamelessLanguage::overlappingPhrasesAreOne()
{
    const BlamelessLanguageChecker checker(QStringLiteral("en"));
    const auto flags
        = checker.check(QStringLiteral("Bob failed to follow the runbook, and he should have known."));
    QCOMPARE(flags.size(), 2);
    QCOMPARE(flags.at(0).phrase, QStringLiteral("failed to follow"));
    QCOMPARE(flags.at(1).phrase, QStringLiteral("should have"));
    const auto runbook = checker.check(QStringLiteral("They did not follow the runbook."));
    QCOMPARE(runbook.size(), 1);
    QCOMPARE(runbook.first().entryId, QStringLiteral("runbook"));
    QVERIFY(checker.check(QString()).isEmpty());
}

void TestBlamelessLanguage::languageFallsBack_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("bcp47") << QStringLiteral("es-MX") << QStringLiteral("es");
    QTest::newRow("upper") << QStringLiteral("DE") << QStringLiteral("de");
    QTest::newRow("unknown") << QStringLiteral("fi_FI") << QStringLiteral("en");
    QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("empty") << QString() << QStringLiteral("en");
}

void TestBlamelessLanguage::languageFallsBack()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(BlamelessLanguageChecker(code).language(), expected);
}

void TestBlamelessLanguage::everyLexiconLoads()
{
    const QStringList languages = BlamelessLanguageChecker::availableLanguages();
    QVERIFY(languages.contains(QStringLiteral("en")));
    QVERIFY(languages.contains(QStringLiteral("de")));
    QVERIFY(languages.contains(QStringLiteral("es")));
    for (const QString &language : languages) {
        const BlamelessLanguageChecker checker(language);
        // Every lexicon knows "root cause" in English too, since teams mix languages.
        const auto flags = checker.check(QStringLiteral("root cause"));
        QVERIFY2(!flags.isEmpty(), qPrintable(language));
        // ...and marks it as a phrase Reframe may replace outright; a hindsight phrase is not.
        QVERIFY2(flags.first().plainSubstitute, qPrintable(language));
        const auto hindsight = checker.check(QStringLiteral("they should have known"));
        QVERIFY2(hindsight.isEmpty() || !hindsight.first().plainSubstitute, qPrintable(language));
    }
}

QTEST_GUILESS_MAIN(TestBlamelessLanguage)
#include "tst_blamelesslanguage.moc"
