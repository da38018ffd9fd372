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
    connect(resolution, &ResolutionModel::documentAboutToChange, this,
            [this] { documentReplaced(); });
    connect(resolution, &ResolutionModel::documentChanged, this, [this] {
        // The filter changes with the reset selection.
        m_filter = m_resolution->currentFilter();
        reapply();
    });
    // A large document's index comes from a worker thread: until then the filter shows every
    // action; now it applies.
    connect(resolution, &ResolutionModel::filterIndexReady, this, &ActionFilterProxy::reapply);
}

ActionFilterProxy::~ActionFilterProxy() = default;

void ActionFilterProxy::setFilter(const ActionFilter &filter)
{
    if (m_filter == filter)
        return;
    const bool typingOn = !m_filter.isEmpty() && filter.narrows(m_filter);
    m_filter = filter;
    m_prepared.reset();
    if (!typingOn)
        std::fill(m_verdicts.begin(), m_verdicts.end(), Verdict::Unknown);
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

void ActionFilterProxy::documentReplaced()
{
    m_prepared.reset();
    m_verdicts.clear();
}

void ActionFilterProxy::reapply()
{
    m_prepared.reset();
    m_verdicts.clear();
    invalidate();
    Q_EMIT countsChanged(shownCount(), totalCount());
}

const PreparedActionFilter *ActionFilterProxy::prepared() const
{
    const ActionFilterIndex *index = m_resolution->filterIndex();
    if (!index)
        return nullptr;
    if (!m_prepared) {
        m_prepared = std::make_unique<PreparedActionFilter>(m_filter, m_resolution->document(),
                                                            *index);
        m_verdicts.resize(size_t(index->size()), Verdict::Unknown);
    }
    return m_prepared.get();
}

bool ActionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0)
        return false;
    if (m_filter.isEmpty())
        return sourceRow < totalCount();
    const PreparedActionFilter *filter = prepared();
    if (!filter)
        return sourceRow < totalCount(); // the index is not ready yet
    if (size_t(sourceRow) >= m_verdicts.size())
        return false;
    Verdict &verdict = m_verdicts[size_t(sourceRow)];
    if (verdict == Verdict::Rejected)
        return false;
    const bool accepted = filter->accepts(sourceRow);
    verdict = accepted ? Verdict::Accepted : Verdict::Rejected;
    return accepted;
}

} // namespace re
