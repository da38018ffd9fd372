// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace re {

/// Writes data to path through QSaveFile: the data goes to a temporary file in the same
/// folder that replaces the old file only once all of it is written. On failure the old file
/// (if any) is left untouched, no temporary file remains, and *error (when not null) holds one
/// sentence such as "cannot write /x/y.json: Permission denied".
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace re
