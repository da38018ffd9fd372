// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "vote/VotePosition.h"

#include <QAbstractTableModel>

namespace re {

class ResolutionModel;

/// The totals of the document's vote as a table: rows For, Against, Abstentions, and
/// "Did not vote" only when the house's seats are known; no rows when the document states no
/// vote. Columns: label, count, percent of the votes cast. Follows documentChanged/voteChanged.
///
/// Roles: IdRole gives the position key ("for"), CountRole the count, SortRole the number,
/// Qt::DecorationRole (label column) the position colour. The percent column's DisplayRole is
/// text ("68.3%"); its EditRole is the number. "Did not vote" has no percent of votes cast.
class VoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, CountColumn, PercentColumn, ColumnCount };

    /// Follows the shared model's vote.
    explicit VoteModel(const ResolutionModel *model, QObject *parent = nullptr);
    /// Shows one fixed vote (an export of a document that no window shows).
    explicit VoteModel(const std::optional<Vote> &vote, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The position a row shows.
    VotePosition position(int row) const;
    /// Number of rows holding votes cast (For, Against, Abstentions): 3, or 0 without a vote.
    int castRowCount() const;
    /// Percent of the votes cast, 0 when nothing was cast.
    static double percentOfCast(qint64 count, qint64 cast);

private:
    void reload();
    const std::optional<Vote> &vote() const;

    const ResolutionModel *m_model = nullptr;
    std::optional<Vote> m_fixedVote; ///< when there is no model
    QList<VotePosition> m_rows;
};

} // namespace re
