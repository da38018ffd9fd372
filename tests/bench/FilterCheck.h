// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace re::bench {

/// Checks, before any figure is taken, that the indexed filter (PreparedActionFilter) accepts
/// exactly the actions ActionFilter::accepts() accepts, on the bundled resolution and a
/// synthetic document, for entity, section, verb, theme and text filters, and that
/// Document::actionCount() agrees with involvedEntities(). Prints one line per document.
bool checkFilterEquivalence();

} // namespace re::bench
