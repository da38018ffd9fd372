// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "vote/VotePosition.h"

#include <QAbstractTableModel>

namespace re {

class ResolutionModel;

/// A roll-call breakdown of the document's vote, one row per political group or per country
/// (in the order the vote holds them), for the stacked bar charts. Empty when the user attached
/// no roll-call data: the model never makes a breakdown up. Follows documentChanged/voteChanged.
///
/// Columns: label (short label), for, against, abstentions, did not vote. Roles: IdRole gives
/// the group code or ISO alpha-3 code, Qt::ToolTipRole the long label (and a group's cohesion),
/// Qt::DecorationRole (label column) the group colour, CountRole/SortRole the numbers,
/// CohesionRole a group's cohesion (see cohesion()).
class VoteBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Groups, Countries };
    enum Column {
        LabelColumn,
        ForColumn,
        AgainstColumn,
        AbstentionColumn,
        DidNotVoteColumn,
        ColumnCount
    };

    /// Follows the shared model's vote.
    VoteBreakdownModel(const ResolutionModel *model, Kind kind, QObject *parent = nullptr);
    /// Shows one fixed vote (an export of a document that no window shows).
    VoteBreakdownModel(const std::optional<Vote> &vote, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The position a count column shows (ForColumn ... DidNotVoteColumn).
    static VotePosition columnPosition(int column);
    /// The breakdown rows the model shows right now.
    const QList<VoteBreakdownRow> &rows() const;

private:
    const ResolutionModel *m_model = nullptr;
    std::optional<Vote> m_fixedVote; ///< when there is no model
    Kind m_kind;
};

} // namespace re
