// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/VoteModel.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"

#include <QLocale>

namespace re {

VoteModel::VoteModel(const ResolutionModel *model, QObject *parent)
    : QAbstractTableModel(parent), m_model(model)
{
    reload();
    connect(m_model, &ResolutionModel::documentChanged, this, [this] { reload(); });
    connect(m_model, &ResolutionModel::voteChanged, this, [this] { reload(); });
}

VoteModel::VoteModel(const std::optional<Vote> &vote, QObject *parent)
    : QAbstractTableModel(parent), m_fixedVote(vote)
{
    reload();
}

const std::optional<Vote> &VoteModel::vote() const
{
    return m_model ? m_model->document().vote : m_fixedVote;
}

void VoteModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (const std::optional<Vote> &vote = this->vote()) {
        m_rows = { VotePosition::For, VotePosition::Against, VotePosition::Abstention };
        if (vote->seats > 0)
            m_rows.append(VotePosition::DidNotVote);
    }
    endResetModel();
}

int VoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

VotePosition VoteModel::position(int row) const
{
    return m_rows.value(row, VotePosition::For);
}

int VoteModel::castRowCount() const
{
    return m_rows.isEmpty() ? 0 : 3;
}

double VoteModel::percentOfCast(qint64 count, qint64 cast)
{
    return cast > 0 ? 100.0 * double(count) / double(cast) : 0.0;
}

QVariant VoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<Vote> &vote = this->vote();
    if (!vote)
        return {};
    const VotePosition position = m_rows.at(index.row());
    const int count = voteCount(*vote, position);
    const bool hasPercent = position != VotePosition::DidNotVote;
    const double percent = percentOfCast(count, vote->cast());

    switch (role) {
    case IdRole:
        return votePositionKey(position);
    case CountRole:
        return count;
    case Qt::DecorationRole:
        if (index.column() == LabelColumn)
            return votePositionColour(position);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != LabelColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (position == VotePosition::DidNotVote)
            return tr("%1 of the %2 members did not vote").arg(count).arg(vote->seats);
        return tr("%1: %2 of %3 votes cast (%4%)")
            .arg(votePositionLabel(position))
            .arg(count)
            .arg(vote->cast())
            .arg(QLocale().toString(percent, 'f', 1));
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case LabelColumn:
            return votePositionLabel(position);
        case CountColumn:
            return count;
        case PercentColumn:
            if (!hasPercent)
                return {};
            if (role == Qt::DisplayRole)
                return tr("%1%").arg(QLocale().toString(percent, 'f', 1));
            return percent;
        }
        return {};
    }
    return {};
}

QVariant VoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Position");
    case CountColumn:
        return tr("Votes");
    case PercentColumn:
        return tr("% of votes cast");
    }
    return {};
}

} // namespace re
