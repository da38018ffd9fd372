// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace re {

class ResolutionModel;

/// The entities of the document. Columns: Name, Kind, Role, Mentions, Actions.
/// IdRole: entity id; KindRole: kind key; EntityRoleRole: role key; CountRole: actions.
/// Qt::CheckStateRole on the Name column mirrors the shared entity filter and sets it.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, RoleColumn, MentionsColumn, ActionsColumn, ColumnCount };

    explicit EntityListModel(ResolutionModel *resolution, QObject *parent = nullptr);

    int rowForEntity(const QString &entityId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResolutionModel *m_resolution;
    QList<int> m_mentions; ///< per entity row, computed on reset
    QList<int> m_actions;
};

} // namespace re
