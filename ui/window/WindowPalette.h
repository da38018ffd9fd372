// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QColor>

class QPalette;

namespace re {

/// Colours the window's panes derive from the system palette, so that light and dark
/// desktops both read well.
namespace WindowPalette {

/// True for a dark desktop theme (RolePalette's rule, so the map and the text agree).
bool isDark(const QPalette &palette);

/// `from` moved towards `to` by `amount` (0 = from, 1 = to), opaque.
QColor mix(const QColor &from, const QColor &to, qreal amount);

/// The colour entity names of a role are written in (RolePalette::text).
QColor roleText(EntityRole role, const QPalette &palette);

/// Background of the sentences that are actions (subtle) and of the current action.
QColor actionBackground(const QPalette &palette);
QColor currentActionBackground(const QPalette &palette);

/// Background of text matching a search.
QColor searchMatchBackground(const QPalette &palette);

/// Secondary text (procedure line, breadcrumbs).
QColor mutedText(const QPalette &palette);

/// Text saying what went wrong: a red that reads on the palette's base, light or dark.
QColor errorText(const QPalette &palette);

} // namespace WindowPalette

} // namespace re
