// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace re {

/// One vote of a procedure in HowTheyVote.eu's bulk export (a row of votes.csv).
struct ExportedVote
{
    QString id;
    QString timestamp; ///< "2026-02-11 12:00:00"
    QString title; ///< display_title
    bool main = false; ///< is_main: the final vote on the text
    int counts[3] = { 0, 0, 0 }; ///< for, against, abstentions
};

/// The votes of `procedure` in the export (votes.csv only: quick), for a user to choose from
/// when the procedure has no main vote or several; nullopt with one sentence in *error.
std::optional<QList<ExportedVote>> bulkExportVotes(
    const QString &path, const QString &procedure, QString *error);

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
