// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QString>

namespace re {

/// Where a statement comes from, in one line a reader of a report can follow: the resolution's
/// title, procedure reference and date, the section, and the source of the summary.
/// "European Parliament resolution “EU strategic defence and security partnerships”,
/// 2025/2119(INI), 11/02/2026, section “European safety environment”. Source: Legislative
/// Observatory (OEIL) summary." Only what the document states is named.
QString citation(const Document &document, int actionIndex);

/// The statement's sentence in quotation marks, then its citation on the next line: what
/// Copy puts on the clipboard.
QString quotedWithCitation(const Document &document, int actionIndex);

} // namespace re
