// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AcceptedActions.h"

#include <QSortFilterProxyModel>
#include <memory>

namespace re {

class ResolutionModel;

/// The actions the current filter shows. It follows the shared SelectionState through
/// ResolutionModel::acceptedActions() (entity, theme, verb, section-only, free text), so every
/// view sees the same rows; setFilter() exists for code that has no state (tests, scripts) and
/// evaluates its filter at once, until the state's filter changes again.
///
/// A row is shown when the accepted set holds it: a lookup, the scan having been done once for
/// every view. While there is no set (no filter, or a large document whose index or first
/// result is still being computed), every action shows.
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Source must be an ActionTableModel on the same resolution.
    explicit ActionFilterProxy(ResolutionModel *resolution, QObject *parent = nullptr);
    ~ActionFilterProxy() override;

    /// The filter of the rows shown (the state's once its result is there).
    ActionFilter filter() const { return m_filter; }

    /// Number of actions shown / in the document.
    int shownCount() const { return rowCount(); }
    int totalCount() const;

Q_SIGNALS:
    void countsChanged(int shown, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Shows `accepted` (nullptr: every action), the result of `filter`.
    void show(const ActionFilter &filter, std::shared_ptr<const AcceptedActions> accepted);
    /// Filters every row again (a new document).
    void reapply();

    ResolutionModel *m_resolution;
    ActionFilter m_filter;
    std::shared_ptr<const AcceptedActions> m_accepted;
};

} // namespace re
