// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Library.h"

#include <QAbstractTableModel>
#include <algorithm>
#include <functional>

namespace re {

/// The statements of a corpus, one row each, read a page at a time as a view scrolls
/// (canFetchMore() / fetchMore()), so that memory grows with what is shown, not with the number
/// of documents. Columns: Date, Reference, Kind, Statement, Section. IdRole: the statement's id
/// in its document ("a12"); KindRole: its verb kind key; DocumentIdRole: the library's id of
/// its document; Qt::ToolTipRole: the whole statement with its resolution's title.
class CorpusStatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ReferenceColumn,
        KindColumn,
        StatementColumn,
        SectionColumn,
        ColumnCount
    };
    static constexpr int DocumentIdRole = Qt::UserRole + 100;
    /// Rows read by one fetchMore(), unless set otherwise.
    static constexpr int DefaultPageSize = 200;

    /// `limit` statements from `offset`, always in the same order; fewer at the end.
    using PageReader = std::function<QList<CorpusStatement>(int offset, int limit)>;

    explicit CorpusStatementModel(QObject *parent = nullptr);

    /// Starts over on another list of statements (a reset); the first page is read at once.
    void setPageReader(PageReader reader);
    /// No statements (a reset).
    void clear();
    int pageSize() const { return m_pageSize; }
    /// The rows read by one fetchMore() from now on (at least 1).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    /// The statement of a row read so far; nullptr outside.
    const CorpusStatement *statement(int row) const;
    /// The row of a statement among those read so far; -1 if not read (yet).
    int rowOf(qint64 documentId, const QString &actionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    PageReader m_reader;
    QList<CorpusStatement> m_rows;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true;
    /// Views read the model again as they hear a reset or an insertion: no page is read then.
    bool m_changing = false;
};

} // namespace re
