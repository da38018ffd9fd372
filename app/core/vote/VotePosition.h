// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace re {

struct Vote;
struct VoteBreakdownRow;

/// How a member voted, in the order every table and chart shows the positions.
enum class VotePosition { For, Against, Abstention, DidNotVote };

/// For, Against, Abstention, DidNotVote.
QList<VotePosition> allVotePositions();
/// "for", "against", "abstentions", "did-not-vote".
QString votePositionKey(VotePosition position);
std::optional<VotePosition> votePositionFromKey(const QString &key);
/// "For", "Against", "Abstentions", "Did not vote" (translated).
QString votePositionLabel(VotePosition position);
/// The colour charts give a position (the same in light and dark palettes).
QColor votePositionColour(VotePosition position);

/// The count of one position in the totals; DidNotVote is seats - cast, 0 when seats unknown.
int voteCount(const Vote &vote, VotePosition position);
/// The count of one position in a breakdown row.
int voteCount(const VoteBreakdownRow &row, VotePosition position);

/// A group's cohesion: the share of its members who voted (for, against or abstaining) that
/// took its most common of those positions, and that position; nullopt when none voted.
std::optional<std::pair<double, VotePosition>> cohesion(const VoteBreakdownRow &row);

/// "Adopted: 440 for, 119 against, 85 abstentions" (or "Rejected: ...").
QString voteResultSentence(const Vote &vote);

} // namespace re
