// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RolePalette.h"

namespace re::RolePalette {

namespace {

struct RoleColours
{
    QRgb lightFill;
    QRgb darkFill;
    QRgb lightText;
    QRgb darkText;
};

RoleColours colours(EntityRole role)
{
    switch (role) {
    case EntityRole::CornerstonePartner: // Tol's dark blue
        return { 0x004488, 0x8EC3F5, 0x004488, 0x9CC8F5 };
    case EntityRole::PriorityPartner: // Okabe-Ito blue
        return { 0x0072B2, 0x4A9BE0, 0x005A8C, 0x6CB4F0 };
    case EntityRole::Partner: // Okabe-Ito sky blue
        return { 0x56B4E9, 0x2F6E9E, 0x1F6A94, 0x8FD0F5 };
    case EntityRole::PartnerToDevelop: // Okabe-Ito bluish green
        return { 0x009E73, 0x1F8A68, 0x00704F, 0x4FD1A5 };
    case EntityRole::PartnerOrganisation: // Tol's teal
        return { 0x44AA99, 0x2E8576, 0x1F6F63, 0x7FD0C2 };
    case EntityRole::Threat: // Okabe-Ito vermillion
        return { 0xD55E00, 0xD8661A, 0xA8431A, 0xFF9A5C };
    case EntityRole::SupporterOfThreat: // Okabe-Ito orange
        return { 0xE69F00, 0xC98E14, 0x875700, 0xF5C24A };
    case EntityRole::UnderReview: // Okabe-Ito yellow
        return { 0xF0E442, 0xBDB236, 0x6B6300, 0xEDE26A };
    case EntityRole::Criticised: // Okabe-Ito reddish purple
        return { 0xCC79A7, 0xB0698F, 0x9C3F77, 0xF0A0CF };
    case EntityRole::Sanctioned: // Tol's purple, hatched so it differs from criticised in grey
        return { 0xAA3377, 0xC25A95, 0x882255, 0xE08CBF };
    case EntityRole::Subject: // Tol's olive
        return { 0x999933, 0x8A8A2E, 0x5C5C1F, 0xC8C85A };
    case EntityRole::Mentioned: // grey
        break;
    }
    // A mid grey, well apart from the light (dark: deep) grey of the countries not mentioned.
    return { 0x9A9A9A, 0x898B8F, 0x595959, 0xC8C8C8 };
}

} // namespace

QColor fill(EntityRole role, bool dark)
{
    const RoleColours c = colours(role);
    return QColor::fromRgb(dark ? c.darkFill : c.lightFill);
}

QColor text(EntityRole role, bool dark)
{
    const RoleColours c = colours(role);
    return QColor::fromRgb(dark ? c.darkText : c.lightText);
}

Qt::BrushStyle pattern(EntityRole role)
{
    switch (role) {
    case EntityRole::Threat:
        return Qt::DiagCrossPattern;
    case EntityRole::SupporterOfThreat:
        return Qt::BDiagPattern;
    case EntityRole::Sanctioned:
        return Qt::HorPattern;
    default:
        return Qt::NoBrush;
    }
}

QColor patternColor(EntityRole role, bool dark)
{
    return dark ? fill(role, dark).darker(220) : fill(role, dark).darker(200);
}

QColor euMemberFill(bool dark)
{
    return dark ? QColor(0x4E, 0x48, 0x75) : QColor(0xCF, 0xC8, 0xE8);
}

QColor notMentionedFill(bool dark)
{
    return dark ? QColor(0x3A, 0x3D, 0x42) : QColor(0xE3, 0xE3, 0xE3);
}

QColor seaFill(bool dark)
{
    return dark ? QColor(0x1C, 0x24, 0x2C) : QColor(0xF4, 0xF8, 0xFB);
}

QColor borderColor(bool dark)
{
    return dark ? QColor(0x14, 0x17, 0x1A) : QColor(0xFF, 0xFF, 0xFF);
}

bool isDark(const QColor &windowColor)
{
    return windowColor.lightness() < 128;
}

} // namespace re::RolePalette
