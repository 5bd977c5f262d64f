// Benchmark of the blameless-language check (issue 22; docs/language-check.md). Not a test: it
// prints figures. Reads the labelled corpora tests/data/language/corpus-{en,de,es}.tsv
// (format: tests/data/language/CORPUS-SOURCES.md) and prints, per language and per kind,
// precision and recall of the grammar (BlamelessLanguageChecker) on the held-out split, and the
// same on the tune split (labelled as such), beside the same scores of the word list the checker
// had before the grammar (its regular expressions are kept below as the peer, measured in the
// same run). Then the time per sentence and the time to check a 300-page review's text (~150,000
// words built from the corpus sentences, checked paragraph by paragraph as the editors do).
//
// Usage: bench_language [--data DIR] [--tune-only] [--tune-misses LANG]
//   --tune-only scores the tune split only (what whoever tunes the lexicon looks at);
//   --tune-misses LANG lists the tune rows the grammar gets wrong. Neither prints or scores a
//   held-out row.
#include "analysis/blamelesslanguage.h"
#include "bench/benchclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <ctime>

using faultless::bench::cpuSeconds;
using faultless::model::BlamelessLanguageChecker;
using faultless::model::LanguageFlag;

namespace {

// en: resources/lexicon/en.json before the grammar (commit c71addc)
const char *const kOldEn[] = {
    R"re(\broot[ -]?caus(?:e|es|ed)\b)re", // root-cause
    R"re(\b(?:the|a|one|single) (?:primary|main|real|true|underlying) cause\b)re", // root-cause
    R"re(\bhuman[ -]error\b)re", // human-error
    R"re(\b(?:operator|pilot|user|engineer) error\b)re", // human-error
    R"re(\bmade (?:a|an) (?:mistake|error)\b)re", // human-error
    R"re(\bshould(?:n't| not)? have\b)re", // should-have
    R"re(\bshould've\b)re", // should-have
    R"re(\bought to have\b)re", // should-have
    R"re(\bcould(?:'ve| have)\b)re", // could-have
    R"re(\bwould have (?:prevented|avoided|caught|stopped|saved)\b)re", // could-have
    R"re(\b(?:failed|fails|failing|neglected|forgot) to (?:notice|follow|check|see|escalate|read|test|verify|update|communicate|consider|realise|realize|catch|review|monitor|act|ensure|inform|tell|notify|report|mention|ask|double-check|pay attention|look)\b)re", // failed-to
    R"re(\b(?:didn't|did not|wouldn't|would not|never) (?:follow|read|check|use|look at) the (?:runbook|playbook|procedure|process|checklist)\b)re", // runbook
    R"re(\bwhy (?:didn't|did not|hadn't|had not|couldn't|could not|wouldn't|would not) \w+)re", // why-didnt
    R"re(\bcareless(?:ly|ness)?\b)re", // careless
    R"re(\bsloppy\b)re", // careless
    R"re(\breckless(?:ly|ness)?\b)re", // careless
    R"re(\binattenti(?:on|ve)\b)re", // careless
    R"re(\bnot paying attention\b)re", // careless
    R"re(\black of (?:attention|care|diligence)\b)re", // careless
    R"re(\bincompeten(?:ce|t)\b)re", // careless
    R"re(\bneglig(?:ence|ent|ently)\b)re", // negligence
    R"re(\b(?:is|was|are|were) to blame\b)re", // blame
    R"re(\bat fault\b)re", // blame
    R"re(\bculprits?\b)re", // blame
    R"re(\b(?:his|her|their|my|our|your) fault\b)re", // blame
    R"re(\bblamed?\b)re", // blame
    R"re(\b(?:five|5) whys\b)re", // five-whys
};
// de: resources/lexicon/de.json before the grammar (commit c71addc)
const char *const kOldDe[] = {
    R"re(\broot[ -]?cause\b)re", // root-cause
    R"re(\b(?:grund|wurzel|haupt)ursachen?\b)re", // root-cause
    R"re(\b(?:die|eine|einzige) (?:eigentliche|wahre) ursache\b)re", // root-cause
    R"re(\bmenschliche[sn]? (?:versagen|fehler)\b)re", // human-error
    R"re(\bmenschlicher fehler\b)re", // human-error
    R"re(\bbedienfehler\b)re", // human-error
    R"re(\bhätten?\b[^.!?]{0,60}?\b(?:sollen|müssen)\b)re", // should-have
    R"re(\bhätten?\b[^.!?]{0,60}?\bkönnen\b)re", // could-have
    R"re(\bwäre[n]?\b[^.!?]{0,60}?\b(?:vermeidbar|verhindert worden)\b)re", // could-have
    R"re(\b(?:hat|hatte|haben|hatten) (?:es )?versäumt\b)re", // failed-to
    R"re(\bversäumte[n]?\b)re", // failed-to
    R"re(\b(?:runbook|playbook|checkliste|prozess|verfahren) nicht (?:befolgt|beachtet|gelesen)\b)re", // runbook
    R"re(\bwarum (?:hat|hatte|haben|hatten|ist|war)\b[^?.!]{0,40}?\bnicht\b)re", // why-didnt
    R"re(\bnachlässig\w*)re", // careless
    R"re(\bunachtsam\w*)re", // careless
    R"re(\bschlampig\w*)re", // careless
    R"re(\bleichtsinn(?:ig)?\b)re", // careless
    R"re(\binkompeten(?:t|z)\b)re", // careless
    R"re(\b(?:grob )?fahrlässig\w*)re", // negligence
    R"re(\b(?:ist|war|sind|waren) schuld\b)re", // blame
    R"re(\bschuldige[rn]?\b)re", // blame
    R"re(\bschuld (?:daran|an)\b)re", // blame
    R"re(\b(?:fünf|5) warums?\b)re", // five-whys
    R"re(\b(?:five|5) whys\b)re", // five-whys
};
// es: resources/lexicon/es.json before the grammar (commit c71addc)
const char *const kOldEs[] = {
    R"re(\bcausas? raíz\b)re", // root-cause
    R"re(\bcausa (?:principal|última|real|de fondo)\b)re", // root-cause
    R"re(\broot[ -]?cause\b)re", // root-cause
    R"re(\berror(?:es)? humanos?\b)re", // human-error
    R"re(\berror del (?:operador|usuario|ingeniero)\b)re", // human-error
    R"re(\b(?:debería|deberían|debió|debieron|tendría|tendrían|tenía que|tenían que) haber\b)re", // should-have
    R"re(\b(?:podría|podrían|pudo|pudieron) haber(?:se)?\b)re", // could-have
    R"re(\bse habría (?:evitado|prevenido)\b)re", // could-have
    R"re(\bno (?:supo|logró) (?:ver|detectar|seguir|comprobar|avisar|notar)\b)re", // failed-to
    R"re(\bse olvidó de\b)re", // failed-to
    R"re(\bolvidó (?:comprobar|revisar|avisar|seguir)\b)re", // failed-to
    R"re(\bno (?:siguió|siguieron|leyó|leyeron|consultó|consultaron) (?:el|la) (?:runbook|playbook|procedimiento|proceso|lista de comprobación)\b)re", // runbook
    R"re(¿?\bpor qué no\b)re", // why-didnt
    R"re(\bdescuid(?:o|ado|ada|ados|adas)\b)re", // careless
    R"re(\bimprudente(?:s)?\b)re", // careless
    R"re(\bimprudencia\b)re", // careless
    R"re(\bfalta de atención\b)re", // careless
    R"re(\bincompeten(?:te|tes|cia)\b)re", // careless
    R"re(\bneglig(?:encia|ente|entes)\b)re", // negligence
    R"re(\b(?:la|su|tiene la|tuvo la) culpa\b)re", // blame
    R"re(\bculpables?\b)re", // blame
    R"re(\b(?:cinco|5) porqués\b)re", // five-whys
    R"re(\b(?:five|5) whys\b)re", // five-whys
};
// The peer: the word list, every pattern case-insensitive, a sentence flagged when any matches.
class WordList
{
public:
    explicit WordList(const QString &language)
    {
        auto add = [this](const char *const *patterns, size_t count) {
            for (size_t i = 0; i < count; ++i) {
                QRegularExpression re(QString::fromUtf8(patterns[i]),
                    QRegularExpression::CaseInsensitiveOption
                        | QRegularExpression::UseUnicodePropertiesOption);
                re.optimize();
                m_patterns.append(re);
            }
        };
        if (language == QLatin1String("de"))
            add(kOldDe, std::size(kOldDe));
        else if (language == QLatin1String("es"))
            add(kOldEs, std::size(kOldEs));
        else
            add(kOldEn, std::size(kOldEn));
    }
    bool flags(const QString &text) const
    {
        return std::any_of(m_patterns.begin(), m_patterns.end(),
            [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
    }

private:
    QList<QRegularExpression> m_patterns;
};

struct Row
{
    QString split, label, kind, source, sentence;
    int line = 0;
};

bool readCorpus(const QString &path, QList<Row> *rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() != 5) {
            std::fprintf(stderr, "%s:%d: %lld columns, expected 5\n", qPrintable(path), number,
                static_cast<long long>(cols.size()));
            return false;
        }
        rows->append({ cols.at(0), cols.at(1), cols.at(2), cols.at(3), cols.at(4), number });
    }
    return true;
}

struct Counts
{
    int tp = 0, fp = 0, fn = 0, tn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    void add(bool blame, bool flagged)
    {
        if (blame)
            (flagged ? tp : fn)++;
        else
            (flagged ? fp : tn)++;
    }
};

const char *const kBlameKinds[] = { "counterfactual", "normative", "judgement", "attribution", "root-cause" };

// Scores of one split of one language: overall, per blame kind (recall of that kind's rows; the
// share of them whose flags include that kind), per ok kind (false alarms), for both checkers.
void report(const QString &language, const QString &split, const QList<Row> &rows,
    const BlamelessLanguageChecker &grammar, const WordList &peer)
{
    Counts all, peerAll;
    QMap<QString, Counts> byKind, peerByKind;
    QMap<QString, int> kindAgrees, predictedKind, predictedKindRight;
    int n = 0;
    for (const Row &row : rows) {
        if (row.split != split)
            continue;
        ++n;
        const bool blame = row.label == QLatin1String("blame");
        const QList<LanguageFlag> flags = grammar.check(row.sentence);
        const bool flagged = !flags.isEmpty();
        const bool peerFlagged = peer.flags(row.sentence);
        all.add(blame, flagged);
        peerAll.add(blame, peerFlagged);
        byKind[row.kind].add(blame, flagged);
        peerByKind[row.kind].add(blame, peerFlagged);
        QSet<QString> kinds;
        for (const LanguageFlag &f : flags)
            kinds.insert(LanguageFlag::kindName(f.kind));
        if (blame && kinds.contains(row.kind))
            ++kindAgrees[row.kind];
        for (const QString &k : std::as_const(kinds)) {
            ++predictedKind[k];
            if (blame)
                ++predictedKindRight[k];
        }
    }
    if (n == 0)
        return;
    std::printf("%s %-8s %4d rows  grammar P %.3f R %.3f  |  word list P %.3f R %.3f\n", qPrintable(language),
        qPrintable(split), n, all.precision(), all.recall(), peerAll.precision(), peerAll.recall());
    for (const char *kind : kBlameKinds) {
        const QString k = QLatin1String(kind);
        const Counts &c = byKind[k];
        const int rowsOfKind = c.tp + c.fn;
        if (rowsOfKind == 0)
            continue;
        const int predicted = predictedKind.value(k);
        std::printf(
            "   %-15s %3d rows  grammar R %.3f (kind named %.3f), P of kind %.3f  |  word list R %.3f\n",
            kind, rowsOfKind, c.recall(), double(kindAgrees.value(k)) / rowsOfKind,
            predicted ? double(predictedKindRight.value(k)) / predicted : 0.0, peerByKind[k].recall());
    }
    for (const char *kind : { "neutral", "hard-negative" }) {
        const Counts &c = byKind[QLatin1String(kind)];
        const Counts &p = peerByKind[QLatin1String(kind)];
        if (c.fp + c.tn == 0)
            continue;
        std::printf("   %-15s %3d rows  grammar false alarms %d  |  word list false alarms %d\n", kind,
            c.fp + c.tn, c.fp, p.fp);
    }
}

// The tune rows the grammar gets wrong, for whoever tunes the lexicon. Held-out rows are never
// printed.
void printTuneMisses(const QList<Row> &rows, const BlamelessLanguageChecker &grammar)
{
    for (const Row &row : rows) {
        if (row.split != QLatin1String("tune"))
            continue;
        const QList<LanguageFlag> flags = grammar.check(row.sentence);
        const bool blame = row.label == QLatin1String("blame");
        if (blame == !flags.isEmpty())
            continue;
        std::printf("%s\t%s\t%d\t%s%s\n", blame ? "MISSED" : "FALSE", qPrintable(row.kind), row.line,
            qPrintable(row.sentence),
            flags.isEmpty() ? ""
                            : qPrintable(QStringLiteral("\t[") + flags.first().phrase + QLatin1Char(']')));
    }
}

struct Timing
{
    double msPerSentence = 0;
    double pagesSeconds = 0;
    double pagesCpuSeconds = 0; // on a shared, loaded machine the figure to compare
    qint64 words = 0;
};

// Time per sentence over every sentence, repeated until a second has passed; then a 300-page
// text (~150,000 words, 500 a page) built from the sentences, checked paragraph by paragraph.
template <typename Check> Timing measure(const QStringList &sentences, Check check)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    qint64 checked = 0;
    int sink = 0;
    while (timer.elapsed() < 1000) {
        for (const QString &s : sentences)
            sink += check(s);
        checked += sentences.size();
    }
    t.msPerSentence = double(timer.nsecsElapsed()) / 1e6 / double(checked);
    QStringList paragraphs;
    QString paragraph;
    int inParagraph = 0;
    for (qsizetype i = 0; t.words < 150000; ++i) {
        const QString &s = sentences.at(i % sentences.size());
        paragraph += s + QLatin1Char(' ');
        t.words += s.count(QLatin1Char(' ')) + 1;
        if (++inParagraph == 6) {
            paragraphs << paragraph;
            paragraph.clear();
            inParagraph = 0;
        }
    }
    paragraphs << paragraph;
    timer.restart();
    const double cpu = cpuSeconds();
    for (const QString &p : std::as_const(paragraphs))
        sink += check(p);
    t.pagesSeconds = double(timer.nsecsElapsed()) / 1e9;
    t.pagesCpuSeconds = cpuSeconds() - cpu;
    if (sink == -1)
        std::printf("(unreachable)\n");
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir = QStringLiteral(FAULTLESS_TEST_DATA_DIR "/language");
    QString tuneMisses;
    bool tuneOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--data") && i + 1 < args.size())
            dataDir = args.at(++i);
        else if (args.at(i) == QLatin1String("--tune-only"))
            tuneOnly = true;
        else if (args.at(i) == QLatin1String("--tune-misses") && i + 1 < args.size())
            tuneMisses = args.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_language [--data DIR] [--tune-only] [--tune-misses LANG]\n");
            return 1;
        }
    }
    int status = 0;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es") }) {
        QList<Row> rows;
        const QString path = dataDir + QStringLiteral("/corpus-") + language + QStringLiteral(".tsv");
        if (!QFile::exists(path)) {
            std::printf("%s: no corpus at %s\n", qPrintable(language), qPrintable(path));
            continue;
        }
        if (!readCorpus(path, &rows)) {
            status = 2;
            continue;
        }
        const BlamelessLanguageChecker grammar(language);
        const WordList peer(language);
        if (!tuneMisses.isEmpty()) {
            if (tuneMisses == language)
                printTuneMisses(rows, grammar);
            continue;
        }
        if (!tuneOnly)
            report(language, QStringLiteral("heldout"), rows, grammar, peer);
        report(language, QStringLiteral("tune"), rows, grammar, peer);
        if (tuneOnly)
            continue;
        QStringList sentences;
        for (const Row &row : std::as_const(rows))
            sentences << row.sentence;
        if (sentences.isEmpty())
            continue;
        const Timing g = measure(sentences, [&](const QString &s) { return int(grammar.check(s).size()); });
        const Timing w = measure(sentences, [&](const QString &s) { return int(peer.flags(s)); });
        std::printf(
            "%s timing: grammar %.4f ms/sentence (budget 1), 300 pages (%lld words) %.3f s, CPU %.3f s "
            "(budget 1)  |  word list %.4f ms/sentence, 300 pages %.3f s, CPU %.3f s\n\n",
            qPrintable(language), g.msPerSentence, static_cast<long long>(g.words), g.pagesSeconds,
            g.pagesCpuSeconds, w.msPerSentence, w.pagesSeconds, w.pagesCpuSeconds);
    }
    return status;
}
