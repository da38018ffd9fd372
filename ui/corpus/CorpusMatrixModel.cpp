// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/CorpusMatrixModel.h"

#include "corpus/CorpusImageExport.h"
#include "corpus/CorpusTimeline.h"
#include "document/Document.h"
#include "model/ModelRoles.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace re {

CorpusMatrixModel::CorpusMatrixModel(QObject *parent) : QAbstractTableModel(parent) { }

void CorpusMatrixModel::setMatrix(const CorpusMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    QHash<qint64, int> columnOf;
    for (int column = 0; column < m_matrix.documents.size(); ++column)
        columnOf.insert(m_matrix.documents.at(column).id, column);
    m_cellColumns.assign(size_t(m_matrix.rows.size()), {});
    for (qsizetype row = 0; row < m_matrix.rows.size(); ++row) {
        std::vector<int> &columns = m_cellColumns[size_t(row)];
        for (const MatrixCell &cell : m_matrix.rows.at(row).cells)
            columns.push_back(columnOf.value(cell.documentId, -1));
    }
    endResetModel();
}

int CorpusMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CorpusMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.documents.size());
}

const MatrixCell *CorpusMatrixModel::cell(int row, int column) const
{
    const std::vector<int> &columns = m_cellColumns[size_t(row)];
    const auto found = std::lower_bound(columns.cbegin(), columns.cend(), column);
    if (found == columns.cend() || *found != column)
        return nullptr;
    return &m_matrix.rows.at(row).cells.at(found - columns.cbegin());
}

QVariant CorpusMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixCell *found = cell(index.row(), index.column());
    if (!found)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return found->statements > 0 ? QString::number(found->statements) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case RoleKeyRole:
        return found->role;
    case Qt::ToolTipRole: {
        const MatrixRow &row = m_matrix.rows.at(index.row());
        const LibraryEntry &entry = m_matrix.documents.at(index.column());
        return QCoreApplication::translate(
            "re::CorpusPane", "%1 in %2: %3, %Ln statements", nullptr, found->statements)
            .arg(row.name, entry.reference.isEmpty() ? entry.title : entry.reference,
                entityRoleLabel(matrixCellRole(*found)));
    }
    default:
        return {};
    }
}

QVariant CorpusMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_matrix.documents.size())
            return {};
        const LibraryEntry &entry = m_matrix.documents.at(section);
        switch (role) {
        case Qt::DisplayRole: {
            // The year over the procedure type: short enough for a narrow column.
            const QString year = entry.date.isValid() ? QString::number(entry.date.year()) : u"?"_s;
            return entry.procedureType.isEmpty() ? year : year + u'\n' + entry.procedureType;
        }
        case DocumentIdRole:
            return entry.id;
        case Qt::ToolTipRole:
            return CorpusTimeline::describe(entry);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_matrix.rows.size())
        return {};
    const MatrixRow &row = m_matrix.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case IdRole:
        return row.entityId;
    case Qt::ToolTipRole:
        return QCoreApplication::translate("re::CorpusPane",
            "%1: %Ln statements in the corpus; click to see them", nullptr, row.statements)
            .arg(row.name);
    default:
        return {};
    }
}

} // namespace re
