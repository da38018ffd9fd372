// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace re {

class ResolutionModel;
class SectionFilterProxy;
class SectionTreeModel;

/// The resolution's sections as a tree (the root row is the whole resolution) with a search
/// field that filters it. Selecting a row sets the shared current section; the tree follows
/// the current section however it was set.
class SectionTreePane : public QWidget
{
    Q_OBJECT
public:
    explicit SectionTreePane(ResolutionModel *model, QWidget *parent = nullptr);

    /// Moves the keyboard focus to the search field and selects its text.
    void focusSearch();
    QString searchText() const;
    QTreeView *treeView() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sizes the count columns to their widest count, once per document, font or style
    /// (ResizeToContents laid out every row's cells on each of the 22 layout passes before
    /// the window's first paint).
    void fitCountColumns();
    void followCurrentSection();
    void onCurrentRowChanged(const QModelIndex &current);
    void onSearchEdited(const QString &text);

    ResolutionModel *m_model;
    SectionTreeModel *m_treeModel;
    SectionFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_noMatch;
    bool m_following = false;
};

} // namespace re
