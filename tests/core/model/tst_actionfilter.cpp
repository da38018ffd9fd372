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
