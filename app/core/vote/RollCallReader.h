// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "vote/RcvXmlReader.h"

#include <QStringList>
#include <atomic>
#include <optional>

namespace re {

/// The kinds of per-vote CSV files HowTheyVote.eu offers.
enum class RollCallFileKind { Groups, Countries, Members };

/// The kind a CSV header line names (groups: short_label; countries: iso_alpha_2; members:
/// position), falling back on the file name ("group", "countr", "member"); nullopt otherwise.
std::optional<RollCallFileKind> rollCallFileKind(
    const QStringList &header, const QString &fileName = {});

/// Reads HowTheyVote.eu roll-call CSV files: a folder holding groups, countries and/or members
/// files (other files are ignored), or one such file. A members file gives both the groups and
/// the countries; a groups or countries file takes precedence over it and must agree with it.
///
/// Returns `totals` with the breakdowns filled in, groups in seating order (left to right) and
/// countries by name. When `totals.seats` is 0 and the data lists who did not vote, seats
/// becomes the number of members the data lists. Every breakdown must add up to the totals'
/// for/against/abstentions (when `totals` holds no votes, the data's own sums are taken).
/// Bad input gives nullopt and one sentence in *error, naming the file and the line.
std::optional<Vote> readRollCall(const QString &dirOrFile, const Vote &totals, QString *error);

/// Whether `path` names the Parliament's roll-call record of a sitting (an .xml file).
bool isRollCallRecord(const QString &path);

/// The votes of a roll-call record file (RcvXmlReader.h), read within the roll-call files' size
/// limit; nullopt with one sentence in *error (without the file's name).
std::optional<QList<RecordedVote>> readRollCallRecordFile(const QString &path, QString *error);

/// What a reader of roll-call data that holds many votes needs to find the document's.
struct RollCallRequest
{
    Vote totals; ///< the document's vote (no breakdowns)
    QString procedure; ///< the document's procedure reference, "2025/2119(INI)"
    QString voteId; ///< the vote the user named, if any
    const std::atomic_bool *cancel = nullptr; ///< stops a long read (HowTheyVote's export)
};

/// The same, also reading the forms that hold many votes:
/// - the Parliament's roll-call record of a sitting (an .xml file, see RcvXmlReader.h): the vote
///   named `voteId`, or else the one whose totals are the document's; its breakdown is by
///   political group only (the record names no member's country: the countries stay empty
///   rather than guessed);
/// - HowTheyVote.eu's bulk export (a .zip, or the folder it unpacks to, see BulkExport.h): the
///   procedure's main vote, or the one `voteId` names.
std::optional<Vote> readRollCall(
    const QString &dirOrFile, const RollCallRequest &request, QString *error);

/// The same for an explicit list of CSV files (e.g. chosen in a file dialog).
std::optional<Vote> readRollCallFiles(const QStringList &files, const Vote &totals, QString *error);

} // namespace re
