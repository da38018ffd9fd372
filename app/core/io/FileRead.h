// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace re {

/// Reads the whole of a file the user named, bounded by what a file of its kind can be: a
/// regular file only (a pipe, a device or a socket could block or never end) of at most
/// `maxBytes`, read in chunks so that a file growing while it is read stops at the limit and
/// memory stays about the file's size. nullopt with one sentence in *error, without the file's
/// name (callers add it as they word their messages).
std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace re
