// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SelectionState.h"

#include <QSignalSpy>
#include <QTest>

using namespace re;

class TestSelectionState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settersEmitOnlyOnChange()
    {
        SelectionState state;
        QSignalSpy filters(&state, &SelectionState::filterChanged);
        state.setEntityFilter({ QStringLiteral("NOR"), QStringLiteral("NOR"), QString() });
        QCOMPARE(state.entityFilter(), QStringList { QStringLiteral("NOR") });
        state.setEntityFilter({ QStringLiteral("NOR") });
        QCOMPARE(filters.size(), 1);
        // The signal carries the new and the previous filter.
        QCOMPARE(filters.at(0).at(0).value<ActionFilter>().entities,
            QStringList { QStringLiteral("NOR") });
        QVERIFY(filters.at(0).at(1).value<ActionFilter>().entities.isEmpty());
    }

    void toggleAddsAndRemoves()
    {
        SelectionState state;
        state.toggleEntity(QStringLiteral("NOR"));
        state.toggleEntity(QStringLiteral("CAN"));
        QCOMPARE(
            state.entityFilter(), (QStringList { QStringLiteral("NOR"), QStringLiteral("CAN") }));
        state.toggleEntity(QStringLiteral("NOR"));
        QCOMPARE(state.entityFilter(), QStringList { QStringLiteral("CAN") });
    }

    void clearFiltersIsOneChange()
    {
        SelectionState state;
        state.setEntityFilter({ QStringLiteral("NOR") });
        state.setThemeFilter(QStringLiteral("Space"));
        state.setVerbFilter(QStringLiteral("call"));
        state.setSectionOnly(true);
        state.setSearchText(QStringLiteral("x"));
        QVERIFY(state.hasFilters());
        QSignalSpy filters(&state, &SelectionState::filterChanged);
        state.clearFilters();
        QVERIFY(!state.hasFilters());
        QCOMPARE(filters.size(), 1);
    }

    void sectionChangeRefiltersOnlyWhenSectionOnly()
    {
        SelectionState state;
        QSignalSpy filters(&state, &SelectionState::filterChanged);
        state.setCurrentSection(QStringLiteral("s1"));
        QCOMPARE(filters.size(), 0);
        state.setSectionOnly(true);
        state.setCurrentSection(QStringLiteral("s2"));
        QCOMPARE(filters.size(), 2);
        QCOMPARE(state.filter().section, QStringLiteral("s2"));
        state.setSectionOnly(false);
        QVERIFY(state.filter().section.isEmpty());
    }

    void wholeFilterIsOneChange()
    {
        SelectionState state;
        QSignalSpy filters(&state, &SelectionState::filterChanged);
        QSignalSpy sections(&state, &SelectionState::currentSectionChanged);
        ActionFilter filter;
        filter.entities = { QStringLiteral("NOR"), QStringLiteral("CAN") };
        filter.theme = QStringLiteral("Space");
        filter.verb = QStringLiteral("call");
        filter.text = QStringLiteral("drones");
        filter.sectionOnly = true;
        filter.section = QStringLiteral("s3");
        state.setFilter(filter);
        QCOMPARE(filters.size(), 1);
        QCOMPARE(state.filter(), filter);
        // A filter on a named section makes it the section read, announced first.
        QCOMPARE(state.currentSection(), QStringLiteral("s3"));
        QCOMPARE(sections.size(), 1);
        state.setFilter(filter);
        QCOMPARE(filters.size(), 1);
    }

    void sectionOnlyFollowsTheSectionRead()
    {
        SelectionState state;
        state.setCurrentSection(QStringLiteral("s1"));
        ActionFilter filter;
        filter.sectionOnly = true;
        state.setFilter(filter); // no section named: the one being read
        QCOMPARE(state.filter().section, QStringLiteral("s1"));
        QCOMPARE(state.currentSection(), QStringLiteral("s1"));
    }

    void newDocumentResetIsSilent()
    {
        SelectionState state;
        state.setCurrentSection(QStringLiteral("s1"));
        state.setCurrentAction(QStringLiteral("a1"));
        state.setEntityFilter({ QStringLiteral("NOR") });
        state.setHoveredEntity(QStringLiteral("NOR"));
        state.setSectionSearch(QStringLiteral("defence"));
        QSignalSpy filters(&state, &SelectionState::filterChanged);
        QSignalSpy sections(&state, &SelectionState::currentSectionChanged);
        QSignalSpy actions(&state, &SelectionState::currentActionChanged);
        QSignalSpy hovered(&state, &SelectionState::hoveredEntityChanged);
        state.resetForNewDocument();
        QVERIFY(state.currentSection().isEmpty());
        QVERIFY(state.currentAction().isEmpty());
        QVERIFY(!state.hasFilters());
        QVERIFY(state.hoveredEntity().isEmpty());
        QCOMPARE(state.sectionSearch(), QStringLiteral("defence"));
        QCOMPARE(filters.size() + sections.size() + actions.size() + hovered.size(), 0);
    }

    void sectionSearchEmitsOnChange()
    {
        SelectionState state;
        QSignalSpy searches(&state, &SelectionState::sectionSearchChanged);
        state.setSectionSearch(QStringLiteral("Arctic"));
        state.setSectionSearch(QStringLiteral("Arctic"));
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.at(0).at(0).toString(), QStringLiteral("Arctic"));
    }
};

QTEST_GUILESS_MAIN(TestSelectionState)
#include "tst_selectionstate.moc"
