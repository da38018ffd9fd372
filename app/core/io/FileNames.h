// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace re {

struct Document;

/// The one file name suggested for saving or exporting anything of a document: its procedure
/// reference made fit for a file name ("2025/2119(INI)" gives "2025-2119-INI", "resolution"
/// without one), then "-" and `part` when given, then "." and `suffix`:
/// suggestedFileName(document, "map", "png") is "2025-2119-INI-map.png".
QString suggestedFileName(const Document &document, const QString &part, const QString &suffix);

} // namespace re
