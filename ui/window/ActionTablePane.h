// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>
#include <QWidget>

class QAction;
class QLabel;

namespace re {

class ActionFilterProxy;
class ActionTableModel;
class FilterBar;
class ResolutionModel;

/// A table view that tells user choices (click, keys) apart from current-row changes the
/// model causes (rows filtered away): only the former are announced.
class ActionTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

Q_SIGNALS:
    void rowChosen(const QModelIndex &index);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    bool m_userInput = false;
};

/// The filter bar above the table of actions (behind ActionFilterProxy, which follows the
/// shared filters). Choosing a row sets the shared current action; the table follows the
/// current action however it was set.
class ActionTablePane : public QWidget
{
    Q_OBJECT
public:
    explicit ActionTablePane(ResolutionModel *model, QWidget *parent = nullptr);

    /// Copy with Citation (Ctrl+C in the table, and its right-click menu).
    QAction *copyWithCitationAction() const { return m_copyWithCitation; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *tableView() const { return m_table; }

    /// Indexes into Document::actions of the rows shown, in the table's order.
    QList<int> shownActionIndexes() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// The table's viewport resized (the pane, or a scroll bar coming or going): fitSideColumns().
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRowHeight();
    /// Past a comfortable width of the sentence column, the side columns share the rest (up to
    /// MaxSideGrowth times their first width), so that the table's extra width shows whole
    /// entities, themes and sections; they give it back as the table narrows, and below their
    /// first width while the sentence column is narrower than a readable line.
    void fitSideColumns();
    void followCurrentAction();
    void updateEmptyNote();

    ResolutionModel *m_model;
    ActionTableModel *m_tableModel;
    ActionFilterProxy *m_proxy;
    FilterBar *m_filterBar;
    ActionTableView *m_table;
    QLabel *m_emptyNote;
    QList<QPair<int, int>> m_sideColumns; ///< column, first width: those fitSideColumns() sizes
    QAction *m_copyWithCitation = nullptr;
};

} // namespace re
