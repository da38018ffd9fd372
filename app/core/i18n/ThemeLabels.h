// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace re {

/// A policy theme's name as the views show it: in the user's language when the catalogue
/// translates it, else as resources/themes.json names it (documents keep those names).
QString themeLabel(const QString &name);

/// The theme names offered to translators (every theme of resources/themes.json: a test checks
/// that none is missing).
QStringList translatableThemeNames();

} // namespace re
