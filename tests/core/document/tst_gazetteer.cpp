// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Gazetteer.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads();
    void builtinCountries_data();
    void builtinCountries();
    void builtinMembersResolve();
    void findMentions_data();
    void findMentions();
    void bundledText();
    void institutions_data();
    void institutions();
    void manyParagraphsGiveTheSameMentions();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void fromJsonAcceptsMinimal();

private:
    /// "ID=surface@start" for each match, so that a failure shows what was found where.
    static QStringList render(const QString &text, const QList<Gazetteer::Match> &matches);
};

QStringList TestGazetteer::render(const QString &text, const QList<Gazetteer::Match> &matches)
{
    QStringList out;
    for (const Gazetteer::Match &match : matches) {
        out.append(match.id + u'=' + text.mid(match.span.start, match.span.length) + u'@'
            + QString::number(match.span.start));
    }
    return out;
}

void TestGazetteer::builtinLoads()
{
    const Gazetteer &gazetteer = Gazetteer::builtin();
    QVERIFY(!gazetteer.entries().isEmpty());
    QCOMPARE(&Gazetteer::builtin(), &gazetteer); // loaded once
    qsizetype countries = 0;
    for (const GazetteerEntry &entry : gazetteer.entries()) {
        if (entry.kind == EntityKind::Country)
            ++countries;
    }
    QCOMPARE(countries, 196); // 193 UN member states, Kosovo, Taiwan, Palestine
    QCOMPARE(gazetteer.find(u"nowhere"_s), nullptr);
}

void TestGazetteer::builtinCountries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("numeric");
    QTest::addColumn<EntityKind>("kind");

    QTest::newRow("Kosovo") << u"XKX"_s << u"Kosovo"_s << QString() << EntityKind::Country;
    QTest::newRow("Taiwan") << u"TWN"_s << u"Taiwan"_s << u"158"_s << EntityKind::Country;
    QTest::newRow("Palestine") << u"PSE"_s << u"Palestine"_s << u"275"_s << EntityKind::Country;
    QTest::newRow("Albania") << u"ALB"_s << u"Albania"_s << u"008"_s << EntityKind::Country;
    QTest::newRow("Norway") << u"NOR"_s << u"Norway"_s << u"578"_s << EntityKind::Country;
    QTest::newRow("UK") << u"GBR"_s << u"United Kingdom"_s << u"826"_s << EntityKind::Country;
    QTest::newRow("US") << u"USA"_s << u"United States"_s << u"840"_s << EntityKind::Country;
    QTest::newRow("Türkiye") << u"TUR"_s << u"Türkiye"_s << u"792"_s << EntityKind::Country;
    QTest::newRow("EU") << u"EU"_s << u"European Union"_s << QString() << EntityKind::Organisation;
    QTest::newRow("NATO") << u"NATO"_s << u"NATO"_s << QString() << EntityKind::Organisation;
    QTest::newRow("Western Balkans")
        << u"western-balkans"_s << u"Western Balkans"_s << QString() << EntityKind::Grouping;
}

void TestGazetteer::builtinCountries()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, numeric);
    QFETCH(EntityKind, kind);

    const GazetteerEntry *entry = Gazetteer::builtin().find(id);
    QVERIFY(entry);
    QCOMPARE(entry->id, id);
    QCOMPARE(entry->name, name);
    QCOMPARE(entry->numeric, numeric);
    QCOMPARE(entry->kind, kind);
    QVERIFY(!entry->forms.isEmpty());
}

void TestGazetteer::builtinMembersResolve()
{
    const Gazetteer &gazetteer = Gazetteer::builtin();
    QSet<QString> numerics;
    for (const GazetteerEntry &entry : gazetteer.entries()) {
        for (const QString &member : entry.members)
            QVERIFY2(gazetteer.find(member), qPrintable(entry.id + u" -> "_s + member));
        if (!entry.numeric.isEmpty()) {
            QVERIFY2(!numerics.contains(entry.numeric), qPrintable(entry.numeric));
            numerics.insert(entry.numeric);
        }
    }
    QCOMPARE(gazetteer.find(u"EU"_s)->members.size(), 27);
    const QStringList nato = gazetteer.find(u"NATO"_s)->members;
    QCOMPARE(nato.size(), 32);
    QVERIFY(nato.contains(u"FIN"_s));
    QVERIFY(nato.contains(u"SWE"_s));
    QCOMPARE(gazetteer.find(u"western-balkans"_s)->members,
        (QStringList { u"ALB"_s, u"BIH"_s, u"XKX"_s, u"MNE"_s, u"MKD"_s, u"SRB"_s }));
}

void TestGazetteer::findMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // From the bundled summary of 2025/2119(INI).
    QTest::newRow("regimes") << u"the Iranian, North Korean, and Belarusian regimes"_s
                             << QStringList { u"IRN=Iranian@4"_s, u"PRK=North Korean@13"_s,
                                    u"BLR=Belarusian@31"_s };
    QTest::newRow("partners") << u"Norway, the United Kingdom, and Canada"_s
                              << QStringList { u"NOR=Norway@0"_s, u"GBR=United Kingdom@12"_s,
                                     u"CAN=Canada@32"_s };
    QTest::newRow("the UK") << u"the agreement with the UK has not"_s
                            << QStringList { u"GBR=UK@23"_s };
    QTest::newRow("Hungarian") << u"the Hungarian Government's ongoing obstruction"_s
                               << QStringList { u"HUN=Hungarian@4"_s };
    QTest::newRow("EU-NATO") << u"Criticality of the EU-NATO strategic partnership"_s
                             << QStringList { u"EU=EU@19"_s, u"NATO=NATO@22"_s };
    QTest::newRow("EU-UN") << u"the EU-UN strategic partnership"_s
                           << QStringList { u"EU=EU@4"_s, u"UN=UN@7"_s };
    QTest::newRow("Western Balkan") << u"partnerships with Western Balkan countries"_s
                                    << QStringList { u"western-balkans=Western Balkan@18"_s };
    QTest::newRow("Union and China") << u"between the Union and China must"_s
                                     << QStringList { u"EU=Union@12"_s, u"CHN=China@22"_s };
    QTest::newRow("Chinese support") << u"Chinese support for Russia's war economy"_s
                                     << QStringList { u"CHN=Chinese@0"_s, u"RUS=Russia@20"_s };
    QTest::newRow("Russia 's") << u"that Russia 's neo-imperial aspirations"_s
                               << QStringList { u"RUS=Russia@5"_s };
    QTest::newRow("Indo-Pacific") << u"the Indo-Pacific region (Japan, South Korea, and India)"_s
                                  << QStringList { u"JPN=Japan@25"_s, u"KOR=South Korea@32"_s,
                                         u"IND=India@49"_s };
    QTest::newRow("Ukraine") << u"partnership with Ukraine."_s
                             << QStringList { u"UKR=Ukraine@17"_s };
    QTest::newRow("Union's") << u"the Union's ambition"_s << QStringList { u"EU=Union@4"_s };

    // Longest form, exclusions, word boundaries.
    QTest::newRow("African Union") << u"the African Union and the AU"_s
                                   << QStringList { u"AU=African Union@4"_s, u"AU=AU@26"_s };
    QTest::newRow("Indian Ocean") << u"the Indian Ocean"_s << QStringList {};
    QTest::newRow("Indian") << u"the Indian Navy"_s << QStringList { u"IND=Indian@4"_s };
    QTest::newRow("Gulf of Guinea") << u"piracy in the Gulf of Guinea"_s << QStringList {};
    QTest::newRow("South China Sea")
        << u"the South China Sea and China"_s << QStringList { u"CHN=China@24"_s };
    QTest::newRow("EU agency") << u"the European Union Agency for Cybersecurity"_s
                               << QStringList {};
    QTest::newRow("Soviet Union") << u"the former Soviet Union"_s << QStringList {};
    QTest::newRow("European Union")
        << u"the European Union"_s << QStringList { u"EU=European Union@4"_s };
    QTest::newRow("not in words") << u"EUR 5 billion, UNHCR, Ukrainian, us, USAID"_s
                                  << QStringList { u"UKR=Ukrainian@22"_s };
    QTest::newRow("US and USA") << u"the US and the USA"_s
                                << QStringList { u"USA=US@4"_s, u"USA=USA@15"_s };
    QTest::newRow("Niger") << u"Niger and Nigeria"_s
                           << QStringList { u"NER=Niger@0"_s, u"NGA=Nigeria@10"_s };
    QTest::newRow("Guineas") << u"Guinea-Bissau, Papua New Guinea, Guinea"_s
                             << QStringList { u"GNB=Guinea-Bissau@0"_s,
                                    u"PNG=Papua New Guinea@15"_s, u"GIN=Guinea@33"_s };
    QTest::newRow("Congos")
        << u"the Republic of the Congo and the Democratic Republic of the Congo"_s
        << QStringList { u"COG=Republic of the Congo@4"_s,
               u"COD=Democratic Republic of the Congo@34"_s };
    QTest::newRow("typographic apostrophes")
        << u"the UK\u2019s view, C\u00f4te d\u2019Ivoire and the Democratic People\u2019s "
           u"Republic of Korea"_s
        << QStringList { u"GBR=UK@4"_s, u"CIV=C\u00f4te d\u2019Ivoire@15"_s,
               u"PRK=Democratic People\u2019s Republic of Korea@37"_s };
    QTest::newRow("line break") << u"the United\nKingdom"_s
                                << QStringList { u"GBR=United\nKingdom@4"_s };
    QTest::newRow("non-EU, NATO's")
        << u"non-EU allies and NATO's flank"_s << QStringList { u"EU=EU@4"_s, u"NATO=NATO@18"_s };
    QTest::newRow("Kosovo*") << u"Serbia and Kosovo*"_s
                             << QStringList { u"SRB=Serbia@0"_s, u"XKX=Kosovo@11"_s };
    QTest::newRow("lower case") << u"union, nato and china"_s << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestGazetteer::findMentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QCOMPARE(render(text, Gazetteer::builtin().findMentions(text)), expected);
}

void TestGazetteer::bundledText()
{
    QFile file(u":/data/2025-2119-INI-summary.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QList<Gazetteer::Match> matches = Gazetteer::builtin().findMentions(text);
    QSet<QString> ids;
    qsizetype previousEnd = 0;
    for (const Gazetteer::Match &match : matches) {
        QVERIFY(match.span.start >= previousEnd); // in order, never overlapping
        previousEnd = match.span.end();
        ids.insert(match.id);
    }
    const QSet<QString> expected { u"EU"_s, u"RUS"_s, u"IRN"_s, u"PRK"_s, u"BLR"_s, u"CHN"_s,
        u"NATO"_s, u"NOR"_s, u"GBR"_s, u"CAN"_s, u"USA"_s, u"UKR"_s, u"JPN"_s, u"KOR"_s, u"IND"_s,
        u"western-balkans"_s, u"UN"_s, u"HUN"_s, u"commission"_s, u"member-states"_s };
    QCOMPARE(ids, expected);
}

void TestGazetteer::institutions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("the Council") << u"Parliament urged the Council to act."_s
                                 << QStringList { u"council"_s };
    QTest::newRow("Council of the European Union")
        << u"the Council of the European Union decided"_s << QStringList { u"council"_s };
    QTest::newRow("UN Security Council")
        << u"the UN Security Council met"_s << QStringList { u"UN"_s };
    QTest::newRow("Council of Europe") << u"the Council of Europe"_s << QStringList { u"CoE"_s };
    QTest::newRow("Venice Commission") << u"the Venice Commission said"_s << QStringList {};
    QTest::newRow("Commission and Member States")
        << u"The European Commission and the EU Member States are invited"_s
        << QStringList { u"commission"_s, u"member-states"_s };
    QTest::newRow("member states of another body")
        << u"NATO member states"_s << QStringList { u"NATO"_s };
}

void TestGazetteer::institutions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QStringList found;
    for (const Gazetteer::Match &match : Gazetteer::builtin().findMentions(text))
        found.append(match.id);
    QCOMPARE(found, ids);
    for (const QString &id : std::as_const(found)) {
        if (id != u"UN" && id != u"CoE" && id != u"NATO")
            QCOMPARE(Gazetteer::builtin().find(id)->kind, EntityKind::Institution);
    }
}

void TestGazetteer::manyParagraphsGiveTheSameMentions()
{
    const QString paragraph = u"Russia continues its aggression on the European continent, "
                              "notably with the support of its allies such as the Iranian, North "
                              "Korean, and Belarusian regimes, while economic cooperation between "
                              "the Union and China must be reassessed in light of Chinese support "
                              "for Russia's war economy."_s;
    const Gazetteer &gazetteer = Gazetteer::builtin();
    // Speed is measured by the benchmarks (tests/bench), never asserted here; this checks that
    // repeated scans of the same text stay consistent.
    qsizetype total = 0;
    for (int i = 0; i < 10000; ++i)
        total += gazetteer.findMentions(paragraph).size();
    QCOMPARE(total, 10000 * 8);
}

void TestGazetteer::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("contains");

    QTest::newRow("not JSON") << QByteArray("{\"countries\": [") << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no countries") << QByteArray("{}") << u"no \"countries\""_s;
    QTest::newRow("no id") << QByteArray(R"({"countries": [{"name": "Norway",
        "forms": ["Norway"]}]})")
                           << u"entry 1 of \"countries\" has no id"_s;
    QTest::newRow("no forms") << QByteArray(R"({"countries": [{"id": "NOR",
        "name": "Norway", "forms": []}]})")
                              << u"no forms"_s;
    QTest::newRow("bad numeric") << QByteArray(R"({"countries": [{"id": "NOR",
        "name": "Norway", "numeric": "57", "forms": ["Norway"]}]})")
                                 << u"three digits"_s;
    QTest::newRow("form twice") << QByteArray(R"({"countries": [
        {"id": "NOR", "name": "Norway", "forms": ["Norway"]},
        {"id": "SWE", "name": "Sweden", "forms": ["Sweden", "Norway"]}]})")
                                << u"belongs to both NOR and SWE"_s;
    QTest::newRow("id twice") << QByteArray(R"({"countries": [
        {"id": "NOR", "name": "Norway", "forms": ["Norway"]},
        {"id": "NOR", "name": "Sweden", "forms": ["Sweden"]}]})")
                              << u"more than once"_s;
    QTest::newRow("unknown member") << QByteArray(R"({"countries": [
        {"id": "NOR", "name": "Norway", "forms": ["Norway"]}],
        "groupings": [{"id": "nordic", "name": "Nordic", "forms": ["Nordic countries"],
        "members": ["NOR", "SWE"]}]})")
                                    << u"SWE"_s;
    QTest::newRow("forms not names") << QByteArray(R"({"countries": [{"id": "NOR",
        "name": "Norway", "forms": [578]}]})")
                                     << u"not a list of names"_s;
    QTest::newRow("exclusions not a list") << QByteArray(R"({"countries": [],
        "exclusions": "Indian Ocean"})") << u"exclusions"_s;
}

void TestGazetteer::fromJsonRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, contains);

    QString error;
    QVERIFY(!Gazetteer::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(contains), qPrintable(error));
    QVERIFY(error.endsWith(u'.')); // one sentence
    QVERIFY(!Gazetteer::fromJson(json, nullptr).has_value()); // no error wanted: no crash
}

void TestGazetteer::fromJsonAcceptsMinimal()
{
    const QByteArray json = R"({
        "exclusions": ["Norway House"],
        "countries": [{"id": "NOR", "numeric": "578", "name": "Norway",
                       "forms": ["Norway", "Kingdom of Norway"], "adjectives": ["Norwegian"]},
                      {"id": "SWE", "numeric": "752", "name": "Sweden", "forms": ["Sweden"]}],
        "groupings": [{"id": "nordic", "name": "Nordic", "forms": ["Nordic"],
                       "members": ["NOR", "SWE"]}]})";
    QString error;
    const std::optional<Gazetteer> gazetteer = Gazetteer::fromJson(json, &error);
    QVERIFY2(gazetteer.has_value(), qPrintable(error));
    QCOMPARE(gazetteer->entries().size(), 3);
    QCOMPARE(gazetteer->find(u"nordic"_s)->kind, EntityKind::Grouping);
    QCOMPARE(gazetteer->find(u"SWE"_s)->adjectives, QStringList());
    const QString text = u"the Kingdom of Norway, Norway House, Norwegian and Nordic Sweden"_s;
    QCOMPARE(render(text, gazetteer->findMentions(text)),
        (QStringList { u"NOR=Kingdom of Norway@4"_s, u"NOR=Norwegian@37"_s, u"nordic=Nordic@51"_s,
            u"SWE=Sweden@58"_s }));
}

} // namespace re

QTEST_GUILESS_MAIN(re::TestGazetteer)
#include "tst_gazetteer.moc"
