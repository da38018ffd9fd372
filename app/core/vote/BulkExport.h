// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QString>
#include <atomic>
#include <optional>

namespace re {

/// Whether `path` is HowTheyVote.eu's bulk export: its export.zip (any .zip file), or the
/// folder it unpacks to (holding votes.csv and member_votes.csv).
bool isBulkExport(const QString &path);

/// Reads the vote of procedure `procedure` ("2025/2119(INI)") from HowTheyVote.eu's bulk export,
/// the zip read in place (QuaZip) or its unpacked folder: its main vote in votes.csv (the one
/// `voteId` names when the procedure has several, or none is main), its totals checked against
/// `totals` (the document's; when it states none, the export's are taken), and every member's
/// position in member_votes.csv counted per group and per country, streamed: memory stays
/// small whatever the size of the export. Labels come from the export's groups.csv and
/// countries.csv. nullopt with one sentence in *error: no such vote (the sentence lists the
/// procedure's votes), totals that disagree, a missing table or column, a damaged zip.
/// `cancel`, when set, stops the reading (nullopt, empty *error).
std::optional<Vote> readBulkExport(const QString &path, const QString &procedure,
    const Vote &totals, const QString &voteId, QString *error,
    const std::atomic_bool *cancel = nullptr);

} // namespace re
