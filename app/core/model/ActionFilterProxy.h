// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace re {

class ResolutionModel;

/// The actions the current filter shows. It follows the shared SelectionState by itself
/// (entity, theme, verb, section-only, free text), so every view sees the same rows;
/// setFilter() exists for code that has no state (tests, scripts).
///
/// Filtering is a linear scan over the document's ActionFilterIndex (ResolutionModel::
/// filterIndex(); while a large document's index is still being built, every action shows);
/// when the new filter only narrows the previous one (the user typed one more character), the
/// actions the previous filter rejected are not looked at again.
class ActionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Source must be an ActionTableModel on the same resolution.
    explicit ActionFilterProxy(ResolutionModel *resolution, QObject *parent = nullptr);
    ~ActionFilterProxy() override;

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
    enum class Verdict : char { Unknown, Accepted, Rejected };
    void documentReplaced();
    /// Filters every row again (a new document, or its index became ready).
    void reapply();
    /// The current filter compiled against the document's index; nullptr while it has none.
    const PreparedActionFilter *prepared() const;

    ResolutionModel *m_resolution;
    ActionFilter m_filter;
    mutable std::unique_ptr<PreparedActionFilter> m_prepared;
    /// Each action's verdict under the current filter or one it narrows; a Rejected verdict
    /// stays valid while the filter only narrows.
    mutable std::vector<Verdict> m_verdicts;
};

} // namespace re
