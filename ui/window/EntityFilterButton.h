// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

class QKeyEvent;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace re {

class EntityListModel;
class ResolutionModel;

/// The entity filter: a button whose pop-up lists the document's entities with their action
/// counts, each with a check box. The check boxes are EntityListModel's CheckStateRole, which
/// reads and writes the shared entity filter; the button's text names the filtered entities.
class EntityFilterButton : public QPushButton
{
    Q_OBJECT
public:
    explicit EntityFilterButton(ResolutionModel *model, QWidget *parent = nullptr);

    /// The checkable list in the pop-up (objectName "entityFilterList").
    QTreeView *listView() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();
    void toggleRow(int proxyRow);
    /// The keys the search field hands to the list; true when the key was used.
    bool searchKeyPressed(QKeyEvent *event);
    /// Whether the search with a space typed at the cursor still matches an entity's name.
    bool spaceContinuesAName() const;
    /// Makes the first row shown (of those matching what was typed) the highlighted one.
    void highlightFirstRow();
    /// Ticks or unticks the highlighted row (the first one when none is).
    void toggleHighlightedRow();

    ResolutionModel *m_model;
    EntityListModel *m_entities;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_list;
};

} // namespace re
