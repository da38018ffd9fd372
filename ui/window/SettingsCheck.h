// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QStringList>

class QSettings;

namespace re {

/// Warnings about the settings file: one line naming the file and what was dropped.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)

/// Drops from `settings` every key the program does not write, and any of `stringListKeys`
/// whose value is not a list of strings: a damaged settings file parses as keys made of
/// garbage, which QSettings would otherwise write back, mangled, at the next save. Logs one
/// warning in re.settings naming the file and the keys dropped; returns how many were. Keys
/// in one of `knownGroups` ("group/anything") are kept when their value is a string.
int dropForeignSettings(QSettings &settings, const QStringList &knownKeys,
    const QStringList &stringListKeys, const QStringList &knownGroups = {});

} // namespace re
