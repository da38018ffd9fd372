// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "import/SummaryBlocks.h"

namespace re {

class Gazetteer;

/// Turns normalised summary blocks into a document: sections and paragraphs, the vote,
/// entity mentions and roles, and actions with verbs, addressees, entities and themes.
/// Everything it adds is found in the text; roles it cannot read from the wording stay
/// "mentioned".
Document buildDocument(const SummaryBlocks &summary, const Gazetteer &gazetteer);

} // namespace re
