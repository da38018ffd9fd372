// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ActionExtractor.h"
#include "import/KeywordScanner.h"
#include "import/ThemeCatalog.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Hits = std::vector<std::pair<qsizetype, int>>; // start, keyword

Hits scanAll(const re::KeywordScanner &scanner, const QString &text)
{
    Hits hits;
    scanner.scan(
        text, [&hits](qsizetype start, int keyword) { hits.emplace_back(start, keyword); });
    std::sort(hits.begin(), hits.end());
    return hits;
}

/// Every occurrence, found one keyword and one position at a time.
Hits naiveScan(const QStringList &keywords, const QString &text)
{
    Hits hits;
    for (qsizetype k = 0; k < keywords.size(); ++k) {
        for (qsizetype i = 0; i + keywords.at(k).size() <= text.size(); ++i) {
            if (QStringView(text)
                    .mid(i, keywords.at(k).size())
                    .compare(keywords.at(k), Qt::CaseInsensitive)
                == 0)
                hits.emplace_back(i, int(k));
        }
    }
    std::sort(hits.begin(), hits.end());
    return hits;
}

QString randomText(QRandomGenerator &random, const QStringList &pieces, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += pieces.at(random.bounded(int(pieces.size())));
    return text;
}

} // namespace

class TestKeywordScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOverlappingKeywordsInAnyCase();
    void reportsLongestFirstAtTheSameEnd();
    void ignoresNonAsciiAndEmptyKeywords();
    void presentMask();
    void scanWordStartsAgreesWithScan();
    void agreesWithNaiveSearch();
    void nonAsciiCaseVariants();
    void forEachMatchAtAgreesWithGlobalMatch();
    void themesAgreeWithTheWholeExpression();
    void builtinThemesAgreeOnTheBundledText();
    void verbsSeenThroughNonAsciiCaseVariants();
};

void TestKeywordScanner::findsOverlappingKeywordsInAnyCase()
{
    const re::KeywordScanner scanner({ u"he"_s, u"she"_s, u"his"_s, u"hers"_s });
    const Hits hits = scanAll(scanner, u"USHERS and hIs"_s);
    const Hits expected { { 1, 1 }, { 2, 0 }, { 2, 3 }, { 11, 2 } };
    QCOMPARE(hits, expected);
    QCOMPARE(scanner.keywordCount(), 4);
    QCOMPARE(scanner.keywordLength(3), 4);
}

void TestKeywordScanner::reportsLongestFirstAtTheSameEnd()
{
    const re::KeywordScanner scanner({ u"s"_s, u"ions"_s, u"sanctions"_s });
    std::vector<int> order;
    scanner.scan(u"sanctions"_s, [&](qsizetype, int keyword) { order.push_back(keyword); });
    // "s" at 0, then at the end: "sanctions", "ions", "s".
    const std::vector<int> expected { 0, 2, 1, 0 };
    QCOMPARE(order, expected);
}

void TestKeywordScanner::ignoresNonAsciiAndEmptyKeywords()
{
    const re::KeywordScanner scanner({ QString(), u"caf\u00e9"_s, u"cafe"_s });
    const Hits hits = scanAll(scanner, u"caf\u00e9 cafe CAFE\u00e9"_s);
    const Hits expected { { 5, 2 }, { 10, 2 } };
    QCOMPARE(hits, expected);
    // Non-ASCII text and an empty text are scanned without error.
    QVERIFY(scanAll(scanner, u"\u017F\u212A\U0001F600"_s).empty());
    QVERIFY(scanAll(scanner, QString()).empty());
}

void TestKeywordScanner::presentMask()
{
    const re::KeywordScanner scanner({ u"threat"_s, u"support"_s, u";"_s });
    QCOMPARE(scanner.presentMask(u"no cue here"_s), std::uint64_t(0));
    QCOMPARE(scanner.presentMask(u"Threats; and more"_s), std::uint64_t(0b101));
    QCOMPARE(scanner.presentMask(u"SUPPORTED"_s), std::uint64_t(0b010));
}

void TestKeywordScanner::scanWordStartsAgreesWithScan()
{
    const QStringList keywords { u"a"_s, u"ab"_s, u"abc"_s, u"bc"_s, u"b_c"_s, u"1a"_s, u"ab"_s,
        u"-a"_s };
    const QStringList pieces { u"a"_s, u"B"_s, u"c"_s, u" "_s, u"-"_s, u"_"_s, u"1"_s,
        u"\u00e9"_s };
    const re::KeywordScanner scanner(keywords);
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        const QString text = randomText(random, pieces, random.bounded(30));
        // scan(), kept where no word character comes before.
        Hits expected;
        for (const auto &hit : scanAll(scanner, text)) {
            if (hit.first == 0
                || !re::KeywordScanner::isAsciiWordChar(text.at(hit.first - 1).unicode()))
                expected.push_back(hit);
        }
        Hits hits;
        qsizetype lastStart = -1;
        qsizetype lastLength = 0;
        scanner.scanWordStarts(text, [&](qsizetype start, int keyword) {
            // In order of start, shortest first.
            QVERIFY(start > lastStart
                || (start == lastStart && scanner.keywordLength(keyword) >= lastLength));
            lastStart = start;
            lastLength = scanner.keywordLength(keyword);
            hits.emplace_back(start, keyword);
        });
        std::sort(hits.begin(), hits.end());
        QCOMPARE(hits, expected);
    }
    const Hits expected { { 0, 0 }, { 0, 1 }, { 0, 6 }, { 6, 0 } };
    QCOMPARE(scanAll(scanner, u"ab xa-a"_s).size(), size_t(6));
    Hits atWordStarts;
    scanner.scanWordStarts(u"ab xa-a"_s,
        [&](qsizetype start, int keyword) { atWordStarts.emplace_back(start, keyword); });
    std::sort(atWordStarts.begin(), atWordStarts.end());
    QCOMPARE(atWordStarts, expected);
}

void TestKeywordScanner::agreesWithNaiveSearch()
{
    const QStringList keywords { u"a"_s, u"ab"_s, u"abc"_s, u"bc"_s, u"c a"_s, u"aab"_s, u"ca"_s,
        u"b-c"_s, u"abcabc"_s, u"ab"_s };
    const QStringList pieces { u"a"_s, u"A"_s, u"b"_s, u"B"_s, u"c"_s, u" "_s, u"-"_s, u"\u00e9"_s,
        u"x"_s };
    const re::KeywordScanner scanner(keywords);
    QRandomGenerator random(15);
    for (int round = 0; round < 500; ++round) {
        const QString text = randomText(random, pieces, random.bounded(40));
        QCOMPARE(scanAll(scanner, text), naiveScan(keywords, text));
    }
}

void TestKeywordScanner::nonAsciiCaseVariants()
{
    QVERIFY(!re::KeywordScanner::hasNonAsciiCaseVariant(u"Stress KEY \u00e9\u00df"_s));
    QVERIFY(re::KeywordScanner::hasNonAsciiCaseVariant(u"\u017Ftress"_s));
    QVERIFY(re::KeywordScanner::hasNonAsciiCaseVariant(u"\u212Aey"_s));
}

void TestKeywordScanner::forEachMatchAtAgreesWithGlobalMatch()
{
    const re::AnchoredExpression re(QRegularExpression(u"\\b(?:and|an)\\s+(?<next>\\w+)"_s));
    const auto viaStarts = [&re](const QString &text) {
        std::vector<qsizetype> starts; // every "a", more than the matches need
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'a')
                starts.push_back(i);
        }
        QStringList found;
        re.forEachMatchAt(text, re::AnchoredExpression::isValidUtf16(text), starts,
            [&](const QRegularExpressionMatch &match) {
                found.append(match.captured() + u'/' + match.captured(u"next"));
            });
        return found;
    };
    const auto whole = [&re](const QString &text) {
        QStringList found;
        QRegularExpressionMatchIterator it = re.expression().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            found.append(match.captured() + u'/' + match.captured(u"next"));
        }
        return found;
    };
    const QString text = u"and so and and an and, band and; an"_s;
    QCOMPARE(viaStarts(text), whole(text));
    QCOMPARE(whole(text), (QStringList { u"and so/so"_s, u"and and/and"_s, u"an and/and"_s }));
    // A lone surrogate: the expression is left to say what it says of such a text.
    const QString broken = text + QChar(0xD800) + u" and x"_s;
    QVERIFY(!re::AnchoredExpression::isValidUtf16(broken));
    QVERIFY(re::AnchoredExpression::isValidUtf16(QString(text + u"\U0001F600"_s)));
    QVERIFY(!re::AnchoredExpression::isValidUtf16(QString(QChar(0xDC00))));
    QCOMPARE(viaStarts(broken), whole(broken));
}

void TestKeywordScanner::themesAgreeWithTheWholeExpression()
{
    // The catalogue finds cues with the scanner, or, when a Kelvin sign or long s is in the
    // text, with its whole expression: both must give the same themes. The long s at the end
    // stands alone, so it adds no cue.
    const QByteArray json = R"({"themes": [
        {"name": "Energy", "cues": ["energy", "energy independence"]},
        {"name": "Supply", "cues": ["supply chain*", "independence"]},
        {"name": "Peace", "cues": ["EPF", "European Peace Facility", "peace"]},
        {"name": "Cyber", "cues": ["cyber*", "hybrid"]},
        {"name": "Rights", "cues": ["human rights", "rights defenders", "rights-based"]}
    ]})";
    QString error;
    const std::optional<re::ThemeCatalog> catalog = re::ThemeCatalog::fromJson(json, &error);
    QVERIFY2(catalog, qPrintable(error));
    const QStringList pieces { u"energy"_s, u"Energy "_s, u"independence"_s, u" "_s, u"-"_s,
        u"supply chain"_s, u"s"_s, u"_"_s, u"1"_s, u"EPF"_s, u"epf"_s, u"European Peace "_s,
        u"Facility"_s, u"CYBER"_s, u"cybers"_s, u"hybrid"_s, u"human rights "_s, u"defenders"_s,
        u"rights-based"_s, u"\u00e9"_s, u", "_s, u"peace"_s };
    QRandomGenerator random(22);
    int withThemes = 0;
    for (int round = 0; round < 2000; ++round) {
        const QString text = randomText(random, pieces, random.bounded(12));
        const QStringList scanned = catalog->themesIn(text);
        QCOMPARE(scanned, catalog->themesIn(text + u" \u017F"_s));
        withThemes += scanned.isEmpty() ? 0 : 1;
    }
    QVERIFY(withThemes > 500);
    QCOMPARE(catalog->themesIn(u"Energy independence and EPF, cybersecurity."_s),
        (QStringList { u"Energy"_s, u"Supply"_s, u"Peace"_s, u"Cyber"_s }));
    QCOMPARE(catalog->themesIn(u"energy_x epf cyber_9 hybrids"_s), QStringList { u"Cyber"_s });
}

void TestKeywordScanner::builtinThemesAgreeOnTheBundledText()
{
    QFile file(QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const re::ThemeCatalog &catalog = re::ThemeCatalog::builtin();
    int withThemes = 0;
    for (const QString &line : lines) {
        const QStringList scanned = catalog.themesIn(line);
        QCOMPARE(scanned, catalog.themesIn(line + u" \u017F"_s));
        QCOMPARE(catalog.themesIn(line.toUpper()), catalog.themesIn(line.toUpper() + u" \u017F"_s));
        withThemes += scanned.isEmpty() ? 0 : 1;
    }
    QVERIFY(withThemes > 10);
}

void TestKeywordScanner::verbsSeenThroughNonAsciiCaseVariants()
{
    // The verb forms match in any case, so a long s or a Kelvin sign stands for s or k: the
    // prefilter, which knows ASCII only, must not hide them.
    const auto kindsIn = [](const QString &text) {
        QList<re::VerbKind> kinds;
        for (const re::VerbHit &hit : re::findReportingVerbs(text, { 0, text.size() }))
            kinds.append(hit.kind);
        return kinds;
    };
    QCOMPARE(kindsIn(u"Stre\u017Fsing that the EU must act."_s),
        QList<re::VerbKind> { re::VerbKind::Stress });
    QCOMPARE(kindsIn(u"Parliament ta\u212Aes the view that it must act."_s),
        QList<re::VerbKind> { re::VerbKind::Consider });
    QCOMPARE(kindsIn(u"Members, \u017Ftressing the point, and recalling it."_s),
        (QList<re::VerbKind> { re::VerbKind::Stress, re::VerbKind::Recall }));
    QVERIFY(kindsIn(u"Stre\u017Fs is no verb here."_s).isEmpty());
    // Deontic clauses are matched case-sensitively: found as before.
    const QString deontic = u"Cooperation must be reassessed; it is urgent to act."_s;
    QCOMPARE(re::findDeonticClauses(deontic, { 0, deontic.size() }).size(), 2);
}

QTEST_GUILESS_MAIN(TestKeywordScanner)
#include "tst_keywordscanner.moc"
