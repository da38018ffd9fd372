// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace re {

/// One roll-call vote of a sitting as the Parliament's record gives it.
struct RecordedVote
{
    QString id; ///< the record's Identifier
    QString date; ///< as recorded, "2024-04-24 12:24:12"
    QString description; ///< what was voted, one line ("A9-0163/2024 - ... - Am 1")
    QString title; ///< the title of the text voted on, where the record gives one
    int votesFor = 0; ///< the record's totals (Number)
    int against = 0;
    int abstentions = 0;
    QList<VoteBreakdownRow> groups; ///< members counted per group, HowTheyVote codes, seated
};

/// Reads the Parliament's roll-call record of a sitting ("RCV" XML, PV.RollCallVoteResults):
/// every vote with its totals and its members counted per political group, the group names
/// mapped to HowTheyVote.eu's codes. The record gives no member's country. nullopt with one
/// sentence in *error for a file that is not such a record (another XML file, an HTML page
/// served instead of it), for totals that disagree with the members listed, or for counts
/// beyond any parliament.
std::optional<QList<RecordedVote>> readRollCallRecord(const QByteArray &xml, QString *error);

/// The vote of `votes` to take for a document: the one named by `voteId` when it is not empty;
/// otherwise the only vote whose totals are the document's (`totals`), or the only vote of the
/// record. Never a guess: when none or several fit, nullopt and one sentence in *error listing
/// the record's votes by identifier and description.
std::optional<RecordedVote> chooseRecordedVote(
    const QList<RecordedVote> &votes, const Vote &totals, const QString &voteId, QString *error);

} // namespace re
