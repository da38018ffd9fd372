// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ActionFilterProxy.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

namespace re {

ActionFilterProxy::ActionFilterProxy(ResolutionModel *resolution, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_resolution(resolution)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(resolution->selection(), &SelectionState::filtersChanged, this,
            [this] { setFilter(m_resolution->currentFilter()); });
    connect(resolution, &ResolutionModel::documentChanged, this, [this] {
        m_filter = m_resolution->currentFilter();
        invalidateFilter();
        Q_EMIT countsChanged(shownCount(), totalCount());
    });
}

void ActionFilterProxy::setFilter(const ActionFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    invalidateFilter();
    Q_EMIT countsChanged(shownCount(), totalCount());
}

int ActionFilterProxy::totalCount() const
{
    return int(m_resolution->document().actions.size());
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.accepts(m_resolution->document(), sourceRow);
}

} // namespace re
