// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <atomic>
#include <memory>
#include <vector>

namespace re {

/// The actions one filter accepts in one document: one byte per action. Computed once per
/// filter change and shared, read-only, by everything that shows the filter (the table's proxy,
/// the reader's marks), so a keystroke scans the actions once.
class AcceptedActions
{
public:
    /// Evaluates `filter` over the document's index. When `previous` is given (a result of a
    /// filter that `filter` narrows, on the same document), only the actions it accepted are
    /// looked at again. Returns nullptr when `cancel` became true meanwhile (checked every 1024
    /// actions): a worker thread's run that a newer filter or document made stale.
    static std::shared_ptr<const AcceptedActions> evaluate(const ActionFilter &filter,
        const Document &document, const ActionFilterIndex &index,
        const AcceptedActions *previous = nullptr, const std::atomic_bool *cancel = nullptr);

    /// The filter this is the result of.
    const ActionFilter &filter() const { return m_filter; }
    bool contains(int action) const
    {
        return action >= 0 && size_t(action) < m_accepted.size() && m_accepted[size_t(action)];
    }
    /// Number of actions accepted / evaluated (the document's).
    int count() const { return m_count; }
    int size() const { return int(m_accepted.size()); }

private:
    ActionFilter m_filter;
    std::vector<char> m_accepted;
    int m_count = 0;
};

} // namespace re
