// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CorpusStatementModel.h"

#include "model/ModelRoles.h"

using namespace Qt::StringLiterals;

namespace re {

CorpusStatementModel::CorpusStatementModel(QObject *parent) : QAbstractTableModel(parent) { }

void CorpusStatementModel::setPageReader(PageReader reader)
{
    m_changing = true;
    beginResetModel();
    m_reader = std::move(reader);
    m_rows.clear();
    m_atEnd = !m_reader;
    if (m_reader) {
        m_rows = m_reader(0, m_pageSize);
        m_atEnd = m_rows.size() < m_pageSize;
    }
    // The first page is part of the reset; a view that asks for more while it hears the reset
    // gets it afterwards.
    endResetModel();
    m_changing = false;
}

void CorpusStatementModel::clear()
{
    setPageReader({});
}

const CorpusStatement *CorpusStatementModel::statement(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CorpusStatementModel::rowOf(qint64 documentId, const QString &actionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const CorpusStatement &statement = m_rows.at(row);
        if (statement.documentId == documentId && statement.actionId == actionId)
            return row;
    }
    return -1;
}

int CorpusStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorpusStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorpusStatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusStatement &statement = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return statement.date.isValid() ? statement.date.toString(Qt::ISODate) : QString();
        case ReferenceColumn:
            return statement.reference.isEmpty() ? statement.title : statement.reference;
        case KindColumn: {
            const std::optional<VerbKind> kind = verbKindFromKey(statement.kind);
            return kind ? verbKindLabel(*kind) : statement.kind;
        }
        case StatementColumn:
            return statement.text;
        case SectionColumn:
            return statement.sectionTitle;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // The whole statement and where it comes from, for a row whose columns are cut.
        QStringList where { statement.title };
        if (!statement.reference.isEmpty() || statement.date.isValid())
            where << u"%1 %2"_s.arg(statement.reference, statement.date.toString(Qt::ISODate))
                         .trimmed();
        if (!statement.sectionTitle.isEmpty())
            where << statement.sectionTitle;
        return u"%1\n\n%2"_s.arg(where.join(u'\n'), statement.text);
    }
    case IdRole:
        return statement.actionId;
    case KindRole:
        return statement.kind;
    case DocumentIdRole:
        return statement.documentId;
    default:
        return {};
    }
}

QVariant CorpusStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ReferenceColumn:
        return tr("Resolution");
    case KindColumn:
        return tr("Kind");
    case StatementColumn:
        return tr("Statement");
    case SectionColumn:
        return tr("Section");
    default:
        return {};
    }
}

bool CorpusStatementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CorpusStatementModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<CorpusStatement> page = m_reader(int(m_rows.size()), m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_changing = false;
}

} // namespace re
