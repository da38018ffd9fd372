// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "model/ActionFilter.h"

#include <QTest>
#include <algorithm>

using namespace re;

/// The filter value: its text form and the one validation shared by the window, the saved
/// layout and the command line.
class TestActionFilter : public QObject
{
    Q_OBJECT
private:
    Document m_bundled = bundledDocument();

private Q_SLOTS:
    /// An empty table says why: a synthetic document naming "Synthetica" in a sentence that is no
    /// statement, in section s2 only, and nowhere "Otherland".
    void whyNoAction()
    {
        Document d;
        const auto section = [&d](const char *id) {
            Section s;
            s.id = QLatin1String(id);
            d.sections.append(s);
        };
        section("s1");
        section("s2");
        const auto paragraph = [&d](const char *id, int section) {
            Paragraph p;
            p.id = QLatin1String(id);
            p.section = section;
            d.paragraphs.append(p);
        };
        paragraph("p1", 0);
        paragraph("p2", 1);
        for (const char *id : { "SYN", "OTH" }) {
            Entity e;
            e.id = QLatin1String(id);
            e.name = QLatin1String(id[0] == 'S' ? "Synthetica" : "Otherland");
            d.entities.append(e);
        }
        d.mentions
            = { { QStringLiteral("SYN"), 1, { 0, 3 } }, { QStringLiteral("SYN"), 1, { 9, 3 } } };
        Action a;
        a.id = QStringLiteral("a1");
        a.paragraph = 0;
        a.section = 0;
        d.actions.append(a);
        d.buildLookup();

        ActionFilter filter;
        filter.entities = { QStringLiteral("SYN") };
        QCOMPARE(filter.whyNoAction(d),
            QStringLiteral("Synthetica is named 2 times, in sentences that are not statements."));
        filter.section = QStringLiteral("s1");
        filter.sectionOnly = true;
        QCOMPARE(filter.whyNoAction(d), QStringLiteral("Synthetica is not named in this section."));
        filter.section = QStringLiteral("s2");
        QCOMPARE(filter.whyNoAction(d),
            QStringLiteral("Synthetica is named 2 times in this section, in sentences that are not "
                           "statements."));
        filter = {};
        filter.entities = { QStringLiteral("OTH") };
        QVERIFY(filter.whyNoAction(d).startsWith(QStringLiteral("Otherland is not named")));
        filter.verb = QStringLiteral("call"); // more than one criterion: the generic sentence
        QCOMPARE(filter.whyNoAction(d), QStringLiteral("No action matches these filters."));
        QCOMPARE(ActionFilter().whyNoAction(Document()),
            QStringLiteral("This document has no actions."));
    }

    void textFormRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("entities") << QStringLiteral("entity=NOR&entity=CAN");
        QTest::newRow("all") << QStringLiteral(
            "entity=NOR&theme=Space%20and%20defence&kind=call&section=s3&text=drones");
        QTest::newRow("section only, no section") << QStringLiteral("section=");
        QTest::newRow("reserved characters") << QStringLiteral("text=a%26b%3Dc%25d%2Be");
    }

    void textFormRoundTrips()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<ActionFilter> filter = ActionFilter::fromText(text, &error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->toText(), text);
    }

    void textFormKeepsValues()
    {
        ActionFilter filter;
        filter.entities = { QStringLiteral("NOR"), QStringLiteral("WB") };
        filter.theme = QStringLiteral("Space and defence");
        filter.verb = QStringLiteral("deplore");
        filter.sectionOnly = true;
        filter.text = QStringLiteral("a&b=c 100% +x");
        const std::optional<ActionFilter> back = ActionFilter::fromText(filter.toText());
        QVERIFY(back);
        QCOMPARE(*back, filter);
    }

    void textFormRefusesOtherText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no equals") << QStringLiteral("entity");
        QTest::newRow("unknown key") << QStringLiteral("colour=red");
        QTest::newRow("theme twice") << QStringLiteral("theme=a&theme=b");
    }

    void textFormRefusesOtherText()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ActionFilter::fromText(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void checkResolvesNamesAndSpellings()
    {
        ActionFilter wanted;
        wanted.entities
            = { QStringLiteral("norway"), QStringLiteral("CAN"), QStringLiteral("NOR") };
        wanted.verb = QStringLiteral("CALL");
        const auto themed = std::find_if(m_bundled.actions.cbegin(), m_bundled.actions.cend(),
            [](const Action &action) { return !action.themes.isEmpty(); });
        QVERIFY(themed != m_bundled.actions.cend());
        const QStringList themes = themed->themes;
        wanted.theme = themes.constFirst().toUpper();
        const FilterCheck check(wanted, m_bundled);
        QVERIFY(check.isValid());
        QCOMPARE(check.checked().entities,
            (QStringList { QStringLiteral("NOR"), QStringLiteral("CAN") }));
        QCOMPARE(check.checked().verb, QStringLiteral("call"));
        QCOMPARE(check.checked().theme, themes.constFirst());
    }

    void checkLeavesOutWhatTheDocumentCannotApply()
    {
        ActionFilter wanted;
        wanted.entities = { QStringLiteral("Atlantis"), QStringLiteral("NOR") };
        wanted.theme = QStringLiteral("Knitting");
        wanted.verb = QStringLiteral("applaud");
        wanted.sectionOnly = true;
        wanted.section = QStringLiteral("s99");
        wanted.text = QStringLiteral("drones");
        const FilterCheck check(wanted, m_bundled);
        QVERIFY(!check.isValid());
        QCOMPARE(check.problems().size(), 4);
        QCOMPARE(check.problems().at(0).criterion, FilterProblem::Criterion::Entity);
        QCOMPARE(check.problems().at(0).value, QStringLiteral("Atlantis"));
        ActionFilter expected;
        expected.entities = { QStringLiteral("NOR") };
        expected.sectionOnly = true;
        expected.text = QStringLiteral("drones");
        QCOMPARE(check.checked(), expected);
    }

    void sectionOnlyWithoutSectionAcceptsEverything()
    {
        ActionFilter filter;
        filter.sectionOnly = true;
        QVERIFY(filter.isEmpty());
        QVERIFY(filter.hasCriteria());
        QCOMPARE(filter.acceptedActions(m_bundled).size(), m_bundled.actions.size());
        filter.section = m_bundled.sections.at(m_bundled.topLevelSections().constFirst()).id;
        QVERIFY(!filter.isEmpty());
        QVERIFY(filter.acceptedActions(m_bundled).size() < m_bundled.actions.size());
    }
};

QTEST_GUILESS_MAIN(TestActionFilter)
#include "tst_actionfilter.moc"
