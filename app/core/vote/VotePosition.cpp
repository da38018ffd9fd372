// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/VotePosition.h"

#include "document/Document.h"

#include <QCoreApplication>

namespace re {

QList<VotePosition> allVotePositions()
{
    return { VotePosition::For, VotePosition::Against, VotePosition::Abstention,
        VotePosition::DidNotVote };
}

QString votePositionKey(VotePosition position)
{
    switch (position) {
    case VotePosition::For:
        return QStringLiteral("for");
    case VotePosition::Against:
        return QStringLiteral("against");
    case VotePosition::Abstention:
        return QStringLiteral("abstentions");
    case VotePosition::DidNotVote:
        return QStringLiteral("did-not-vote");
    }
    return {};
}

std::optional<VotePosition> votePositionFromKey(const QString &key)
{
    for (VotePosition position : allVotePositions()) {
        if (votePositionKey(position) == key)
            return position;
    }
    return std::nullopt;
}

QString votePositionLabel(VotePosition position)
{
    switch (position) {
    case VotePosition::For:
        return QCoreApplication::translate("re::Vote", "For");
    case VotePosition::Against:
        return QCoreApplication::translate("re::Vote", "Against");
    case VotePosition::Abstention:
        return QCoreApplication::translate("re::Vote", "Abstentions");
    case VotePosition::DidNotVote:
        return QCoreApplication::translate("re::Vote", "Did not vote");
    }
    return {};
}

QColor votePositionColour(VotePosition position)
{
    switch (position) {
    case VotePosition::For:
        return QColor(QStringLiteral("#2f9e44"));
    case VotePosition::Against:
        return QColor(QStringLiteral("#d9383a"));
    case VotePosition::Abstention:
        return QColor(QStringLiteral("#f0a202"));
    case VotePosition::DidNotVote:
        return QColor(QStringLiteral("#a0a7b0"));
    }
    return {};
}

int voteCount(const Vote &vote, VotePosition position)
{
    switch (position) {
    case VotePosition::For:
        return vote.votesFor;
    case VotePosition::Against:
        return vote.against;
    case VotePosition::Abstention:
        return vote.abstentions;
    case VotePosition::DidNotVote:
        return vote.seats > 0 ? int(std::max<qint64>(0, vote.seats - vote.cast())) : 0;
    }
    return 0;
}

int voteCount(const VoteBreakdownRow &row, VotePosition position)
{
    switch (position) {
    case VotePosition::For:
        return row.votesFor;
    case VotePosition::Against:
        return row.against;
    case VotePosition::Abstention:
        return row.abstentions;
    case VotePosition::DidNotVote:
        return row.didNotVote;
    }
    return 0;
}

QString voteResultSentence(const Vote &vote)
{
    const QString counts
        = QCoreApplication::translate("re::Vote", "%1 for, %2 against, %3 abstentions")
              .arg(vote.votesFor)
              .arg(vote.against)
              .arg(vote.abstentions);
    return vote.adopted() ? QCoreApplication::translate("re::Vote", "Adopted: %1").arg(counts)
                          : QCoreApplication::translate("re::Vote", "Rejected: %1").arg(counts);
}

std::optional<std::pair<double, VotePosition>> cohesion(const VoteBreakdownRow &row)
{
    const qint64 voted = row.cast();
    if (voted <= 0)
        return std::nullopt;
    VotePosition majority = VotePosition::For;
    for (VotePosition p : { VotePosition::Against, VotePosition::Abstention }) {
        if (voteCount(row, p) > voteCount(row, majority))
            majority = p;
    }
    return std::pair(double(voteCount(row, majority)) / double(voted), majority);
}

} // namespace re
