// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace re {

class ResolutionModel;

/// Every action of the document, one row each, in reading order.
/// Columns: Action (the sentence), Verb, Addressed to, Entities, Themes, Section.
/// IdRole: action id; KindRole: verb key; EntitiesRole / InvolvedEntitiesRole / ThemesRole;
/// SectionIdRole; ParagraphIdRole; SortRole: a value that sorts the column naturally.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        VerbColumn,
        AddresseesColumn,
        EntitiesColumn,
        ThemesColumn,
        SectionColumn,
        ColumnCount
    };

    explicit ActionTableModel(ResolutionModel *resolution, QObject *parent = nullptr);

    /// Row of an action id, -1 if unknown.
    int rowForAction(const QString &actionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ResolutionModel *m_resolution;
};

} // namespace re
