// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/OnlineSources.h"

#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

class TestOnlineSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qunsetenv("RE_OEIL_BASE_URL");
        qunsetenv("RE_HOWTHEYVOTE_BASE_URL");
    }

    void readsWhatUsersType_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("summaryId");
        QTest::newRow("reference") << u"2025/2119(INI)"_s << u"2025/2119(INI)"_s << QString();
        QTest::newRow("spaces and case")
            << u"  2025/2119 (ini) "_s << u"2025/2119(INI)"_s << QString();
        QTest::newRow("procedure file")
            << u"https://oeil.europarl.europa.eu/oeil/en/procedure-file?reference=2021/2540(RSP)"_s
            << u"2021/2540(RSP)"_s << QString();
        QTest::newRow("procedure file, encoded")
            << u"https://oeil.europarl.europa.eu/oeil/en/procedure-file?reference=2021%2F2540%28RSP%29"_s
            << u"2021/2540(RSP)"_s << QString();
        QTest::newRow("older procedure file")
            << u"https://oeil.europarl.europa.eu/oeil/popups/ficheprocedure.do?reference=2020/2042(INI)&l=en"_s
            << u"2020/2042(INI)"_s << QString();
        QTest::newRow("summary")
            << u"https://oeil.europarl.europa.eu/oeil/en/document-summary?id=1651118"_s << QString()
            << u"1651118"_s;
        QTest::newRow("older summary, no scheme")
            << u"oeil.europarl.europa.eu/oeil/popups/summary.do?id=1651118&t=e&l=en"_s << QString()
            << u"1651118"_s;
    }

    void readsWhatUsersType()
    {
        QFETCH(QString, input);
        QFETCH(QString, reference);
        QFETCH(QString, summaryId);
        QString error;
        const auto parsed = OnlineSources::parseProcedureInput(input, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->reference, reference);
        QCOMPARE(parsed->summaryId, summaryId);
    }

    void refusesWhatIsNoProcedure_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"defence partnerships"_s;
        QTest::newRow("short year") << u"25/2119(INI)"_s;
        QTest::newRow("another site")
            << u"https://example.org/procedure-file?reference=2025/2119(INI)"_s;
        QTest::newRow("OEIL home") << u"https://oeil.europarl.europa.eu/oeil/en"_s;
        QTest::newRow("summary id not a number")
            << u"https://oeil.europarl.europa.eu/oeil/en/document-summary?id=abc"_s;
    }

    void refusesWhatIsNoProcedure()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!OnlineSources::parseProcedureInput(input, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u'\n'));
    }

    void addresses()
    {
        QCOMPARE(OnlineSources::procedureFileUrl(u"2025/2119(INI)"_s).toString(),
            u"https://oeil.europarl.europa.eu/oeil/en/procedure-file?reference=2025/2119(INI)"_s);
        QCOMPARE(OnlineSources::documentSummaryUrl(u"1651118"_s).toString(),
            u"https://oeil.europarl.europa.eu/oeil/en/document-summary?id=1651118"_s);
        QCOMPARE(OnlineSources::voteSearchUrl(u"2025/2119(INI)"_s).toString(),
            u"https://howtheyvote.eu/api/votes/search?q=2025/2119(INI)&page_size=100"_s);
        QCOMPARE(OnlineSources::voteCsvUrl(u"171234"_s, u"groups"_s).toString(),
            u"https://howtheyvote.eu/api/votes/171234/groups.csv"_s);
        QCOMPARE(OnlineSources::votePageUrl(u"171234"_s).toString(),
            u"https://howtheyvote.eu/votes/171234"_s);
    }

    void baseAddressesFromTheEnvironment()
    {
        qputenv("RE_OEIL_BASE_URL", "http://127.0.0.1:8123/mirror/");
        qputenv("RE_HOWTHEYVOTE_BASE_URL", "http://127.0.0.1:8124");
        QCOMPARE(OnlineSources::documentSummaryUrl(u"1"_s).toString(),
            u"http://127.0.0.1:8123/mirror/oeil/en/document-summary?id=1"_s);
        QCOMPARE(OnlineSources::votePageUrl(u"2"_s).toString(), u"http://127.0.0.1:8124/votes/2"_s);
        // A pasted address of the mirror reads as well as the real site's.
        QString error;
        const auto parsed = OnlineSources::parseProcedureInput(
            u"http://127.0.0.1:8123/mirror/oeil/en/document-summary?id=7"_s, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->summaryId, u"7"_s);
    }
};

QTEST_GUILESS_MAIN(TestOnlineSources)
#include "tst_onlinesources.moc"
