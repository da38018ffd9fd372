// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/VoteBreakdownModel.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "vote/PoliticalGroups.h"

#include <QLocale>

namespace re {

VoteBreakdownModel::VoteBreakdownModel(const ResolutionModel *model, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_model(model), m_kind(kind)
{
    // The rows live in the shared model's document; reset around every change of it.
    connect(m_model, &ResolutionModel::documentAboutToChange, this, [this] { beginResetModel(); });
    connect(m_model, &ResolutionModel::documentChanged, this, [this] { endResetModel(); });
    connect(m_model, &ResolutionModel::voteChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

VoteBreakdownModel::VoteBreakdownModel(const std::optional<Vote> &vote, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_fixedVote(vote), m_kind(kind)
{ }

const QList<VoteBreakdownRow> &VoteBreakdownModel::rows() const
{
    static const QList<VoteBreakdownRow> none;
    const std::optional<Vote> &vote = m_model ? m_model->document().vote : m_fixedVote;
    if (!vote)
        return none;
    return m_kind == Kind::Groups ? vote->groups : vote->countries;
}

int VoteBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int VoteBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

VotePosition VoteBreakdownModel::columnPosition(int column)
{
    switch (column) {
    case AgainstColumn:
        return VotePosition::Against;
    case AbstentionColumn:
        return VotePosition::Abstention;
    case DidNotVoteColumn:
        return VotePosition::DidNotVote;
    default:
        return VotePosition::For;
    }
}

QVariant VoteBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VoteBreakdownRow &row = rows().at(index.row());
    const bool isLabel = index.column() == LabelColumn;
    switch (role) {
    case IdRole:
        return row.code;
    case Qt::ToolTipRole: {
        const QString name = row.label.isEmpty() ? row.code : row.label;
        const auto c = m_kind == Kind::Groups ? cohesion(row) : std::nullopt;
        if (!c)
            return name;
        return tr("%1: %2% of its voting members voted \u201c%3\u201d")
            .arg(name, QLocale().toString(100 * c->first, 'f', 0), votePositionLabel(c->second));
    }
    case Qt::DecorationRole:
        if (isLabel && m_kind == Kind::Groups)
            return politicalGroupColour(row.code);
        return {};
    case Qt::TextAlignmentRole:
        if (!isLabel)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CountRole:
        return isLabel ? row.cast() : voteCount(row, columnPosition(index.column()));
    case CohesionRole:
        if (const auto c = cohesion(row); c && m_kind == Kind::Groups)
            return c->first;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        if (isLabel) {
            if (!row.shortLabel.isEmpty() && m_kind == Kind::Groups)
                return row.shortLabel;
            return row.label.isEmpty() ? row.code : row.label;
        }
        return voteCount(row, columnPosition(index.column()));
    }
    return {};
}

QVariant VoteBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LabelColumn)
        return m_kind == Kind::Groups ? tr("Group") : tr("Country");
    if (section > LabelColumn && section < ColumnCount)
        return votePositionLabel(columnPosition(section));
    return {};
}

} // namespace re
