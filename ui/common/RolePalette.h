// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QColor>

/// The colours of entity roles, shared by the map, its legend and the reader's entity names.
/// Hues from the Okabe-Ito and Paul Tol colour-blind-safe palettes; partners are blues that
/// darken with the strength of the partnership (light theme), threats are vermillion and orange
/// and hatched, so the map still reads in greyscale. Every function has a light and a dark
/// variant (`dark` is true for a dark window background).
namespace re::RolePalette {

/// Area fill for a country or chip with this role.
QColor fill(EntityRole role, bool dark);
/// Text colour for names with this role on the window's background: at least 4.5:1 contrast
/// (WCAG AA) against white (light) or #353535 (dark).
QColor text(EntityRole role, bool dark);
/// Hatching drawn over the fill: Qt::NoBrush for none, else a QBrush pattern style to draw in
/// patternColor() on top of fill().
Qt::BrushStyle pattern(EntityRole role);
/// Colour of the hatching lines.
QColor patternColor(EntityRole role, bool dark);

/// Fill of an EU member state that has no role of its own in the document.
QColor euMemberFill(bool dark);
/// Fill of a country the document does not mention.
QColor notMentionedFill(bool dark);
/// The sea around the countries.
QColor seaFill(bool dark);
/// Thin borders between countries.
QColor borderColor(bool dark);

/// Whether a palette with this window colour counts as dark.
bool isDark(const QColor &windowColor);

} // namespace re::RolePalette
