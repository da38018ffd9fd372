// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Contrast.h"
#include "common/RolePalette.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace re;
using re::test::contrast;
using re::test::luminance;

class TestRolePalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textIsReadable_data();
    void textIsReadable();
    void fillsAreDistinct_data();
    void fillsAreDistinct();
    void threatsAreHatched();
    void partnersDarkenWithStrength();
    void detectsDarkPalettes();
};

void TestRolePalette::textIsReadable_data()
{
    QTest::addColumn<EntityRole>("role");
    for (const EntityRole role : allEntityRoles())
        QTest::newRow(qPrintable(entityRoleKey(role))) << role;
}

void TestRolePalette::textIsReadable()
{
    QFETCH(EntityRole, role);
    // WCAG AA for normal text on white and on a dark window.
    QVERIFY(contrast(RolePalette::text(role, false), Qt::white) >= 4.5);
    QVERIFY(contrast(RolePalette::text(role, true), QColor(0x35, 0x35, 0x35)) >= 4.5);
}

void TestRolePalette::fillsAreDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestRolePalette::fillsAreDistinct()
{
    QFETCH(bool, dark);
    QSet<QRgb> fills;
    for (const EntityRole role : allEntityRoles())
        fills.insert(RolePalette::fill(role, dark).rgb());
    fills.insert(RolePalette::euMemberFill(dark).rgb());
    fills.insert(RolePalette::notMentionedFill(dark).rgb());
    fills.insert(RolePalette::seaFill(dark).rgb());
    QCOMPARE(fills.size(), allEntityRoles().size() + 3);
    // Countries stand out from the sea.
    QVERIFY(contrast(RolePalette::notMentionedFill(dark), RolePalette::seaFill(dark)) > 1.1);
}

void TestRolePalette::threatsAreHatched()
{
    QVERIFY(RolePalette::pattern(EntityRole::Threat) != Qt::NoBrush);
    QVERIFY(RolePalette::pattern(EntityRole::SupporterOfThreat) != Qt::NoBrush);
    QVERIFY(RolePalette::pattern(EntityRole::Threat)
        != RolePalette::pattern(EntityRole::SupporterOfThreat));
    for (const EntityRole role : { EntityRole::PriorityPartner, EntityRole::Partner,
             EntityRole::Mentioned, EntityRole::CornerstonePartner })
        QCOMPARE(RolePalette::pattern(role), Qt::NoBrush);
    // The hatching shows on its fill.
    QVERIFY(contrast(RolePalette::patternColor(EntityRole::Threat, false),
                RolePalette::fill(EntityRole::Threat, false))
        > 2);
}

void TestRolePalette::partnersDarkenWithStrength()
{
    // In greyscale the strength of a partnership still reads: darker is closer.
    const double cornerstone = luminance(RolePalette::fill(EntityRole::CornerstonePartner, false));
    const double priority = luminance(RolePalette::fill(EntityRole::PriorityPartner, false));
    const double partner = luminance(RolePalette::fill(EntityRole::Partner, false));
    const double none = luminance(RolePalette::notMentionedFill(false));
    QVERIFY(cornerstone < priority);
    QVERIFY(priority < partner);
    QVERIFY(partner < none);
}

void TestRolePalette::detectsDarkPalettes()
{
    QVERIFY(RolePalette::isDark(QColor(0x20, 0x23, 0x26)));
    QVERIFY(!RolePalette::isDark(QColor(0xEF, 0xF0, 0xF1)));
}

QTEST_GUILESS_MAIN(TestRolePalette)
#include "tst_rolepalette.moc"
