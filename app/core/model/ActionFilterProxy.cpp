// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ActionFilterProxy.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"

namespace re {

ActionFilterProxy::ActionFilterProxy(ResolutionModel *resolution, QObject *parent)
    : QSortFilterProxyModel(parent), m_resolution(resolution)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(resolution, &ResolutionModel::acceptedActionsChanged, this, [this] {
        const auto accepted = m_resolution->acceptedActions();
        show(accepted ? accepted->filter() : ActionFilter(), accepted);
    });
    connect(
        resolution, &ResolutionModel::documentAboutToChange, this, [this] { m_accepted.reset(); });
    connect(resolution, &ResolutionModel::documentChanged, this, &ActionFilterProxy::reapply);
}

ActionFilterProxy::~ActionFilterProxy() = default;

void ActionFilterProxy::show(
    const ActionFilter &filter, std::shared_ptr<const AcceptedActions> accepted)
{
    const bool typingOn = m_accepted && accepted && filter.narrows(m_filter);
    m_filter = filter;
    m_accepted = std::move(accepted);
    // invalidateFilter() removes and inserts the changed rows range by range: cheap when few
    // change (typing on, views re-measure only those rows), quadratic when a new filter
    // scatters them (3 s for an entity at 100k actions). Otherwise invalidate(): one layout
    // change and one linear scan (and a sort if a column is sorted).
    if (typingOn)
        invalidateFilter();
    else
        invalidate();
    Q_EMIT countsChanged(shownCount(), totalCount());
}

int ActionFilterProxy::totalCount() const
{
    return int(m_resolution->document().actions.size());
}

void ActionFilterProxy::reapply()
{
    // The filter changes with the reset selection; a restored one arrives as its result.
    const auto accepted = m_resolution->acceptedActions();
    m_filter = accepted ? accepted->filter() : m_resolution->currentFilter();
    m_accepted = accepted;
    invalidate();
    Q_EMIT countsChanged(shownCount(), totalCount());
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= totalCount())
        return false;
    return !m_accepted || m_accepted->contains(sourceRow);
}

} // namespace re
