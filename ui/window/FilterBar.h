// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace re {

class EntityFilterButton;
class ResolutionModel;

/// The action filters: entities, theme, verb kind, "this section only", free text, the count
/// of shown actions and "Clear filters". Every widget only calls SelectionState setters and
/// follows its signals; none keeps its own copy of a filter.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(ResolutionModel *model, QWidget *parent = nullptr);

    /// "Clear filters" (objectName "actionClearFilters", Ctrl+Shift+L), for the menus.
    QAction *clearFiltersAction() const { return m_clearAction; }
    /// Back and Forward through the filters (FilterHistory; Alt+Left, Alt+Right), for the
    /// menus; the bar shows them as its first buttons.
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    /// Focuses the free-text search (objectName "actionSearch").
    void focusSearch();

    /// Shows "N of M actions".
    void setCounts(int shown, int total);

private:
    void rebuildChoices();
    void followState();
    void commitSearch();

    ResolutionModel *m_model;
    EntityFilterButton *m_entities;
    QComboBox *m_theme;
    QComboBox *m_verb;
    QCheckBox *m_sectionOnly;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_count;
    QPushButton *m_clearButton;
    QAction *m_clearAction;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace re
