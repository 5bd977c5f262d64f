// The blameless-language checker: the named cases (the subject matters, "übersehen",
// "Had Jun waited", kinds and fact-keeping reframings), the small hand-labelled sets (every "flag"
// row caught by the entry the label names), and that the corpora parse. How well the grammar
// scores on the corpora is bench_language's job (tests/bench), not a test's.
#include "testsupport.h"

#include "analysis/blamelesslanguage.h"

#include <QFile>
#include <QSet>
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
    void subjectMatters_data();
    void subjectMatters();
    void kinds_data();
    void kinds();
    void reframingKeepsTheFacts();
    void reviewPeopleArePeople();
    void corpusFilesParse_data();
    void corpusFilesParse();
};

Q_DECLARE_METATYPE(LanguageFlag::Kind)

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
    QCOMPARE(QSet<QString>(languages.begin(), languages.end()).size(), languages.size()); // each once
    QVERIFY(BlamelessLanguageChecker::isAvailable(QStringLiteral("de_AT")));
    QVERIFY(!BlamelessLanguageChecker::isAvailable(QStringLiteral("fr")));
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

// A person as subject flags; a system as subject does not (issue 22).
void TestBlamelessLanguage::subjectMatters_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("on-call engineer")
        << QStringLiteral("en") << QStringLiteral("The on-call engineer should have waited for the canary.")
        << true;
    QTest::newRow("retry policy") << QStringLiteral("en")
                                  << QStringLiteral("The retry policy should have backed off.") << false;
    QTest::newRow("service") << QStringLiteral("en") << QStringLiteral("The service should have retried.")
                             << false;
    QTest::newRow("name") << QStringLiteral("en") << QStringLiteral("Jun should have waited for the canary.")
                          << true;
    QTest::newRow("pronoun") << QStringLiteral("en")
                             << QStringLiteral("We should have paged the database team.") << true;
    QTest::newRow("operator ignored")
        << QStringLiteral("en") << QStringLiteral("The operator ignored the warning.") << true;
    // The subject is found past an auxiliary: "had" stands between the intern and the act.
    QTest::newRow("intern had violated")
        << QStringLiteral("en") << QStringLiteral("The intern had violated the password policy.") << true;
    QTest::newRow("job had violated")
        << QStringLiteral("en") << QStringLiteral("The job had violated the policy.") << false;
    // A rule's "unless": a sentence that tells of recovery is no attribution.
    QTest::newRow("recovery vetoes") << QStringLiteral(
        "en") << QStringLiteral("Error rates fell as soon as Priya disabled the broken feature flag.")
                                     << false;
    QTest::newRow("outcome after act")
        << QStringLiteral("en")
        << QStringLiteral("The site went down as soon as Priya disabled the feature flag.") << true;
    // "Ahmed" ends like a past tense ("*ed") and is still a name.
    QTest::newRow("name ending ed") << QStringLiteral("en")
                                    << QStringLiteral("Ahmed went around the deployment freeze.") << true;
    QTest::newRow("verb opening a note")
        << QStringLiteral("en") << QStringLiteral("Restarted the proxy at 10:00.") << false;
    QTest::newRow("parser ignored") << QStringLiteral("en") << QStringLiteral("The parser ignored the field.")
                                    << false;
    QTest::newRow("health check failed to")
        << QStringLiteral("en") << QStringLiteral("The health check failed to connect to the database.")
        << false;
    QTest::newRow("cause of an alert")
        << QStringLiteral("en") << QStringLiteral("The alert was caused by a disk threshold.") << false;
    QTest::newRow("root in a path") << QStringLiteral("en")
                                    << QStringLiteral("The certificate in /root/.ssh expired.") << false;
    QTest::newRow("what people saw") << QStringLiteral("en")
                                     << QStringLiteral("What did Jun see when the alert fired?") << false;
    QTest::newRow("übersehen") << QStringLiteral("de") << QStringLiteral("Jun hat die Warnung übersehen.")
                               << true;
    QTest::newRow("Bereitschaft hätte")
        << QStringLiteral("de") << QStringLiteral("Die Bereitschaft hätte auf den Canary warten sollen.")
        << true;
    QTest::newRow("Dienst hätte") << QStringLiteral("de")
                                  << QStringLiteral("Der Dienst hätte die Anfrage wiederholen sollen.")
                                  << false;
    QTest::newRow("debería haber") << QStringLiteral("es")
                                   << QStringLiteral("Jun debería haber esperado al canario.") << true;
    QTest::newRow("servicio debería")
        << QStringLiteral("es") << QStringLiteral("El servicio debería haber reintentado la petición.")
        << false;
    QTest::newRow("pasó por alto") << QStringLiteral("es")
                                   << QStringLiteral("Marta pasó por alto la alerta del disco.") << true;
}

void TestBlamelessLanguage::subjectMatters()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    const auto flags = BlamelessLanguageChecker(language).check(text);
    QVERIFY2(flags.isEmpty() != flagged, qPrintable(flags.isEmpty() ? text : flags.first().phrase));
}

// Every flag says which kind of wording it is.
void TestBlamelessLanguage::kinds_data()
{
    using Kind = LanguageFlag::Kind;
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("Had Jun waited") << QStringLiteral("en")
                                    << QStringLiteral("Had Jun waited, the outage would have been shorter.")
                                    << Kind::Counterfactual << QStringLiteral("Had");
    QTest::newRow("if only") << QStringLiteral("en")
                             << QStringLiteral("If only we had checked the dashboard.")
                             << Kind::Counterfactual << QStringLiteral("If only");
    QTest::newRow("forgot to") << QStringLiteral("en")
                               << QStringLiteral("Dana forgot to update the status page.") << Kind::Normative
                               << QStringLiteral("forgot to update");
    QTest::newRow("didn't bother") << QStringLiteral("en")
                                   << QStringLiteral("He didn't bother to read the runbook.")
                                   << Kind::Normative << QStringLiteral("He didn't bother");
    QTest::newRow("botched") << QStringLiteral("en") << QStringLiteral("The rollout was botched.")
                             << Kind::Judgement << QStringLiteral("botched");
    QTest::newRow("simply") << QStringLiteral("en") << QStringLiteral("Jun simply restarted the wrong pod.")
                            << Kind::Judgement << QStringLiteral("Jun simply restarted");
    QTest::newRow("caused by") << QStringLiteral("en")
                               << QStringLiteral("The outage was caused by Jun's change.")
                               << Kind::Attribution << QStringLiteral("caused");
    QTest::newRow("root cause") << QStringLiteral("en") << QStringLiteral("The root cause was the cache.")
                                << Kind::RootCause << QStringLiteral("root cause");
    QTest::newRow("übersehen") << QStringLiteral("de") << QStringLiteral("Jun hat die Warnung übersehen.")
                               << Kind::Normative << QStringLiteral("Jun hat die Warnung übersehen");
    QTest::newRow("hätte gewartet") << QStringLiteral("de")
                                    << QStringLiteral("Hätte Jun gewartet, wäre der Ausfall kürzer gewesen.")
                                    << Kind::Counterfactual << QStringLiteral("Hätte");
    QTest::newRow("Grundursache") << QStringLiteral("de") << QStringLiteral("Die Grundursache war der Cache.")
                                  << Kind::RootCause << QStringLiteral("Grundursache");
    QTest::newRow("si tan solo") << QStringLiteral("es")
                                 << QStringLiteral("Si tan solo Jun hubiera esperado al canario.")
                                 << Kind::Counterfactual << QStringLiteral("Si tan solo");
    QTest::newRow("de haber") << QStringLiteral("es")
                              << QStringLiteral("De haber esperado, la caída habría sido más corta.")
                              << Kind::Counterfactual << QStringLiteral("De haber");
    QTest::newRow("descuidado") << QStringLiteral("es") << QStringLiteral("Fue un cambio descuidado.")
                                << Kind::Judgement << QStringLiteral("descuidado");
}

void TestBlamelessLanguage::kinds()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(LanguageFlag::Kind, kind);
    QFETCH(QString, phrase);
    const auto flags = BlamelessLanguageChecker(language).check(text);
    QVERIFY2(!flags.isEmpty(), qPrintable(text));
    QCOMPARE(flags.first().phrase, phrase);
    QCOMPARE(LanguageFlag::kindName(flags.first().kind), LanguageFlag::kindName(kind));
    QVERIFY(!flags.first().reframing.isEmpty());
    QVERIFY(!flags.first().reframing.contains(QLatin1Char('{'))); // every slot filled
}

// The reframing asks about the situation and keeps who and what from the author's sentence.
void TestBlamelessLanguage::reframingKeepsTheFacts()
{
    const BlamelessLanguageChecker en(QStringLiteral("en"));
    auto flags = en.check(QStringLiteral("Jun should have waited for the canary."));
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().reframing,
        QStringLiteral("What made it look reasonable to Jun at the time not to have waited for the canary?"));
    flags = en.check(QStringLiteral("The team shouldn't have deployed on a Friday."));
    QCOMPARE(flags.size(), 1);
    QVERIFY2(
        flags.first().reframing.contains(QStringLiteral("the team")), qPrintable(flags.first().reframing));
    QVERIFY(flags.first().reframing.contains(QStringLiteral("deployed on a Friday")));
    flags = en.check(QStringLiteral("Bob overlooked the warning in the deploy log."));
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags.first().reframing.contains(QStringLiteral("Bob")), qPrintable(flags.first().reframing));
    QVERIFY(flags.first().reframing.contains(QStringLiteral("the warning in the deploy log")));
    // Pronouns take their object form where the question needs one.
    flags = en.check(QStringLiteral("We should've paged"));
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags.first().reframing.contains(QStringLiteral("to us ")), qPrintable(flags.first().reframing));
    const auto de = BlamelessLanguageChecker(QStringLiteral("de"))
                        .check(QStringLiteral("Jun hat die Warnung übersehen."));
    QCOMPARE(de.size(), 1);
    QVERIFY2(de.first().reframing.contains(QStringLiteral("Jun")), qPrintable(de.first().reframing));
}

// The review's participants and pseudonyms are people even where nothing else says so.
void TestBlamelessLanguage::reviewPeopleArePeople()
{
    const QString text = QStringLiteral("Then kiwi ignored the slow responses.");
    BlamelessLanguageChecker checker(QStringLiteral("en"));
    QVERIFY(checker.check(text).isEmpty()); // "kiwi" could be anything
    checker.setPeople({ QStringLiteral("Kiwi"), QStringLiteral("Jun Park") });
    const auto flags = checker.check(text);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().entryId, QStringLiteral("omission"));
    QVERIFY(!checker.check(QStringLiteral("then park ignored the slow responses")).isEmpty());
}

// The labelled corpora keep to tests/data/language/CORPUS-SOURCES.md's format: five columns.
void TestBlamelessLanguage::corpusFilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("en") << QStringLiteral("language/corpus-en.tsv");
    QTest::newRow("de") << QStringLiteral("language/corpus-de.tsv");
    QTest::newRow("es") << QStringLiteral("language/corpus-es.tsv");
}

void TestBlamelessLanguage::corpusFilesParse()
{
    QFETCH(QString, file);
    QFile f(faultless::tests::dataPath(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QSet<QString> blameKinds { QStringLiteral("counterfactual"), QStringLiteral("normative"),
        QStringLiteral("judgement"), QStringLiteral("attribution"), QStringLiteral("root-cause") };
    const QSet<QString> okKinds { QStringLiteral("neutral"), QStringLiteral("hard-negative") };
    int rows = 0, number = 0;
    QSet<QString> splits;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(file).arg(number);
        const QStringList cols = line.split(QLatin1Char('\t'));
        QVERIFY2(cols.size() == 5, qPrintable(where));
        QVERIFY2(
            cols.at(0) == QLatin1String("tune") || cols.at(0) == QLatin1String("heldout"), qPrintable(where));
        const bool blame = cols.at(1) == QLatin1String("blame");
        QVERIFY2(blame || cols.at(1) == QLatin1String("ok"), qPrintable(where));
        QVERIFY2((blame ? blameKinds : okKinds).contains(cols.at(2)), qPrintable(where));
        QVERIFY2(!cols.at(3).trimmed().isEmpty() && !cols.at(4).trimmed().isEmpty(), qPrintable(where));
        splits.insert(cols.at(0));
        ++rows;
    }
    QVERIFY2(rows >= 400, qPrintable(QString::number(rows)));
    QCOMPARE(splits.size(), 2);
}

QTEST_GUILESS_MAIN(TestBlamelessLanguage)
#include "tst_blamelesslanguage.moc"
