// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QString>
#include <optional>

namespace re {

/// Finds the vote in a summary paragraph, in every wording OEIL uses:
/// "adopted by 440 votes to 119, with 85 abstentions", "... to 104 with 80 abstentions",
/// "... to 174 with 93 votes" (93 is the abstentions), "400 votes in favour, 63 against with 81
/// abstentions", numbers written as words ("by twelve votes to one"), hard line breaks inside.
/// Returns nullopt when the text holds no vote sentence (not an error).
std::optional<Vote> parseVoteSentence(const QString &text);

/// "twelve" -> 12, "twenty-one" -> 21, "440" -> 440; nullopt if not a number.
std::optional<int> parseCount(const QString &word);

} // namespace re
