// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace re::integrity {

/// The QSettings group of the stamps, one key per library file.
inline constexpr QLatin1String SettingsGroup("libraryChecks");

/// Whether the library file at `path` is as this program last knew it whole: checked by
/// SQLite's quick_check at an open, or closed after being written only through this program's
/// transactions. The check reads the whole file (a third of a second for 10 000 resolutions),
/// so an unchanged file is not checked again; any outside change to it (a copy, an editor, a
/// disk tool) changes its size or its modification time to the nanosecond, and the next open
/// checks it. Kept in QSettings, one key per file; the keys of files that no longer exist are
/// dropped whenever a stamp is written.
bool isKnownWhole(const QString &path);

/// Records the file's present size and modification time as known whole.
void rememberWhole(const QString &path);

/// Forgets the file (it was found damaged, or is about to be replaced).
void forget(const QString &path);

} // namespace re::integrity
