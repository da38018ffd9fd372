// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

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

    /// The action filter. Its section, when sectionOnly, is always the current section.
    const ActionFilter &filter() const { return m_filter; }
    /// Replaces the whole filter: one change and one filterChanged(), whatever changed.
    /// Entity ids are kept once each; a filter restricted to a named section also makes it
    /// the current section (currentSectionChanged() comes first) with "this section only".
    void setFilter(const ActionFilter &filter);

    /// Conveniences that change one criterion of filter() through setFilter().
    QStringList entityFilter() const { return m_filter.entities; }
    void setEntityFilter(const QStringList &entityIds);
    /// Ctrl+click: adds the id, or removes it if present.
    void toggleEntity(const QString &entityId);
    QString themeFilter() const { return m_filter.theme; }
    void setThemeFilter(const QString &theme);
    /// Verb kind key ("call"), empty for any.
    QString verbFilter() const { return m_filter.verb; }
    void setVerbFilter(const QString &verbKey);
    /// Restrict the actions to the current section (and its sub-sections).
    bool sectionOnly() const { return m_filter.sectionOnly; }
    void setSectionOnly(bool on);
    QString searchText() const { return m_filter.text; }
    void setSearchText(const QString &text);

    bool hasFilters() const { return m_filter.hasCriteria(); }
    /// Clears every criterion in one change.
    void clearFilters() { setFilter({}); }

    /// The entity under the pointer in any view (transient highlight), empty for none.
    QString hoveredEntity() const { return m_hovered; }
    void setHoveredEntity(const QString &entityId);

    /// The words searched for in the section titles; the reader marks them in the text.
    QString sectionSearch() const { return m_sectionSearch; }
    void setSectionSearch(const QString &text);

    /// For a new document: nothing selected, hovered or filtered, without any signal. Only the
    /// document's owner calls it, right before announcing the new document, whose one signal
    /// tells every view to read the state again. The section search, a view's text, stays.
    void resetForNewDocument();

Q_SIGNALS:
    void currentSectionChanged(const QString &sectionId);
    void currentActionChanged(const QString &actionId);
    void hoveredEntityChanged(const QString &entityId);
    void sectionSearchChanged(const QString &text);
    /// The filter changed (once per change, whatever changed); `previous` lets a view that
    /// cares about one criterion skip the others.
    void filterChanged(const re::ActionFilter &filter, const re::ActionFilter &previous);

private:
    QString m_section;
    QString m_action;
    ActionFilter m_filter;
    QString m_hovered;
    QString m_sectionSearch;
};

} // namespace re
