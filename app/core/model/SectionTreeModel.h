// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace re {

class ResolutionModel;

/// The resolution as a tree: one root row for the whole resolution (its title, IdRole ""),
/// the top-level sections below it, their sub-sections below them.
/// Columns: Title, Paragraphs, Actions. IdRole gives the section id; CountRole the action count.
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ParagraphsColumn, ActionsColumn, ColumnCount };

    explicit SectionTreeModel(ResolutionModel *resolution, QObject *parent = nullptr);

    /// Index of the row for a section id ("" is the whole-resolution root row).
    QModelIndex indexForSection(const QString &sectionId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 is the root row; section index + 1 otherwise.
    int sectionOf(const QModelIndex &index) const;
    QList<int> childrenOf(int section) const;
    void countActions();

    ResolutionModel *m_resolution;
    /// Document::actionCountInSubtree() of every section, counted once per document: views
    /// ask for it on every paint and size hint, and each count is a pass over every action.
    QList<int> m_actionsInSubtree;
};

} // namespace re
