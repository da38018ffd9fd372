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
        QSignalSpy filters(&state, &SelectionState::filtersChanged);
        QSignalSpy entities(&state, &SelectionState::entityFilterChanged);
        state.setEntityFilter({QStringLiteral("NOR"), QStringLiteral("NOR"), QString()});
        QCOMPARE(state.entityFilter(), QStringList{QStringLiteral("NOR")});
        state.setEntityFilter({QStringLiteral("NOR")});
        QCOMPARE(entities.size(), 1);
        QCOMPARE(filters.size(), 1);
    }

    void toggleAddsAndRemoves()
    {
        SelectionState state;
        state.toggleEntity(QStringLiteral("NOR"));
        state.toggleEntity(QStringLiteral("CAN"));
        QCOMPARE(state.entityFilter(), (QStringList{QStringLiteral("NOR"), QStringLiteral("CAN")}));
        state.toggleEntity(QStringLiteral("NOR"));
        QCOMPARE(state.entityFilter(), QStringList{QStringLiteral("CAN")});
    }

    void clearFiltersIsOneChange()
    {
        SelectionState state;
        state.setEntityFilter({QStringLiteral("NOR")});
        state.setThemeFilter(QStringLiteral("Space"));
        state.setVerbFilter(QStringLiteral("call"));
        state.setSectionOnly(true);
        state.setSearchText(QStringLiteral("x"));
        QVERIFY(state.hasFilters());
        QSignalSpy filters(&state, &SelectionState::filtersChanged);
        state.clearFilters();
        QVERIFY(!state.hasFilters());
        QCOMPARE(filters.size(), 1);
    }

    void sectionChangeRefiltersOnlyWhenSectionOnly()
    {
        SelectionState state;
        QSignalSpy filters(&state, &SelectionState::filtersChanged);
        state.setCurrentSection(QStringLiteral("s1"));
        QCOMPARE(filters.size(), 0);
        state.setSectionOnly(true);
        state.setCurrentSection(QStringLiteral("s2"));
        QCOMPARE(filters.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSelectionState)
#include "tst_selectionstate.moc"
