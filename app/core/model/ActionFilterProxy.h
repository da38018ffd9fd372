// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <QSortFilterProxyModel>

namespace re {

class ResolutionModel;

/// The actions the current filter shows. It follows the shared SelectionState by itself
/// (entity, theme, verb, section-only, free text), so every view sees the same rows;
/// setFilter() exists for code that has no state (tests, scripts).
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Source must be an ActionTableModel on the same resolution.
    explicit ActionFilterProxy(ResolutionModel *resolution, QObject *parent = nullptr);

    ActionFilter filter() const { return m_filter; }
    void setFilter(const ActionFilter &filter);

    /// Number of actions shown / in the document.
    int shownCount() const { return rowCount(); }
    int totalCount() const;

Q_SIGNALS:
    void countsChanged(int shown, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ResolutionModel *m_resolution;
    ActionFilter m_filter;
};

} // namespace re
