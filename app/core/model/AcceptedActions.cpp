// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AcceptedActions.h"

#include <algorithm>

namespace re {

std::shared_ptr<const AcceptedActions> AcceptedActions::evaluate(const ActionFilter &filter,
    const Document &document, const ActionFilterIndex &index, const AcceptedActions *previous,
    const std::atomic_bool *cancel)
{
    auto result = std::make_shared<AcceptedActions>();
    result->m_filter = filter;
    const int count = int(std::min(index.size(), document.actions.size()));
    result->m_accepted.assign(size_t(count), 0);
    const PreparedActionFilter prepared(filter, document, index);
    for (int action = 0; action < count; ++action) {
        if (cancel && action % 1024 == 0 && *cancel)
            return nullptr;
        if (previous && !previous->contains(action))
            continue; // typing on: what the previous filter rejected stays rejected
        if (prepared.accepts(action)) {
            result->m_accepted[size_t(action)] = 1;
            ++result->m_count;
        }
    }
    return result;
}

} // namespace re
