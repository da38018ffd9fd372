// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace re {

/// The one selection and filter state every view reads and writes, in domain keys (section,
/// action and entity ids), never model indexes. No view keeps its own copy: a view that wants
/// to change what is shown calls a setter here and follows the change signals like every other.
class SelectionState : public QObject
{
    Q_OBJECT
public:
    explicit SelectionState(QObject *parent = nullptr);

    /// The section being read; empty for the whole resolution.
    QString currentSection() const { return m_section; }
    void setCurrentSection(const QString &sectionId);

    /// The action selected in any view; empty for none.
    QString currentAction() const { return m_action; }
    void setCurrentAction(const QString &actionId);

    /// Entity filter: actions involving any of these ids are shown.
    QStringList entityFilter() const { return m_entities; }
    void setEntityFilter(const QStringList &entityIds);
    /// Ctrl+click: adds the id, or removes it if present.
    void toggleEntity(const QString &entityId);

    QString themeFilter() const { return m_theme; }
    void setThemeFilter(const QString &theme);

    /// Verb kind key ("call"), empty for any.
    QString verbFilter() const { return m_verb; }
    void setVerbFilter(const QString &verbKey);

    /// Restrict the actions to the current section (and its sub-sections).
    bool sectionOnly() const { return m_sectionOnly; }
    void setSectionOnly(bool on);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    /// The entity under the pointer in any view (transient highlight), empty for none.
    QString hoveredEntity() const { return m_hovered; }
    void setHoveredEntity(const QString &entityId);

    bool hasFilters() const;
    /// Clears entity, theme, verb, section-only and text filters in one change.
    void clearFilters();
    /// Back to nothing selected and no filters (a new document).
    void reset();

Q_SIGNALS:
    void currentSectionChanged(const QString &sectionId);
    void currentActionChanged(const QString &actionId);
    void entityFilterChanged(const QStringList &entityIds);
    void themeFilterChanged(const QString &theme);
    void verbFilterChanged(const QString &verbKey);
    void sectionOnlyChanged(bool on);
    void searchTextChanged(const QString &text);
    void hoveredEntityChanged(const QString &entityId);
    /// Any of the action filters changed (emitted once per change, after the specific signal).
    void filtersChanged();

private:
    void emitFiltersChanged();

    QString m_section;
    QString m_action;
    QStringList m_entities;
    QString m_theme;
    QString m_verb;
    bool m_sectionOnly = false;
    QString m_search;
    QString m_hovered;
    bool m_batch = false;
};

} // namespace re
