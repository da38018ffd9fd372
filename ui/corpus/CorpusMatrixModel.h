// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Corpus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace re {

/// The partner x resolution matrix as a table: one row per entity, one column per resolution,
/// each cell answered from the CorpusMatrix when the view asks (a QTableWidget built an item for
/// every cell: a million for a large corpus). Read-only.
class CorpusMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Of a cell: entityRoleKey() of the entity's role in that resolution (empty where the
    /// resolution does not name it).
    static constexpr int RoleKeyRole = Qt::UserRole + 1;
    /// Of a column's header: the resolution's library id. Of a row's header: the entity id
    /// (IdRole, model/ModelRoles.h).
    static constexpr int DocumentIdRole = Qt::UserRole + 2;

    explicit CorpusMatrixModel(QObject *parent = nullptr);

    void setMatrix(const CorpusMatrix &matrix);
    const CorpusMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    /// The cell of `row` in `column`, or null where the resolution does not name the entity.
    const MatrixCell *cell(int row, int column) const;

    CorpusMatrix m_matrix;
    /// Per row, the column of each of its cells (cells are in document order, so ascending).
    std::vector<std::vector<int>> m_cellColumns;
};

} // namespace re
